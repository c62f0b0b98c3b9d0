"""A wire story pasted as a reader copies it, in Italian: section word, headline, a byline in
the language ('di Marco Bellini'), an agency dateline, a photo credit, a 'Leggi anche' line
and a source footer; and short quotes whose attribution follows them after a comma.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

import pytest

from newsfacts.model import Options, Report
from newsfacts.pipeline import analyze

PASTED = """\
Cronaca
Porto di Salerno, sciopero dei portuali: fermi 60 container
di Marco Bellini
ROMA (ANSA) - Circa 300 lavoratori del porto di Salerno hanno incrociato le braccia martedì \
per protestare contro il piano di riorganizzazione dell'autorità portuale.
Il piano prevede tagli per 8,5 milioni di euro e la chiusura di un terminal entro giugno.
"Non accetteremo licenziamenti", ha detto Giulia Ferraro, segretaria del sindacato.
Il ministro Paolo Conti ha convocato le parti per giovedì 10 dicembre a Roma.
Foto: ANSA/Franco Neri
Leggi anche: Napoli, nuovo bando per il molo
Fonte: ANSA
"""


@pytest.fixture(scope="module")
def report() -> Report:
    """The pasted story, its date given (Tuesday 8 December 2026)."""
    opts = Options(all_facts=True, language="it", reference_date="2026-12-08")
    return analyze("-", opts, PASTED.encode())


def test_the_byline_in_the_language_is_no_part_of_the_headline(report: Report) -> None:
    """'di Marco Bellini' under the headline is a byline: removed, and the story's author."""
    assert report.article is not None
    assert report.article.title == "Porto di Salerno, sciopero dei portuali: fermi 60 container"
    removed = report.to_dict()["removed"]
    assert {"kind": "byline", "text": "di Marco Bellini"} in removed
    sources = {(f.text, f.source_kind) for f in report.facts if f.kind == "source"}
    assert ("Marco Bellini", "byline") in sources
    assert ("ANSA", "dateline") in sources


def test_a_weekday_before_a_written_date_is_that_date(report: Report) -> None:
    """'giovedì 10 dicembre' is one day, not also last Thursday."""
    dates = [(f.text, f.value) for f in report.facts if f.kind == "date"]
    assert ("10 dicembre", "2026-12-10") in dates
    assert not any(text == "giovedì" for text, _ in dates)


def test_a_short_quote_with_its_attribution_after_a_comma_is_a_quote(report: Report) -> None:
    """'"Non accetteremo licenziamenti", ha detto Giulia Ferraro': said, not a scare quote."""
    quotes = [f for f in report.facts if f.kind == "quote"]
    assert [(q.text, q.speaker, q.quote_kind) for q in quotes] == [
        ("Non accetteremo licenziamenti", "Giulia Ferraro", "quote")
    ]


def test_an_english_short_quote_with_the_comma_outside_is_a_quote() -> None:
    """British style puts the comma outside: '"Not before next year", she said.'"""
    text = 'The council met. "Not before next year", Mayor Ann Hollis said after the vote.'
    facts = analyze("-", Options(all_facts=True), text.encode()).facts
    quotes = [(f.text, f.quote_kind) for f in facts if f.kind == "quote"]
    assert quotes == [("Not before next year", "quote")]


@pytest.mark.parametrize(
    ("text", "person"),
    [
        ("Gestern hat Paul Conrad die Parteien nach Berlin eingeladen.", "Paul Conrad"),
        ("Der Verkehrsminister Peter Brandt hat die Parteien eingeladen.", "Peter Brandt"),
    ],
)
def test_a_first_name_in_the_stop_list_opens_a_name(text: str, person: str) -> None:
    """'Paul' and 'Peter' are frequent in German web text (jusText lists them), still names."""
    facts = analyze("-", Options(all_facts=True, language="de"), text.encode()).facts
    assert person in [f.text for f in facts if f.kind == "person"]


def test_a_short_stop_listed_word_stays_a_word() -> None:
    """'eine Art Neubeginn': 'Art' is a census first name, but here the noun."""
    text = "Für die Stadt war das eine Art Neubeginn, sagte die Sprecherin am Montag."
    facts = analyze("-", Options(all_facts=True, language="de"), text.encode()).facts
    assert not any(f.text.startswith("Art") for f in facts if f.kind == "person")


@pytest.mark.parametrize(
    ("text", "code", "days"),
    [
        ("Le salon ouvre le 13 et 14 décembre à Lille.", "fr", ["2026-12-13", "2026-12-14"]),
        ("Die Messe ist am 3. und 4. Mai 2027 in Köln.", "de", ["2027-05-03", "2027-05-04"]),
        ("La feria será el 5 y 6 de marzo en Sevilla.", "es", ["2027-03-05", "2027-03-06"]),
    ],
)
def test_a_day_listed_before_a_dated_day_is_a_date_too(
    text: str, code: str, days: list[str]
) -> None:
    """'le 13 et 14 décembre' names two days; '13' is no count of anything."""
    opts = Options(all_facts=True, language=code, reference_date="2026-12-08")
    facts = analyze("-", opts, text.encode()).facts
    assert sorted(f.value for f in facts if f.kind == "date") == days
    assert not [f for f in facts if f.kind == "number"]


@pytest.mark.parametrize(
    ("text", "code", "agency", "day"),
    [
        ("VALDIVIA, 7 dic (EFE) - El alcalde inauguró el puente nuevo.", "es", "EFE",
         "2026-12-07"),
        ("LILLE, 7 déc. 2026 (AFP) - Le maire a inauguré le nouveau pont.", "fr", "AFP",
         "2026-12-07"),
        ("KASSEL, 7. Dez. (dpa) - Der Bürgermeister hat die neue Brücke eröffnet.", "de", "dpa",
         "2026-12-07"),
    ],
)  # fmt: skip
def test_a_dateline_with_a_month_abbreviation(text: str, code: str, agency: str, day: str) -> None:
    """'7 dic', '7 déc. 2026', '7. Dez.': the agency is the source, the day a date, no number;
    and the abbreviation's dot ends no sentence."""
    opts = Options(all_facts=True, language=code, reference_date="2026-12-08")
    report = analyze("-", opts, text.encode())
    assert len(report.sentences) == 1
    facts = report.facts
    assert (agency, "dateline") in [(f.text, f.source_kind) for f in facts if f.kind == "source"]
    assert day in [f.value for f in facts if f.kind == "date"]
    assert not [f for f in facts if f.kind == "number"]


@pytest.mark.parametrize(
    ("text", "code", "number", "counted"),
    [
        ("Circa 300 lavoratori hanno scioperato martedì a Salerno.", "it", "300", "lavoratori"),
        ("Près de 200 000 voyageurs seront touchés ce week-end.", "fr", "200 000", "voyageurs"),
        ("Der Konzern streicht 600 Stellen in Kassel.", "de", "600", "Stellen"),
        ("Die Preise dürften um 30 steigen, sagte er.", "de", "30", None),
    ],
)
def test_what_a_number_counts_in_other_languages(
    text: str, code: str, number: str, counted: str | None
) -> None:
    """The noun after a count; a German verb or a function word after it is none."""
    facts = analyze("-", Options(all_facts=True, language=code), text.encode()).facts
    found = {f.text: f.unit for f in facts if f.kind == "number"}
    assert found[number] == counted


def test_a_dutch_byline_and_a_speaker_from_a_union() -> None:
    """'Door Jan de Vries' under a headline ending in a small word stays a byline; 'van FNV
    Spoor' after a full name is the speaker's employer, not part of the name."""
    text = (
        "Staking bij het spoor: treinen rijden niet\nDoor Jan de Vries\n"
        "Honderden treinen rijden donderdag niet door een staking.\n"
        '"We hebben geen keus", zei Marieke Jansen van FNV Spoor in Utrecht.\n'
    )
    report = analyze("-", Options(all_facts=True, language="nl"), text.encode())
    assert report.article is not None
    assert "Door" not in report.article.text  # not glued to the headline's line
    facts = report.facts
    assert ("Jan de Vries", "byline") in [(f.text, f.source_kind) for f in facts]
    assert [f.speaker for f in facts if f.kind == "quote"] == ["Marieke Jansen"]
    assert "Marieke Jansen" in [f.text for f in facts if f.kind == "person"]


@pytest.mark.parametrize(
    ("text", "code", "day"),
    [
        ("Die Ministerin will am Freitag mit dem Betriebsrat sprechen.", "de", "2026-12-11"),
        ("Die Ministerin sprach am Freitag mit dem Betriebsrat.", "de", "2026-12-04"),
        ("La ministre rencontrera les syndicats vendredi à Lyon.", "fr", "2026-12-11"),
        ("La ministre a rencontré les syndicats vendredi à Lyon.", "fr", "2026-12-04"),
        ("La ministra se reunirá el viernes con los sindicatos.", "es", "2026-12-11"),
        ("La ministra viajará este miércoles a Valdivia.", "es", "2026-12-09"),
        ("La ministra incontrerà venerdì i sindacati a Bari.", "it", "2026-12-11"),
        ("A ministra vai reunir-se na sexta-feira com os sindicatos.", "pt", "2026-12-11"),
        ("De minister zal vrijdag met de bonden praten.", "nl", "2026-12-11"),
        ("De minister sprak vrijdag met de bonden.", "nl", "2026-12-04"),
    ],
)
def test_a_weekday_in_a_clause_about_what_is_to_come_lies_ahead(
    text: str, code: str, day: str
) -> None:
    """A future tense or a verb of intent before a bare weekday: the coming such day (today
    when it is that day: 'viajará este miércoles' written on a Wednesday); else the last one."""
    opts = Options(all_facts=True, language=code, reference_date="2026-12-09")  # a Wednesday
    facts = analyze("-", opts, text.encode()).facts
    assert [f.value for f in facts if f.kind == "date"] == [day]


def test_a_three_word_statement_with_its_speaker_is_a_quote() -> None:
    """'"We will rebuild," a spokesperson said.' is said; '"This Week," he said' a title."""
    text = 'The council met on Monday.\n"We will rebuild," a spokesperson said.\n'
    facts = analyze("-", Options(all_facts=True), text.encode()).facts
    assert [(f.text, f.quote_kind) for f in facts if f.kind == "quote"] == [
        ("We will rebuild", "quote")
    ]
