"""Date expressions: the patterns that find them and the resolvers that read each one against
the article's date (a weekday, a month, "last week", a quarter, a holiday)."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsfacts.cache import PER_TEXT
from newsfacts.facts.periods import (
    HOLIDAY,
    NEAR_QUARTER,
    PART_OF_YEAR,
    QUARTER,
    bare_quarter,
    holiday,
    near_quarter,
    part_of_year,
    quarter_of,
    quarter_of_year,
)
from newsfacts.lazyre import LazyPattern, lazy, matched_key
from newsfacts.words.en.calendar import (
    DAY_OFFSETS,
    MONTH_ABBREVIATIONS,
    MONTH_PATTERN,
    MONTHS,
    WEEKDAY_PATTERN,
    WEEKDAYS,
)
from newsfacts.words.en.numbers import NUMBER_WORDS

_YEAR = r"(?P<year>(?:19|20)\d\d)"


Resolver = Callable[[re.Match[str], dt.date | None], tuple[str | None, bool]]


def _month(m: re.Match[str]) -> int:
    """Month number of the match's month name."""
    return MONTHS[_month_key(m)]


def _month_key(m: re.Match[str]) -> str:
    """The MONTHS key of a month name ('Sept.' -> 'sept')."""
    word = matched_key(m.group("month")).rstrip(".")
    return word if word in MONTHS else word[:3]


def iso_day(year: int, month: int, day: int) -> str | None:
    """ISO date, or None when the day does not exist."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _full(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'Sept. 4, 2024' / '4 September 2024'."""
    return iso_day(int(m.group("year")), _month(m), int(m.group("day"))), False


def _iso_text(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'2024-09-04'."""
    return iso_day(int(m.group("y")), int(m.group("m")), int(m.group("d"))), False


def month_day(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'Sept. 4' with the year of the reference date (the closest such day)."""
    if ref is None:
        return None, True
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        iso = iso_day(year, _month(m), int(m.group("day")))
        if iso and (best is None or _gap(iso, ref) < _gap(best, ref)):
            best = iso
    return best, True


def _gap(iso: str, ref: dt.date) -> int:
    """Days between an ISO date and the reference."""
    return abs((dt.date.fromisoformat(iso) - ref).days)


def _month_year(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'December 2015' -> '2015-12'."""
    return f"{int(m.group('year')):04d}-{_month(m):02d}", False


def _month_of_year(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'January this year', 'April next year' -> that month of that year."""
    if ref is None:
        return None, True
    year = ref.year + {"last": -1, "this": 0, "next": 1}[matched_key(m.group("dir"))]
    return f"{year:04d}-{_month(m):02d}", True


def _year_range(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'1950-53' -> '1950/1953' (an ISO interval)."""
    start = m.group("year")
    end = m.group("end")
    end_full = start[: 4 - len(end)] + end
    return (f"{start}/{end_full}" if end_full > start else None), False


def in_month(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'in June': the latest such month not after the reference (news reports the past);
    'last June' one before the month just gone, 'next June' the coming one."""
    if ref is None:
        return None, True
    month = _month(m)
    year = ref.year if month <= ref.month else ref.year - 1
    way = matched_key(m.group("dir") or "")
    if way == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif way == "last" and (ref.month - month) % 12 in (0, 1):
        year -= 1  # "last March" in March or April: a month just gone is "last month"
    return f"{year:04d}-{month:02d}", True


_COMING = ("next", "coming", "this coming")


def weekday(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'Wednesday' -> the latest such day on or before the reference ('next' looks ahead,
    'this' stays in the reference's week)."""
    if ref is None:
        return None, True
    want = WEEKDAYS[matched_key(m.group("weekday"))]
    if matched_key(m.group("dir") or "") in _COMING:
        ahead = (want - ref.weekday()) % 7 or 7
        return (ref + dt.timedelta(days=ahead)).isoformat(), True
    if matched_key(m.group("dir") or "") == "this":  # the one in the reference date's week
        return (ref + dt.timedelta(days=want - ref.weekday())).isoformat(), True
    back = (ref.weekday() - want) % 7
    if matched_key(m.group("dir") or "") == "last" and back == 0:
        back = 7
    return (ref - dt.timedelta(days=back)).isoformat(), True


def day_word(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'yesterday', 'today', 'tomorrow', 'last night', 'this morning'."""
    if ref is None:
        return None, True
    offset = DAY_OFFSETS[" ".join(matched_key(m.group("word")).split())]
    return (ref + dt.timedelta(days=offset)).isoformat(), True


def period(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'last week' -> ISO week, 'last month' -> 'YYYY-MM', 'last year' -> 'YYYY'."""
    if ref is None:
        return None, True
    step = {"last": -1, "this": 0, "next": 1}[matched_key(m.group("dir"))]
    unit = matched_key(m.group("unit"))
    if unit == "week":
        year, week, _ = (ref + dt.timedelta(weeks=step)).isocalendar()
        return f"{year}-W{week:02d}", True
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}", True
    return f"{ref.year + step:04d}", True


def _ago(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'10 days ago', 'two weeks ago' -> that day; told roughly, its week. (Months and years ago
    are left alone: "a year ago" in a results story is a quarter, not a year.)"""
    if ref is None:
        return None, True
    word = matched_key(m.group("n"))
    n = 1 if word in ("a", "an", "one") else int(NUMBER_WORDS.get(word, 0)) or int(word)
    day = ref - dt.timedelta(days=n * (7 if matched_key(m.group("unit")) == "week" else 1))
    if m.group("about"):  # "nearly two weeks ago": no one day, but the week it falls in
        year, week, _ = day.isocalendar()
        return f"{year}-W{week:02d}", True
    return day.isoformat(), True


# "nearly two weeks ago", "about 10 days ago": a count told roughly.
_ABOUT = (
    r"(?:(?P<about>(?i:nearly|almost|about|some|roughly|around|approximately|over"
    r"|more\s+than|less\s+than))\s+)?"
)


_COUNT = "|".join(["a", "an", "one", *sorted(NUMBER_WORDS, key=len, reverse=True)])


# The words that make a bare four-digit number a year: "in 2015", "for 1988", "through 1990",
# "between 1985 and 1987"; "until early 1990", "by mid-1991" with a part of the year between.
_YEAR_PREPOSITIONS = "in|since|until|by|during|of|from|for|through|throughout|between|before|after"
_YEAR_PART = r"(?:(?i:early|late|mid)[\s-]+)?"
# A second year joined to the first: "in 1990 and 1991", "from 1985 to 1987".
AND_YEAR = lazy(rf"\s+(?:and|or|to|through|until)\s+{_YEAR_PART}{_YEAR}\b(?!\s*%)")


def year(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'in 2015' -> '2015'."""
    return m.group("year"), False


@dataclass(frozen=True)
class DatePattern:
    """A kind of date expression: its regex, its resolver and the flags it cannot match without."""

    regex: LazyPattern
    resolve: Resolver
    needs: tuple[str, ...]  # of _HAVE: "digit", "year", "month", "day", "part", "unit", …


# The part of a month a date names: "in early November", "until mid-November", "since the end of
# October" (the month all the same).
_PART = r"(?:(?i:early|mid|late)[\s-]+|(?i:the\s+(?:beginning|start|middle|end)\s+of)\s+)"


# Most specific first: a span taken by one pattern is not matched again by a later one.
_D = DatePattern
PATTERNS: tuple[DatePattern, ...] = (
    _D(lazy(r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b"), _iso_text, ("digit",)),
    _D(lazy(rf"\b{QUARTER}\s+of\s+{_YEAR}\b"), quarter_of, ("year", "quarter")),
    _D(lazy(rf"\b{PART_OF_YEAR}"), part_of_year, ("year",)),
    _D(lazy(rf"\b{_YEAR}(?:['’]s)?\s+{QUARTER}"), quarter_of, ("year", "quarter")),
    _D(lazy(rf"\b(?P<dir>(?i:this|last|next))\s+year['’]s\s+{QUARTER}"), quarter_of_year,
        ("quarter",)),
    _D(lazy(rf"\b{NEAR_QUARTER}"), near_quarter, ("quarter",)),
    _D(lazy(rf"(?<!fiscal )(?<!fiscal-)\b{QUARTER}"), bare_quarter, ("quarter",)),
    _D(lazy(rf"\b{MONTH_PATTERN}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b"), _full,
        ("year", "month")),
    _D(lazy(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH_PATTERN}\s+{_YEAR}\b"), _full,
        ("year", "month")),
    _D(lazy(rf"\b{MONTH_PATTERN}\s+{_YEAR}\b"), _month_year, ("year", "month")),
    _D(lazy(rf"\b{MONTH_PATTERN}\s+(?P<dir>this|last|next)\s+year\b"), _month_of_year,
        ("month", "unit")),
    _D(lazy(rf"\b{MONTH_PATTERN}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:\d)"), month_day,
        ("digit", "month")),
    _D(lazy(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH_PATTERN}\b"), month_day,
        ("digit", "month")),
    _D(lazy(rf"\b{_YEAR}[-–](?P<end>\d\d(?:\d\d)?)\b"), _year_range, ("year",)),
    _D(lazy(rf"\b(?:(?P<dir>last|next)\s+)?(?P<holiday>{HOLIDAY})\b", re.I), holiday,
        ("holiday",)),
    _D(lazy(rf"\b(?P<dir>last|next|(?:this\s+)?coming|this)?\s*{WEEKDAY_PATTERN}\b", re.I),
        weekday, ("day",)),
    _D(lazy(r"\b(?P<word>yesterday|today|tomorrow|tonight)\b", re.I), day_word,
        ("day word",)),
    _D(lazy(r"\b(?P<word>last\s+night|this\s+(?:morning|afternoon|evening))\b", re.I),
        day_word, ("part",)),
    _D(lazy(r"\b(?P<dir>last|next|this)\s+(?P<unit>week|month|year)\b", re.I), period,
        ("unit",)),
    _D(lazy(rf"\b{_ABOUT}(?P<n>[0-9]{{1,2}}|(?i:{_COUNT}))\s+(?P<unit>(?i:day|week))s?\s+(?i:ago)\b"),
        _ago, ("ago",)),
    _D(lazy(rf"\b(?:(?i:in|since|until|by|during)\s+{_PART}?|(?P<dir>[Nn]ext|[Ll]ast)\s+|{_PART})"
            rf"{MONTH_PATTERN}\b(?!\s+\d)"),
        in_month, ("month",)),
    _D(lazy(rf"\b(?i:{_YEAR_PREPOSITIONS})\s+{_YEAR_PART}{_YEAR}\b"), year, ("year",)),
)  # fmt: skip


Span = tuple[int, re.Match[str], int, int]


# The spans do not depend on the reference date, and a text is searched more than once (for
# the reference date, then for its facts): match each text once.
@functools.lru_cache(maxsize=PER_TEXT)
def spans(text: str) -> tuple[Span, ...]:
    """(pattern index, match, start, end) of every date expression, in pattern order."""
    taken: list[tuple[int, int]] = []
    out: list[Span] = []
    for index in _worth_trying(text):
        for m in PATTERNS[index].regex.finditer(text):
            a, b = m.span()
            if m.group(0)[:1].isspace():
                a += len(m.group(0)) - len(m.group(0).lstrip())
            if any(a < e and s < b for s, e in taken):
                continue
            taken.append((a, b))
            out.append((index, m, a, b))
    return tuple(out)


_DIGIT = re.compile(r"\d")
_YEAR_DIGITS = re.compile(r"(?:19|20)\d\d")  # what every _YEAR matches
_MONTH_HINT = re.compile("|".join(MONTH_ABBREVIATIONS))


def _worth_trying(text: str) -> tuple[int, ...]:
    """Indexes of the PATTERNS that can match the text: each needs a digit (a year's), a month
    name, or a word such as 'day' (a cheap search first skips most of the patterns)."""
    low = text.lower()
    digit = bool(_DIGIT.search(text))
    have = (
        digit,
        digit and bool(_YEAR_DIGITS.search(text)),
        bool(_MONTH_HINT.search(text)),
        "day" in low,
        # "today", "yesterday", "tomorrow", "tonight" (whose "i" a case-blind match may read
        # as "ı": its other letters are asked for)
        "day" in low or "tomorrow" in low or ("ton" in low and "ght" in low),
        "night" in low or "morning" in low or "noon" in low or "evening" in low,
        "week" in low or "month" in low or "year" in low,
        "ago" in low,
        "quarter" in low,
        any(hint in low for hint in _HOLIDAY_HINTS),
    )
    return _indexes(have)


# Words without which no holiday is named: a cheap search before the holiday pattern.
_HOLIDAY_HINTS = ("christmas", "thanksgiving", "halloween", "year's", "year’s", "year-end",
                  "independence", "election day", "boxing", "valentine")  # fmt: skip
_HAVE = (
    "digit",
    "year",
    "month",
    "day",
    "day word",
    "part",
    "unit",
    "ago",
    "quarter",
    "holiday",
)  # the order of _worth_trying's flags


@functools.lru_cache(maxsize=512)
def _indexes(have: tuple[bool, ...]) -> tuple[int, ...]:
    """The PATTERNS whose needs a set of flags meets (512 sets at most: each worked out once)."""
    flags = dict(zip(_HAVE, have, strict=True))
    return tuple(i for i, p in enumerate(PATTERNS) if all(flags[n] for n in p.needs))


def explicit(m: re.Match[str]) -> bool:
    """'next Friday', 'last June': the text already says which way."""
    return bool(m.groupdict().get("dir"))
