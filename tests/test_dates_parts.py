"""Parts of a year, rough counts of days ago, and plans told in the present tense."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.facts import dates

NOVEMBER = dt.date(2030, 11, 6)  # a Wednesday


def values(text: str, ref: dt.date = NOVEMBER) -> dict[str, str | None]:
    """Date expression -> ISO value, against a reference date."""
    return {h.text: h.value for h in dates.find_dates(text, ref)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Sales of kettles rose in the first half of 2029.", "2029-01/2029-06"),
        ("The mill expects losses for the last half of 2030.", "2030-07/2030-12"),
        ("The plant stays shut through the first two quarters of 2031.", "2031-01/2031-06"),
        ("Orders fell in the last three quarters of 2028.", "2028-04/2028-12"),
    ],
)
def test_a_part_of_a_year_is_its_months(text: str, value: str) -> None:
    assert list(values(text).values()) == [value]


def test_a_rough_count_of_days_ago_names_a_week_not_a_day() -> None:
    assert values("The ferry sank nearly two weeks ago.") == {"nearly two weeks ago": "2030-W43"}
    assert values("The ferry sank about 10 days ago.") == {"about 10 days ago": "2030-W43"}
    assert values("The ferry sank two weeks ago.") == {"two weeks ago": "2030-10-23"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The two mayors meet separately Monday with the governor.", "2030-11-11"),
        ("The Otters host Saturday in the cup.", "2030-11-09"),
        ("The mayor arrives at the new bridge on Wednesday.", "2030-11-06"),  # a caption: far
        ("The two mayors did not meet Monday.", "2030-11-04"),  # negated: no plan
        ("The vote Monday was close.", "2030-11-04"),  # a noun, and a past clause
    ],
)
def test_a_scheduled_verb_in_the_present_looks_ahead(text: str, value: str) -> None:
    assert list(values(text).values()) == [value]


def test_a_future_marker_further_back_in_a_long_clause_still_counts() -> None:
    text = "The pilot will be named commander of the new orbital station for a flight in March."
    assert values(text) == {"in March": "2031-03"}


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("For 2029, the mill earned less.", {"For 2029": "2029"}),
        ("Losses will last until early 2031.", {"until early 2031": "2031"}),
        ("Kettle sales fell between 2021 and 2024.", {"between 2021": "2021", "2024": "2024"}),
        ("The ferry ran from 2019 to 2022.", {"from 2019": "2019", "2022": "2022"}),
        ("Sales grew 2021 and 2024 percent.", {}),  # no preposition: numbers, not years
    ],
)
def test_a_year_after_a_preposition_and_a_second_year_joined_to_it(
    text: str, found: dict[str, str]
) -> None:
    assert values(text) == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Profit rose in the latest quarter.", "2030-07/2030-09"),
        ("Profit fell from the year-ago quarter.", "2029-07/2029-09"),
        ("Profit fell from the quarter a year earlier.", "2029-07/2029-09"),
        ("Orders beat the year-earlier third quarter.", "2029-07/2029-09"),
        ("Sales should recover in the current quarter.", "2030-10/2030-12"),
    ],
)
def test_a_quarter_told_by_its_place_next_to_the_article_date(text: str, value: str) -> None:
    assert list(values(text).values()) == [value]


def test_the_latest_quarter_in_january_is_the_last_one_of_the_year_before() -> None:
    assert values("Profit rose in the latest quarter.", dt.date(2031, 1, 20)) == {
        "the latest quarter": "2030-10/2030-12"
    }


@pytest.mark.parametrize(
    ("text", "found"),
    [
        ("New rules are to be published in early December.", {"in early December": "2030-12"}),
        ("The mill gave its buyer until mid-December to pay.", {"until mid-December": "2030-12"}),
        ("Prices have fallen since the end of August.", {"since the end of August": "2030-08"}),
        ("The ferry sank in late March.", {"in late March": "2030-03"}),
    ],
)
def test_a_part_of_a_month_is_the_month(text: str, found: dict[str, str]) -> None:
    assert values(text) == found


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The board said it expects to open the bridge in December.", "2030-12"),
        ("The mayors agreed to share a ferry at their meeting Tuesday.", "2030-11-05"),  # back
        ("The bridge, the board said, is to be reopened in September.", "2031-09"),
        ("The poet was due to be released in September.", "2030-09"),  # a plan told in the past
        ("Prices have come down from the middle of October.", "2030-10"),  # perfect: back
    ],
)
def test_a_plan_in_an_infinitive_and_a_span_in_the_perfect(text: str, value: str) -> None:
    assert list(values(text).values()) == [value]


def test_the_week_of_a_day_is_that_week() -> None:
    found = values("The inquiry may close the week of Dec. 2, the clerk said.")
    assert found == {"the week of Dec. 2": "2030-W49"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The ferry sails tonight from the east pier.", "2030-11-06"),
        ("The vote is tomorrow, the mayor said.", "2030-11-07"),
        ("Crews cleared the road yesterday.", "2030-11-05"),
        ("Ticket sales doubled in 2029 and the third quarter of 2030.", "2030-07/2030-09"),
    ],
)
def test_day_words_and_years_are_found_behind_their_cheap_tests(text: str, value: str) -> None:
    assert value in values(text).values()
