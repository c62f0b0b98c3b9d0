"""Where a body's name ends and a person's begins in one run of capitalised words: 'Junta
Local de ACV Marta Osorio' is the board, then its member."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts import evidence
from newsfacts.facts.tokens import Token


def body_then_person(tokens: list[Token], i: int, k: int, words: ModuleType) -> bool:
    """Tokens i..k a body's name that opens with its organisation word and ends in an acronym
    or a place, a first name at k ('Junta Local de ACV Marta Osorio', 'Consejo de
    Turismo de Soria Pedro Lara'): two names ('Fundación Pablo Neruda' stays one: the first
    name stands right after the organisation word)."""
    head = tokens[i].text
    if k - i < 2 or not (evidence.is_org_word(head, words) or head in words.INSTITUTIONS):
        return False
    last = tokens[k - 1].text
    return evidence.is_acronym(last) or evidence.place_name(last, words) is not None
