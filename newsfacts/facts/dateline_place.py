"""The place a wire story's dateline names ("MILANO, 4 dic (ANSA) -", "PORTO, 4 dez (Lusa) -"),
in another language: the story's own word on where it comes from, so it is shown whether or
not the body names the place again, under its written name, not in capitals."""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts.facts import places
from newsfacts.model import SURE_AT, Fact

NAMES = ("person", "organization", "place")


def with_dateline_place(facts: Sequence[Fact], place: str | None) -> list[Fact]:
    """The facts with the dateline's place made sure (added when no name holds it): a known
    place before an agency, or a place with its agency's credit (source.from_dateline)."""
    if not place:
        return list(facts)
    key = place.casefold()
    out: list[Fact] = []
    found = False
    for f in facts:
        forms = {n.casefold() for n in (f.text, *f.aliases)}
        if f.kind in NAMES and key in forms:
            found = True
            shouted = f.text.isupper() and f.text.casefold() == key  # 'ULM (dpa) -': no acronym
            f = _sure_place(f.with_changes(kind="place"), place) if shouted else f
            f = _sure_place(f, place) if f.kind == "place" else f
        out.append(f)
    if not found and places.place_type(place) is not None:
        out.append(Fact("place", place, 0, mentions=1, confidence=SURE_AT))
    return out


def _sure_place(fact: Fact, place: str) -> Fact:
    """A place fact at least sure, named as a place is written when only capitals told it."""
    confidence = max(fact.confidence or 0.0, SURE_AT)
    if not fact.text.isupper():
        return fact.with_changes(confidence=confidence)
    aliases = tuple(a for a in (fact.text, *fact.aliases) if a != place)
    return fact.with_changes(text=place, aliases=aliases, confidence=confidence)
