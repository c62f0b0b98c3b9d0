"""The event's day from the publication time: a clock time later in the day means yesterday."""

from __future__ import annotations

import datetime as dt

from newsfacts.extract import extract
from newsfacts.facts import find_facts
from newsfacts.facts.event import event_date
from newsfacts.model import Article, Fact, Options, Page
from newsfacts.segment import segment

REF = dt.date(2025, 3, 14)


def test_a_clock_time_after_publication_means_the_day_before() -> None:
    lead = ["A tram left the rails shortly before 7 pm near the depot, injuring 12 people."]
    assert event_date([], REF, lead, "04:35") == "2025-03-13"
    assert event_date([], REF, lead, "20:10") == "2025-03-14"  # published after the crash
    assert event_date([], REF, lead, None) == "2025-03-14"  # no time known: the page's day


def test_other_clock_forms_and_non_times() -> None:
    assert event_date([], REF, ["Fire broke out at 19:45 in a mill."], "06:00") == "2025-03-13"
    assert event_date([], REF, ["Crews arrived at 6.30am, police said."], "08:46") == "2025-03-14"
    assert event_date([], REF, ["Ticket prices rose 7 percent in 2024."], "04:35") == "2025-03-14"


def page(published: str, lead: str) -> Page:
    """A small HTML page with an article:published_time stamp."""
    html = (
        f'<html><head><title>Depot crash</title><meta property="article:published_time" '
        f'content="{published}"></head><body><article><h1>Depot crash</h1><p>{lead}</p>'
        "<p>Rail staff said the line would stay closed while inspectors examined the track and "
        "the damaged carriages near the depot.</p></article></body></html>"
    )
    return Page(source="p.html", content=html, is_html=True)


def test_the_page_time_reaches_the_event() -> None:
    lead = "A tram left the rails shortly before 7 pm near the Harlow depot, injuring 12 people."
    article = extract(page("2025-03-14T04:35:00+00:00", lead), Options())
    assert article.published == "2025-03-14" and article.published_time == "04:35"
    _, event = find_facts(segment(article), Options())
    assert event.when == "2025-03-13"
    _, event = find_facts(segment(article), Options(reference_date="2025-03-14"))
    assert event.when == "2025-03-14"  # a date the user gives is taken as it is


def test_a_date_without_a_time_has_no_clock() -> None:
    lead = "A tram left the rails shortly before 7 pm near the Harlow depot, injuring 12 people."
    article = extract(page("2025-03-14", lead), Options())
    assert article.published == "2025-03-14" and article.published_time is None
    named = Article(source="-", text="On Tuesday at 9 pm the council voted. " * 3)
    _, event = find_facts(segment(named), Options(reference_date="2025-03-14"))
    assert event.when == "2025-03-11"  # a named day always wins


def test_a_later_day_in_the_follow_up_is_a_plan_not_the_event() -> None:
    lead = [
        "Harlow Mills said its owners approved the sale of the firm to a rival.",
        "The deal is expected to close on Dec. 31.",
    ]
    later = Fact(kind="date", text="Dec. 31", value="2025-12-31", sentence=1)
    assert event_date([later], REF, lead) == "2025-03-14"  # the story's day, not the plan's
    earlier = Fact(kind="date", text="Monday", value="2025-03-10", sentence=1)
    lead[1] = "The owners voted on Monday."
    assert event_date([earlier], REF, lead) == "2025-03-10"  # a past follow-up day still counts
    ahead = Fact(kind="date", text="Dec. 31", value="2025-12-31", sentence=0)
    assert event_date([ahead], REF, ["The sale will close on Dec. 31."]) == "2025-12-31"


def test_a_date_line_dates_the_story_not_the_event() -> None:
    text = (
        "March 14, 2025 The Harlow council voted on Thursday to close the old depot. "
        "The vote was close. Staff said the depot would shut in May."
    )
    doc = segment(Article(source="-", text=text))
    _, event = find_facts(doc, Options())
    assert event.when == "2025-03-13"  # Thursday, told against the date line's day
    assert event.who and "2025" not in event.who and "March" not in event.who
    alone = ["Friday, March 14, 2025.", "The council voted on Thursday to close the depot."]
    thursday = Fact(kind="date", text="Thursday", value="2025-03-13", sentence=1)
    line = Fact(kind="date", text="March 14, 2025", value="2025-03-14", sentence=0)
    assert event_date([line, thursday], REF, alone) == "2025-03-13"


def test_an_agency_dateline_dates_a_lead_that_names_no_day() -> None:
    text = (
        "OSTBURG, March 12 (Lakeside Wire) -- The two port towns have signed a pact to share "
        "a ferry. The mayors said the first crossing would follow in spring."
    )
    doc = segment(Article(source="-", text=text))
    _, event = find_facts(doc, Options(reference_date="2025-03-14"))
    assert event.when == "2025-03-12"  # filed two days before it came out
    _, event = find_facts(doc, Options(reference_date="2025-03-30"))
    assert event.when == "2025-03-30"  # too far back to be the story's day
    lead = ["The towns signed the pact on Tuesday."]
    tuesday = Fact(kind="date", text="Tuesday", value="2025-03-11", sentence=0)
    filed = dt.date(2025, 3, 12)
    assert event_date([tuesday], REF, lead, None, filed) == "2025-03-11"  # a named day wins


def test_the_day_the_news_was_told_gives_way_to_the_event_day_before_it() -> None:
    days = {
        "Tuesday": "2025-03-11",
        "Wednesday": "2025-03-12",
        "Monday": "2025-03-10",
        "Dec. 31": "2025-12-31",
    }

    def when(lead: str) -> str | None:
        found = [Fact("date", t, 0, value=v) for t, v in days.items() if t in lead]
        return event_date(found, REF, [lead])

    quake = "A quake shook the harbour town late on Tuesday, officials said on Wednesday."
    assert when(quake) == "2025-03-11"
    told = "Rescuers told reporters in a briefing on Wednesday the quake struck on Tuesday."
    assert when(told) == "2025-03-12"  # the telling comes first: the latest day
    assert when("The mill will shut on Dec. 31, its owners said on Monday.") == "2025-03-10"
    assert when("The mill shut its doors, its owners said on Wednesday.") == "2025-03-12"


def test_a_day_named_for_what_it_brought_is_background() -> None:
    quake = Fact("date", "Jan. 12", 0, value="2025-01-12")
    lead = ["Two months after the Jan. 12 quake, the harbour town is still rebuilding."]
    assert event_date([quake], REF, lead) == "2025-03-14"  # the story's own day
    assert event_date([quake], REF, ["Since Jan. 12, prices have doubled."]) == "2025-03-14"
    met = ["The council met on the Jan. 12 deadline and approved the plan."]
    assert event_date([quake], REF, met) == "2025-01-12"  # the day it met
    win = Fact("date", "March 12", 0, value="2025-03-12")
    cheer = ["Fans filled the square after the March 12 cup win."]
    assert event_date([win], REF, cheer) == "2025-03-12"  # two days back: maybe the event's
