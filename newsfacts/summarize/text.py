"""Shared text features of the summarizers: word tokens, stop words and stems per language.

Languages are named as sumy names them ('english', 'german'). English keeps its own light
stemmer; another language gets sumy's Stemmer (nltk's Snowball: pure code, no data download).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection
from functools import cache, lru_cache

from newsfacts.model import Document
from newsfacts.words import words_of

WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
ENGLISH = "english"


def language_of(doc: Document) -> str:
    """sumy's name for the article's language ('german'): one with word data here, else
    English as before."""
    words = words_of(doc.article.language)
    return str(words.NAME).lower() if words is not None else ENGLISH


@cache
def stop_words(language: str = ENGLISH) -> Collection[str]:
    """sumy's stop-word list of a language, read from its package data (no heavy import);
    jusText's for a language sumy has none for (Dutch)."""
    from importlib.resources import files

    path = files("sumy") / "data" / "stopwords" / f"{language}.txt"
    if not path.is_file():
        from newsfacts.lexicon import stopwords

        return stopwords(language.capitalize())
    text = path.read_text(encoding="utf-8")
    return frozenset(w.strip().lower() for w in text.splitlines() if w.strip())


SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "es", "ed", "ly", "s")


@lru_cache(maxsize=16384)  # a bounded cache: the stemmer is cheap, the hot words stay
def content_stem(word: str, language: str = ENGLISH) -> str:
    """The stem of a content word, or '' for a stop word or a 1-letter token."""
    if len(word) < 2 or word.lower() in stop_words(language):
        return ""
    return stem(word) if language == ENGLISH else stemmer(language)(word)


def stem(word: str) -> str:
    """A light suffix-stripping stemmer: enough to match `talks`/`talked`/`talking`."""
    w = word.lower()
    if not w.endswith(SUFFIXES):
        return w  # one test for the many words with none of the suffixes
    for suffix in SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return w


@cache
def stemmer(language: str) -> Callable[[str], str]:
    """The stemmer of a language other than English: sumy's (lower-cases), or lower-case only."""
    from newsfacts.summarize.sumy_adapter import snowball

    return snowball(language) or str.lower


TERMS_KEPT = 16384  # words of one language whose term is kept (then the memo starts afresh)


class Terms(dict[str, tuple[str, str] | None]):
    """One language's memo: a word as written -> its (lower-case form, stem), None for a stop
    word or a 1-letter token. A page repeats most of its words: one dict probe each, not a
    call of the stemmer's cache and a new pair."""

    def __init__(self, language: str) -> None:
        """An empty memo for one language (sumy's name: 'english')."""
        super().__init__()
        self.language = language

    def __missing__(self, word: str) -> tuple[str, str] | None:
        """Work out a word not seen yet, and keep it."""
        if len(self) >= TERMS_KEPT:
            self.clear()  # bounded: a long batch's memory stays flat
        s = content_stem(word, self.language)
        term = self[word] = (word.lower(), s) if s else None
        return term


@cache
def terms_memo(language: str) -> Terms:
    """The memo of a language's terms."""
    return Terms(language)


@lru_cache(maxsize=8192)  # a sentence's words are read by the ranker and again by its word graph
def content_terms(text: str, language: str = ENGLISH) -> tuple[tuple[str, str], ...]:
    """(lower-case form, stem) of each content word of a text (stop words, 1-letter dropped)."""
    terms = terms_memo(language)
    return tuple([term for w in WORD.findall(text) if (term := terms[w])])


def content_stems(text: str, language: str = ENGLISH) -> list[str]:
    """Stems of the content words of a text (stop words and 1-letter tokens dropped)."""
    return [s for _, s in content_terms(text, language)]
