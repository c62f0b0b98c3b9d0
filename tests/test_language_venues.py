"""Dutch: a name after 'in', an article and a place's adjective is a place of that place."""

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
