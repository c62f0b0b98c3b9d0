"""Surnames that are also everyday words, inside a long name in the languages that write
their nouns small ('Maria do Rosário Palma Ramalho': 'palma' is a word too)."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts import evidence, name_words
from newsfacts.facts.tokens import Token


def inner_surname(tokens: list[Token], k: int, j: int, words: ModuleType) -> bool:
    """The word at k a census surname, and the run's one word after it a surname that is no
    everyday word nor place: both more of the person's name (a capitalised word inside a
    sentence is a name's, where nouns are written small)."""
    if words.CAPITALISED_NOUNS or k != j - 2 or not name_words.surname(tokens[k].text):
        return False
    last = tokens[j - 1].text
    return (
        evidence.surname_word(last, words)
        and not evidence.is_plain(last, words)
        and evidence.place_name(last, words) is None
    )


def small_word(word: str, words: ModuleType) -> bool:
    """A stop or role word: no surname even where people carry two ('Ana Ruiz Ministra')."""
    return evidence.is_stop_word(word, words) or evidence.is_role(word, words)
