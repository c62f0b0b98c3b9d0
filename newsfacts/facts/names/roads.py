"""Roads named by number, as German writes them: a road's noun and its number ('Bundesstraße
216', 'Landesstraße 3'), or a motorway's or a federal road's letter, a space and the number ('auf
der A 7', 'die B 27'). German news names roads so as places; a letter glued to its number ('die
A1') is as often a model's name ('Audi A4'), so only the spaced form counts."""

from __future__ import annotations

import re
from types import ModuleType

from newsfacts.facts.names.model import LOC
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

REASON = "street"
NUMBERS = ("", "n", "en", "e")  # a road word's endings, singular and plural ('die Autobahnen A 2')
ROAD_NUMBER = re.compile(r"\d{1,3}")  # 'A 7', 'Bundesstraße 216'


def road_spans(text: str, tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """The spans of one text with each numbered road a place."""
    letters: frozenset[str] = getattr(words, "ROAD_LETTERS", frozenset())
    nouns: frozenset[str] = getattr(words, "ROAD_NOUNS", frozenset())
    if not letters and not nouns:
        return spans
    for k in range(len(tokens) - 1):
        head, number = tokens[k], tokens[k + 1]
        if head.text not in letters | nouns or not ROAD_NUMBER.fullmatch(number.text):
            continue
        if number.start != head.end + 1:
            continue  # 'A 7' with one space ('A 4,5' and 'B 52-Bomber' are one token each)
        if head.text in letters and k and _named_thing(tokens[k - 1].text, nouns, words):
            continue
        road = Span(text[head.start : number.end], k, k + 2, LOC, REASON, None, False)
        kept = [s for s in spans if s.end <= k or s.start >= k + 2]
        spans = sorted([*kept, road], key=lambda s: s.start)
    return spans


def _named_thing(before: str, nouns: frozenset[str], words: ModuleType) -> bool:
    """A capitalised noun before a letter and its number that is no road's or traffic word: the
    letter names a thing of that noun ('Vitamin B 12', 'Gruppe A 2', 'Klasse B 1'), no road
    ('auf der A 7', 'Richtung A 3', 'Autobahnkreuz A 1', 'die Autobahnen A 2 und A 7')."""
    if not before[:1].isupper() or not before.isalpha():
        return False
    lower = before.lower()
    if lower in words.ARTICLES or lower in words.PREPOSITIONS or lower in words.CONJUNCTIONS:
        return False  # 'Die A 7 ist gesperrt', 'Auf der …'
    roads = (*(n.lower() for n in nouns), *getattr(words, "ROAD_WORDS", ()))
    return not lower.endswith(tuple(r + end for r in roads for end in NUMBERS))
