"""Which way a bare month or month-day resolves: the nearest, unless its clause says."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.facts import dates

NOVEMBER = dt.date(2030, 11, 6)


def values(text: str, ref: dt.date = NOVEMBER) -> dict[str, str | None]:
    """Date expression -> ISO value, against a reference date."""
    return {h.text: h.value for h in dates.find_dates(text, ref)}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mill has a plan to buy the quarry in January.", "2031-01"),  # two months ahead
        ("The mill bought the quarry in June.", "2030-06"),  # five months back
        ("In March, the mill received an offer for the quarry.", "2030-03"),  # its clause: back
        ("The quarry will reopen in March.", "2031-03"),
    ],
)
def test_a_bare_month_is_the_nearest_unless_its_clause_points(text: str, value: str) -> None:
    assert value in values(text).values()


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The mill earned more in the year ended March 31.", "2030-03-31"),  # far ahead: back
        ("The dividend is payable Dec. 7 to holders of record.", "2030-12-07"),  # near: nearest
        ("The ferry sailed on Oct. 28 and returned.", "2030-10-28"),
    ],
)
def test_a_month_day_moves_a_year_only_when_its_clause_says_and_it_is_far(
    text: str, value: str
) -> None:
    assert value in values(text).values()


def test_a_month_day_far_in_the_past_looks_ahead_when_its_clause_does() -> None:
    assert values("The new line will open on Jan. 20.", dt.date(2030, 6, 1)) == {
        "Jan. 20": "2031-01-20"
    }


def test_a_preposition_governs_only_the_date_right_after_it() -> None:
    # "from" governs the price, not the month: no look ahead for "in March"
    found = values("Shares fell from $30 in October.", dt.date(2030, 11, 20))
    assert found == {"in October": "2030-10"}
