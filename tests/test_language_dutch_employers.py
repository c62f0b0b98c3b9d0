"""Dutch people and their employers, short forms and 'volgens': 'Femke Visser van de Groningse
Stadsbus' is a person and a body; 'De Graaf' is 'Mieke de Graaf' again."""

from __future__ import annotations

from newsfacts.model import Options
from newsfacts.pipeline import analyze


def people(text: str) -> list[tuple[str, str, str | None]]:
    """Every person, organisation and place of a Dutch story: (kind, name, role)."""
    report = analyze("-", Options(all_facts=True, language="nl"), text.encode())
    kinds = ("person", "organization", "place")
    return [(f.kind, f.text, f.role) for f in report.facts if f.kind in kinds]


def test_van_de_before_a_place_adjective_opens_the_employer() -> None:
    """'van de Groningse Stadsbus' after a first name and a surname: the person's employer."""
    found = people("Wethouder Femke Visser van de Groningse Stadsbus noemde de proef geslaagd.")
    assert ("person", "Femke Visser", "Wethouder") in found
    assert ("organization", "Groningse Stadsbus", None) in found


def test_van_de_before_three_words_ends_the_person_opening_a_sentence() -> None:
    """Opening the sentence, without a role: still the person, then the employer."""
    found = people("Bram Kuipers van de Zwolse Elektrische Veerdienst noemde het plan goed.")
    assert ("person", "Bram Kuipers", None) in found
    assert ("organization", "Zwolse Elektrische Veerdienst", None) in found


def test_van_de_before_one_word_stays_the_surname() -> None:
    """'Anouk van de Velde': the particle and one word are the surname."""
    found = people("Gisteren zei Anouk van de Velde dat ze stopt.")
    assert ("person", "Anouk van de Velde", None) in found
