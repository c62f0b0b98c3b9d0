"""A country read as a person's last name ('entdeckte Gaspard de Valmont Neuseeland'): where
nouns are capitalised, the object after a name runs on into it. A country's name in the
language's own form ('Neuseeland', 'Frankreich'; not 'Mali' or 'Jordan', which all languages
share and people bear) that no census holds as a surname nor a first name ends no one's name:
the person is the words before it, and the country is a place of its own."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import census, places
from newsfacts.facts.name_words import ascii_folded, first_name, place_name
from newsfacts.facts.names.inflection import surname
from newsfacts.facts.names.model import LOC, PER
from newsfacts.facts.names.reading import Span
from newsfacts.facts.names.span_ops import put
from newsfacts.facts.tokens import Token

COUNTRY = "country"  # evidence.EVIDENCE


def place_tails(text: str, tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """The spans with each person's last word that is only a country's name made a place."""
    if not words.CAPITALISED_NOUNS:
        return spans
    for s in [s for s in spans if s.label == PER and s.end - s.start >= 2]:
        last = tokens[s.end - 1].text
        before = tokens[s.end - 2].text
        if not _country_only(last, words) or not before.isalpha():
            continue
        if lexicon.is_common_word(before, "English") or lexicon.is_word(before, words.NAME):
            continue  # 'Microsoft Cloud Deutschland': a product's words, no one's name
        person = replace(s, text=text[tokens[s.start].start : tokens[s.end - 2].end], end=s.end - 1)
        spans = put(spans, person, Span(last, s.end - 1, s.end, LOC, COUNTRY, None, False))
    return spans


def _country_only(word: str, words: ModuleType) -> bool:
    """A country's name in the language's own form that is no one's name."""
    if place_name(word, words) != COUNTRY or word in places.countries():
        return False
    return not (
        ascii_folded(word) in census.surnames() or first_name(word, words) or surname(word, words)
    )
