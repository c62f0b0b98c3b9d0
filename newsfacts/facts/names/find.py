"""The rule-based name finder: mentions found, grouped, linked and labelled."""

from __future__ import annotations

import re

from newsfacts.facts import census
from newsfacts.facts.names.cues import expand_compass, title_case
from newsfacts.facts.names.headlines import shouting_mentions
from newsfacts.facts.names.linking import group_mentions
from newsfacts.facts.names.mentions import mentions_in
from newsfacts.facts.names.model import LOC, ORG, PER, Context, Entity, Mention, Text
from newsfacts.facts.names.voting import label_of, person_form, team_like
from newsfacts.words.en.numbers import CURRENCY_CODES
from newsfacts.words.en.sports import SPORTS


def find_entities(items: list[Text], sports: bool) -> list[Entity]:
    """Labelled entities of a document, mentions in order of appearance."""
    lowercase = frozenset(
        w
        for item in items
        for w in re.findall(r"\b[a-z][a-z'-]+\b", item.text)
        if item.kind == "body"
    )
    ctx = Context(sports=sports, lowercase_words=lowercase)
    order = [0]
    mentions = [m for item in items for m in mentions_in(item, ctx, order)]
    entities = group_mentions(mentions)
    for e in entities:
        e.label = label_of(e, ctx)
    for e in entities:
        if e.label == PER and owned_name(e, entities):
            e.label = None  # "Ford Taurus" beside "Ford": the firm's product, not a person
    known = {e.name: e for e in entities if e.label}
    relabel: list[Entity] = []
    for entity, m in shouting_mentions(items, known, order):
        if entity is None:
            entity = _new_place(m, entities)
        entity.add(m)
        if entity.label is None:
            entity.label = ORG if sports and team_like(entity) else LOC
            known[entity.name] = entity
        elif sports or m.dateline:
            relabel.append(entity)
    for entity in relabel:
        entity.label = label_of(entity, ctx)
    for e in entities:
        e.mentions.sort(key=lambda m: m.position)
    return [e for e in entities if e.label in (PER, ORG, LOC) and e.name not in CURRENCY_CODES]


def owned_name(entity: Entity, entities: list[Entity]) -> bool:
    """A name with no first name nor title that opens with the whole name of an organisation or
    place of the same text ("Ford Taurus", "Boeing Commercial Airplanes"): not a person."""
    words = entity.name.split()
    if len(words) < 2 or person_form(entity) or any(w in census.first_names() for w in words):
        return False  # "U.S. Surgeon General David Satcher": a person behind a glued prefix
    heads = {" ".join(words[:n]) for n in range(1, len(words))}
    surname = words[-1] in census.surnames()
    return any(
        e.name in heads and e.label in (ORG, LOC) and _settled(e, surname)
        for e in entities
        if e is not entity
    )


def _settled(entity: Entity, surname: bool) -> bool:
    """The organisation or place is more than one stray word: a cue voted for it, or the text
    names it twice and the longer name does not end in a surname ("Jansher Khan" is a person
    even where a lone "Jansher" was taken for a firm)."""
    cued = (entity.votes or {}).get(entity.label or "", 0.0) >= 1.0
    return cued or (len(entity.mentions) >= 2 and not surname)


def _new_place(m: Mention, entities: list[Entity]) -> Entity:
    """The entity for a gazetteer place first seen in headline-style text."""
    name = expand_compass(title_case(m.text))
    for e in entities:
        if e.name == name:
            return e
    e = Entity(name)
    e.forms.append(name)
    entities.append(e)
    return e


def is_sports(title_or_first_line: str) -> bool:
    """Sports reports ("SOCCER - ...", "Tennis: ..."): cities there mostly name teams."""
    head = re.split(r"\s[-:–]\s", title_or_first_line, maxsplit=1)[0].lower()
    return any(w in SPORTS for w in head.split()) and len(head.split()) <= 3
