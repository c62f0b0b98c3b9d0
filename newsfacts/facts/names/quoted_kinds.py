"""Names only ever told whole inside quote marks, read as a person or a place on no evidence of
their own: a title's, a brand's or a body's name more often than anyone's or anywhere's.

A place so quoted names a film, a ranch or a ship ('der Film „Madagaskar“', 'das „Big House“'),
or is a nickname, no place: it is no name here, unless it is a country the language writes
(CLDR). A person of more than one word so quoted is a body's name ('die „Tölzer Buam“', 'in
„Hansen Logistics“ umbenannt'), unless a speech verb, a role or a quote names the person; one
word alone stays a person, unsure (a pseudonym: 'unter dem Pseudonym „Sosa“').
"""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts.names.glued import QUOTED, quoted
from newsfacts.facts.names.model import LOC, ORG, PER, Entity

PERSON_TOLD = frozenset(("speaker", "role", "speech verb", "colon speaker"))  # a person for sure
PLACE_TOLD = frozenset(("country",))  # a place whatever stands around it


def quoted_kinds(entities: dict[str, Entity], reasons: dict[str, str], words: ModuleType) -> None:
    """Each entity every mention of which is a whole quote: its evidence the quote's ('quoted
    name'), a place no name, a person of several words a body (in place)."""
    for e in entities.values():
        if e.label not in (PER, LOC) or not all(quoted(m, words) for m in e.mentions):
            continue
        told = reasons.get(e.name, "")
        reasons[e.name] = QUOTED  # 'el parque "Terra Mítica"': a title or a brand, unsure
        if e.label == LOC and told not in PLACE_TOLD:
            e.label = None
        elif e.label == PER and len(e.name.split()) > 1 and told not in PERSON_TOLD:
            e.label = ORG
