"""Mentions grouped into entities: short forms, acronyms and surnames linked to full names."""

from __future__ import annotations

from dataclasses import dataclass, field

from newsfacts.facts import places
from newsfacts.facts.names.cues import (
    expand_compass,
    first_name,
    initials,
    name_words,
    place_kind,
    title_case,
)
from newsfacts.facts.names.model import Entity, Mention
from newsfacts.facts.names.voting import firm_form, person_form
from newsfacts.words.en.orgs import ORG_HEADS, ORG_SUFFIXES
from newsfacts.words.en.places import PLACE_PREPS, PLACE_SUFFIXES


def group_mentions(mentions: list[Mention]) -> list[Entity]:
    """Group mentions by surface form, then link short forms, acronyms and capitals."""
    by_form: dict[str, Entity] = {}
    for m in mentions:
        key = expand_compass(title_case(m.text)).rstrip(".")  # "Corp." is "Corp"
        by_form.setdefault(key, Entity(m.text)).add(m)
    entities = sorted(by_form.values(), key=lambda e: -len(name_words(e.name)))
    return _link(entities)


@dataclass
class _Index:
    """Kept entities by acronym, first word, last word and initials: linking stays linear."""

    acronyms: dict[str, Entity] = field(default_factory=dict)
    first: dict[str, list[Entity]] = field(default_factory=dict)
    last: dict[str, list[Entity]] = field(default_factory=dict)
    initials: dict[str, Entity] = field(default_factory=dict)

    def add(self, e: Entity) -> None:
        """Index a kept entity."""
        for m in e.mentions:
            if m.acronym:
                self.acronyms.setdefault(m.acronym, e)
        words = name_words(e.name)
        if len(words) > 1:
            self.first.setdefault(words[0], []).append(e)
            self.last.setdefault(words[-1], []).append(e)
        self.initials.setdefault(initials(e.name), e)


def _link(entities: list[Entity]) -> list[Entity]:
    """Fold 'Yoon' into 'Yoon Suk Yeol' and 'UNC' into 'United Nations Command'."""
    kept: list[Entity] = []
    index = _Index()
    for e in entities:
        target = _link_target(e, index)
        if target is None:
            kept.append(e)
            index.add(e)
        else:
            for m in e.mentions:
                target.add(m)
    return kept


def _name_like(k: Entity) -> bool:
    """A multi-word name that could be a person's (no organisation word, not a known place)."""
    words = name_words(k.name)
    if words[-1] in ORG_SUFFIXES or words[0] in ORG_HEADS or place_kind(k.name):
        return False
    return words[-1] not in PLACE_SUFFIXES


def _may_be_surname(e: Entity, k: Entity) -> bool:
    """A one-word name can be the surname of `k` unless the text uses it as a place."""
    kind = places.place_type(e.name)
    if kind is None:
        return True
    if kind == "city":  # "in Seattle": the city, even after a run like "Donald Trump Seattle"
        return not any(_in_city(m) for m in e.mentions)
    cued = any(m.left[-1:] and m.left[-1] in PLACE_PREPS for m in e.mentions)
    person = any(m.role or m.honorific for m in k.mentions)
    return person and not cued


def _someone_else(e: Entity, k: Entity) -> bool:
    """A surname told with a title before the full name is told, and never with that title
    ("President Obama said …", later "first lady Michelle Obama"): two people of one family
    (news names a person in full first, unless the title alone is enough)."""
    short = [m for m in e.mentions if m.kind == "body"]
    full = [m for m in k.mentions if m.kind == "body"]
    if not short or not full or short[0].position > full[0].position:
        return False
    titles = {m.role.lower() for m in short if m.role}
    others = {m.role.lower() for m in full if m.role}
    return bool(titles) and not titles & others


def _in_city(m: Mention) -> bool:
    """'in Seattle', 'near Obama' (the town), but not "in Obama's first term"."""
    possessive = m.right[:1] in (("'s",), ("’s",)) or m.right[:2] in (("'", "s"), ("’", "s"))
    return bool(m.left[-1:]) and m.left[-1] in ("in", "near") and not possessive


def _may_be_firm(e: Entity) -> bool:
    """A one-word name can be the short form of a company named after it, unless it is a
    country or a state ("China" beside "China Motor Corp") or a town the text is in."""
    kind = places.place_type(e.name)
    if kind == "city":
        return not any(_in_city(m) for m in e.mentions)
    return kind is None


def _place_named(k: Entity, words: list[str]) -> bool:
    """`k` is a place followed by `words` ("Seattle Mariners" for "Mariners")."""
    full = name_words(k.name)
    if len(full) <= len(words) or full[-len(words) :] != words or place_kind(k.name):
        return False
    return place_kind(" ".join(full[: -len(words)])) is not None


def _link_target(e: Entity, index: _Index) -> Entity | None:
    """The longer entity that `e` is a short form of, if any."""
    if e.name in index.acronyms:
        return index.acronyms[e.name]
    words = name_words(e.name)
    for k in index.last.get(words[-1], []):
        if _place_named(k, words):
            return k
    if len(words) == 1:
        for k in index.last.get(words[0], []):
            surname = words[0] not in ORG_SUFFIXES and _may_be_surname(e, k)
            if surname and _name_like(k) and not _someone_else(e, k):
                return k
        family_first = not first_name(words[0])  # "Yoon" for "President Yoon Suk Yeol"
        for k in index.first.get(words[0], []):
            if family_first and person_form(k) and _may_be_surname(e, k) and _name_like(k):
                return k
        firms = [k for k in index.first.get(words[0], []) if firm_form(k)]
        if firms and _may_be_firm(e):  # "Ford" for "Ford Motor Company"; the most told one
            return max(firms, key=lambda k: (len(k.mentions), -k.mentions[0].position))
    if e.name.isupper() and len(e.name) >= 3 and e.name in index.initials:
        k = index.initials[e.name]
        return k if k is not e and len(name_words(k.name)) > 1 else None
    return None
