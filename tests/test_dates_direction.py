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
        ("The board decided to sell the quarry in February.", "2031-02"),  # a plan: ahead
        ("The mill announced an agreement to buy the quarry in March.", "2031-03"),
        ("The board decided to reopen the case in May.", "2030-05"),  # six months: back
        ("The board decided in February to sell the quarry.", "2030-02"),  # the decision's month
        ("The crew tried to reach the summit in February.", "2030-02"),  # no plan
    ],
)
def test_a_month_in_a_plan_told_in_the_past_may_be_ahead(text: str, value: str) -> None:
    assert value in values(text).values()


def test_a_weekday_in_a_decision_told_in_the_past_is_the_decisions_day() -> None:
    said = values("The two mayors agreed to share a ferry at their meeting on Friday.")
    assert "2030-11-01" in said.values()
    assert "2030-11-08" in values("Fans planned a march on Friday.").values()  # the nearest


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


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Profit fell in the third quarter of 2029.", "2029-07/2029-09"),
        ("Sales for this year's second quarter rose.", "2030-04/2030-06"),
        ("The mill posted a third-quarter loss.", "2030-07/2030-09"),  # the latest third quarter
        ("The mill reopened in March this year.", "2030-03"),
        ("The line opens in April next year.", "2031-04"),
    ],
)
def test_quarters_and_months_of_a_named_year(text: str, value: str) -> None:
    assert value in values(text).values()


def test_a_day_word_as_a_title_or_an_era_is_no_date() -> None:
    assert values('The minister spoke on the "This Week" programme.') == {}
    assert values("The mayor said today's youth read less.") == {}
    assert values("Today the mill reopened.") == {"Today": "2030-11-06"}


def test_since_a_month_looks_back_and_as_of_today_is_a_day() -> None:
    assert values("Sales have slumped since March.", dt.date(2030, 11, 6)) == {
        "since March": "2030-03"
    }
    assert values("Only one game is included as of today.") == {"today": "2030-11-06"}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The boat was found on Thanksgiving Day.", "2029-11-22"),  # the nearest is to come
        ("The ferry sank last Thanksgiving.", "2029-11-22"),
        ("Shares have risen since year-end.", "2029-12-31"),
        ("The ferry will sail on Thanksgiving Day.", "2030-11-28"),
    ],
)
def test_holidays_resolve_to_their_day(text: str, value: str) -> None:
    assert value in values(text).values()


def test_election_day_is_the_tuesday_after_the_first_monday_of_november() -> None:
    assert values("The talks run until Election Day.", dt.date(2030, 10, 1)) == {
        "Election Day": "2030-11-05"
    }


def test_this_coming_weekday_is_the_next_one() -> None:
    assert values("The fair opens this coming Sunday.") == {"this coming Sunday": "2030-11-10"}


def test_a_period_that_ended_ended_on_a_past_day() -> None:
    # "ended" right before the day: a day still ahead this year is last year's
    assert values("In the fiscal year ended Jan. 31, the mill sold 9 tons.")["Jan. 31"] == (
        "2030-01-31"
    )
    assert values("Its quarter ended Dec. 31, the mill said.")["Dec. 31"] == "2029-12-31"
    assert values("The quarter ending Dec. 31 looks weak.")["Dec. 31"] == "2030-12-31"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        # a bare month with no tense in reach is the last one unless it is at most two away
        ("In April, a week after the fair, a storm on the coast flattened the pier.", "2030-04"),
        ("Shares of the mill, up from a low in February, lead the index.", "2030-02"),
        ("The council votes again in January.", "2031-01"),
    ],
)
def test_a_bare_month_looks_ahead_only_when_near(text: str, value: str) -> None:
    assert value in values(text).values()


def test_a_month_day_far_ahead_is_the_last_one_when_the_clause_says_nothing() -> None:
    march = dt.date(2030, 3, 6)
    assert values("The index stays close to its peak set on Sept. 3.", march) == {
        "Sept. 3": "2029-09-03"
    }


def test_an_ed_word_describing_a_noun_is_no_past_tense() -> None:
    text = "The bonus would be paid on a still undisclosed date in January."
    assert values(text, dt.date(2030, 10, 20)) == {"in January": "2031-01"}


def test_an_irregular_participle_after_be_is_passive() -> None:
    assert values("The fee will be paid on Monday.", dt.date(2030, 11, 6))["Monday"] == (
        "2030-11-11"
    )


def test_a_plan_told_in_the_past_names_the_nearest_weekday() -> None:
    friday = dt.date(2030, 11, 8)
    found = values("Fans planned a parade through the old town on Saturday.", friday)
    assert found == {"Saturday": "2030-11-09"}


def test_until_with_a_past_perfect_after_it_looks_back() -> None:
    found = values("Until Tuesday, the club had not named a coach.", dt.date(2030, 11, 8))
    assert found == {"Tuesday": "2030-11-05"}


@pytest.mark.parametrize(
    "text",
    [
        "The ferry sails every Friday.",
        "The museum opens late each Wednesday from May 4.",
        "New buses will run on Monday and Thursday nights starting June 1.",
    ],
)
def test_a_weekday_that_recurs_names_no_day(text: str) -> None:
    assert not [v for v in values(text).values() if v and len(v) == 10 and v[5:7] == "11"]


def test_the_last_week_is_a_length_of_time_not_a_calendar_week() -> None:
    assert values("Rain has fallen for the last week.") == {}
    assert values("Rain fell last week.") == {"last week": "2030-W44"}


@pytest.mark.parametrize(
    ("ref", "value"),
    [
        (dt.date(2030, 3, 6), "2029-02"),  # the month just gone would be "last month"
        (dt.date(2030, 2, 6), "2029-02"),  # not the current month
        (dt.date(2030, 10, 6), "2030-02"),
    ],
)
def test_last_with_a_month_names_one_before_the_month_just_gone(ref: dt.date, value: str) -> None:
    assert values("Two barns burned down last February.", ref) == {"last February": value}


def test_a_second_day_of_the_same_month_is_a_date_too() -> None:
    found = values("The fair opens on Nov. 20 and 21 in the old hall.")
    assert found == {"Nov. 20": "2030-11-20", "21": "2030-11-21"}
    assert "3" not in values("The board met on Nov. 2 and 3 members resigned.")


def test_the_day_before_or_after_a_date_is_its_neighbour() -> None:
    found = values("Crowds gathered the day before Friday's final.", dt.date(2030, 11, 9))
    assert found == {"the day before Friday": "2030-11-07"}
    found = values("The pier reopened a day after Oct. 30.")
    assert found == {"a day after Oct. 30": "2030-10-31"}
