"""Kinds from the text around a name in another language: the cues the words next to a
capitalised word give when no list knows it.

German lists its names among its words, so its word list cannot tell 'Bozen' from 'Boden';
but a German noun in the singular takes an article, and 'in', 'nach' or 'aus' right before a
capitalised word with none is mostly a place ('in Bozen', 'nach Ostdeutschland'). States and
provinces (pycountry's subdivisions, in their own languages: 'Brandenburg', 'Gelderland',
'Sergipe') are places when the language has no everyday word of the name ('Sachsen' is one).
"""

from __future__ import annotations

from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import places

LATIN_LISTS = ("English", "Spanish", "French", "Italian", "Portuguese", "Dutch", "German")


def subdivision(word: str, words: ModuleType) -> bool:
    """A state or province ('Brandenburg', 'Gelderland'), no everyday word of the language nor
    of another ('Nord', 'Centre': departments of France and Haiti)."""
    return (
        word in places.subdivisions()
        and not lexicon.is_frequent_word(word, words.NAME, words.FREQUENT_FROM)
        and not any(lexicon.is_common_word(word, name) for name in LATIN_LISTS)
    )


def shared(word: str, words: ModuleType) -> bool:
    """A word another language's word list holds too, spelled alike: names cross languages
    ('Merkel', 'Havel', 'Porsche'), most German nouns do not ('Zukunft', 'Haft')."""
    return any(lexicon.is_word(word, name) for name in LATIN_LISTS if name != words.NAME)


def after_place_word(parts: list[str], before: str, words: ModuleType) -> bool:
    """In German, one capitalised word right after 'in', 'nach' or 'aus', with no article
    between: a place's position ('in Bozen'), since a common noun there mostly has one."""
    if not words.ANY_LISTED or len(parts) != 1:
        return False
    lower = before.lower()
    return lower in words.PLACE_BEFORE and lower not in words.PARTICLES
