"""Evidence for names in another language beyond the word lists: states and provinces in their
own languages, Spanish's personal 'a', a paper's name alone on its line, a Dutch word the story
repeats, a word after a verb of saying. Every sentence here is our own, written for these tests.
"""

from __future__ import annotations

from conftest import name_spans as spans

from newsfacts.facts import context
from newsfacts.model import Options
from newsfacts.pipeline import analyze
from newsfacts.words import words_of


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


def facts_of(text: str, code: str) -> dict[str, str]:
    """Every person, organisation and place found in a story: name -> kind."""
    report = analyze("-", Options(all_facts=True, language=code), text.encode())
    return {f.text: f.kind for f in report.facts if f.kind in ("person", "organization", "place")}


def test_a_dutch_word_the_story_repeats_is_a_name() -> None:
    """'Vandoorne' twice, no first name, list or role: a person; 'de Dorvanta' an organisation."""
    story = (
        "De nieuwe regeling kwam er na lang overleg. Volgens Vandoorne is het akkoord goed "
        "voor iedereen. De spoorbedrijven moeten nu sneller werken, vindt Vandoorne.\n\n"
        "Ook de Dorvanta steunt het plan. Het bestuur van de Dorvanta vergadert volgende week."
    )
    found = facts_of(story, "nl")
    assert found.get("Vandoorne") == "person"
    assert found.get("Dorvanta") == "organization"


def test_a_dutch_word_told_once_stays_no_name() -> None:
    """'Vandoorne' once, with no other evidence: not enough."""
    story = "De regeling kwam er na lang overleg. Ook Vandoorne vindt het akkoord goed."
    assert "Vandoorne" not in facts_of(story, "nl")


def test_a_word_after_a_verb_of_saying_is_its_speaker() -> None:
    """'zegt Vandoorne', 'sagte Brenneisen', 'dijo Urquiola': the speaker, once is enough."""
    assert facts_of("Het akkoord is goed, zegt Vandoorne.", "nl").get("Vandoorne") == "person"
    found = facts_of("Der Plan sei gut, sagte Brenneisen am Montag.", "de")
    assert found.get("Brenneisen") == "person"
    found = facts_of("El acuerdo es bueno, dijo Urquiola ayer.", "es")
    assert found.get("Urquiola") == "person"


def test_a_peoples_word_is_no_repeated_name() -> None:
    """'Belgische' starts as 'België' does: an adjective of the people, no name."""
    words = words_of("nl")
    assert words is not None
    assert context.people_word("Belgische", words)
    assert not context.people_word("Vandoorne", words)


def test_names_with_an_acronym_inside_are_a_body() -> None:
    """'TKV Logroño': a club's letters and its town, an organisation, no person."""
    assert spans("El TKV Logroño ganó el domingo.", "es") == [
        ("TKV Logroño", "organization", "capitals")
    ]


def test_names_with_a_particle_and_a_place_inside_are_a_place() -> None:
    """'Zubieta Bilbao de Ugarte': no first name, a town inside: a place, no person."""
    found = spans("Visitaron ayer Zubieta Bilbao de Ugarte con calma.", "es")
    assert [s for s in found if s[1]] == [("Zubieta Bilbao de Ugarte", "place", "capitals")]


def test_names_with_a_particle_and_nothing_known_are_no_name() -> None:
    """'Asuntos Vecinales de la Comarca': capitals and 'de la', no person's name."""
    assert [s for s in spans("Habló con Asuntos Vecinales de la Comarca ayer.", "es") if s[1]] == []


def test_a_first_name_with_a_particle_stays_a_person() -> None:
    """'Pieter van Oosterwijk': a first name opens it, a person."""
    found = spans("Dat zei Pieter van Oosterwijk gisteren.", "nl")
    assert ("Pieter van Oosterwijk", "person", "first name") in found


def test_a_short_form_opening_a_sentence_joins_its_person() -> None:
    """'Zubiaurre' alone at a sentence's start: the short form of 'Itziar Zubiaurre'."""
    story = (
        "La alcaldesa Itziar Zubiaurre presentó el plan el martes en el pleno municipal. "
        "Zubiaurre explicó que las obras empezarán en mayo."
    )
    report = analyze("-", Options(all_facts=True, language="es"), story.encode())
    people = [f for f in report.facts if f.kind == "person"]
    assert [f.text for f in people] == ["Itziar Zubiaurre"]
    assert "Zubiaurre" in people[0].aliases


def test_a_spanish_person_keeps_a_second_surname_that_is_a_word() -> None:
    """'Tomás Ibarra Blanco': 'blanco' is a word, but here the second surname."""
    found = spans("Ayer habló el consejero Tomás Ibarra Blanco sobre el plan.", "es")
    assert ("Tomás Ibarra Blanco", "person", "first name") in found


def test_a_spanish_person_ends_before_a_role_word() -> None:
    """'Lucía Romero Presidenta': a role word is no second surname."""
    found = spans("Lo firmó Lucía Romero Presidenta del consejo.", "es")
    assert ("Lucía Romero", "person", "first name") in found


def test_a_dutch_ministry_by_its_affairs_is_a_body() -> None:
    """'Binnenlandse Zaken': the ministry, an organisation."""
    found = spans("Het plan komt van Binnenlandse Zaken en niet van de stad.", "nl")
    assert ("Binnenlandse Zaken", "organization", "organisation word") in found


def test_a_dutch_person_ends_before_the_employer() -> None:
    """'Olivier Hertoghe van Petercam': the person, then the firm after 'van'."""
    found = spans("Dat zegt analist Olivier Hertoghe van Petercam vandaag.", "nl")
    assert ("Olivier Hertoghe", "person", "first name") in found
    assert all(t != "Olivier Hertoghe van Petercam" for t, _, _ in found)


def test_a_german_name_keeps_its_von() -> None:
    """'Anna Berger von Falkenrode': in German 'von' ends noble names, so no employer cut."""
    found = spans("Damals schrieb Anna Berger von Falkenrode einen Brief.", "de")
    assert ("Anna Berger von Falkenrode", "person", "first name") in found


def test_a_body_noun_before_a_name_makes_it_a_body() -> None:
    """'la empresa Clark Hermanos': a firm, though 'Clark' opens a person's name elsewhere;
    'netwerkbedrijf Velora' ends in 'bedrijf', a company's word in Dutch."""
    found = spans("Ayer la empresa Clark Hermanos cerró su fábrica de Toledo.", "es")
    assert ("Clark Hermanos", "organization", "body noun") in found
    found = spans("Gisteren steeg het netwerkbedrijf Velora met vijf procent.", "nl")
    assert ("Velora", "organization", "body noun") in found
    found = spans("Gisteren zei de woordvoerder Jan Peeters niets.", "nl")
    assert ("Jan Peeters", "person", "first name") in found


def test_a_town_in_brackets_after_a_person_is_a_club() -> None:
    """'Ortuño (Albacete)': the player's club; the word before the brackets is a person, and
    so is the one listed with it; 'Tielmes (Madrid)' after 'de' is a village and its region."""
    story = (
        "El partido terminó sin goles en un campo muy pesado por la lluvia. "
        "El árbitro amonestó a Berzal y Ortuño (Albacete) en la segunda parte.\n\n"
        "El entrenador vive en el pueblo de Tielmes (Madrid) desde hace años."
    )
    found = facts_of(story, "es")
    assert found.get("Albacete") == "organization"
    assert found.get("Ortuño") == "person"
    assert found.get("Berzal") == "person"
    assert found.get("Madrid") == "place"


def test_a_building_named_after_a_person_is_a_place() -> None:
    """'Teatro Rosalía Vidal': the theatre, though a first name follows its word."""
    found = spans("El concierto será en el Teatro Rosalía Vidal de la ciudad.", "es")
    assert ("Teatro Rosalía Vidal", "place", "facility") in found


def test_an_unknown_word_listed_with_firms_is_a_firm() -> None:
    """'Brixol' and 'Tendaro' have no evidence of their own, but the list they close holds
    two firms: they are firms too."""
    story = (
        "La demanda se dirige contra la empresa Velmar, el Banco Serrano, Brixol y Tendaro. "
        "Los abogados esperan una respuesta en junio."
    )
    found = facts_of(story, "es")
    assert found.get("Brixol") == "organization"
    assert found.get("Tendaro") == "organization"


def test_a_word_before_a_colon_and_a_quote_is_its_speaker() -> None:
    """'Okrandt: "..."': the one who speaks, though the word has no other evidence."""
    found = spans('Okrandt: "Wij zijn niet verrast door de cijfers."', "nl")
    assert ("Okrandt", "person", "colon speaker") in found


def test_a_dutch_role_compound_before_a_person() -> None:
    """'Yamaha-teammanager Sylvain Olofsen': the compound ends in a role word, so the name after
    it is a person's, though no list here knows the first name."""
    found = spans("Gisteren sprak Yamaha-teammanager Sylvain Olofsen met de pers.", "nl")
    assert ("Sylvain Olofsen", "person", "role") in found


def test_a_capital_particle_after_a_first_name_opens_the_surname() -> None:
    """'Joris De Prins': 'De' starts the surname, so the name is not cut before 'Prins' (a
    role word too) into a person 'Joris De'."""
    found = spans("VRT-journalist Joris De Prins gaat met pensioen.", "nl")
    assert not any(text == "Joris De" for text, _, _ in found)


def test_an_english_firm_word_ends_a_firm_in_any_language() -> None:
    """'France Telecom', 'United News Media': firms, though 'France' opens a person's name and
    'united' is a Dutch stop word; 'Ayer' before a firm is still the day's word; a comma and a
    legal form after a name belong to it ('Morgan Dale, Inc')."""
    assert ("France Telecom", "organization", "organisation word") in spans(
        "Ayer France Telecom subió en la bolsa.", "es"
    )
    assert ("United News Media", "organization", "organisation word") in spans(
        "Hij kocht aandelen van United News Media.", "nl"
    )
    assert ("Morgan Dale, Inc", "organization", "organisation word") in spans(
        "La demanda se dirige contra Morgan Dale, Inc y otras dos tabacaleras.", "es"
    )


def test_a_preposition_inside_a_body_name_keeps_it_whole() -> None:
    """'Consejo por la Paz': one body; 'Paz' is no person of its own."""
    found = spans("Ayer habló el Consejo por la Paz en Lima.", "es")
    assert ("Consejo por la Paz", "organization", "organisation word") in found
    assert not any(text == "Paz" for text, _, _ in found)


def test_a_saint_title_opens_a_place_and_a_dateline_town_ends_a_byline() -> None:
    """'San Marcos de Arica': a place, though 'Marcos' is a first name; 'Por Elena Ruiz
    Buenos Aires, 3 jun': the writer, then the dateline's town of two words."""
    found = spans("Visitaron las ciudades de San Marcos de Arica y Lima.", "es")
    assert ("San Marcos de Arica", "place", "place word") in found
    found = spans("Por Elena Ruiz Buenos Aires, 3 jun (EFE).", "es")
    assert ("Elena Ruiz", "person", "first name") in found
    assert ("Buenos Aires", "place", "town") in found


def test_dutch_common_names_of_countries_and_regions_are_places() -> None:
    """'Groot-Brittannië' (CLDR writes 'Verenigd Koninkrijk') and 'Vlaanderen': places."""
    found = spans("De wet geldt in Groot-Brittannië maar niet in Vlaanderen.", "nl")
    assert ("Groot-Brittannië", "place", "country") in found
    assert ("Vlaanderen", "place", "country") in found
