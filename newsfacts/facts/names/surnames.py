"""Surnames inside a long name: everyday words in the languages that write their nouns small
('Maria do Rosário Palma Ramalho': 'palma' is a word too), and a town's name after a first name
and a particle ('Ana de Sousa', 'Pablo Hermoso de Mendoza')."""

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


def compound_surname(head: list[str], joiners: list[Token], tail: str, words: ModuleType) -> bool:
    """A person's name, not a name and a place: where people carry two surnames, a first
    name, a surname, 'de' and one more surname ('Pablo Hermoso de Mendoza', 'Augusto Méndez
    de Lugo'); in German news a first name, a particle and one word ('Ana de Sousa', 'Leonardo
    da Vinci'), though a town has the last one's name; a country after it stays its own ('Ana
    de Francia')."""
    if " " in tail or evidence.place_name(tail, words) == "country":
        return False
    if not evidence.first_name(head[0], words):
        return False
    if words.TWO_SURNAMES:
        particle = [t.text for t in joiners] == ["de"]
        return len(head) >= 2 and particle and evidence.surname(tail)
    return len(head) == 1 and bool(words.CAPITALISED_NOUNS)
