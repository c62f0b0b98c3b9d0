"""One dateline reader and one 'latest full date' for every language: the date finder (and the
way a dateline's head is cut) are parameters, English's by default.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

import datetime as dt
import functools

from newsfacts.facts import calendars, dates
from newsfacts.facts.dateline_day import wire_head, yearless_dateline_day
from newsfacts.facts.event_time import dateline_day

SPANISH = functools.partial(calendars.find_dates, code="es")


def test_english_latest_full_date_leaves_out_a_day_looked_ahead_to() -> None:
    """'will vote on May 5, 2030' is no day the story reports; 'on March 2, 2026' is."""
    texts = ["The council met on March 2, 2026.", "It will vote on May 5, 2030."]
    assert dates.latest_full_date(texts) == dt.date(2026, 3, 2)


def test_another_languages_finder_reads_its_own_dates() -> None:
    """The Spanish finder reads '2 de marzo de 2026' and keeps every full day it finds."""
    texts = ["El consejo se reunió el 2 de marzo de 2026.", "Votará el 5 de mayo de 2030."]
    assert dates.latest_full_date(texts, SPANISH) == dt.date(2030, 5, 5)
    assert dates.latest_full_date(texts) is None  # English's finder reads no Spanish date


def test_wire_head_cuts_before_the_agency_or_the_dash() -> None:
    """'SEVILLA, 4 ene. (Agencia) - …' -> 'SEVILLA, 4 ene. '; a line with neither -> None."""
    assert wire_head("SEVILLA, 4 ene. (Agencia) - El puerto cerró.") == "SEVILLA, 4 ene. "
    assert wire_head("SEVILLA, 4 ene. - El puerto cerró.") == "SEVILLA, 4 ene."
    assert wire_head("El puerto cerró por la niebla.") is None


def test_one_dateline_reader_with_a_spanish_finder_and_wire_head() -> None:
    """A day without a year takes the year nearest the story's latest full date."""
    texts = ["SEVILLA, 4 ene. (Agencia) - El puerto cerró por la niebla."]
    sentences = [*texts, "La última escala fue el 28 de diciembre de 2026."]
    got = dateline_day(texts, sentences, None, SPANISH, wire_head)
    assert got == dt.date(2027, 1, 4)
    assert yearless_dateline_day(texts, sentences, "es") == got


def test_a_dateline_with_no_full_date_to_anchor_it_stays_unknown() -> None:
    """With no full date anywhere, the day's year is unknown: no day."""
    texts = ["SEVILLA, 4 ene. (Agencia) - El puerto cerró por la niebla."]
    assert yearless_dateline_day(texts, texts, "es") is None


def test_the_english_reader_is_the_default() -> None:
    """'LISBON, Jan. 4 (Agency) --' with a full date in the story: January 4 of its year."""
    texts = ["LISBON, Jan. 4 (Agency) -- The port closed in fog."]
    others = [*texts, "The last ship called on Dec. 30, 2026."]
    assert dateline_day(texts, others) == dt.date(2027, 1, 4)
