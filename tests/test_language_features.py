"""German places beyond towns and states: rivers, lakes and landscapes the gazetteer's towns are
named with. Every sentence here is our own, written for these tests."""

from __future__ import annotations

from conftest import name_spans as spans

from newsfacts.facts import context
from newsfacts.facts.place_names import landscape
from newsfacts.words import words_of


def test_a_river_a_town_is_named_with_is_a_place() -> None:
    """'Unstrut' ('Nebra (Unstrut)'), 'Allgäu' ('Wangen im Allgäu'): no word, but places."""
    found = spans("Die Kanuten paddelten am Morgen auf der Unstrut flussabwärts.", "de")
    assert [(t, k) for t, k, _ in found] == [("Unstrut", "place")]
    found = spans("Die Wanderer verbrachten eine Woche im Allgäu bei Freunden.", "de")
    assert ("Allgäu", "place") in [(t, k) for t, k, _ in found]


def test_a_towns_everyday_word_is_no_river() -> None:
    """'am Walde', 'im Dorfkern', 'der Sieg' (a river too) stay words."""
    words = words_of("de")
    assert words is not None
    assert context.feature("Neckar", words)
    for word in ("Walde", "Dorfkern", "Sieg", "Stadt", "Gebirge"):
        assert not context.feature(word, words), word
    found = spans("Der Sieg im Dorfkern am Walde freute alle.", "de")
    assert not [t for t, k, _ in found if k == "place"]


def test_a_declined_country_is_a_place() -> None:
    """'den Vereinigten Staaten', 'den Niederlanden', 'Großbritanniens' are the countries the
    dictionary writes 'Vereinigte Staaten', 'Niederlande', 'Großbritannien'."""
    found = spans("Die Ware kam aus den Vereinigten Staaten und den Niederlanden.", "de")
    assert ("Vereinigten Staaten", "place") in [(t, k) for t, k, _ in found]
    assert ("Niederlanden", "place") in [(t, k) for t, k, _ in found]
    found = spans("Die Flotte Großbritanniens lag lange vor der Küste.", "de")
    assert ("Großbritanniens", "place") in [(t, k) for t, k, _ in found]


def test_a_place_joined_to_a_noun_of_land_is_a_place() -> None:
    """A place's name and 'land', 'streifen', 'gebiet'
    after it name the land by it; 'Bauland', 'Heimatland', 'Stadtgebiet' stay words."""
    found = spans("Die Helfer fuhren gestern aus dem Lübeckstreifen zurück.", "de")
    assert ("Lübeckstreifen", "place") in [(t, k) for t, k, _ in found]
    words = words_of("de")
    assert words is not None
    assert landscape("Augsburgland", words)
    assert landscape("Passau-Ilz-Kreis", words)
    for word in ("Bauland", "Heimatland", "Stadtgebiet", "Landkreis", "Weideland"):
        assert not landscape(word, words), word
    assert not landscape("Passau-liegt-im-Inland", words)  # a page address's words


def test_a_noun_that_is_only_a_small_places_name_heads_no_landscape() -> None:
    """'Neubau' and 'Kalk' are nouns and districts of Vienna and Cologne: 'im Neubaugebiet',
    'das Kalkgebirge', words of the language, are no places; a river's or a big city's land is
    ('Gazastreifen', 'Münsterland', 'Bielefeldland', 'Rhein-Lahn-Kreis')."""
    text = "Im Neubaugebiet bei Uelzen wohnen 90 Familien, das Kalkgebirge liegt weit weg."
    places = [t for t, k, _ in spans(text, "de") if k == "place"]
    assert "Neubaugebiet" not in places and "Kalkgebirge" not in places
    words = words_of("de")
    assert words is not None
    for word in ("Gazastreifen", "Münsterland", "Bielefeldland", "Rhein-Lahn-Kreis"):
        assert landscape(word, words), word


def test_a_towns_adjective_and_a_word_for_land_or_a_street_compound() -> None:
    """'Warener See', 'Meißener Landstraße', 'Lehrter Hauptbahnhof' are places; 'Dieter Berg'
    is a person, his first name ending as a town's adjective does."""
    for sentence, name in (
        ("Die Segler trafen sich gestern am Warener See zum Start.", "Warener See"),
        ("Der Unfall geschah auf der Meißener Landstraße am Abend.", "Meißener Landstraße"),
        ("Der Zug hielt im Lehrter Hauptbahnhof nur kurz.", "Lehrter Hauptbahnhof"),
    ):
        assert (name, "place") in [(t, k) for t, k, _ in spans(sentence, "de")], sentence
    found = spans("Das Buch schrieb Dieter Berg im Winter.", "de")
    assert ("Dieter Berg", "place") not in [(t, k) for t, k, _ in found]


def test_a_capitalised_adjective_and_a_place_noun_is_a_place() -> None:
    """Inside a sentence German capitalises an adjective only in a name: 'das Rote Meer', 'im
    Mittleren Westen', 'die Krumme Brücke', 'den Hohen Kienberg'; 'das schwarze Auto' is
    none."""
    for sentence, name in (
        ("Die Fähre kreuzt das Rote Meer zweimal am Tag.", "Rote Meer"),
        ("Die Farmer im Mittleren Westen klagen über Dürre.", "Mittleren Westen"),
        ("Die Krumme Brücke wird ab Montag gesperrt.", "Krumme Brücke"),
        ("Sie wanderten über den Hohen Kienberg nach Hause.", "Hohen Kienberg"),
    ):
        assert (name, "place") in [(t, k) for t, k, _ in spans(sentence, "de")], sentence
    found = spans("Er sah das schwarze Auto am Abend.", "de")
    assert not [t for t, k, _ in found if k == "place"]


def test_a_one_word_way_or_monument_is_a_place() -> None:
    """'Quirinusbrunnen', 'Ostrowskiufer': a name joined to a way's or a monument's word; the
    everyday 'Rundweg', 'Verbindungsweg', 'Arbeitsmarkt' stay words."""
    found = spans("Die Kinder spielten am Quirinusbrunnen und am Ostrowskiufer.", "de")
    assert {("Quirinusbrunnen", "place"), ("Ostrowskiufer", "place")} <= {
        (t, k) for t, k, _ in found
    }
    found = spans("Der Rundweg, der Verbindungsweg und der Arbeitsmarkt sind neu.", "de")
    assert not [t for t, k, _ in found if k == "place"]
