"""Faults of round 14's figures, read as a user: an ISO currency code that is also a name or a
word ('PHP 8.3', '2024 PHP-Entwickler', 'AMD 7 Prozessoren') and Spanish and Portuguese 'día'
or 'dia' before a number that counts or numbers a stage ('al día 2 litros', 'no dia 1 da
prova'). Every sentence here is our own, written for these tests."""

from __future__ import annotations

import pytest

from newsfacts.model import Fact, Options
from newsfacts.pipeline import analyze


def read(text: str, code: str, date: str = "2026-12-10") -> list[Fact]:
    """Every fact of the text in the told language."""
    opts = Options(all_facts=True, language=code, reference_date=date)
    report = analyze("-", opts, text.encode())
    return list(report.facts)


def kinds(text: str, code: str, kind: str) -> list[str]:
    """The texts of the facts of one kind."""
    return [f.text for f in read(text, code) if f.kind == kind]


@pytest.mark.parametrize(
    "text",
    [
        "Die Version PHP 8.3 erschien im November mit neuen Funktionen.",
        "Die Agentur in Rostock suchte 2024 PHP-Entwickler für ein Portal.",
        "Die Druckerei in Gera bestellte 5 EUR-Scheine als Muster.",
        "Der Händler in Ulm verkaufte 2031 CAD Lizenzen an Planungsbüros.",
    ],
)
def test_a_code_that_is_a_name_a_version_or_a_compound_makes_no_money(text: str) -> None:
    """A version's one decimal ('PHP 8.3'), a number before a code hyphen-joined to a noun (it
    counts the compound: '5 EUR-Scheine'), a year before a code that is also a word ('2031
    CAD'): no amount."""
    assert kinds(text, "de", "money") == []


def test_a_listed_company_before_a_count_is_no_currency() -> None:
    """'AMD 7 Prozessoren': AMD is a listed company; the organisation and the count stay."""
    facts = read("AMD 7 Prozessoren liefen im Labor in Jena am schnellsten.", "de")
    assert [f.text for f in facts if f.kind == "money"] == []
    assert "AMD" in [f.text for f in facts if f.kind == "organization"]
    assert ("7", "Prozessoren") in [(f.text, f.unit) for f in facts if f.kind == "number"]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Die Mine in Armenien kostete den Fonds AMD 7 Millionen.", "AMD 7 Millionen"),
        ("Ein Brot kostet in Eriwan 250 Dram, also AMD 250 je Laib.", "AMD 250"),
        ("Der Zuschlag beträgt CAD 4.25 pro Fahrt in Halifax.", "CAD 4.25"),
        ("Die Bank Aarau zahlt eine Dividende von CHF 3.10 je Aktie.", "CHF 3.10"),
        ("Die Reederei in Leer zahlte 2000 USD Strafe.", "2000 USD"),
    ],
)
def test_a_code_in_a_currency_context_stays_money(text: str, amount: str) -> None:
    """A scale word, cents or the currency's name in the sentence keep a worded code's amount;
    an everyday code ('CHF', 'USD') needs none."""
    assert kinds(text, "de", "money") == [amount]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("es", "Marta Villar bebe al día 2 litros de agua en Lugo."),
        ("es", "En el día 2 de la cumbre hablaron los ministros en Oviedo."),
        ("pt", "O atleta de Braga treina três vezes por dia 5 horas."),
        ("pt", "No dia 1 da competição choveu muito em Aveiro."),
    ],
)
def test_dia_before_a_count_or_a_stage_is_no_date(code: str, text: str) -> None:
    """After 'al'/'por' (a rate), before a plural noun (a count) or before 'de la'/'da' and a
    noun that is no month (a stage's day): no date of the month."""
    assert kinds(text, code, "date") == []


@pytest.mark.parametrize(
    ("code", "text", "day"),
    [
        ("pt", "A feira de Leiria abre no próximo dia 15, disse a organização.", "2026-12-15"),
        ("es", "El pasado día 30 se inundó el puerto de Motril.", "2026-11-30"),
        ("es", "El día 4 de diciembre se inundó el puerto de Motril.", "2026-12-04"),
        ("pt", "O autarca disse que no próximo dia 18 vamos abrir a escola.", "2026-12-18"),
        ("pt", "O treinador disse que no dia 27 jogamos em Faro.", "-27"),
        ("es", "La alcaldesa dijo que el próximo día 19 tenemos la fiesta en Jaén.", "2026-12-19"),
    ],
)
def test_dia_before_a_day_stays_a_date(code: str, text: str, day: str) -> None:
    """'no próximo dia 15', 'el pasado día 30', 'el día 4 de diciembre' stay dates, and so
    before a verb's 'we' form ('vamos', 'jogamos', 'tenemos'): no plural noun, no count
    ('jogamos' is also a past: any month's 27th)."""
    assert [f for f in read(text, code) if f.kind == "date" and (f.value or "").endswith(day)]


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Die Fahrkarte kostet seit Mai EUR 2,7 in Hameln.", "EUR 2,7"),
        ("Die Firma in Zug verbuchte einen Gewinn von CHF 4,5 je Aktie.", "CHF 4,5"),
        ("Die Fähre nach Digby kostet CAD 8,5 pro Person.", "CAD 8,5"),
    ],
)
def test_one_decimal_after_an_everyday_code_or_a_price_verb_is_money(
    text: str, amount: str
) -> None:
    """The one-decimal rule ('PHP 8.3': a version) holds only for codes that are names or
    words: an everyday code ('EUR', 'CHF') with one decimal is an amount, and so a code right
    after a price's verb ('kostet CAD 8,5')."""
    assert kinds(text, "de", "money") == [amount]
