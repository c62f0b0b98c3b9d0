"""Two capitalised words no evidence but their capitals made a person, read again by their
shape: a word joined by a hyphen to a known place ('Brussel-Zuid', 'Bolivia-Brasil') names a
place or a route, no one; and, where the language inflects its adjectives with an -e (Dutch), a
name opening with such an adjective ('Onrechtmatige Bedingen', 'Landelijke Raad') is a body's,
as no one's first name is an adjective of the language."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts.name_words import first_name
from newsfacts.facts.names.model import LOC, ORG, PER, Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.place_names import place_name
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
WEAK = "capitals"  # the evidence of a person read from capitals alone
MIN_STEM = 4  # letters of an adjective's stem before its -e


def reshaped(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans with each person of capitals alone that its shape says is none relabelled."""
    if not getattr(words, "RESHAPE_CAPITALS", False):
        return spans
    return [(item, tokens, _relabelled(s, words)) for item, tokens, s in spans]


def _relabelled(s: Span, words: ModuleType) -> Span:
    """A place for a name with a known place joined by a hyphen, a body for one opening with an
    inflected adjective, else the span as it was."""
    if s.label != PER or s.reason != WEAK:
        return s
    parts = [p for w in s.text.split() if "-" in w for p in w.split("-") if p]
    if any(place_name(p, words) is not None for p in parts):
        return replace(s, label=LOC)
    if getattr(words, "ADJECTIVE_E", False) and inflected(s.text.split()[0], words):
        return replace(s, label=ORG)
    return s


def inflected(word: str, words: ModuleType) -> bool:
    """An adjective of the language with its -e ('onrechtmatige' of 'onrechtmatig', 'rode' of
    'rood'): the word and its stem are both words of the language."""
    low = word.lower()
    if first_name(word, words):
        return False  # 'Marie', 'Hanne': a first name, though 'mari' is listed
    if not low.endswith("e") or len(low) <= MIN_STEM or not lexicon.is_word(low, words.NAME):
        return False
    stem = low[:-1]
    if len(stem) >= 2 and stem[-1] == stem[-2]:
        stem = stem[:-1]  # 'dikke' of 'dik'
    long_vowel = stem[:-1] + stem[-2] + stem[-1] if len(stem) > 2 else stem  # 'rode' of 'rood'
    return any(lexicon.is_word(w, words.NAME) for w in (stem, long_vowel) if w != low)
