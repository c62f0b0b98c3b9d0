"""Turn labelled entities into person, organisation and place facts."""

from __future__ import annotations

from collections import Counter

from newsfacts.facts.entities import PER, Entity, initials, place_kind
from newsfacts.model import Fact

LEGAL = frozenset({"Inc", "Corp", "Co", "Ltd", "Plc", "PLC", "LLC", "AG", "SA", "NV", "GmbH"})


def _first_cite(entity: Entity) -> int:
    """The sentence of the first body mention, else of any mention."""
    body = [m.cite for m in entity.mentions if m.kind == "body"]
    return body[0] if body else entity.mentions[0].cite


def _role(entity: Entity) -> str | None:
    """The most frequent title the text gives this entity."""
    roles = Counter(m.role for m in entity.mentions if m.role)
    return roles.most_common(1)[0][0] if roles else None


def _affiliation(entity: Entity) -> str | None:
    """Where the text says the person belongs ("New Zealand" in "New Zealand Prime Minister")."""
    found = [m.affiliation for m in entity.mentions if m.affiliation]
    return found[0] if found else None


def _aliases(entity: Entity, name: str, role: str | None) -> tuple[str, ...]:
    """Other surface forms, plus 'Role Surname' forms for people with a title."""
    out = [f for f in entity.forms if f != name]
    words = name.split()
    if entity.label == "organization" and len(words) >= 2 and words[-1].rstrip(".") in LEGAL:
        short = " ".join(words[:-1])  # "Barnett Banks Inc" is also "Barnett Banks"
        if place_kind(short) is None:
            out.append(short)
    out += [m.text for m in entity.mentions if m.acronym == name and m.text not in out]
    acronyms = [m.acronym for m in entity.mentions if m.acronym]
    out += [a for a in acronyms if a not in out]
    if entity.label == PER and role:
        surnames = [f for f in entity.forms if len(f.split()) == 1] or [name.split()[-1]]
        out.append(f"{role} {surnames[0]}")
    return tuple(dict.fromkeys(a for a in out if a != name))


def entity_fact(entity: Entity) -> Fact:
    """The fact for one entity."""
    name = _display_name(entity)
    role = _role(entity) if entity.label == PER else None
    return Fact(
        kind=entity.label or "",
        text=name,
        sentence=_first_cite(entity),
        role=role,
        aliases=_aliases(entity, name, role),
        mentions=len(entity.mentions),
        about=_affiliation(entity) if entity.label == PER else None,
    )


def _display_name(entity: Entity) -> str:
    """The fullest form seen in running text (not an all-caps headline form).

    An acronym whose letters are not the initials of its gloss is the established name
    ("NATO" after "North Atlantic Treaty Alliance"), so it wins over the gloss.
    """
    for m in entity.mentions:
        if m.acronym and m.acronym != initials(m.text):
            return m.acronym
    plain = [f for f in entity.forms if not (f.isupper() and len(f) > 6)]
    pool = plain or entity.forms
    return max(pool, key=lambda f: (len(f.split()), -pool.index(f)))
