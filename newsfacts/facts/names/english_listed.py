"""The English vote of a listed company's name (facts/companies.py's lexicon): one vote for an
organisation per entity ('Ericsson said': a firm, not a surname), where the name is no everyday
English word ('Shell', 'Target', 'Next'), first name, common surname ('Brady') or big place, and
no mention of it is told as a person's ('Mr. Honda, 54,', 'Mrs. Tesla') or a place's ('in
Hartford', 'Dover port', 'Hershey, Pennsylvania', 'in the Amazon'). Where it votes, a town the
gazetteer knows by the name is not heard: the company outshines it ('Nokia said')."""

from __future__ import annotations

import re

from newsfacts import lexicon
from newsfacts.facts import census, companies, places
from newsfacts.facts.names.cues import first_name, place_kind
from newsfacts.facts.names.model import ORG, Entity, Mention
from newsfacts.words.en.function import STOPWORDS
from newsfacts.words.en.places import PLACE_AFTER, PLACE_NOUNS, PLACE_PREPS
from newsfacts.words.en.titles import TITLES

LISTED_VOTE = 3.0  # beyond a small town's gazetteer vote (2.5)
_AGE = re.compile(r"^\d{1,2}$")
TOWN_PREPS = frozenset(("in", "near"))  # not 'at': 'engineers at Nokia'
_AREAS = frozenset(("state", "country", "region", "county"))  # 'Hershey, Pennsylvania'


def listed_vote(entity: Entity) -> dict[str, float]:
    """A listed company's name that is nothing else and is told as nothing else: one vote for
    an organisation, however often it is named."""
    if not companies.is_listed(entity.name) or other_english_name(entity.name):
        return {}
    if not any(m.text == entity.name for m in entity.mentions):
        return {}  # only short forms: 'Tesla' of 'Nikola Tesla' is the person's
    if any(person_cue(m) or place_cue(m) for m in entity.mentions):
        return {}
    return {ORG: LISTED_VOTE}


def person_cue(m: Mention) -> bool:
    """A title, an honorific (its dot apart: 'Mr' '.'), an age in commas or a first name right
    before: a person's name. Not a role: firms are told by one too ('market leader Diageo',
    'partner Mitsubishi Motors', 'chief executive of Renault')."""
    if m.honorific:
        return True
    left = m.left[:-1] if m.left[-1:] == (".",) else m.left
    if left[-1:] and (left[-1] in TITLES or f"{left[-1]}." in TITLES):
        return True
    if m.left[-1:] and m.left[-1][:1].isupper() and first_name(m.left[-1]):
        return True
    return m.right[:1] == (",",) and len(m.right) > 2 and bool(_AGE.match(m.right[1]))


def place_cue(m: Mention) -> bool:
    """Words around the name that tell a place: 'in'/'near' before a place the gazetteer
    knows, 'in the', 'on the' before any ('in the Amazon'), 'the city of', a state after a
    comma, a place's noun after ('Dover port', 'Hartford Mayor', 'the Amazon rainforest')."""
    if m.right[:1] and (m.right[0] in PLACE_AFTER or m.right[0].lower() in PLACE_AFTER):
        return True
    if m.right[:1] == (",",) and len(m.right) > 1 and place_kind(m.right[1]) in _AREAS:
        return True
    left = m.left
    if left[-2:-1] and left[-1] == "the" and left[-2] in (*PLACE_PREPS, "on"):
        return True
    if len(left) > 1 and left[-1] == "of" and left[-2] in PLACE_NOUNS:
        return True
    return bool(left[-1:]) and left[-1] in TOWN_PREPS and place_kind(m.text) is not None


def other_english_name(name: str) -> bool:
    """An everyday English word, a person's name, a country or a big city."""
    words = name.split()
    if len(words) > 1:
        return place_kind(name) is not None or all(_person_word(w) for w in words)
    if name.isupper():
        return len(name) < 3 or name.lower() in STOPWORDS
    if name.lower() in STOPWORDS or lexicon.is_common_word(name, "English"):
        return True
    kind = place_kind(name)
    big = kind is not None and (kind != "city" or name in places.big_cities())
    return big or _person_word(name)


def _person_word(word: str) -> bool:
    """A first name or a common surname."""
    return first_name(word) or word.title() in census.common_surnames()  # 'McCormick'
