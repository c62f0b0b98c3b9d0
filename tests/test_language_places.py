"""German places: pairs joined by a slash (names/slashes.py), and the other place passes."""

from __future__ import annotations

from tests.finder_entities import entities_in


def test_two_towns_joined_by_a_slash_are_two_places() -> None:
    # alone, "Bonn" reads as a surname; beside a town across a bare slash it is a town
    found = entities_in("Köln/Bonn (dpa) Die Messe beginnt am Montag mit vielen Gästen.", "de")
    assert found.get("Köln") == "place" and found.get("Bonn") == "place"
    assert "Köln/Bonn" not in found


def test_two_countries_joined_by_a_slash_are_two_places() -> None:
    found = entities_in("Das Turnier fand 2002 in Frankreich/Belgien statt.", "de")
    assert found.get("Frankreich") == "place" and found.get("Belgien") == "place"


def test_a_slash_with_spaces_keeps_two_places() -> None:
    found = entities_in("Die Züge fahren zwischen Köln / Bonn und Mainz.", "de")
    assert found.get("Köln") == "place"
    assert "Köln / Bonn" not in found


def test_a_place_inside_an_english_title_is_no_name() -> None:
    from newsfacts.facts.names import foreign
    from newsfacts.facts.names.model import Text
    from newsfacts.words import words_of

    words = words_of("de")
    assert words is not None
    text = 'Die Revue "Songs from Chicago" läuft ab heute in Hamburg.'
    found, reasons = foreign.find_entities([Text(text, 0)], words)
    kinds = {e.name: e.label for e in found}
    assert kinds.get("Hamburg") == "place" and reasons["Hamburg"] == "town"
    assert "Chicago" not in kinds


def test_a_saints_short_title_opens_a_place() -> None:
    found = entities_in("Die Orgel der St. Ursulakapelle wurde 1820 gebaut.", "de")
    assert found.get("St. Ursulakapelle") == "place"


def test_a_church_named_for_a_saint_is_the_saints_place() -> None:
    found = entities_in("Besonders sehenswert ist die Dorfkirche St. Martin aus Stein.", "de")
    assert found.get("St. Martin") == "place"
    assert "Martin" not in found


def test_a_club_keeps_the_saints_title() -> None:
    found = entities_in("Am Sonntag verlor der FC St. Pauli knapp in Bremen.", "de")
    assert found.get("FC St. Pauli") == "organization"


def test_a_towns_adjective_after_the_title_is_no_place() -> None:
    found = entities_in("Der St. Galler Ständerat Jonas Weibel stimmte dagegen.", "de")
    assert not any(name.startswith("St.") for name in found)


def test_a_name_before_an_english_possessive_is_no_name() -> None:
    from newsfacts.facts.names import foreign
    from newsfacts.facts.names.model import Text
    from newsfacts.words import words_of

    words = words_of("de")
    assert words is not None
    text = "Am Abend trat sie in der Sendung Harry Miller's Late Night Talk in Köln auf."
    _, reasons = foreign.find_entities([Text(text, 0)], words)
    assert "Harry Miller" not in reasons and reasons.get("Köln") == "town"


def test_a_name_after_a_word_for_places_is_a_place() -> None:
    found = entities_in("Zur Gemeinde gehören die Kurorte Bellamünd-Gratz und viele Höfe.", "de")
    assert found.get("Bellamünd-Gratz") == "place"


def test_a_surname_after_a_station_noun_is_a_station() -> None:
    found = entities_in("Die Linie hält zwischen den Stationen Whitmore und Baxter.", "de")
    assert found.get("Whitmore") == "place"
    assert found.get("Baxter") == "place"  # the list's next name too


def test_a_lone_word_shaped_as_towns_are_inside_a_sentence_is_shown() -> None:
    from newsfacts.facts.names import foreign
    from newsfacts.facts.names.model import Text
    from newsfacts.words import words_of

    words = words_of("de")
    assert words is not None
    text = "Die Wanderung führte dann über Kesselbrunnhausen weiter zum Fluss."
    found, reasons = foreign.find_entities([Text(text, 0)], words)
    assert {e.name: e.label for e in found}.get("Kesselbrunnhausen") == "place"
    assert reasons["Kesselbrunnhausen"] == "town"


def test_an_english_place_word_ends_a_foreign_place() -> None:
    found = entities_in("Er wohnte in einem Haus am Ufer des Coldwater River bei Toronto.", "de")
    assert found.get("Coldwater River") == "place"


def test_a_romance_place_word_opens_a_foreign_place() -> None:
    found = entities_in("Der höchste Punkt ist der Monte della Croce mit 900 Metern.", "de")
    assert found.get("Monte della Croce") == "place"


def test_a_first_name_before_an_english_place_word_stays_a_person() -> None:
    found = entities_in("Das Tor erzielte später Trevor Hall nach einer Ecke.", "de")
    assert found.get("Trevor Hall") != "place"


def test_a_spa_towns_name_keeps_its_head() -> None:
    found = entities_in("Der Plan legt fest, dass Bad Kesselbrunn ein Kurort bleibt.", "de")
    assert found.get("Bad Kesselbrunn") == "place"


def test_a_state_with_a_hyphen_is_a_place() -> None:
    found = entities_in("Die Schulen in Nordrhein-Westfalen öffnen am Montag wieder.", "de")
    assert found.get("Nordrhein-Westfalen") == "place"


def test_a_state_after_the_german_word_land_stays_a_place() -> None:
    found = entities_in("Das Geld kommt gemeinsam mit dem Land Niedersachsen vom Bund.", "de")
    assert found.get("Niedersachsen") == "place"


def test_a_listed_noun_after_a_place_noun_is_no_place() -> None:
    found = entities_in("Damals wurden in der Stadt Singvögel gefangen und gegessen.", "de")
    assert "Singvögel" not in found


def test_a_foreign_saints_title_opens_a_place() -> None:
    found = entities_in("Die Delegation flog am Abend weiter nach Santa Rosalía.", "de")
    assert found.get("Santa Rosalía") == "place"


def test_a_list_after_a_place_word_of_no_noun_stays_unplaced() -> None:
    found = entities_in("Sie benutzen keine Transport Pets oder Return Scrolls mehr.", "de")
    assert found.get("Pets") != "place" and found.get("Return Scrolls") != "place"


def test_a_country_named_by_two_joined_names_gives_two_places() -> None:
    found = entities_in("Die Delegation reiste am Montag nach Trinidad und Tobago.", "de")
    assert found.get("Trinidad") == "place" and found.get("Tobago") == "place"


def test_a_state_broken_at_its_hyphen_is_one_place() -> None:
    found = entities_in("Die Strecke liegt ganz in Schleswig- Holstein und ist neu.", "de")
    assert found.get("Schleswig- Holstein") == "place"


def test_a_town_named_with_its_river_is_one_place() -> None:
    text = "Er studierte in Freiburg im Breisgau und zog nach Halle an der Saale."
    found = entities_in(text, "de")
    assert found.get("Freiburg im Breisgau") == "place"
    assert found.get("Halle an der Saale") == "place"
    assert "Freiburg" not in found and "Saale" not in found


def test_a_town_and_a_month_stay_apart() -> None:
    # the gazetteer knows no "Berlin am Montag": the small word joins nothing here
    found = entities_in("Aus Berlin am Montag: Die Kanzlerin sprach im Bundestag.", "de")
    assert found.get("Berlin") == "place"
    assert not any(" am " in name for name in found)


def test_a_saints_town_stops_before_a_persons_name() -> None:
    """'St. Gallen Markus Büchel': the town, then the person."""
    found = entities_in("Der Abt von St. Gallen Thomas Berger sprach.", "de")
    assert "St. Gallen Thomas Berger" not in found
    assert found.get("Thomas Berger") == "person"


def test_a_saints_town_stops_before_a_listed_noun() -> None:
    """'in St. Moritz Ferien': the town, not the holidays."""
    found = entities_in("Sie machten in St. Moritz Ferien.", "de")
    assert found.get("St. Moritz") == "place"


def test_a_saints_town_stops_before_a_weekday() -> None:
    """'in St. Pölten Montag': the town, not the day."""
    found = entities_in("Die Feier war in St. Pölten Montag früh.", "de")
    assert found.get("St. Pölten") == "place"


def test_a_saints_name_keeps_its_second_name() -> None:
    """'St. Johann Baptist': the church's saint whole."""
    found = entities_in("Sie sang in der Kirche St. Johann Baptist.", "de")
    assert any("St. Johann Baptist" in name for name in found)


def test_a_persons_surname_at_the_start_of_a_route_stays_a_person() -> None:
    """'von Müller nach Bremen': the person who moves, no place."""
    found = entities_in("Der Transfer von Lewandowski nach Barcelona war teuer.", "de")
    assert found.get("Lewandowski") != "place"
