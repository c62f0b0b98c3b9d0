"""Places whose names the finder splits: a country whose name joins two names with 'and'
('Bosnien und Herzegowina', 'Trinidad und Tobago'; a run is split at 'und': 'Deutschland und
Italien' are two names, and each half alone is no country CLDR writes), both halves places
of their own; a hyphenated name broken at its hyphen by a line's end in the source
('Mecklenburg- Vorpommern'), one place as written; and a town named with its river or region
after a small word ('Frankfurt am Main', 'Freiburg im Breisgau', 'Halle an der Saale'), one place
where the gazetteer knows the whole name."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts.names.model import LOC
from newsfacts.facts.names.reading import Span
from newsfacts.facts.names.span_ops import put
from newsfacts.facts.place_names import place_name
from newsfacts.facts.tokens import Token

REASON = "country"


def joined_countries(
    text: str, tokens: list[Token], spans: list[Span], words: ModuleType
) -> list[Span]:
    """The spans of one text with each half of a country named by two joined names a place."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].text not in words.CONJUNCTIONS:
            continue
        whole = text[tokens[k - 1].start : tokens[k + 1].end]
        if not tokens[k - 1].text[:1].isupper() or place_name(whole, words) != "country":
            continue
        halves = [Span(tokens[n].text, n, n + 1, LOC, REASON, None, False) for n in (k - 1, k + 1)]
        spans = put(spans, *halves)
    return spans


def broken_hyphens(
    text: str, tokens: list[Token], spans: list[Span], words: ModuleType
) -> list[Span]:
    """The spans of one text with each place broken after its hyphen read whole."""
    for k in range(1, len(tokens) - 1):
        a, dash, b = tokens[k - 1], tokens[k], tokens[k + 1]
        if dash.text != "-" or dash.start != a.end or b.start != dash.end + 1:
            continue
        if not (a.text[:1].isupper() and b.text[:1].isupper()):
            continue
        if place_name(f"{a.text}-{b.text}", words) is None:
            continue
        place = Span(text[a.start : b.end], k - 1, k + 2, LOC, "town", None, False)
        spans = put(spans, place)
    return spans


LINK_WORDS = 2  # small words at most between a town and its river or region ('an der')
LINK_LETTERS = 3  # letters at most of each ('am', 'im', 'der', 'ob', 'de', 'los')


def linked_towns(
    text: str, tokens: list[Token], spans: list[Span], words: ModuleType
) -> list[Span]:
    """The spans of one text with each town named with its river or region read whole."""
    for k in range(len(tokens) - 2):
        if not tokens[k].text[:1].isupper():
            continue
        end = k + 1
        while end < len(tokens) and end - k <= LINK_WORDS and _link(tokens[end].text, words):
            end += 1
        if end == k + 1 or end >= len(tokens) or not tokens[end].text[:1].isupper():
            continue
        if place_name(text[tokens[k].start : tokens[end].end], words) is None:
            continue
        town = Span(text[tokens[k].start : tokens[end].end], k, end + 1, LOC, "town", None, False)
        kept = [s for s in spans if s.end <= k or s.start > end]
        spans = sorted([*kept, town], key=lambda s: s.start)
    return spans


def _link(word: str, words: ModuleType) -> bool:
    """A small word in small letters that may join a town to its river or region (not 'und':
    two names joined by it are read above)."""
    return (
        word.isalpha()
        and word.islower()
        and len(word) <= LINK_LETTERS
        and word not in words.CONJUNCTIONS
    )
