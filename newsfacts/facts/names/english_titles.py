"""A name right after an English small word inside a German text ('live from Las Vegas',
'Profiles of U2 and The Dave Matthews Band'), or before an English possessive ("John Peel's
Top Gear Show"), stands in an English title or phrase the story quotes: a work's, a show's or
a band's name more often than the place or person it names, and read no further: no name
of its own unless the story names it elsewhere."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token
from newsfacts.words import split_words

UNSURE = "quoted name"  # evidence.EVIDENCE: a title's or a brand's name
POSSESSIVE = frozenset(("'s", "’s"))
# English function words German has not (not 'in', 'an', 'so', 'was', words of both; no noun:
# 'das Land Niedersachsen', 'die Band Kraftklub' are German)
SMALL_WORDS = frozenset(
    split_words("the of and from with for to on at by into onto my your our their his its or")
)


def in_english_phrase(tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """The spans of one text, those in an English phrase left with no kind, in a language that
    capitalises its nouns (German; elsewhere an English title is read as before)."""
    if not words.CAPITALISED_NOUNS:
        return spans
    return [
        replace(s, label=None, reason=UNSURE) if _in_english(tokens, s, words) else s for s in spans
    ]


def _in_english(tokens: list[Token], s: Span, words: ModuleType) -> bool:
    """A name after an English small word, or before an English possessive ('John Peel's Top
    Gear Show': a show's name)."""
    if s.label is None:
        return False
    after = tokens[s.end] if s.end < len(tokens) else None
    if after is not None and after.text in POSSESSIVE and after.start == tokens[s.end - 1].end:
        return True
    before = tokens[s.start - 1].text if s.start > 0 else ""
    return before.lower() in SMALL_WORDS and not lexicon.is_word(before, words.NAME)
