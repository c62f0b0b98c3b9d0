"""A first name with an accent is the census list's name without it ('César' as 'Cesar')."""

from __future__ import annotations

from conftest import name_spans as spans

from newsfacts.facts import evidence
from newsfacts.words import words_of


def test_an_accented_first_name_is_known() -> None:
    """'César', 'Inés', 'Rubén': the census writes them 'Cesar', 'Ines', 'Ruben'."""
    words = words_of("es")
    assert all(evidence.first_name(w, words) for w in ("César", "Inés", "Rubén"))
    assert not evidence.first_name("Señal", words)


def test_a_person_whose_surname_is_a_word() -> None:
    """'César Castillo': a castle is a word, but the first name makes a person."""
    found = spans("Ayer lo confirmó en la rueda de prensa César Castillo en Sevilla.", "es")
    assert ("César Castillo", "person", "first name") in found
