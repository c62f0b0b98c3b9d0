"""A one-word name read as a town or a country inside a list whose other names, two or more,
are all people known by their first names ('Lucia, Europa und Anna Maria'; 'Marco, Denver
und Lisa') names a person too: a list names things of one kind, and a first name is firmer
evidence than a town's or a land's name, which people are named after."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts.name_words import first_name
from newsfacts.facts.names.model import LOC, PER, Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token
from newsfacts.words.de import LIST_LINKS as LISTING

Found = tuple[Text, list[Token], Span]
PLACED = frozenset(("town", "country", "capitals"))  # a place by its name alone
REASON = "list item"  # not shown (evidence.SHOWN)
MIN_PEOPLE = 2


def listed_people(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans, a place by its name alone among first-named people made a person."""
    if not words.CAPITALISED_NOUNS:
        return spans
    out = list(spans)
    for chain in _chains(out):
        for k in chain:
            item, tokens, s = out[k]
            others = [out[n][2] for n in chain if n != k]
            if (
                " " not in s.text
                and s.label == LOC
                and s.reason in PLACED
                and len(others) >= MIN_PEOPLE
                and all(o.label == PER and first_name(o.text.split()[0], words) for o in others)
            ):
                out[k] = (item, tokens, replace(s, label=PER, reason=REASON))
    return out


def _chains(spans: list[Found]) -> list[list[int]]:
    """The runs of names of one text joined by commas and 'und', of three names or more, as
    indexes into the spans."""
    chains: list[list[int]] = []
    for n, (_, tokens, s) in enumerate(spans):
        if chains and n - 1 == chains[-1][-1] and spans[n - 1][1] is tokens:
            o = spans[n - 1][2]
            if o.end == s.start - 1 and tokens[o.end].text in LISTING:
                chains[-1].append(n)
                continue
        chains.append([n])
    return [c for c in chains if len(c) > MIN_PEOPLE]
