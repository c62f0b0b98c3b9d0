"""Turn labelled entities into person, organisation and place facts."""

from __future__ import annotations

from collections import Counter

from newsfacts.facts.names import PER, Entity, Mention, initials, place_kind
from newsfacts.facts.source import titled_place
from newsfacts.model import Fact
from newsfacts.words import HONORIFICS
from newsfacts.words.en.orgs import LEGAL_SUFFIXES
from newsfacts.words.en.press import CREDIT_CUES, STAFF_CUES


def _first_cite(entity: Entity, mentions: list[Mention] | None = None) -> int:
    """The sentence of the first body mention, else of any mention (of `mentions` if given)."""
    pool = mentions or entity.mentions
    body = [m.cite for m in pool if m.kind == "body"]
    return body[0] if body else pool[0].cite


def _role(entity: Entity, courtesy: bool = False) -> str | None:
    """The most frequent title the text gives this entity; a courtesy title ('M.', 'Frau',
    'Doña') is none, so an apposition may give the role ('son président, Bruno Bernard'), but
    with `courtesy` it is the title the short form takes ('Doña Sofía')."""
    roles = Counter(
        m.role for m in entity.mentions if m.role and (courtesy or m.role.lower() not in HONORIFICS)
    )
    return roles.most_common(1)[0][0] if roles else None


def _affiliation(entity: Entity, role: str | None = None) -> str | None:
    """Where the text says the person belongs ("New Zealand" in "New Zealand Prime Minister");
    not the portfolio that is part of the role itself ("Transport" of "Transport Minister")."""
    found = [m.affiliation for m in entity.mentions if m.affiliation]
    found = [a for a in found if not (role and role.startswith(a + " "))]
    return found[0] if found else None


def _aliases(entity: Entity, name: str, role: str | None) -> tuple[str, ...]:
    """Other surface forms, plus 'Role Surname' forms for people with a title."""
    out = [f for f in entity.forms if f != name]
    words = name.split()
    if (
        entity.label == "organization"
        and len(words) >= 2
        and words[-1].rstrip(".") in LEGAL_SUFFIXES
    ):
        short = " ".join(words[:-1])  # "Barnett Banks Inc" is also "Barnett Banks"
        if place_kind(short) is None:
            out.append(short)
    out += [m.text for m in entity.mentions if m.acronym == name and m.text not in out]
    acronyms = [m.acronym for m in entity.mentions if m.acronym]
    out += [a for a in acronyms if a not in out]
    if entity.label == PER and role:
        surnames = [f for f in entity.forms if len(f.split()) == 1] or [_surname(name)]
        out.append(f"{role} {surnames[0]}")
    return tuple(dict.fromkeys(a for a in out if a != name))


def _surname(name: str) -> str:
    """A full name's last word with the small particles before it ('Joost van der Heijden':
    'van der Heijden'), as the role's short form writes it ('topman van der Heijden')."""
    words = name.split()
    k = len(words) - 1
    while k > 1 and words[k - 1].islower():
        k -= 1
    return " ".join(words[k:])


# What may stand between a cue and the name: "Photo: Ledger/X", "(AP Photo/X)", "Photo by X".
_CREDIT_GLUE = frozenset(("(", ":", "/", "by", "of", "-", "|"))


def _credit(m: Mention, person: bool) -> str | None:
    """The role of a name in a credit ("photo credit", "byline"), None for one in the story.

    A photo credit follows a cue ("Photo by", "Image copyright") or, in a caption, stands on
    either side of the slash of "Photographer/Agency"; a byline names a person after a
    capitalised "By" (not "By Ola Berg's count") or, in a removed credit line, after
    "Reporting by"/"Editing by"."""
    caption = m.kind == "caption"
    if person and m.left[-1:] == ("By",) and m.right[:1] not in (("'s",), ("’s",)):
        return "byline"
    if caption and (m.left[-1:] == ("/",) or m.right[:1] == ("/",)):
        return "photo credit"
    if caption and m.right[:1] and m.right[0].lower() in CREDIT_CUES:
        return "photo credit"  # "AP Photo/...", "Getty Images"
    for w in reversed(m.left):  # back over the glue and other names to a cue
        if w.lower() in CREDIT_CUES:
            return "photo credit"
        if caption and w.lower() in STAFF_CUES:
            return "byline"
        if w not in _CREDIT_GLUE and not (caption and w[:1].isupper()):
            return None  # only glue and other names ("AP", "Ledger") stand in between
    return None


def entity_fact(entity: Entity) -> Fact:
    """The fact for one entity; a person or agency named only in credits (a photo's, a
    byline) is a source, not an actor of the story."""
    credited = entity.label in _CREDITED
    roles = [_credit(m, entity.label == PER) if credited else None for m in entity.mentions]
    mentions = [m for m, r in zip(entity.mentions, roles, strict=True) if r is None]
    name = _display_name(entity)
    if not mentions:
        return Fact("source", name, _first_cite(entity), source_kind=next(r for r in roles if r))
    role = _role(entity) if entity.label == PER else None
    title = role or (_role(entity, courtesy=True) if entity.label == PER else None)
    return Fact(
        kind=entity.label or "",
        text=name,
        sentence=_first_cite(entity, mentions),
        role=role,
        aliases=_aliases(entity, name, title),  # 'Doña Sofía', 'M. Bernard' as short forms
        mentions=len(mentions),
        about=_affiliation(entity, role) if entity.label == PER else None,
    )


_CREDITED = frozenset((PER, "organization"))  # who takes or sells a photo, writes the story


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
    if entity.label == "place" and any(not f.isupper() for f in pool):
        pool = [f for f in pool if not f.isupper()]  # 'Genova' over its dateline's 'GENOVA'

    name = max(pool, key=lambda f: (len(f.split()), -pool.index(f)))
    if not (entity.label == "place" and name.isupper() and len(name) > SHORT_CODE):
        return name
    # 'RIO DE JANEIRO': 'Rio de Janeiro', its particle small, where the gazetteer knows it so
    forms = (titled_place(name), name.title())
    return next((form for form in forms if place_kind(form) is not None), name)


SHORT_CODE = 3  # capitals this short are a code ("UAE"), not a dateline's town ("UTRECHT")
