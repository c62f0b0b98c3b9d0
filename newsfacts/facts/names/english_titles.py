"""A name right after an English small word inside a German text ('live from Las Vegas',
'Profiles of U2 and The Dave Matthews Band') stands in an English title or phrase the story
quotes: a work's, a show's or a band's name more often than the place or person it names.
Kept, unsure: the table does not show it."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts.name_words import english_word
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

UNSURE = "quoted name"  # evidence.EVIDENCE: a title's or a brand's name, not shown


def in_english_phrase(tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """The spans of one text, those after an English small word made unsure, in a language
    that capitalises its nouns (German; elsewhere an English title is read as before)."""
    if not words.CAPITALISED_NOUNS:
        return spans
    return [
        replace(s, reason=UNSURE)
        if s.label is not None and s.start > 0 and english_word(tokens[s.start - 1].text, words)
        else s
        for s in spans
    ]
