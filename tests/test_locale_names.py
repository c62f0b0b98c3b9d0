"""First names by country from Faker's person providers, read as data: the parser on a source
of our own, and the installed lists where Faker is there."""

from __future__ import annotations

import importlib.util

import pytest
from finder_entities import entities_in

from newsfacts.cache import PER_LANGUAGE
from newsfacts.facts import locale_names
from newsfacts.facts.name_words import first_name
from newsfacts.words import words_of

SOURCE = """
from collections import OrderedDict
class Provider:
    first_names_male = ("Quirin", "Alois", "Hans-Jörg")
    first_names_female = OrderedDict((("Wiebke", 0.1), ("Ortrun", 0.2)))
    first_names = first_names_male + first_names_female
    last_names = ("Huber", "Brandl")
    prefixes = ("Dr.",)
"""


def test_the_literal_first_names_of_a_provider_are_read() -> None:
    """Tuples and weighted mappings of first names; no surnames, titles or sums."""
    assert locale_names.names_in(SOURCE) == {"Quirin", "Alois", "Hans-Jörg", "Wiebke", "Ortrun"}


def test_no_locales_no_names() -> None:
    """A language with no locales (or Faker missing) has no such first names."""
    assert "Johann" not in locale_names.first_names(())


@pytest.mark.skipif(importlib.util.find_spec("faker") is None, reason="Faker not installed")
def test_german_first_names_the_census_lacks() -> None:
    """'Johann', 'Uta' are German first names, 'Mio' a scale word, 'Lage' an everyday word."""
    words = words_of("de")
    assert words is not None
    assert first_name("Johann", words)
    assert first_name("Uta", words)
    assert not first_name("Mio", words)
    assert not first_name("Lage", words)


def entities(text: str) -> dict[str, str | None]:
    """The names the finder keeps in the text: name -> kind."""
    return entities_in(text, "de")


@pytest.mark.skipif(importlib.util.find_spec("faker") is None, reason="Faker not installed")
def test_a_listed_surname_after_a_verb_is_a_person() -> None:
    """'gewann Berthold': the word list holds the word, Faker's German surnames too."""
    assert entities("Am Ende gewann Berthold das letzte Spiel.") == {"Berthold": "person"}


@pytest.mark.skipif(importlib.util.find_spec("faker") is None, reason="Faker not installed")
def test_a_listed_surname_opening_a_sentence_before_its_verb_is_a_person() -> None:
    """'Huber agierte …': a surname as the subject of the sentence's verb."""
    assert entities("Huber agierte bislang nur in der eigenen Stadt.") == {"Huber": "person"}


@pytest.mark.skipif(importlib.util.find_spec("faker") is None, reason="Faker not installed")
def test_a_listed_first_name_opening_a_name_stays_in_it() -> None:
    """'von Uta Quendel': the word list holds 'Uta', Faker's first names too: the name's."""
    assert entities("Sie lernte in der von Uta Quendel geleiteten Klasse.") == {
        "Uta Quendel": "person"
    }


def test_the_name_tables_kept_in_memory_are_bounded() -> None:
    """A batch in many languages keeps at most PER_LANGUAGE locale tables of each kind."""
    for table in (locale_names.first_names, locale_names.surnames):
        assert table.cache_info().maxsize == PER_LANGUAGE
