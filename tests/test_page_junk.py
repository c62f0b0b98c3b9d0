"""Page junk in other languages: words that only look English, prompts to the reader."""

from __future__ import annotations

import pytest

from newsfacts.clean.blocks import Block
from newsfacts.clean.rules import rule_kind
from newsfacts.model import Options
from newsfacts.pipeline import analyze


def facts_of(text: str, code: str) -> set[tuple[str, str]]:
    """(kind, text) of every fact found in a short story in this language."""
    report = analyze("-", Options(all_facts=True, language=code), text.encode())
    return {(f.kind, f.text) for f in report.facts}


def test_english_number_words_count_nothing_in_a_language_without_word_data() -> None:
    """Polish 'ten' is 'this', not 10: only digits count where no word data tells numbers."""
    story = (
        "Nowy most\n\nW tym roku ten most kosztował miasto dużo. Wynik ten wynosi "
        "zwykle 40 procent budżetu, a prace trwały 14 miesięcy.\n"
    )
    numbers = {text for kind, text in facts_of(story, "pl") if kind == "number"}
    assert "ten" not in numbers
    assert "14" in numbers


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        (
            "Keine Meldung mehr verpassen? Abonnieren Sie unseren Morgenbrief: jeden Tag um "
            "6 Uhr in Ihrem Postfach. Hier geht's zur Anmeldung!",
            "newsletter",
        ),
        ("Inscrivez-vous à notre lettre du soir.", "newsletter"),
        ("Suscríbete al boletín de la mañana.", "newsletter"),
        ("Iscriviti alla newsletter del giornale.", "newsletter"),
        ("Dieser Blog lebt nur von Ihrer Unterstützung!", "promo"),
        ("Helfen Sie mit, damit diese Seite frei bleibt.", "promo"),
        ("Per Überweisung: IBAN: DE12 3456 7890 1234 5678 90", "promo"),
        ("Soutenez-nous : chaque don compte.", "promo"),
        ("Rund 2.000 Haushalte abonnieren den Dienst inzwischen, sagte die Sprecherin.", None),
        ("Der Verein bedankte sich für die Unterstützung der Stadt beim Neubau.", None),
        ("Spenden Sie noch heute für unsere Redaktion!", "promo"),
        ("Das Land bleibt bei ihrer Unterstützung für die Werft, sagte der Minister.", None),
        ("Spenden Sie an die Tafeln, rief die Bürgermeisterin am Montag auf.", None),
        ("Die Kirche bat: helfen Sie mit bei der Suche nach dem Hund.", None),
    ],
)
def test_prompts_to_the_reader_in_other_languages(text: str, kind: str | None) -> None:
    """Newsletter prompts and calls for money are furniture; news using the same words is not."""
    assert rule_kind(Block(text, bullet=False)) == kind


def test_short_lines_between_two_calls_for_money_are_the_same_box() -> None:
    """'Vielen Dank!' and 'Per Karte' between two donation calls go; the story stays."""
    from newsfacts.clean import clean
    from newsfacts.model import Article

    text = (
        "Der Stadtrat hat am Montag den neuen Radweg an der Uferstraße beschlossen. Die "
        "Arbeiten sollen im Frühjahr beginnen und rund vier Monate dauern.\n\n"
        "Die Anwohner hatten seit Jahren auf eine sichere Verbindung zur Schule gedrängt, "
        "sagte die Bürgermeisterin nach der Sitzung.\n\n"
        "Dieser Blog lebt nur von Ihrer Unterstützung!\n\n"
        "Vielen Dank an 500 Leser!\n\n"
        "Per Karte oder Überweisung\n\n"
        "Bankverbindung: IBAN: DE12 3456 7890 1234 5678 90\n\n"
        "Die Autorin schreibt seit zehn Jahren über Verkehr und Stadtplanung in der Region; "
        "zuvor arbeitete sie lange bei einer Tageszeitung in Kassel und in Göttingen.\n"
    )
    out = clean(Article(source="-", text=text, is_html=True, language="de"))
    assert "Radweg" in out.text
    assert "500 Leser" not in out.text and "Per Karte" not in out.text


def test_short_labels_by_a_bar_and_a_stamp_are_no_part_of_the_headline() -> None:
    """'STADTBLATT | headline', 'headline | Lokales' and 'headline : 3.4.2024, 9.15 Uhr' lose
    the label and the stamp; two parts of one length, or a short title, keep their words."""
    from newsfacts.facts.event_clause import without_brand

    assert without_brand("STADTBLATT | Neuer Radweg an der Uferstraße") == (
        "Neuer Radweg an der Uferstraße"
    )
    assert without_brand("Le port rouvre ses quais | Région | GAZETTE24") == (
        "Le port rouvre ses quais"
    )
    assert without_brand("Neuer Radweg an der Uferstraße : 03.04.2024, 09.15 Uhr") == (
        "Neuer Radweg an der Uferstraße"
    )
    assert without_brand("ALARM | Zu spät") == "ALARM | Zu spät"
    assert without_brand("Steuerberatung | Kanzlei Berg") == "Steuerberatung | Kanzlei Berg"
    assert without_brand("NASA – Sonde erreicht den Mars") == "NASA – Sonde erreicht den Mars"


@pytest.mark.parametrize("text", ["3 von 17", "2 sur 9", "4 de 12", "1 di 5", "6 van 8"])
def test_gallery_counters_in_other_languages_are_controls(text: str) -> None:
    """A picture gallery's 'N of M' counter in the page languages is no count of anything."""
    assert rule_kind(Block(text, bullet=False)) == "menu"


def test_an_acronym_spelling_small_words_before_it_is_no_organisation() -> None:
    """'uma proposta de emenda à Constituição (PEC)' shortens a thing: the later 'PEC' is no
    body; 'a Polícia Federal Rodoviária (PFR)' is written as a name and stays one."""
    story = (
        "Nova regra\n\nA deputada Marta Lobo apresentou uma proposta de emenda à Constituição "
        "(PEC) sobre as escolas. A PEC precisa de 171 assinaturas, disse Lobo. A Polícia "
        "Federal Rodoviária (PFR) fiscaliza as estradas, e a PFR reforçou as equipes.\n"
    )
    found = facts_of(story, "pt")
    assert ("organization", "PEC") not in found
    assert ("person", "Marta Lobo") in found
    assert any(kind == "organization" and "Rodoviária" in text for kind, text in found)


def test_a_place_in_the_genitive_is_not_where_it_happened() -> None:
    """'die größte Messe Deutschlands' says whose fair it is: the place stays a fact, but the
    event is not set in it."""
    story = (
        "Neue Messe\n\nDie größte Messe Deutschlands öffnet am Montag ihre Tore, sagte "
        "Veranstalter Jan Weber. Rund 2000 Aussteller kommen.\n"
    )
    report = analyze("-", Options(all_facts=True, language="de"), story.encode())
    place = next(f for f in report.facts if f.kind == "place")
    assert (place.text, place.aliases) == ("Deutschland", ("Deutschlands",))
    assert report.event.where is None


def test_a_body_written_in_small_letters_keeps_its_acronym() -> None:
    """'le parquet national financier (PNF)' is an office: its acronym stays an organisation."""
    story = (
        "Comptes de la mairie\n\nSaisi par une association, le parquet national financier (PNF) "
        "examine depuis lundi les comptes de la mairie, selon l'avocate Claire Meunier. Le PNF "
        "entendra le maire en mars.\n"
    )
    assert ("organization", "PNF") in facts_of(story, "fr")


def test_a_german_time_of_day_is_no_count() -> None:
    """'um 7 Uhr' and 'bis 21 Uhr' tell the time; '7 Stunden' counts hours."""
    from newsfacts.facts.figures import find_figures

    found = [(h.text, h.unit) for h in find_figures("Das Büro öffnet um 7 Uhr.", [], "de")]
    assert found == []
    found = [(h.text, h.unit) for h in find_figures("Die Fahrt dauert 7 Stunden.", [], "de")]
    assert found == [("7", "Stunden")]


def test_a_quote_said_twice_is_shown_once() -> None:
    """A teaser repeating the story's quote, and a pull quote set as a heading over the
    sentence that holds its words, are one quote each."""
    story = (
        "Neue Halle\n\n"
        "„Wir bauen die größte Halle der Region“, sagte Bürgermeisterin Petra Stein.\n\n"
        "»Die Kosten steigen leider weiter an«\n\n"
        "Der Rat stimmte am Montag zu. „Wir bauen die größte Halle der Region“, sagte "
        "Bürgermeisterin Petra Stein vor der Presse. Die Kosten steigen leider weiter an, und "
        "der Bau dauert zwei Jahre.\n"
    )
    report = analyze("-", Options(all_facts=True, language="de"), story.encode())
    quotes = [f.text for f in report.facts if f.kind == "quote"]
    assert quotes.count("Wir bauen die größte Halle der Region") == 1
    assert not any("Kosten" in q for q in quotes)


def test_a_name_whose_capital_leads_small_words_keeps_its_acronym() -> None:
    """'de Vereniging voor hulp en steun aan boeren (VHSB)': the name starts at its capital."""
    story = (
        "Nieuwe steun\n\nDe boeren krijgen hulp van de Vereniging voor hulp en steun aan boeren "
        "(VHSB). De VHSB is tevreden, zegt voorzitter Jan Peeters.\n"
    )
    found = facts_of(story, "nl")
    assert ("organization", "VHSB") in found


def test_thousands_grouped_by_spaces_are_one_number_without_word_data() -> None:
    """Norwegian '48 000 barn' is forty-eight thousand children, not 48 and 000."""
    story = (
        "Ny rekord\n\nI år deltok 48 000 barn på sommerleirene, og klubbene arrangerte "
        "1 250 000 timer med trening.\n"
    )
    report = analyze("-", Options(all_facts=True, language="no"), story.encode())
    values = sorted(f.value for f in report.facts if f.kind == "number")
    assert values == [48000, 1250000]


def test_the_site_by_a_bar_is_never_the_headline() -> None:
    """'Alte Mühle | Verein für Heimatkunde im Landkreis Nord': the long part is the site."""
    from newsfacts.facts.event_clause import without_brand

    site = "Verein für Heimatkunde im Landkreis Nord"
    title = f"Alte Mühle | {site}"
    assert without_brand(title, lambda part: part == site) == title


def test_a_plain_first_part_is_the_headline_not_a_label() -> None:
    """'Alte Mühle | Verein für Heimatkunde im Landkreis' keeps both parts: an unknown site
    after a short headline is no headline; 'RADIO7 | ...' and '03.04.2024 | ...' are labels."""
    from newsfacts.facts.event_clause import without_brand

    title = "Alte Mühle | Verein für Heimatkunde im Landkreis"
    assert without_brand(title) == title
    assert without_brand("RADIO7 Magazin | Neuer Radweg an der Uferstraße") == (
        "Neuer Radweg an der Uferstraße"
    )
    assert without_brand("03.04.2024 | Neuer Radweg an der Uferstraße") == (
        "Neuer Radweg an der Uferstraße"
    )


def test_a_day_before_a_month_name_is_no_count_without_word_data() -> None:
    """Polish '5 maja' is the fifth of May, not five of something; '12 osób' still counts."""
    story = "Nowy most\n\nMost otwarto 5 maja, a na otwarcie przyszło 120 osób z miasta.\n"
    report = analyze("-", Options(all_facts=True, language="pl"), story.encode())
    assert [f.text for f in report.facts if f.kind == "number"] == ["120"]
