"""The reference date read from the text itself when no page or option gives one."""

from __future__ import annotations

import datetime as dt

from newsfacts.extract import reported_later
from newsfacts.facts.event_time import dateline_day
from newsfacts.pipeline import analyze


def test_dateline_with_year_gives_the_day() -> None:
    """A dateline's full date is the reference."""
    assert dateline_day(["June 9, 2021 — The ferry company cut its fares."], []) == dt.date(
        2021, 6, 9
    )


def test_dateline_without_year_takes_it_from_a_full_date() -> None:
    """A year-less dateline takes the year nearest the latest full date the text reports."""
    lead = "OSLO, Nov. 3 (Agency) -- The harbour board met on Tuesday."
    other = "The quay opened on October 28, 2022, after repairs."
    assert dateline_day([lead], [lead, other]) == dt.date(2022, 11, 3)


def test_dateline_without_year_and_no_full_date_stays_unresolved() -> None:
    """No full date anywhere: the dateline's year is not guessed."""
    lead = "OSLO, Nov. 3 (Agency) -- The harbour board met on Tuesday."
    assert dateline_day([lead], [lead]) is None


def test_a_sentence_with_a_dash_is_no_dateline() -> None:
    """A dash after words that hold no day of the month gives nothing."""
    assert dateline_day(["The board - all nine of them - met on Tuesday."], []) is None


def test_guess_before_a_reported_day_is_dropped() -> None:
    """A guessed date older than a full day the text reports is not its publication."""
    text = "The mayor recalled the storm of May 2, 2001.\nThe vote came on March 14, 2019."
    assert reported_later(text, "2001-05-02")
    assert not reported_later(text, "2019-03-15")


def test_pasted_text_resolves_weekday_against_its_dateline() -> None:
    """The event's Tuesday is read against the dateline's day; `published` stays empty."""
    text = (
        "OSLO, Nov. 3 (Agency) -- The harbour board approved the new ferry terminal on "
        "Tuesday, its chair said.\n\nWork on the quay began on October 28, 2022, after a "
        "long delay.\n\nThe terminal is meant to open in two years.\n"
    )
    report = analyze("-", None, data=text.encode())
    assert report.article.published is None
    assert report.event.when == "2022-11-01"


def test_wire_dateline_on_its_own_line_is_not_the_lead() -> None:
    """A dateline alone on its line is removed as a date line; the lead is the next sentence."""
    text = (
        "OSLO, Nov. 3 (Agency) --\n\nThe harbour board approved the new ferry terminal on "
        "Tuesday, its chair said.\n\nWork on the quay began on October 28, 2022, after a "
        "long delay.\n"
    )
    report = analyze("-", None, data=text.encode())
    assert ("date", "OSLO, Nov. 3 (Agency) --") in [
        (r.kind, r.text) for r in report.article.removed
    ]
    assert report.event.who != "OSLO"
    assert report.event.when == "2022-11-01"
