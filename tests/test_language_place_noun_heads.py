"""A capitalised noun for a place before a name: the name after it is the place. Every
sentence here is our own, written for these tests."""

from __future__ import annotations

from finder_entities import entities_by_sentence


def entities(text: str) -> dict[str, str | None]:
    """The names the finder keeps in the text: name -> kind."""
    return entities_by_sentence(text, "de")


def test_a_place_noun_that_names_a_town_too_opens_no_name() -> None:
    """'im Kanton Thurgau': 'Kanton' is a town's name (Guangzhou) too, but before a name the
    noun for the land; the name after it is the place."""
    found = entities("Die Bauern im Kanton Thurgau klagen über den trockenen Sommer.")
    assert found.get("Thurgau") == "place"
    assert "Kanton Thurgau" not in found


def test_a_known_town_of_two_words_after_a_place_noun_is_that_town() -> None:
    """'der Stadt New Haven': once the noun is cut off, the gazetteer's town of two words is
    the place, though 'New' alone is no name word of German."""
    found = entities("Der Rat sprach über einen Kauf der Stadt New Haven durch den Bund.")
    assert found.get("New Haven") == "place"


def test_a_compound_noun_after_a_known_town_starts_the_next_phrase() -> None:
    """'bei Lyon Bleikerne': a compound of German words ('Blei|kerne') after a known town is
    the next phrase's noun; the town is a place."""
    found = entities("Die Forscher ließen bei Lyon Bleikerne schmelzen.")
    assert found.get("Lyon") == "place"
