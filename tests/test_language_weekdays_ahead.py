"""A weekday governed by a word that points ahead ('ab Samstag', 'à partir de samedi', 'a
partir do sábado', 'tot en met zondag') is the coming one, even when the clause is told in the
past; one named as a plan's day ('für Samstag', 'pour samedi', 'para el sábado', 'per sabato')
is the nearest such day, as a plan told may be gone; a weekday that ends a span of two ('de
sábado para domingo') goes the way of its clause.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.facts.calendars import find_dates

WEDNESDAY = dt.date(2025, 3, 12)
LAST_SATURDAY, NEXT_SATURDAY = "2025-03-08", "2025-03-15"


def value(text: str, code: str, day: str, ref: dt.date = WEDNESDAY) -> str | None:
    """The value of one date expression in the text."""
    return {h.text: h.value for h in find_dates(text, ref, code)}[day]


@pytest.mark.parametrize(
    ("text", "code", "day"),
    [
        ("Der Mieterbund kündigte Proteste für Samstag an.", "de", "Samstag"),
        ("Die Sperrung gilt ab Samstag.", "de", "Samstag"),
        ("Le collectif a appelé à un rassemblement pour samedi.", "fr", "samedi"),
        ("Les horaires changent à partir de samedi.", "fr", "samedi"),
        ("Los vecinos convocaron una protesta para el sábado.", "es", "sábado"),
        ("I comitati hanno indetto un presidio per sabato.", "it", "sabato"),
        ("Il nuovo orario vale a partire da sabato.", "it", "sabato"),
        ("Os estudantes convocaram um protesto para sábado.", "pt", "sábado"),
        ("A nova tarifa vale a partir do sábado.", "pt", "sábado"),
        ("De buurtvereniging riep op tot een protest vanaf zaterdag.", "nl", "zaterdag"),
    ],
)
def test_a_weekday_after_a_word_pointing_ahead_is_the_coming_one(
    text: str, code: str, day: str
) -> None:
    """In a story of a Wednesday, 'Proteste für Samstag' is the Saturday to come."""
    assert value(text, code, day) == NEXT_SATURDAY


def test_the_same_weekday_without_such_a_word_stays_back() -> None:
    """'am Samstag' told in the past is the Saturday before the story's Wednesday."""
    assert value("Der Mieterbund protestierte am Samstag.", "de", "Samstag") == LAST_SATURDAY
    assert value("Os estudantes protestaram no sábado.", "pt", "sábado") == LAST_SATURDAY


def test_a_plans_day_that_is_today_is_today() -> None:
    """'für Mittwoch' in a Wednesday's story: that day, not a week on nor a week back."""
    text = "Die Schule sagte das für Mittwoch geplante Konzert ab."
    assert value(text, "de", "Mittwoch") == "2025-03-12"


@pytest.mark.parametrize(
    ("text", "code", "day"),
    [
        ("Die für Montag geplante Abfahrt der Fähre fiel aus.", "de", "Montag"),
        ("Le concert fixé pour lundi a été annulé.", "fr", "lundi"),
        ("La votación convocada para el lunes se suspendió.", "es", "lunes"),
    ],
)
def test_a_plans_day_nearer_back_than_ahead_is_the_last_one(text: str, code: str, day: str) -> None:
    """'die für Montag geplante Abfahrt' in a Wednesday's story: two days back, not five on."""
    assert value(text, code, day) == "2025-03-10"


def test_a_plans_day_in_a_clause_that_looks_ahead_is_the_coming_one() -> None:
    """'wird für Montag erwartet': the future tense puts it ahead, however far."""
    text = "Das Urteil wird für Montag erwartet."
    assert value(text, "de", "Montag") == "2025-03-17"


def test_tot_en_met_reaches_the_coming_day() -> None:
    """'tot en met zondag': up to and including the coming Sunday."""
    assert value("Het zwembad blijft dicht tot en met zondag.", "nl", "zondag") == "2025-03-16"


@pytest.mark.parametrize(
    ("text", "code", "first", "last"),
    [
        ("Het brandde in de nacht van zaterdag op zondag.", "nl", "zaterdag", "zondag"),
        ("El apagón llegó la noche de sábado para domingo.", "es", "sábado", "domingo"),
        ("O temporal atingiu a cidade de sábado para domingo.", "pt", "sábado", "domingo"),
        ("Das Stadtfest lief von Samstag bis Sonntag.", "de", "Samstag", "Sonntag"),
    ],
)
def test_a_span_of_two_weekdays_told_in_the_past_stays_back(
    text: str, code: str, first: str, last: str
) -> None:
    """'de sábado para domingo' told in the past: last weekend's nights, not the coming one."""
    assert value(text, code, first) == LAST_SATURDAY
    assert value(text, code, last) == "2025-03-09"


def test_a_span_of_two_weekdays_in_the_future_is_ahead() -> None:
    """'wird von Samstag bis Sonntag dauern': the coming weekend, both days."""
    text = "Das Stadtfest wird von Samstag bis Sonntag dauern."
    assert value(text, "de", "Samstag") == NEXT_SATURDAY
    assert value(text, "de", "Sonntag") == "2025-03-16"


def test_weekdays_listed_after_a_plans_word_go_one_way() -> None:
    """'für Freitag und Samstag' in a Wednesday's story: both days to come, as one plan."""
    text = "Der Verband rief für Freitag und Samstag zu Kundgebungen auf."
    assert value(text, "de", "Freitag") == "2025-03-14"
    assert value(text, "de", "Samstag") == NEXT_SATURDAY


def test_weekdays_listed_with_commas_after_a_plans_word_go_one_way() -> None:
    """'pour jeudi, vendredi et samedi': every day of the plan's list to come."""
    text = "Le syndicat a appelé à la grève pour jeudi, vendredi et samedi."
    assert value(text, "fr", "vendredi") == "2025-03-14"
    assert value(text, "fr", "samedi") == NEXT_SATURDAY
