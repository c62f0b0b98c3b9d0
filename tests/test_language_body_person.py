"""A body's name that ends in an acronym or a place, then a person's, are two names."""

from __future__ import annotations

from conftest import name_spans as spans


def test_a_body_ending_in_an_acronym_then_a_person() -> None:
    """'la Secretaría General de ANPE Lucía Ferrer': the body, then its secretary."""
    found = spans("Ayer habló en la Secretaría General de ANPE Lucía Ferrer con los padres.", "es")
    names = [(name, kind) for name, kind, _ in found]
    assert ("Lucía Ferrer", "person") in names
    assert all(not name.endswith("Lucía Ferrer") or name == "Lucía Ferrer" for name, _ in names)


def test_a_body_named_for_a_person_stays_whole() -> None:
    """'la Fundación Pablo Neruda': the organisation word right before the first name."""
    found = spans("Lo organiza la Fundación Pablo Neruda desde hace años.", "es")
    assert [name for name, _, _ in found] == ["Fundación Pablo Neruda"]
