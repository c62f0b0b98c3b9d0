"""Words of another language inside a German text, read as no name on their capitals alone.
Every sentence here is our own, written for these tests.
"""

from __future__ import annotations

from finder_entities import entities_in


def test_a_foreign_phrase_on_capitals_alone_is_no_name() -> None:
    """'Piccolo Mondo': a film's Italian title, no person."""
    text = "Bei dem 1950 erschienenen Film Piccolo Mondo führte Kessler die Kamera."
    assert "Piccolo Mondo" not in entities_in(text, "de")


def test_a_foreign_everyday_word_after_in_is_no_place() -> None:
    """'in Thunder umbenannt': a ship's English name, no town; 'Tempesta', an Italian one."""
    text = "Das Schiff wurde 1901 verkauft und in Thunder umbenannt, ehe es sank."
    assert "Thunder" not in entities_in(text, "de")
    text = "Das Boot wurde 1923 verkauft und in Tempesta umbenannt."
    assert "Tempesta" not in entities_in(text, "de")


def test_a_place_and_a_person_with_foreign_words_stay_names() -> None:
    """A town the gazetteer knows and a first name with a surname keep their kinds."""
    found = entities_in("Im Sommer reiste Oliver Stone nach Paris und blieb dort.", "de")
    assert found.get("Oliver Stone") == "person"
    assert found.get("Paris") == "place"


def test_a_phrase_is_foreign_only_in_one_other_language_and_not_all_german() -> None:
    """'Bella Notte' is Italian; 'Air Berlin' holds a town; 'Gold Land' is German words."""
    from newsfacts.facts.names.foreign_words import foreign_phrase
    from newsfacts.words import de

    assert foreign_phrase(["Bella", "Notte"], de)
    assert not foreign_phrase(["Air", "Berlin"], de)
    assert not foreign_phrase(["Gold", "Land"], de)
