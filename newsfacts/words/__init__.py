"""Word lists and patterns, one package per language (ISO 639-1 code), loaded only for that
language: en is read by the English finders directly; the others through `words_of`."""

from __future__ import annotations

import importlib
from types import ModuleType

LANGUAGES = ("de", "es", "fr", "it", "nl", "pt")  # other languages with word data here


def words_of(code: str | None) -> ModuleType | None:
    """The word-data module of a language (imported on first use), or None when there is none."""
    if code not in LANGUAGES:
        return None
    return importlib.import_module(f"newsfacts.words.{code}")


def split_words(text: str) -> list[str]:
    """The whitespace-separated words of a word-list literal."""
    return text.split()
