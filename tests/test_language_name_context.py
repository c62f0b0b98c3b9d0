"""Kinds from the words around a name in another language: states and provinces in their own
languages, a German place after 'in' with no article, Spanish's personal 'a', a paper's name
alone on its line. Every sentence here is our own, written for these tests.
"""

from __future__ import annotations

from newsfacts.facts import context
from newsfacts.facts.names import foreign
from newsfacts.facts.tokens import tokenize
from newsfacts.words import words_of


def spans(text: str, code: str) -> list[tuple[str, str | None, str]]:
    """The candidate names of one sentence: (text, kind, evidence)."""
    words = words_of(code)
    assert words is not None
    return [(s.text, s.label, s.reason) for s in foreign.spans_in(text, tokenize(text), words)]


def test_a_german_state_is_a_place() -> None:
    """'Brandenburg' ends like a noun ('-burg') but pycountry names it a state."""
    found = spans("Das neue Werk entsteht in Brandenburg neben dem alten.", "de")
    assert ("Brandenburg", "place", "town") in found


def test_a_dutch_province_is_a_place() -> None:
    """'Gelderland' after 'uit': a province, shown as a place."""
    found = spans("De boer kwam uit Gelderland naar de markt.", "nl")
    assert [(t, k) for t, k, _ in found] == [("Gelderland", "place")]


def test_a_subdivision_that_is_a_word_elsewhere_is_no_place() -> None:
    """'Nord' names departments in France and Haiti, but is first a word."""
    words = words_of("de")
    assert words is not None
    assert not context.subdivision("Nord", words)
    assert context.subdivision("Brandenburg", words)


def test_a_german_name_after_in_with_no_article_is_a_place() -> None:
    """'in Bozen': no article, a name other languages' lists hold too; 'in Zukunft' is none."""
    found = spans("Sie studierte damals in Bozen und zog dann weg.", "de")
    assert ("Bozen", "place", "place word") in found
    assert spans("Das wollen wir in Zukunft besser machen.", "de") == []


def test_a_german_noun_after_an_article_stays_a_noun() -> None:
    """'in der Kraft' is a noun phrase, no place."""
    assert spans("Er glaubte fest an die Kraft der Musik.", "de") == []


def test_spanish_personal_a_makes_a_person() -> None:
    """'sustituyó a Txomin': an unknown name after the personal 'a' is a person."""
    found = spans("El entrenador sustituyó a Txomin en el minuto diez.", "es")
    assert ("Txomin", "person", "person word") in found


def test_spanish_a_before_a_known_town_stays_a_place() -> None:
    """'viajó a Sevilla': the gazetteer's town wins over the personal 'a'."""
    found = spans("La delegación viajó a Sevilla el lunes.", "es")
    assert [(t, k) for t, k, _ in found] == [("Sevilla", "place")]


def test_a_papers_name_alone_on_its_line_keeps_its_article() -> None:
    """'De Ochtendpost' alone on its line: the paper, an organisation."""
    assert spans("De Ochtendpost", "nl") == [("De Ochtendpost", "organization", "title")]


def test_a_capitalised_article_opening_a_sentence_is_no_title() -> None:
    """'De Franse ploeg won': a sentence, not a paper's name."""
    assert all(r != "title" for _, _, r in spans("De Franse ploeg won gisteren.", "nl"))
