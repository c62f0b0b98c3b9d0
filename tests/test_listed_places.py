"""A listed company's name that the gazetteer knows as a town, named in a list of places, is the
town (names/listed_places.py). The finder reads a small lexicon of our own in place of the
package's; every sentence is our own, written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from finder_entities import entities_in, use_lexicon

LEXICON = ("Nokia", "Toyota", "Siemens", "Airbus")


@pytest.fixture(autouse=True)
def listed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The finder reads our lexicon in place of the package's."""
    use_lexicon(monkeypatch, LEXICON)
    yield


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Die Radtour führte über Aachen, Nokia, Lüttich und Namur bis nach Dinant.", "de"),
        ("La gira pasó por Lyon, Nokia, Ginebra y Turín antes del verano.", "es"),
        ("De trein stopt in Utrecht, Nokia, Eindhoven en Parijs.", "nl"),
    ],
)
def test_a_listed_town_in_a_list_of_places_is_the_town(text: str, code: str) -> None:
    assert entities_in(text, code).get("Nokia") == "place"


def test_a_listed_name_in_a_list_of_firms_stays_the_company() -> None:
    found = entities_in("Die Aktien von Siemens, Nokia und Airbus legten am Montag zu.", "de")
    assert found.get("Nokia") == "organization"


def test_a_listed_town_beside_one_place_only_stays_the_company() -> None:
    """One place beside it is no list of places ('Toyota und Nagoya': a firm and its town)."""
    found = entities_in("Die Gespräche zwischen Toyota und Nagoya dauern an.", "de")
    assert found.get("Toyota") == "organization"
