"""Dutch writes its nouns small: a capitalised compound ending in an organisation word inside
a sentence is the name's own first word, not a noun before it."""

from __future__ import annotations

from conftest import name_spans as spans


def test_a_capitalised_compound_inside_a_sentence_opens_the_name() -> None:
    """'aan de Volkshogeschool Zeeland': one body's name, its compound and all."""
    found = spans("Zij doceert al jaren aan de Volkshogeschool Zeeland in Goes.", "nl")
    assert ("Volkshogeschool Zeeland", "organization") in [(n, k) for n, k, _ in found]


def test_a_compound_noun_in_german_is_still_a_noun_before_the_name() -> None:
    """German capitalises every noun: 'der Rüstungskonzern Maltec' names 'Maltec'."""
    found = spans("Gestern meldete der Rüstungskonzern Maltec einen Verlust.", "de")
    assert all(not n.startswith("Rüstungskonzern") for n, _, _ in found)
