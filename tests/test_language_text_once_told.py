"""Dutch lone unknown words told once inside a sentence (names/once_told.py)."""

from __future__ import annotations

from finder_entities import entities_in

from newsfacts.facts import places


def test_a_village_of_the_languages_countries_told_once_is_a_place() -> None:
    """'Borsbeek', too small for the city list, is a place once the town list knows it."""
    assert "Borsbeek" in places.home_towns("BE NL")
    text = "Mijn buurman fietste gisteren door Borsbeek en daarna weer terug."
    assert entities_in(text, "nl").get("Borsbeek") == "place"


def test_a_market_reports_lone_word_told_once_is_a_company() -> None:
    """In a report of shares and profits, an unknown word inside a sentence is a company."""
    text = (
        "De koers van het aandeel steeg. De omzet en de winst van de groep vielen mee. "
        "Analisten zagen dat beleggers het aandeel Dreltix kochten."
    )
    found = entities_in(text, "nl")
    assert found.get("Dreltix") == "organization"
    assert "Analisten" not in found  # a sentence's first word is no lone word inside it


def test_a_lone_word_told_once_elsewhere_keeps_no_kind() -> None:
    """Outside a market report an unknown word named once is not guessed: no name."""
    text = "Mijn buurman sprak gisteren lang met Dreltix over de oude kerk."
    assert "Dreltix" not in entities_in(text, "nl")
