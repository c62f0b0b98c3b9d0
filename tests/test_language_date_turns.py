"""Weekdays and day-months in other languages turned the way their words point: 'jusqu'à
jeudi' and 'attendus vendredi' are still to come, 'chaque lundi' is no one day, and a day and
month far ahead of the article date in a clause that does not look ahead is last year's.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.facts.calendars import find_dates

TUESDAY = dt.date(2025, 3, 11)


def values(text: str, code: str, ref: dt.date = TUESDAY) -> dict[str, str | None]:
    """Each date expression's text and value."""
    return {h.text: h.value for h in find_dates(text, ref, code)}


@pytest.mark.parametrize(
    ("text", "code", "day", "value"),
    [
        ("Les bus resteront à l'arrêt jusqu'à jeudi.", "fr", "jeudi", "2025-03-13"),
        ("Les résultats sont attendus vendredi.", "fr", "vendredi", "2025-03-14"),
        ("Il cantiere resta chiuso fino a venerdì.", "it", "venerdì", "2025-03-14"),
        ("La decisione è attesa giovedì.", "it", "giovedì", "2025-03-13"),
        ("A reunião está marcada para sexta-feira.", "pt", "sexta-feira", "2025-03-14"),
        ("A greve continua até quinta-feira.", "pt", "quinta-feira", "2025-03-13"),
        ("La oficina cierra hasta el viernes.", "es", "viernes", "2025-03-14"),
        ("Die Straße bleibt bis Freitag gesperrt.", "de", "Freitag", "2025-03-14"),
    ],
)
def test_a_weekday_governed_by_until_or_an_expectation_is_ahead(
    text: str, code: str, day: str, value: str
) -> None:
    """'until Thursday', 'expected on Friday': the coming day, not the last one."""
    assert values(text, code)[day] == value


@pytest.mark.parametrize(
    ("text", "code", "day"),
    [
        ("Le marché se tient chaque samedi sur la place.", "fr", "samedi"),
        ("Le musée ferme le lundi pendant l'hiver.", "fr", "lundi"),
        ("Il negozio apre il venerdì dopo la festa.", "it", "venerdì"),
        ("Los lunes la biblioteca no abre.", "es", "lunes"),
        ("Arriva il “venerdì nero” degli sconti.", "it", "venerdì"),
    ],
)
def test_a_weekday_that_recurs_is_no_date(text: str, code: str, day: str) -> None:
    """'chaque samedi', 'il venerdì', 'los lunes': every such day, so none is dated."""
    assert day not in values(text, code)


def test_a_weekday_told_in_the_past_stays_back() -> None:
    """Without a word that looks ahead, a bare weekday is the last one."""
    assert values("Le maire a inauguré le pont jeudi.", "fr")["jeudi"] == "2025-03-06"
    assert values("Il sindaco ha parlato venerdì.", "it")["venerdì"] == "2025-03-07"


def test_a_day_month_far_ahead_in_a_plain_clause_is_last_years() -> None:
    """In May, 'les manifestations du 7 septembre' told plainly are last September's."""
    may = dt.date(2025, 5, 4)
    text = "Les slogans des manifestations du 7 septembre revenaient dans le cortège."
    assert values(text, "fr", may)["7 septembre"] == "2024-09-07"
    text = "Os cartazes das marchas de 7 de setembro voltaram às ruas."
    assert values(text, "pt", may)["7 de setembro"] == "2024-09-07"


def test_a_day_month_ahead_stays_ahead_when_its_clause_looks_ahead() -> None:
    """'se tiendra le 7 septembre': the coming one, however far."""
    may = dt.date(2025, 5, 4)
    text = "Le congrès se tiendra le 7 septembre à Nantes."
    assert values(text, "fr", may)["7 septembre"] == "2025-09-07"
    assert values("La fiera si terrà il 2 giugno.", "it", may)["2 giugno"] == "2025-06-02"


def test_a_day_month_with_a_word_ahead_around_it_stays_ahead() -> None:
    """'el próximo domingo 8 de septiembre', 'le 7 septembre sera': the coming one."""
    may = dt.date(2025, 5, 4)
    text = "El próximo domingo 7 de septiembre los vecinos votan el nuevo plan."
    assert values(text, "es", may)["7 de septiembre"] == "2025-09-07"
    text = "Le 7 septembre sera le jour du vote."
    assert values(text, "fr", may)["7 septembre"] == "2025-09-07"


def test_a_day_month_in_a_table_cell_is_the_nearest() -> None:
    """A schedule's cell has no clause to read: the nearest such day, even far ahead."""
    may = dt.date(2025, 5, 4)
    text = "| Segundo turno | 6 semanas | 1 de septiembre a 10 de octubre |"
    got = values(text, "es", may)
    assert got["1 de septiembre"] == "2025-09-01"
    assert got["10 de octubre"] == "2025-10-10"


def test_a_weekday_whose_clause_goes_on_in_the_future_is_ahead() -> None:
    """'la vista del jueves será', 'l'audience de jeudi portera': the coming Thursday."""
    text = "La vista del jueves será la última antes de la sentencia."
    assert values(text, "es")["jueves"] == "2025-03-13"
    assert values("L'audience de jeudi portera sur les comptes.", "fr")["jeudi"] == "2025-03-13"
    assert values("La vista del jueves fue breve.", "es")["jueves"] == "2025-03-06"


def test_a_future_in_a_later_clause_leaves_the_weekday_back() -> None:
    """'ha firmato lunedì un accordo che prevede…': the accord's verb, not Monday's."""
    text = "Il comune ha firmato lunedì un accordo che prevede nuovi autobus."
    assert values(text, "it")["lunedì"] == "2025-03-10"


@pytest.mark.parametrize(
    ("text", "code", "day"),
    [
        ("Die Gebühren steigen zum 1. Januar.", "de", "1. Januar"),
        ("Le musée rouvrira le 4 mars.", "fr", "4 mars"),
        ("La feria abre el 12 de mayo.", "es", "12 de mayo"),
    ],
)
def test_a_day_and_month_with_no_article_date_is_still_a_date(
    text: str, code: str, day: str
) -> None:
    """With no date for the article a day and month has no year, but it is still a date."""
    hits = {h.text: h.value for h in find_dates(text, None, code)}
    assert day in hits
    assert hits[day] is None
