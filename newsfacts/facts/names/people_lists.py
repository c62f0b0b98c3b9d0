"""A list of people with one place's name among them ('die Schwestern Lucia, Europa und Anna
Maria', 'seine Kinder Tacoma, Shawn und Mary Ella'): a list names things of one kind, so the
one-word place there is as likely a person called so; kept, unsure, the table does not show
it."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts.names.model import LOC, PER
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token
from newsfacts.words.de import LIST_LINKS as LISTING

PERSON = frozenset(("first name", "role", "speaker"))  # firm evidence of a person
UNSURE = "capitals"  # evidence.EVIDENCE, not shown


def places_among_people(tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """The spans of one text with each lone place in a list of firm people made unsure."""
    if not words.CAPITALISED_NOUNS:
        return spans
    out = list(spans)
    for chain in _chains(tokens, out):
        people = [n for n in chain if out[n].label == PER and out[n].reason in PERSON]
        places = [n for n in chain if out[n].label == LOC]
        if people and len(places) == 1 and out[places[0]].end - out[places[0]].start == 1:
            out[places[0]] = replace(out[places[0]], reason=UNSURE)
    return out


def _chains(tokens: list[Token], spans: list[Span]) -> list[list[int]]:
    """Runs of spans joined by a comma, 'und' or 'oder', as indexes, of three spans or more."""
    chains: list[list[int]] = []
    for n, s in enumerate(spans):
        last = spans[n - 1] if n else None
        if last is not None and s.start == last.end + 1 and tokens[last.end].text in LISTING:
            chains[-1].append(n)
        else:
            chains.append([n])
    return [c for c in chains if len(c) > 2]
