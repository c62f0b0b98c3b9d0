"""Places told by the words before them: a place's adjective after 'in' (Dutch), a town's office."""

from __future__ import annotations

from conftest import name_spans as spans


def test_a_town_after_a_countrys_adjective_is_a_place() -> None:
    """'in het Canadese Tarvik': a town, though no list knows it."""
    found = spans("Het vliegtuig landde gisteren in het Canadese Tarvik.", "nl")
    assert ("Tarvik", "place") in [(name, kind) for name, kind, _ in found]


def test_a_hall_after_a_towns_adjective_is_a_place() -> None:
    """'in de Gentse Kouterhal': the hall of a concert, a place."""
    found = spans("Het concert vond plaats in de Gentse Kouterhal.", "nl")
    assert ("Kouterhal", "place") in [(name, kind) for name, kind, _ in found]


def test_stronger_evidence_keeps_its_kind() -> None:
    """'bij de Duitse Bundesbank': the organisation word says more than the adjective; a
    person with a first name stays a person."""
    found = spans("Hij werkte jaren bij de Duitse Bundesbank.", "nl")
    assert all(kind != "place" for _, kind, _ in found)
    people = spans("Het interview met de Britse Sarah Mitchell verscheen gisteren.", "nl")
    assert ("Sarah Mitchell", "person") in [(name, kind) for name, kind, _ in people]


def test_the_town_after_its_mayor_is_a_place() -> None:
    """'el alcalde de Zuriaga', 'de burgemeester van Tarvik': the town the office names."""
    found = spans("Ayer el alcalde de Zuriaga, Iker Etxebe, inauguró la plaza.", "es")
    assert ("Zuriaga", "place") in [(name, kind) for name, kind, _ in found]
    found = spans("Gisteren opende de burgemeester van Tarvik het nieuwe zwembad.", "nl")
    assert ("Tarvik", "place") in [(name, kind) for name, kind, _ in found]


def test_a_body_after_an_office_stays_a_body() -> None:
    """'el gobernador del Banco Central': the organisation word says more than the office."""
    found = spans("Lo explicó el gobernador del Banco Central ayer.", "es")
    assert all(kind != "place" for _, kind, _ in found)
