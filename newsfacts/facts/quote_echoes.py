"""Quotes said twice on a page: a lead or teaser repeating the story's quote, and a pull quote
set as a heading ('»Die Lage ist ernst«') that the story's own sentence holds. Each is one
quote, shown once: the telling with a speaker, else the one inside the story's sentence."""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from newsfacts.model import Fact, Sentence

_MARKS = re.compile(r"[\W_]+")
MIN_ECHO_WORDS = 4  # a shorter quote may well be said twice ('Nein danke')


@functools.lru_cache(maxsize=4096)  # a page's sentences, folded once, not once a quote in them
def folded(text: str) -> str:
    """The words of a text in small letters, marks and spacing aside."""
    return " ".join(_MARKS.sub(" ", text.lower()).split())


def without_echoes(quotes: Sequence[Fact], sentences: Sequence[Sentence]) -> list[Fact]:
    """The quotes less those said again: a duplicate of an earlier one (its speaker kept), and
    a whole-line quote with no speaker whose words another sentence tells."""
    kept: list[Fact] = []
    seen: dict[str, int] = {}
    for q in quotes:
        key = folded(q.text)
        if len(key.split()) < MIN_ECHO_WORDS:
            kept.append(q)
            continue
        if key in seen:
            first = kept[seen[key]]
            if first.speaker is None and q.speaker is not None:
                kept[seen[key]] = q
            continue
        if q.speaker is None and _pull_quote(q, key, sentences):
            continue
        seen[key] = len(kept)
        kept.append(q)
    return kept


def _pull_quote(quote: Fact, key: str, sentences: Sequence[Sentence]) -> bool:
    """The quote is its whole line, and another, longer sentence holds its words."""
    if not 0 <= quote.sentence < len(sentences):
        return False
    if folded(sentences[quote.sentence].text) != key:
        return False
    return any(
        i != quote.sentence and key in folded(s.text) and len(folded(s.text)) > len(key)
        for i, s in enumerate(sentences)
    )
