"""Where a name in another language starts and ends, and the evidence of its kind: role words
inside a run, bylines glued to datelines, genitives, stop words that open a place, a town that
is also a word. Every sentence here is our own, written for these tests.
"""

from __future__ import annotations

from conftest import name_spans as spans

from newsfacts.facts import evidence
from newsfacts.facts.names import foreign
from newsfacts.facts.tokens import tokenize
from newsfacts.model import Options
from newsfacts.pipeline import analyze
from newsfacts.render import shown_facts
from newsfacts.words import words_of


def role_of(text: str, code: str, name: str) -> str | None:
    """The role word found before a name in one sentence."""
    words = words_of(code)
    assert words is not None
    found = foreign.spans_in(text, tokenize(text), words)
    return next(s.role for s in found if s.text == name)


def test_a_role_word_inside_a_run_starts_its_person() -> None:
    """'Plan von Kölns Trainer Jörg Habermann': the trainer, not the plan."""
    text = "Das passte nicht in den Plan von Kölns Trainer Jörg Habermann."
    assert [t for t, k, _ in spans(text, "de") if k == "person"] == ["Jörg Habermann"]
    assert role_of(text, "de", "Jörg Habermann") == "Trainer"


def test_a_hyphenated_role_is_a_role() -> None:
    """'SPD-Chef Heiko Brandmeier': a party's chief, then the person."""
    text = "Gestern sprach SPD-Chef Heiko Brandmeier vor der Presse."
    assert role_of(text, "de", "Heiko Brandmeier") == "SPD-Chef"


def test_a_german_person_ends_after_a_genitive() -> None:
    """'Laura Brenners Gartenbuch': the person is 'Laura Brenners', not the book."""
    found = spans("Viele lobten Laura Brenners Gartenbuch sehr.", "de")
    assert [t for t, k, _ in found if k == "person"] == ["Laura Brenners"]


def test_an_initial_surname_keeps_its_period() -> None:
    """'Claudia B.' as the page writes her."""
    found = spans("Vor Gericht sagte die Zeugin Claudia B. am Montag aus.", "de")
    assert ("Claudia B.", "person", "first name") in found


def test_a_first_name_two_words_from_the_end_starts_the_person() -> None:
    """'minister van Binnenlandse Zaken Karel Verbist': the minister is the person."""
    found = spans("Dat zei minister van Binnenlandse Zaken Karel Verbist gisteren.", "nl")
    assert ("Karel Verbist", "person", "first name") in found


def test_a_first_name_is_a_whole_word_and_no_stop_word() -> None:
    """'Hans-Peter' opens a person; 'Gustav-Heinemann-Haus' and 'In' do not."""
    words = words_of("de")
    assert evidence.opens_with_first_name("Hans-Peter Kluge", words)
    assert not evidence.opens_with_first_name("Gustav-Heinemann-Haus Nord", words)
    assert not evidence.opens_with_first_name("In Deutschland", words)


def test_a_short_acronym_that_spells_a_word_is_an_acronym() -> None:
    """'EFE' is Spanish for the letter F, and an agency's name in capitals."""
    found = spans("Según la agencia EFE, la reunión terminó sin acuerdo.", "es")
    assert ("EFE", "organization", "acronym") in found


def test_an_organisation_word_in_a_stop_list_stays_in_the_name() -> None:
    """'Departamento' is in jusText's Spanish stop list; the name keeps it."""
    found = spans("Lo anunció ayer el Departamento de Justicia en un comunicado.", "es")
    assert ("Departamento de Justicia", "organization", "organisation word") in found


def test_an_institution_of_a_country_is_one_name() -> None:
    """'Gobierno de Estados Unidos' is not cut into an institution and a country."""
    found = spans("La ayuda del Gobierno de Estados Unidos llegó ayer.", "es")
    assert [t for t, _, _ in found] == ["Gobierno de Estados Unidos"]


def test_a_stop_word_that_opens_a_country_stays() -> None:
    """'verenigde' is in jusText's Dutch stop list; 'De Verenigde Staten' is still a country."""
    found = spans("De Verenigde Staten dienden gisteren een voorstel in.", "nl")
    assert ("Verenigde Staten", "place", "country") in found


def test_a_dateline_town_is_a_place() -> None:
    """'Lima, 3 mar (EFE).': the dateline's town, though Lima is a surname too."""
    assert ("Lima", "place", "town") in spans("Lima, 3 mar (EFE).", "es")


def test_a_byline_is_cut_from_its_dateline() -> None:
    """'Por Ana Ruiz Madrid, 3 mar (EFE).': a reporter, then the town."""
    found = spans("Por Ana Ruiz Madrid, 3 mar (EFE).", "es")
    assert ("Ana Ruiz", "person", "first name") in found
    assert ("Madrid", "place", "town") in found


def test_a_lone_word_is_a_shown_town_only_when_known_as_one() -> None:
    """'Mut' (courage) names a village too: no shown town; 'nach München' is one."""
    words = words_of("de")
    assert evidence.label_of("Mut", "neuen", None, False, words)[1] != "town"
    assert evidence.label_of("München", "nach", None, False, words) == ("place", "town")


def test_german_capitals_in_a_row_are_a_weak_name() -> None:
    """Two unknown capitalised words inside a sentence, no article: a name, not shown."""
    found = spans("Gestern traf sich Zorwin Quendlinger mit den Bauern.", "de")
    assert ("Zorwin Quendlinger", "person", "capitals") in found


def test_a_german_noun_pair_is_no_name() -> None:
    """'Milliarden Euro' and a noun with a noun's ending are words, not a person."""
    found = spans("Das kostet uns Milliarden Euro und viel Zeit.", "de")
    assert not [t for t, k, _ in found if k == "person"]


def test_a_town_in_a_list_of_towns_is_shown() -> None:
    """'in Mainz, Koblenz und Passau': the towns after the first are towns too."""
    words = words_of("de")
    assert evidence.label_of("Koblenz", ",", None, False, words) == ("place", "town")
    assert evidence.label_of("Passau", "und", None, False, words) == ("place", "town")


def test_every_particle_after_the_first_name_is_the_surname_s() -> None:
    """'Anne van den Berg': two particles, one surname."""
    found = spans("Ook Anne van den Berg was er gisteren bij.", "nl")
    assert ("Anne van den Berg", "person", "first name") in found


def test_a_country_is_never_a_person_s_short_form() -> None:
    """'Ukraine' after a weak two-word name ending in it stays a shown place."""
    text = "Die Hilfe für Kriegsland Ukraine kommt spät. Später dankte die Ukraine den Partnern."
    report = analyze("-", Options(language="de", reference_date="2025-03-06"), text.encode())
    shown = {(f.kind, f.text) for f in shown_facts(report, all_facts=False)}
    assert ("place", "Ukraine") in shown


def test_an_acronym_or_a_town_before_a_first_name_is_a_name_of_its_own() -> None:
    """'el PNV Carlos Etxeberria', 'Bilbao Pedro Ruiz': two names side by side; a body named
    for a person ('Fundación Ramón Olabe') stays whole."""
    found = spans("Lo dijo ayer el portavoz del PNV Carlos Etxeberria en el pleno.", "es")
    assert ("PNV", "organization", "acronym") in found
    assert any(t == "Carlos Etxeberria" and k == "person" for t, k, _ in found)
    town = spans("El equipo de Bilbao Pedro Ruiz ganó el torneo.", "es")
    assert [t for t, _, _ in town] == ["Bilbao", "Pedro Ruiz"]
    body = spans("La entrega fue en la Fundación Ramón Olabe de la ciudad.", "es")
    assert [t for t, _, _ in body] == ["Fundación Ramón Olabe"]


def test_a_competition_is_no_organisation() -> None:
    """'Liga de Campeones', 'Copa de Europa': events, not bodies, and no place inside them."""
    found = spans("El equipo jugará la Copa de Europa y luego la Liga de Campeones.", "es")
    assert not [t for t, k, _ in found if k is not None]
    assert ("Federación Española de Fútbol", "organization") in [
        (t, k) for t, k, _ in spans("Lo anunció la Federación Española de Fútbol.", "es")
    ]


def test_a_roman_numeral_is_no_acronym() -> None:
    """'siglos XVII y XVIII': centuries, no organisations; 'ONU' stays one."""
    found = spans("En los siglos XVII y XVIII hubo guerras; después nació la ONU.", "es")
    assert [t for t, k, _ in found if k is not None] == ["ONU"]


def test_a_german_ruler_keeps_the_dot_of_the_numeral() -> None:
    """'König Ludwig III. regierte': German writes the ordinal with a dot, Spanish does not."""
    found = spans("Damals regierte König Ludwig III. das ganze Land.", "de")
    assert [t for t, k, _ in found if k == "person"] == ["Ludwig III."]
    found = spans("Entonces el rey Felipe II. gobernaba España.", "es")
    assert "Felipe II" in [t for t, k, _ in found if k == "person"]


def test_a_town_before_an_agency_in_small_letters_is_the_dateline_place() -> None:
    """'Kiel (dpa) -': a dateline, as 'Sevilla (EFE)' is, though the town is a surname too."""
    from finder_entities import entities_in

    found = entities_in("Kiel (dpa) - Der Landtag hat am Montag den Haushalt beschlossen.", "de")
    assert found.get("Kiel") == "place"
