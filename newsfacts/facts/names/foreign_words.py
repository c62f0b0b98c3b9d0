"""Words of another language inside a German text, read as a name on no evidence of their own.

German capitalises its nouns, so a capitalised word no German list knows looks like a name;
but a German story quotes English, French, Italian, Spanish and Portuguese words and phrases
as well: titles of works and songs ('La Fiesta', 'Solid Gold'), ships and products ('in Comet
umbenannt'), loan words. A span whose evidence is only its capitals or a small word before it
('capitals', 'place word') is no name when it reads as words of one such language: one word
that is an everyday word there and no word of German, no first name, surname or big town
('Comet', 'Tumba'; not 'Paris', 'Cook'), or several words that are all everyday or function
words of that language ('La Fiesta', 'Big House'; not 'Air Berlin', 'Lady Gaga').
"""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts.name_words import big_town, first_name, surname
from newsfacts.facts.names.reading import Span

FOREIGN = ("English", "French", "Italian", "Spanish", "Portuguese")
WEAK = frozenset(("capitals", "place word"))  # evidence no more than a capital or an 'in'
PHRASE_WEAK = frozenset(("capitals",))  # a phrase's: 'in Fifth Avenue' is a place


def foreign_words(spans: list[Span], words: ModuleType) -> list[Span]:
    """One text's spans, those that read as another language's words left with no kind, in a
    language that capitalises its nouns (German)."""
    if not words.CAPITALISED_NOUNS:
        return spans
    return [replace(s, label=None, reason="") if _foreign(s, words) else s for s in spans]


def _foreign(s: Span, words: ModuleType) -> bool:
    """Whether a weakly read span is words of another language, no name."""
    if s.label is None or s.reason not in WEAK:
        return False
    parts = s.text.split()
    if len(parts) == 1:
        return foreign_word(parts[0], words)
    return s.reason in PHRASE_WEAK and foreign_phrase(parts, words)


def foreign_word(word: str, words: ModuleType) -> bool:
    """An everyday word of another language that German lacks and no name is ('Comet')."""
    if not word.isalpha() or word.isupper() or lexicon.is_word(word, words.NAME):
        return False
    if first_name(word, words) or surname(word) or big_town(word):
        return False
    return any(lexicon.is_common_word(word, other) for other in _others(words))


def foreign_phrase(parts: list[str], words: ModuleType) -> bool:
    """Words that are each an everyday or function word of one other language, one at least no
    German word ('La Fiesta', 'Big House'; not 'Air Berlin')."""
    if not all(p.isalpha() for p in parts):
        return False
    if all(lexicon.is_word(p, words.NAME) for p in parts):
        return False  # German words all: the reader's to weigh
    for other in _others(words):
        stops = lexicon.stopwords(other)
        if all(p.lower() in stops or lexicon.is_common_word(p, other) for p in parts):
            return True
    return False


def _others(words: ModuleType) -> tuple[str, ...]:
    """The languages a story in this one quotes words of."""
    return tuple(other for other in FOREIGN if other != words.NAME)
