"""German lists of people named by their first names: a member read as a town or a land by its
name alone is a person too. Every sentence here is our own, written for these tests."""

from __future__ import annotations

from finder_entities import entities_by_sentence


def entities(text: str) -> dict[str, str | None]:
    """The names the finder keeps in the text: name -> kind."""
    return entities_by_sentence(text, "de")


def test_a_place_name_among_first_named_people_is_a_person() -> None:
    """'Marco, Denver und Lisa': a town's name between two first names names a child."""
    found = entities("Sie hat drei Kinder: Marco, Denver und Lisa Marie.")
    assert found.get("Denver") == "person"


def test_a_list_of_towns_stays_places() -> None:
    """'Lucca, Denver und Parma': no first names, the towns stay places; two names are too
    few to tell."""
    found = entities("Die Reise führte über Lucca, Denver und Parma.")
    assert found.get("Denver") == "place"
    assert entities("Dann kamen Marco und Denver.").get("Denver") != "person"
