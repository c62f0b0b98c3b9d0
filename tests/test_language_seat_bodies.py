"""German public bodies named by their compound kind and their seat ('Handwerkskammer Kassel'):
one organisation, the town inside it still a place; a place-like body, a town after the noun in
another role and a place in the genitive join nothing. Every sentence here is our own, written
for these tests.
"""

from __future__ import annotations

import pytest
from finder_entities import entities_in


@pytest.mark.parametrize(
    ("text", "body"),
    [
        (
            "Die Handwerkskammer Lüneburg rechnet mit weniger Lehrlingen.",
            "Handwerkskammer Lüneburg",
        ),
        ("Das Landratsamt Passau sperrte die Brücke.", "Landratsamt Passau"),
        ("Die Verbraucherzentrale Thüringen rät zur Vorsicht.", "Verbraucherzentrale Thüringen"),
        ("Die Stadtwerke Bamberg senken den Gaspreis.", "Stadtwerke Bamberg"),
        (
            "Vor dem Verwaltungsgericht Göttingen klagte Jorinde Almquist.",
            "Verwaltungsgericht Göttingen",
        ),
        (
            "Die Industrie- und Handelskammer Lüneburg lädt zum Sommerfest.",
            "Industrie- und Handelskammer Lüneburg",
        ),
    ],
)
def test_a_body_compound_before_its_seat_is_one_body(text: str, body: str) -> None:
    """A compound ending in a body's word right before a known town or land: the body."""
    assert entities_in(text, "de").get(body) == "organization"


def test_the_seat_stays_a_place() -> None:
    """'die Handwerkskammer Lüneburg': the town is still named as a place."""
    found = entities_in("Die Handwerkskammer Lüneburg rechnet mit weniger Lehrlingen.", "de")
    assert found.get("Lüneburg") == "place"


@pytest.mark.parametrize(
    "text",
    [
        "Der Landkreis Passau plant eine neue Umgehungsstraße.",
        "Das Landratsamt in Passau sperrte die Brücke.",
        "Die Handwerkskammer, Passau und Bamberg streiten über Gebühren.",
        "Bamberg wurde zum wichtigsten Handelszentrum Frankens.",
    ],
)
def test_no_body_joins_a_town_in_another_role(text: str) -> None:
    """A place-like body, a town after the noun in another role, a place's genitive: no body."""
    found = entities_in(text, "de")
    assert not any(kind == "organization" for kind in found.values())
