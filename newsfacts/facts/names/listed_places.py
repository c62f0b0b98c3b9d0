"""A listed company's name read as the company (names/listed_firms.py) that stands in a list
of places, before the document's other passes: where the gazetteer knows it as a town and two
or more of the list's names are places ('über London, Dover, Belgien und Frankreich';
'Stationen in Lyon, Dover, Gent'), it is a town, as the list's other members are places."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts import evidence
from newsfacts.facts.names.listed_context import Found
from newsfacts.facts.names.listed_firms import LISTED
from newsfacts.facts.names.model import LOC

PLACES = 2  # places in a list that make a listed town one of them


def listed_places(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans, a listed name's read as a town where it stands in a list of places."""
    out = list(spans)
    for k in _in_place_lists(spans, words):
        item, tokens, s = spans[k]
        out[k] = (item, tokens, replace(s, label=LOC, reason="list item"))
    return out


def _in_place_lists(spans: list[Found], words: ModuleType) -> list[int]:
    """The listed names the gazetteer knows that stand in a run of names one comma or
    conjunction apart with PLACES places or more in it."""
    links = frozenset((",", *words.CONJUNCTIONS, *getattr(words, "LIST_LINKS", ())))
    found: list[int] = []
    chain: list[int] = []
    for k in range(len(spans) + 1):
        if k < len(spans) and chain and _linked(spans[chain[-1]], spans[k], links):
            chain.append(k)
            continue
        if sum(spans[c][2].label == LOC for c in chain) >= PLACES:
            found += [c for c in chain if _listed_town(spans[c], words)]
        chain = [k]
    return found


def _listed_town(found: Found, words: ModuleType) -> bool:
    """A span read as a listed company whose name the gazetteer knows as a place."""
    s = found[2]
    return s.reason == LISTED and evidence.place_name(s.text, words) is not None


def _linked(a: Found, b: Found, links: frozenset[str]) -> bool:
    """Two spans of one text with one link word between them."""
    _, tokens, span = b
    return a[1] is tokens and a[2].end == span.start - 1 and tokens[span.start - 1].text in links
