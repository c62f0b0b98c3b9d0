"""German organisations named by their shape: a paper or body in quote marks after its
article, a public body by its kind and its seat. Every sentence here is our own, written for
these tests.
"""

from __future__ import annotations

from conftest import name_spans as spans

from newsfacts.model import Options
from newsfacts.pipeline import analyze


def name_facts(text: str) -> set[tuple[str, str]]:
    """The (kind, text) of the people, organisations and places of a German text."""
    report = analyze("-", Options(language="de", all_facts=True), text.encode())
    return {(f.kind, f.text) for f in report.facts if f.kind in ("person", "organization", "place")}


def test_a_paper_in_quote_marks_after_its_article_is_an_organisation() -> None:
    """'sagte sie dem „Kölner Boten“': the paper, not the town in its adjective."""
    found = spans("Das sagte die Ministerin dem „Kölner Boten“ am Montag.", "de")
    assert ("Kölner Boten", "organization", "quoted body") in found


def test_a_press_word_ends_a_quoted_paper() -> None:
    """'in der "Lübecker Rundschau"': a paper by its last word."""
    found = spans('Das stand gestern in der "Lübecker Rundschau" zu lesen.', "de")
    assert ("Lübecker Rundschau", "organization", "quoted body") in found


def test_a_quoted_title_without_article_is_no_body() -> None:
    """'den Roman „Grüne Felder“': a work's title after a noun, no paper."""
    found = spans("Sie las den Roman „Grüne Felder“ am Abend.", "de")
    assert not [t for t, k, _ in found if k == "organization"]


def test_a_quoted_treaty_named_for_a_town_is_no_body() -> None:
    """'den „Bremer Vertrag“': a treaty named for its town, no paper nor body."""
    found = spans("Beide Länder unterzeichneten den „Bremer Vertrag“ im Mai.", "de")
    assert not [t for t, k, _ in found if k == "organization"]


def test_a_club_short_word_and_its_town_is_a_shown_organisation() -> None:
    """'für den VfL Osnabrück': the club by its short word and town, shown evidence."""
    found = spans("Danach spielte er zwei Jahre für den VfL Osnabrück.", "de")
    assert ("VfL Osnabrück", "organization", "organisation word") in found


def test_a_club_keeps_its_number() -> None:
    """'zum Zweitligisten 1. FC Kronach': no sentence ends at '1.', and the club keeps it."""
    facts = name_facts("Er kehrte zum Zweitligisten 1. FC Kronach zurück. Dort trainiert er.")
    assert ("organization", "1. FC Kronach") in facts


def test_a_signed_per_cent_in_brackets_makes_a_company() -> None:
    """'Lufthansa (+3,1%)': a market report's share, the company, though a word list holds it."""
    found = spans("Im Dax legten Lufthansa (+3,1%) und Hornbeck (−2 Prozent) zu.", "de")
    assert ("Lufthansa", "organization", "share price") in found
    assert ("Hornbeck", "organization", "share price") in found


def test_an_inflected_firm_noun_before_a_lone_word_makes_a_company() -> None:
    """'mit den Herstellern Alstom': the plural's dative still says a firm."""
    facts = name_facts("Die Bahn einigte sich mit den Herstellern Alstom am Freitag.")
    assert ("organization", "Alstom") in facts


def test_a_capitalised_place_adjective_opens_a_body() -> None:
    """'der Deutschen Presse-Agentur', 'die Europäische Union': German writes such adjectives
    small unless they open a name."""
    assert ("Deutschen Presse-Agentur", "organization", "organisation word") in spans(
        "Das sagte er der Deutschen Presse-Agentur am Montag.", "de"
    )
    assert ("Hessischen Rundfunks", "organization", "place adjective") in spans(
        "Die Jury des Hessischen Rundfunks lobte den Film.", "de"
    )


def test_a_small_place_adjective_opens_no_name() -> None:
    """'die deutsche Wirtschaft': an adjective in small letters, no name."""
    assert not spans("Gestern wuchs die deutsche Wirtschaft kaum.", "de")


def test_a_person_named_after_an_organisation_word_is_the_body() -> None:
    """'beim Verlag Anna Kessler': the publisher named for her, no person of its own."""
    found = spans("Das Buch erschien beim Verlag Anna Kessler in Bern.", "de")
    assert not [t for t, k, _ in found if k == "person"]
    assert ("Verlag Anna Kessler", "organization") in [(t, k) for t, k, _ in found]


def test_economic_figures_in_capitals_are_no_bodies() -> None:
    """'ein EBIT von', 'das BIP': figures of a report in capital initials, no organisation."""
    found = spans("Der Konzern meldet ein EBIT von 12 Millionen, das BIP stagniert.", "de")
    assert not [t for t, k, _ in found if t in ("EBIT", "BIP")]


def test_a_firm_noun_before_one_name_gives_the_firm() -> None:
    """'der Konzern Bombardier': the company is 'Bombardier', the noun says its kind."""
    found = spans("Der Konzern Bombardier baut Züge in Bautzen.", "de")
    assert ("Bombardier", "organization", "body noun") in found
    assert not [t for t, _, _ in found if t.startswith("Konzern")]


def test_a_group_of_things_is_no_shown_body() -> None:
    """'eine Gruppe von Stickstoffverbindungen': a kind of chemicals, not a body to show."""
    found = spans("Sie gehören zur Gruppe von Stickstoffverbindungen im Boden.", "de")
    assert not [t for t, k, why in found if k == "organization" and why == "organisation word"]


def test_a_club_head_and_its_town_is_the_club() -> None:
    """'Borussia Neunkirchen': the club, not the town alone; its legal name stays whole."""
    found = spans("Am Samstag verlor Borussia Neunkirchen knapp.", "de")
    assert [(t, k) for t, k, _ in found] == [("Borussia Neunkirchen", "organization")]
    found = spans("Die Anteile hält die Eintracht Trier Fußball GmbH seit Jahren.", "de")
    assert ("Eintracht Trier Fußball GmbH", "organization") in [(t, k) for t, k, _ in found]
