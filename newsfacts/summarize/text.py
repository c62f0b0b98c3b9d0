"""Shared text features of the summarizers: word tokens, stop words, a light stemmer."""

from __future__ import annotations

import re
from functools import lru_cache

WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """sumy's English stop-word list, read from its package data (no heavy import)."""
    from importlib.resources import files

    text = (files("sumy") / "data" / "stopwords" / "english.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip())


SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "es", "ed", "ly", "s")


@lru_cache(maxsize=16384)  # a bounded cache: the stemmer is cheap, the hot words stay
def content_stem(word: str) -> str:
    """The stem of a content word, or '' for a stop word or a 1-letter token."""
    return "" if len(word) < 2 or word.lower() in stop_words() else stem(word)


def stem(word: str) -> str:
    """A light suffix-stripping stemmer: enough to match `talks`/`talked`/`talking`."""
    w = word.lower()
    for suffix in SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return w


@lru_cache(maxsize=8192)  # a sentence's words are read by the ranker and again by its word graph
def content_terms(text: str) -> tuple[tuple[str, str], ...]:
    """(lower-case form, stem) of each content word of a text (stop words, 1-letter dropped)."""
    return tuple([(w.lower(), s) for w in WORD.findall(text) if (s := content_stem(w))])


def content_stems(text: str) -> list[str]:
    """Stems of the content words of a text (stop words and 1-letter tokens dropped)."""
    return [s for _, s in content_terms(text)]
