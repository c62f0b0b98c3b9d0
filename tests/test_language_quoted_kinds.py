"""Names only ever told whole inside quote marks in a German text: a place so quoted is no
place, a person of several words a body. Every sentence here is our own, written for these
tests.
"""

from __future__ import annotations

from finder_entities import entities_in


def test_a_quoted_place_names_a_house_or_a_film_no_place() -> None:
    """'das „Green Castle“', 'den Film „Yukon“': a house's and a film's names."""
    text = "Doch selbst das „Green Castle“ am Fluss lag nicht in der Nähe der Felder."
    assert "Green Castle" not in entities_in(text, "de")
    text = "Er drehte danach den Film „Yukon“ mit wenig Geld."
    assert "Yukon" not in entities_in(text, "de")


def test_a_quoted_country_stays_a_place() -> None:
    """'nach "Frankreich"': a country the language writes, quoted or not."""
    text = 'Sie reisten nach "Frankreich" und blieben dort.'
    assert entities_in(text, "de").get("Frankreich") == "place"


def test_a_quoted_name_of_several_words_read_as_a_person_is_a_body() -> None:
    """'der Chor „Jonas Brenner“': the choir's name, no person."""
    text = "Der Chor „Jonas Brenner“ sang zum Abschluss drei Lieder."
    assert entities_in(text, "de").get("Jonas Brenner") == "organization"
