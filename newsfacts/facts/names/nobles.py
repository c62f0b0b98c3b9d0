"""A noble title inside a person's name, in German after the first names ('Karl Freiherr Holdt
von Ebersfelden', 'Ida Gräfin Lenzburg'): the title is a role word, so the run is read from the
word after it with the title as the person's role, and the first names before it are lost; this
pass joins them back, the title inside the name. Where no title list is given (words.
NOBLE_TITLES) it does nothing."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts.evidence import first_name
from newsfacts.facts.names.model import PER
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

REASON = "first name"  # the person now opens with first names: shown as such a name is


def noble_names(text: str, tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """The spans of one text with each person read after a noble title after first names
    joined to them."""
    titles: frozenset[str] = getattr(words, "NOBLE_TITLES", frozenset())
    if not titles:
        return spans
    out = []
    for s in spans:
        start = _first_names_start(tokens, s, titles, words)
        if start is None:
            out.append(s)
            continue
        out = [o for o in out if o.end <= start]  # a first name read alone before the title
        name = text[tokens[start].start : tokens[s.end - 1].end]
        out.append(Span(name, start, s.end, PER, REASON, None, s.initial and start == s.start))
    return out


def _first_names_start(
    tokens: list[Token], s: Span, titles: frozenset[str], words: ModuleType
) -> int | None:
    """Where the first names before a person's noble title start, or None: the title right
    before the span, one first name or more right before it, each joined by a space."""
    title = s.start - 1
    if s.label != PER or title < 1 or tokens[title].text not in titles:
        return None
    k = title
    while k > 0 and first_name(tokens[k - 1].text, words) and _next_to(tokens, k - 1):
        k -= 1
    return k if k < title else None


def _next_to(tokens: list[Token], k: int) -> bool:
    """Token k and the one after it stand one space apart."""
    return tokens[k + 1].start == tokens[k].end + 1
