"""German one-word names on weak evidence that the grammar around them names as a town: a
place's parts, a predicate noun for a place. Every sentence here is our own, written for
these tests."""

from __future__ import annotations

from finder_entities import entities_by_sentence, entities_in


def entities(text: str) -> dict[str, str | None]:
    """The names the finder keeps in the text: name -> kind."""
    return entities_by_sentence(text, "de")


def test_a_predicate_noun_for_a_place_makes_a_town() -> None:
    """'Velmora war ein Dorf', '1920 wurde Pelvrun ein Kurort': the clause names a place."""
    found = entities_in(
        "Velmora war bis in die Mitte des 19. Jahrhunderts ein ländlich geprägtes Dorf. "
        "1920 wurde Pelvrun per Erlass ein staatlicher Kurort.",
        "de",
    )
    assert found.get("Velmora") == "place"
    assert found.get("Pelvrun") == "place"


def test_a_places_parts_make_a_town() -> None:
    """'Zu Mardolin gehören drei Weiler': the parts of a place."""
    assert entities("Zu Mardolin gehören drei Weiler und ein Gutshof.").get("Mardolin") == "place"


def test_a_person_word_and_a_direction_keep_their_reading() -> None:
    """'Brakmor war ein Sänger' is no town; 'von Norden nach Süden' names no town."""
    assert entities("Von Norden nach Süden zieht sich die Kette.").get("Norden") is None
    assert entities("Brakmor war ein berühmter Sänger.").get("Brakmor") != "place"


def test_a_place_noun_that_names_a_town_too_opens_no_name() -> None:
    """'im Kanton Thurgau': 'Kanton' is a town's name (Guangzhou) too, but before a name the
    noun for the land; the name after it is the place."""
    found = entities("Die Bauern im Kanton Thurgau klagen über den trockenen Sommer.")
    assert found.get("Thurgau") == "place"
    assert "Kanton Thurgau" not in found


def test_the_predicate_noun_skips_a_phrase_inside_it() -> None:
    """'ein durch den Weinbau geprägtes Dorf': the article's noun is 'Dorf'; 'ein Bürger der
    Stadt' names a person, whose noun is 'Bürger'."""
    found = entities("Tarvoli war lange ein durch den Weinbau geprägtes Dorf.")
    assert found.get("Tarvoli") == "place"
    assert entities("Brakmor war ein Bürger der Stadt.").get("Brakmor") != "place"


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
