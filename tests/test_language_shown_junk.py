"""German words shown as names that are none: a plural common noun after a noun for a kind of
body, two people's full names joined by '&', a place's genitive beside its plain form. Every
sentence here is our own, written for these tests.
"""

from __future__ import annotations

from finder_entities import entities_in

from newsfacts.model import Options
from newsfacts.pipeline import analyze
from newsfacts.render import shown_facts


def test_a_plural_noun_after_a_body_noun_is_no_name() -> None:
    """'das Unternehmen Investoren gegenüber', 'die Parteien Vertreter': what the body deals
    with, no body's name; 'die Band Kraftwerk' still names the band."""
    text = (
        "Am Montag legte das Unternehmen Investoren gegenüber seine Zahlen offen. Zum Treffen "
        "hatten alle im Landtag vertretenen Parteien Vertreter geschickt. Im Saal spielte "
        "danach die Band Kraftwerk."
    )
    found = entities_in(text, "de")
    assert "Investoren" not in found and "Vertreter" not in found
    assert found.get("Kraftwerk") == "organization"


def test_a_plural_noun_in_a_list_after_a_body_noun_is_no_name() -> None:
    """'wird das Unternehmen Fluglehrer, Techniker und …': people it trains, no firm."""
    text = "In der neuen Halle wird das Unternehmen Fluglehrer, Techniker und Piloten schulen."
    assert "Fluglehrer" not in entities_in(text, "de")


def test_first_names_on_both_sides_of_an_ampersand_are_two_people() -> None:
    """'Hanna Vogt, Thomas Keller & Oskar Brandl (2019)' and 'Keller, Thomas & Oskar Brandl':
    authors, no firm; 'Hoffmann & Campe' is one."""
    text = (
        "Die Quellen sind Hanna Vogt, Thomas Keller & Oskar Brandl (2019): Neue Wege im "
        "Wohnungsbau, und Keller, Thomas & Oskar Brandl (2021): Bauen im Bestand. Das Buch "
        "erschien bei Hoffmann & Campe in Hamburg."
    )
    facts = analyze("-", Options(all_facts=True, language="de"), text.encode()).facts
    bodies = {f.text for f in facts if f.kind == "organization"}
    people = {f.text for f in facts if f.kind == "person"}
    assert not [b for b in bodies if "Brandl" in b]
    assert {"Thomas Keller", "Oskar Brandl"} <= people
    assert "Hoffmann & Campe" in bodies


def test_a_places_genitive_beside_its_plain_form_is_its_alias() -> None:
    """'Niedersachsens' before 'Niedersachsen' in one text: one place, the genitive its
    alias."""
    text = (
        "Hannover. Die Landesregierung Niedersachsens ändert den Haushalt. Die Schulen in "
        "Niedersachsen bekommen mehr Geld, sagte die Ministerin Clara Hoffmann."
    )
    facts = analyze("-", Options(all_facts=True, language="de"), text.encode()).facts
    places = {f.text: f for f in facts if f.kind == "place"}
    assert "Niedersachsens" not in places
    assert places["Niedersachsen"].aliases == ("Niedersachsens",)


def test_an_acronym_after_an_indefinite_article_is_not_shown() -> None:
    """'die Aufgaben einer KVG': a thing of a kind, not shown; 'die SPD' still is."""
    text = (
        "Der Bericht beschreibt die Aufgaben einer KVG nur zum Teil. Kritik kam am Montag "
        "von der SPD, die eine Anhörung verlangt."
    )
    report = analyze("-", Options(language="de"), text.encode())
    shown = {f.text for f in shown_facts(report, all_facts=False)}
    assert "KVG" not in shown
    assert "SPD" in shown


def test_a_people_named_like_its_land_after_die_is_no_place() -> None:
    """'Die Polen wählten …': the people; 'nach Polen' and 'die Philippinen' are lands."""
    found = entities_in("Die Polen wählten am Sonntag ein neues Parlament.", "de")
    assert "Polen" not in found
    found = entities_in("Im Mai reiste Clara Hoffmann nach Polen und in die Philippinen.", "de")
    assert found.get("Polen") == "place" and found.get("Philippinen") == "place"
