"""Dutch people and their employers, short forms and bodies: 'Femke Visser van de Groningse
Stadsbus' is a person and a body; 'De Graaf' is 'Mieke de Graaf' again; 'volgens de
Wandelaarsbond' names a body."""

from __future__ import annotations

from newsfacts.model import Options
from newsfacts.pipeline import analyze


def people(text: str) -> list[tuple[str, str, str | None]]:
    """Every person, organisation and place of a Dutch story: (kind, name, role)."""
    report = analyze("-", Options(all_facts=True, language="nl"), text.encode())
    kinds = ("person", "organization", "place")
    return [(f.kind, f.text, f.role) for f in report.facts if f.kind in kinds]


def test_van_de_before_a_place_adjective_opens_the_employer() -> None:
    """'van de Groningse Stadsbus' after a first name and a surname: the person's employer."""
    found = people("Wethouder Femke Visser van de Groningse Stadsbus noemde de proef geslaagd.")
    assert ("person", "Femke Visser", "Wethouder") in found
    assert ("organization", "Groningse Stadsbus", None) in found


def test_van_de_before_three_words_ends_the_person_opening_a_sentence() -> None:
    """Opening the sentence, without a role: still the person, then the employer."""
    found = people("Bram Kuipers van de Zwolse Elektrische Veerdienst noemde het plan goed.")
    assert ("person", "Bram Kuipers", None) in found
    assert ("organization", "Zwolse Elektrische Veerdienst", None) in found


def test_van_de_before_one_word_stays_the_surname() -> None:
    """'Anouk van de Velde': the particle and one word are the surname."""
    found = people("Gisteren zei Anouk van de Velde dat ze stopt.")
    assert ("person", "Anouk van de Velde", None) in found


def test_a_surname_with_its_particle_capitalised_is_the_same_person() -> None:
    """'zei De Graaf' after 'wethouder Mieke de Graaf': Dutch capitalises the particle when the
    surname stands alone; one person, not two."""
    story = (
        "Dat maakte wethouder Ineke de Roover dinsdag in Zwolle bekend. "
        '"We gaan door," zei De Roover.'
    )
    found = [(kind, name) for kind, name, _ in people(story) if kind == "person"]
    assert found == [("person", "Ineke de Roover")]


def test_van_der_capitalised_alone_is_the_same_person() -> None:
    """'Van der Heijmans' after 'Piet van der Heijmans'."""
    story = (
        "Burgemeester Piet van der Heijmans opende de brug in Deventer. "
        '"Mooi," zei Van der Heijmans.'
    )
    found = [(kind, name) for kind, name, _ in people(story) if kind == "person"]
    assert found == [("person", "Piet van der Heijmans")]


def test_von_capitalised_alone_is_the_same_person_in_german() -> None:
    """'sagte Von Kettwitz' after 'Ministerin Lena von Kettwitz'."""
    story = (
        'Die Ministerin Lena von Kettwitz besuchte Aachen. "Wir bleiben dran", sagte Von Kettwitz.'
    )
    report = analyze("-", Options(all_facts=True, language="de"), story.encode())
    assert [f.text for f in report.facts if f.kind == "person"] == ["Lena von Kettwitz"]


def test_a_compound_ending_in_a_body_word_after_an_article_is_a_body() -> None:
    """'de Wandelaarsbond', 'het Kustinstituut': Dutch capitalises such a compound only as a
    body's name; a building's compound ('de Lambertuskerk') is none."""
    found = people("Volgens de Wandelaarsbond is de route langs Harlingen te druk.")
    assert ("organization", "Wandelaarsbond", None) in found
    found = people("Het onderzoek van het Kustinstituut in Vlissingen is klaar.")
    assert ("organization", "Kustinstituut", None) in found
    found = people("De mis in de Lambertuskerk begon om tien uur.")
    assert ("organization", "Lambertuskerk", None) not in found
