"""Quotes: direct quotes with their speaker and cue, scare quotes marked as such."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from newsfacts.model import Sentence

_QUOTE = re.compile(r"“(?P<a>[^“”]{1,1500}?)”|\"(?P<b>[^\"]{1,1500}?)\"", re.S)
_NAME = r"(?:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|of|de|van|von|al))*)"
_WHO = rf"(?P<who>{_NAME}|[Hh]e|[Ss]he|[Tt]hey|[Tt]he\s+(?:[a-z]+\s+)?[a-z]+)"
_CUE = (
    r"(?P<cue>said|says|told\s+\w+|added|explained|wrote|argued|noted|stated|insisted|warned|"
    r"announced|declared|replied|recalled|claimed|admitted|stressed|tweeted|posted|asked)"
)
AFTER = (  # what follows the closing quote
    re.compile(rf"^[,.]?\s*(?:[\w.'’-]+\s+){{0,4}}?{_WHO}\s+{_CUE}\b"),
    re.compile(rf"^[,.]?\s*{_CUE}\s+(?:[a-z]+\s+)?{_WHO}"),
)
BEFORE = (  # what precedes the opening quote
    re.compile(rf"{_WHO}\s+{_CUE}(?:\s+\w+)?\s*[:,]?\s*$"),
    re.compile(rf"\b(?:according to|said|says)\s+{_WHO}\s*[:,]\s*$"),
)
ANYWHERE = (
    re.compile(rf"\baccording to\s+{_WHO}"),
    re.compile(rf"(?:^|,\s*){_WHO}\s+{_CUE}\b"),
)
SCARE_MAX_WORDS = 4


@dataclass(frozen=True)
class QuoteHit:
    """One quote: its text, the sentence it starts in, the speaker as written, scare or not."""

    text: str
    sentence: int
    speaker: str | None
    scare: bool


def _sentence_at(starts: list[int], offset: int) -> int:
    """Index of the sentence containing a text offset."""
    return max(0, bisect_right(starts, offset) - 1)


def _is_scare(inner: str) -> bool:
    """Short and without closing punctuation: a word or phrase held at a distance."""
    words = inner.split()
    return len(words) <= SCARE_MAX_WORDS and not re.search(r"[.!?,]\s*$", inner)


def _speaker(before: str, after: str, sentence: str) -> str | None:
    """The speaker as the text names it, from the cue after, before or around the quote."""
    for pattern, text in [*((p, after) for p in AFTER), *((p, before) for p in BEFORE)]:
        m = pattern.search(text)
        if m:
            return _tidy(m.group("who"))
    for pattern in ANYWHERE:
        m = pattern.search(sentence)
        if m:
            return _tidy(m.group("who"))
    return None


def _tidy(who: str) -> str:
    """A speaker without the sentence's closing period ('Ana Ruiz.' -> 'Ana Ruiz')."""
    return who[:-1] if who.endswith(".") and len(who.split()[-1]) > 2 else who


def find_quotes(text: str, sentences: Sequence[Sentence]) -> list[QuoteHit]:
    """Every quote in the article text, with the sentence it starts in."""
    starts = [s.start for s in sentences]
    out: list[QuoteHit] = []
    for m in _QUOTE.finditer(text):
        inner = (m.group("a") or m.group("b") or "").strip()
        if not inner or not sentences:
            continue
        first = _sentence_at(starts, m.start())
        last = _sentence_at(starts, m.end() - 1)
        sent_start, sent_end = sentences[first].start, sentences[last].end
        before = text[sent_start : m.start()]
        after = text[m.end() : max(sent_end, m.end())]
        outside = before + " " + after  # the quote's own words never name its speaker
        who = _speaker(before, after, outside)
        clean = " ".join(inner.split()).rstrip(",")
        out.append(QuoteHit(clean, first, who, _is_scare(inner)))
    return out
