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


# Capitals that name no organisation, in any language (units, codes, numerals, everyday
# abbreviations): never a name on their own.
NON_NAME_CAPITALS = frozenset(
    split_words(
        "TV ISBN ISSN PMID DOI PDF CEO CFO PS KW MW GW KM PIB IVA IPC BIP MWST MWSt DNA DNS RNA "
        "HIV SMS GPS PC CD DVD WC OK USB LED LCD SUV GMT UTC MEZ CET II III IV VI VII VIII IX XI "
        "XII XIII XIV XV XX XXI XML HTML HTTP URL API"
    )
)


def split_phrases(text: str) -> list[str]:
    """The '|'-separated phrases of a phrase-list literal ('z. B.|bzw.'), lower-cased."""
    return [p.strip().lower() for p in text.split("|") if p.strip()]
