"""Places told by the words before them, where the name has no stronger evidence of its own (a
first name, an organisation word, an acronym): after a place's preposition, an article and a
place's adjective ('in het Canadese Gander', 'in de Gentse Veldhal': a town, a hall, a
region of that place; in a language that writes such adjectives before the noun with a capital,
Dutch), and after the office of a town's or a see's head and 'of' ('el alcalde de Villaral', 'de
burgemeester van Lirna')."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts import evidence
from newsfacts.facts.name_words import place_adjective
from newsfacts.facts.names.model import LOC, PLACE_WORD
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

REASON = PLACE_WORD


def placed_after_adjective(s: Span, tokens: list[Token], words: ModuleType) -> Span:
    """The span as a place when 'in', an article and a place's adjective stand before it, or
    a town's office and 'of', and nothing stronger says what it is."""
    if s.start < 2 or s.reason in evidence.SHOWN:
        return s
    office, link = (t.text.lower() for t in tokens[s.start - 2 : s.start])
    offices: frozenset[str] = getattr(words, "TOWN_OFFICES", frozenset())
    if office in offices and link in words.JOINERS and link not in words.CONJUNCTIONS:
        return Span(s.text, s.start, s.end, LOC, REASON, None, False)
    if s.start < 3:
        return s
    prep, article, adjective = (t.text for t in tokens[s.start - 3 : s.start])
    if prep.lower() not in words.PLACE_BEFORE or article.lower() not in words.DEFINITE:
        return s
    if not place_adjective(adjective, words):
        return s
    return Span(s.text, s.start, s.end, LOC, REASON, None, False)
