"""Dates beyond the calendar day: quarters ("the third quarter of 1984"), other parts of a year
("the first half of 1990") and holidays ("Thanksgiving Day", "year-end"), resolved against the
article's date."""

from __future__ import annotations

import datetime as dt
import re

from newsfacts.facts import tense
from newsfacts.lazyre import matched_key
from newsfacts.words.en.calendar import HOLIDAYS

ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4}
QUARTER = r"(?P<ord>(?i:first|second|third|fourth))[\s-]+(?i:quarter)\b"


def quarter(year: int, n: int) -> str:
    """Quarter n of a year as an ISO interval of months ('1989-07/1989-09')."""
    return f"{year:04d}-{3 * n - 2:02d}/{year:04d}-{3 * n:02d}"


def quarter_of(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'the third quarter of 1984', '1984's third quarter', 'the 1988 second quarter'."""
    return quarter(int(m.group("year")), ORDINALS[matched_key(m.group("ord"))]), False


# "the first half of 1990", "the last two quarters of 1989": a run of months at one end of a year.
PART_OF_YEAR = (
    r"(?P<end>(?i:first|second|last|latter))\s+"
    r"(?P<part>(?i:half|two\s+quarters|three\s+quarters))\s+of\s+(?P<year>(?:19|20)\d\d)\b"
)


def part_of_year(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'the first half of 1990' -> '1990-01/1990-06', 'the last two quarters of 1989' ->
    '1989-07/1989-12' (an ISO interval of months)."""
    part = matched_key(m.group("part"))
    months = 6 if part == "half" else 3 * (2 if part.startswith("two") else 3)
    year = int(m.group("year"))
    first = 1 if matched_key(m.group("end")) == "first" else 13 - months
    return f"{year:04d}-{first:02d}/{year:04d}-{first + months - 1:02d}", False


def quarter_of_year(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'this year's third quarter', 'next year's first quarter'."""
    if ref is None:
        return None, True
    year = ref.year + {"last": -1, "this": 0, "next": 1}[matched_key(m.group("dir"))]
    return quarter(year, ORDINALS[matched_key(m.group("ord"))]), True


def bare_quarter(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'third-quarter profit', 'in the fourth quarter': the latest such quarter begun by the
    reference date (results are told after the quarter; plans for it, in it)."""
    if ref is None:
        return None, True
    n = ORDINALS[matched_key(m.group("ord"))]
    started = (ref.month - 1) // 3 + 1 >= n
    return quarter(ref.year if started else ref.year - 1, n), True


# A quarter told by its place next to the article's date, as results stories tell it: "the latest
# quarter" (the last one ended), "the current quarter", "the year-ago quarter" and "the quarter a
# year earlier" (the latest one, a year back), "the year-earlier third quarter".
NEAR_QUARTER = (
    r"(?i:the)\s+(?:(?P<which>(?i:latest|most\s+recent|current))\s+(?i:quarter)\b"
    r"|(?:(?i:comparable|corresponding|same)\s+)?(?P<ago>(?i:year-ago|year-earlier))\s+"
    r"(?:(?P<ord>(?i:first|second|third|fourth))[\s-]+)?(?i:quarter)\b"
    r"|(?i:quarter)\s+(?P<then>(?i:a\s+year\s+(?:ago|earlier)))\b)"
)


def near_quarter(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'the latest quarter' -> the last quarter ended by the reference date; 'the current
    quarter' the one it is in; 'the year-ago quarter' the latest one a year back."""
    if ref is None:
        return None, True
    now = (ref.month - 1) // 3 + 1
    if matched_key(m.group("which") or "") == "current":
        return quarter(ref.year, now), True
    if m.group("ord"):  # "the year-ago third quarter": the latest third quarter, a year back
        n = ORDINALS[matched_key(m.group("ord"))]
        return quarter(ref.year - (2 if n >= now else 1), n), True
    year, n = (ref.year, now - 1) if now > 1 else (ref.year - 1, 4)
    back = 1 if m.group("ago") or m.group("then") else 0
    return quarter(year - back, n), True


def holiday_in(year: int, rule: tuple[int, ...]) -> dt.date:
    """The day of a holiday in a year: a fixed day, or the nth weekday of a month."""
    if len(rule) == 2:
        return dt.date(year, rule[0], rule[1])
    month, weekday, n = rule
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))


def holiday_on(name: str, year: int) -> dt.date:
    """The day of a named holiday in a year (US Election Day: the Tuesday after the first
    Monday of November)."""
    if name == "election day":
        return holiday_in(year, (11, 0, 1)) + dt.timedelta(days=1)
    return holiday_in(year, HOLIDAYS[name])


def holiday_name(m: re.Match[str]) -> str:
    """The HOLIDAYS key of a match ('Thanksgiving  Day' -> 'thanksgiving day')."""
    return " ".join(matched_key(m.group("holiday")).replace("’", "'").split())


def holiday(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'Thanksgiving Day', 'last Christmas', 'Election Day', 'year-end': the nearest one
    ('last' the one before the reference date, 'next' the one after)."""
    if ref is None:
        return None, True
    name = holiday_name(m)
    days = [holiday_on(name, y) for y in (ref.year - 1, ref.year, ref.year + 1)]
    way = matched_key(m.group("dir") or "")
    if way == "last":
        days = [d for d in days if d < ref][-1:]
    elif way == "next":
        days = [d for d in days if d > ref][:1]
    return min(days, key=lambda d: abs((d - ref).days)).isoformat(), True


def holiday_turned(ref: dt.date, m: re.Match[str], value: str, way: int) -> str:
    """A holiday moved a year back when its clause looks back but it is still to come ("since
    year-end" in November), or a year ahead the other way."""
    day = dt.date.fromisoformat(value)
    step = -1 if way == tense.BACK and day > ref else 1 if way == tense.AHEAD and day < ref else 0
    return holiday_on(holiday_name(m), day.year + step).isoformat() if step else value


HOLIDAY = "|".join(
    re.escape(h).replace("'", "['’]").replace(r"\ ", r"\s+")
    for h in sorted([*HOLIDAYS, "election day"], key=len, reverse=True)
)


_ENDED = re.compile(r"\bended\s+$")


def ended_on(text: str, start: int, ref: dt.date | None, value: str | None) -> str | None:
    """The month-day at text[start:] that something ended on ("the year ended Jan. 31"): the
    last one, a year back when this year's is still ahead."""
    if ref is None or value is None or len(value) != 10 or value <= ref.isoformat():
        return value
    if not _ENDED.search(text, max(0, start - 8), start):
        return value
    day = dt.date.fromisoformat(value)
    try:
        return day.replace(year=day.year - 1).isoformat()
    except ValueError:  # February 29
        return value
