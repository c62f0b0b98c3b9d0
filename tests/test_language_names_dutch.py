"""Dutch names: a place's adjective opens no name, an English word is no surname."""

from __future__ import annotations

from conftest import name_spans as spans

from newsfacts.facts.name_words import place_adjective
from newsfacts.words import words_of


def test_place_adjectives_are_told_by_their_place() -> None:
    """'Canadese', 'Braziliaanse', 'Brusselse', 'West-Vlaamse' start a place's name; a surname
    or a first name ending alike ('Janse', 'Louise') and other adjectives do not."""
    words = words_of("nl")
    assert all(
        place_adjective(w, words)
        for w in ("Canadese", "Braziliaanse", "Brusselse", "West-Vlaamse", "Britse")
    )
    assert not any(
        place_adjective(w, words) for w in ("Janse", "Louise", "Binnenlandse", "Satirische")
    )


def test_a_place_adjective_before_a_town_leaves_the_town() -> None:
    """'het Braziliaanse Rio de Janeiro': the town, not a person named 'Braziliaanse Rio'."""
    found = spans("De ploeg speelde gisteren in het Braziliaanse Rio de Janeiro.", "nl")
    assert [(name, kind) for name, kind, _ in found] == [("Rio de Janeiro", "place")]


def test_a_place_adjective_alone_is_no_name() -> None:
    """'de Vlaamse en Waalse boeren': adjectives, no names."""
    found = spans("Gisteren protesteerden de West-Vlaamse boeren opnieuw.", "nl")
    assert found == []


def test_a_place_adjective_before_a_body_word_stays_in_the_name() -> None:
    """'de Europese Commissie' is one body, adjective and all."""
    found = spans("Het voorstel komt van de Europese Commissie.", "nl")
    assert [(name, kind) for name, kind, _ in found] == [("Europese Commissie", "organization")]


def test_an_english_word_is_no_dutch_surname() -> None:
    """'Welcome' is a census surname, but in a Dutch story a brand's word: no person."""
    found = spans("Volgens de cijfers verkocht Welcome vorig jaar meer.", "nl")
    assert all(kind != "person" for _, kind, _ in found)
    other = spans("Volgens de cijfers verkocht Vandermeulen vorig jaar meer.", "nl")
    assert ("Vandermeulen", "person", "surname") in other or all(
        n != "Welcome" for n, _, _ in other
    )
