"""Dates: absolute and relative expressions, resolved to ISO against the article's date."""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass

from newsfacts.cache import PER_TEXT
from newsfacts.facts import tense
from newsfacts.facts.periods import (
    HOLIDAY,
    QUARTER,
    bare_quarter,
    ended_on,
    holiday,
    holiday_turned,
    quarter_of,
    quarter_of_year,
)
from newsfacts.facts.turn import nearest, turned
from newsfacts.lazyre import LazyPattern, lazy
from newsfacts.words.en.calendar import (
    DAY_OFFSETS,
    MONTH_ABBREVIATIONS,
    MONTH_PATTERN,
    MONTHS,
    NAMED_DAYS,
    TIMELESS_NOUNS,
    WEEKDAY_PATTERN,
    WEEKDAYS,
)
from newsfacts.words.en.numbers import NUMBER_WORDS

_YEAR = r"(?P<year>(?:19|20)\d\d)"


@dataclass(frozen=True)
class DateHit:
    """One date expression: its text, offsets in the sentence, ISO value (None if unresolved)."""

    text: str
    start: int
    end: int
    value: str | None
    relative: bool


Resolver = Callable[[re.Match[str], dt.date | None], tuple[str | None, bool]]


def _month(m: re.Match[str]) -> int:
    """Month number of the match's month name."""
    return MONTHS[_month_key(m)]


def _month_key(m: re.Match[str]) -> str:
    """The MONTHS key of a month name ('Sept.' -> 'sept')."""
    word = m.group("month").lower().rstrip(".")
    return word if word in MONTHS else word[:3]


def _iso(year: int, month: int, day: int) -> str | None:
    """ISO date, or None when the day does not exist."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _full(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'Sept. 4, 2024' / '4 September 2024'."""
    return _iso(int(m.group("year")), _month(m), int(m.group("day"))), False


def _iso_text(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'2024-09-04'."""
    return _iso(int(m.group("y")), int(m.group("m")), int(m.group("d"))), False


def _month_day(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'Sept. 4' with the year of the reference date (the closest such day)."""
    if ref is None:
        return None, True
    best = None
    for year in (ref.year - 1, ref.year, ref.year + 1):
        iso = _iso(year, _month(m), int(m.group("day")))
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
    year = ref.year + {"last": -1, "this": 0, "next": 1}[m.group("dir").lower()]
    return f"{year:04d}-{_month(m):02d}", True


def _year_range(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'1950-53' -> '1950/1953' (an ISO interval)."""
    start = m.group("year")
    end = m.group("end")
    end_full = start[: 4 - len(end)] + end
    return (f"{start}/{end_full}" if end_full > start else None), False


def _in_month(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'in June': the latest such month not after the reference (news reports the past);
    'last June' one before the month just gone, 'next June' the coming one."""
    if ref is None:
        return None, True
    month = _month(m)
    year = ref.year if month <= ref.month else ref.year - 1
    way = (m.group("dir") or "").lower()
    if way == "next":
        year = ref.year if month > ref.month else ref.year + 1
    elif way == "last" and (ref.month - month) % 12 in (0, 1):
        year -= 1  # "last March" in March or April: a month just gone is "last month"
    return f"{year:04d}-{month:02d}", True


_COMING = ("next", "coming", "this coming")


def _weekday(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'Wednesday' -> the latest such day on or before the reference ('next' looks ahead,
    'this' stays in the reference's week)."""
    if ref is None:
        return None, True
    want = WEEKDAYS[m.group("weekday").lower()]
    if (m.group("dir") or "").lower() in _COMING:
        ahead = (want - ref.weekday()) % 7 or 7
        return (ref + dt.timedelta(days=ahead)).isoformat(), True
    if (m.group("dir") or "").lower() == "this":  # the one in the reference date's week
        return (ref + dt.timedelta(days=want - ref.weekday())).isoformat(), True
    back = (ref.weekday() - want) % 7
    if (m.group("dir") or "").lower() == "last" and back == 0:
        back = 7
    return (ref - dt.timedelta(days=back)).isoformat(), True


def _day_word(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'yesterday', 'today', 'tomorrow', 'last night', 'this morning'."""
    if ref is None:
        return None, True
    offset = DAY_OFFSETS[" ".join(m.group("word").lower().split())]
    return (ref + dt.timedelta(days=offset)).isoformat(), True


def _period(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'last week' -> ISO week, 'last month' -> 'YYYY-MM', 'last year' -> 'YYYY'."""
    if ref is None:
        return None, True
    step = {"last": -1, "this": 0, "next": 1}[m.group("dir").lower()]
    unit = m.group("unit").lower()
    if unit == "week":
        year, week, _ = (ref + dt.timedelta(weeks=step)).isocalendar()
        return f"{year}-W{week:02d}", True
    if unit == "month":
        index = ref.year * 12 + ref.month - 1 + step
        return f"{index // 12:04d}-{index % 12 + 1:02d}", True
    return f"{ref.year + step:04d}", True


def _ago(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'10 days ago', 'two weeks ago' -> that day. (Months and years ago are left alone: "a
    year ago" in a results story is a quarter, not a year.)"""
    if ref is None:
        return None, True
    word = m.group("n").lower()
    n = 1 if word in ("a", "an", "one") else int(NUMBER_WORDS.get(word, 0)) or int(word)
    days = n * (7 if m.group("unit").lower() == "week" else 1)
    return (ref - dt.timedelta(days=days)).isoformat(), True


_COUNT = "|".join(["a", "an", "one", *sorted(NUMBER_WORDS, key=len, reverse=True)])


def _year(m: re.Match[str], ref: dt.date | None) -> tuple[str | None, bool]:
    """'in 2015' -> '2015'."""
    return m.group("year"), False


@dataclass(frozen=True)
class DatePattern:
    """A kind of date expression: its regex, its resolver and the flags it cannot match without."""

    regex: LazyPattern
    resolve: Resolver
    needs: tuple[str, ...]  # of _HAVE: "digit", "month", "day", "to", "part", "unit", "ago", …


# Most specific first: a span taken by one pattern is not matched again by a later one.
_D = DatePattern
PATTERNS: tuple[DatePattern, ...] = (
    _D(lazy(r"\b(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)\b"), _iso_text, ("digit",)),
    _D(lazy(rf"\b{QUARTER}\s+of\s+{_YEAR}\b"), quarter_of, ("digit", "quarter")),
    _D(lazy(rf"\b{_YEAR}(?:['’]s)?\s+{QUARTER}"), quarter_of, ("digit", "quarter")),
    _D(lazy(rf"\b(?P<dir>(?i:this|last|next))\s+year['’]s\s+{QUARTER}"), quarter_of_year,
        ("quarter",)),
    _D(lazy(rf"(?<!fiscal )(?<!fiscal-)\b{QUARTER}"), bare_quarter, ("quarter",)),
    _D(lazy(rf"\b{MONTH_PATTERN}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?,?\s+{_YEAR}\b"), _full,
        ("digit", "month")),
    _D(lazy(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH_PATTERN}\s+{_YEAR}\b"), _full,
        ("digit", "month")),
    _D(lazy(rf"\b{MONTH_PATTERN}\s+{_YEAR}\b"), _month_year, ("digit", "month")),
    _D(lazy(rf"\b{MONTH_PATTERN}\s+(?P<dir>this|last|next)\s+year\b"), _month_of_year,
        ("month", "unit")),
    _D(lazy(rf"\b{MONTH_PATTERN}\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\b(?!:\d)"), _month_day,
        ("digit", "month")),
    _D(lazy(rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th)?\s+{MONTH_PATTERN}\b"), _month_day,
        ("digit", "month")),
    _D(lazy(rf"\b{_YEAR}[-–](?P<end>\d\d(?:\d\d)?)\b"), _year_range, ("digit",)),
    _D(lazy(rf"\b(?:(?P<dir>last|next)\s+)?(?P<holiday>{HOLIDAY})\b", re.I), holiday,
        ("holiday",)),
    _D(lazy(rf"\b(?P<dir>last|next|(?:this\s+)?coming|this)?\s*{WEEKDAY_PATTERN}\b", re.I),
        _weekday, ("day",)),
    _D(lazy(r"\b(?P<word>yesterday|today|tomorrow|tonight)\b", re.I), _day_word,
        ("to",)),
    _D(lazy(r"\b(?P<word>last\s+night|this\s+(?:morning|afternoon|evening))\b", re.I),
        _day_word, ("part",)),
    _D(lazy(r"\b(?P<dir>last|next|this)\s+(?P<unit>week|month|year)\b", re.I), _period,
        ("unit",)),
    _D(lazy(rf"\b(?P<n>[0-9]{{1,2}}|(?i:{_COUNT}))\s+(?P<unit>(?i:day|week))s?\s+(?i:ago)\b"),
        _ago, ("ago",)),
    _D(lazy(rf"\b(?:(?i:in|since|until|by|during)|(?P<dir>[Nn]ext|[Ll]ast))\s+{MONTH_PATTERN}\b(?!\s+\d)"),
        _in_month, ("month",)),
    _D(lazy(rf"\b(?i:in|since|until|by|during|of|from)\s+{_YEAR}\b"), _year, ("digit",)),
)  # fmt: skip


# Words that point a whole clause ahead, wherever they stand in it ("will meet on Friday").
_FUTURE = re.compile(r"\b(?:will|shall|starting|due|set to|plans? to|going to|next)\b", re.I)
# Prepositions that point ahead only when they govern the date itself ("until Friday", "from
# June"): "removed from the scene on Friday" says nothing about Friday's direction.
_FUTURE_PREP = frozenset(("until", "till", "by", "from"))
# A participle after "be"/"been" is passive, not past: "will be reviewed in December" looks ahead.
_PAST = re.compile(r"\b(?:said|says|was|were|had|did|(?<!\bbe )(?<!\bbeen )\w+ed)\b", re.I)


def _looks_ahead(before: str) -> bool:
    """The words right before a date point to the future ('will strike starting Thursday')."""
    tail = before.split()[-5:]
    words = " ".join(tail)
    future = [m.start() for m in _FUTURE.finditer(words)]
    governing = [w for w in tail[-2:] if w.lower() in _FUTURE_PREP]
    if governing:  # the preposition's own position in the joined words
        future.append(words.rindex(governing[-1]))
    past = [m.start() for m in _PAST.finditer(words)]
    return bool(future) and (not past or max(future) > max(past))


# "ahead of Tuesday's vote", "before Friday": a weekday that closes off a span of time is
# near, whichever way; without the clause's tense, the closer of last and next is the guess.
_NEAR = re.compile(r"\b(?:ahead\s+of|before|run-up\s+to|eve\s+of)\s+$", re.I)


def _named_day(before: str) -> bool:
    """The weekday is part of a day's name ("Easter Sunday"), not a date to resolve."""
    last = before.rsplit(None, 1)[-1:]  # the word before, without splitting the whole text
    return bool(last) and last[0].lower() in NAMED_DAYS and last[0][:1].isupper()


_DAY_FOLLOWS = re.compile(rf",?\s+{MONTH_PATTERN}\s+\d")
# A weekday that recurs: "every Friday", "each Monday", "Monday and Tuesday nights from May 2".
_EVERY = re.compile(r"\b(?:every|each)\s+$", re.I)
_SERIES = re.compile(
    rf"(?:\s+(?:and|or)\s+{WEEKDAY_PATTERN.replace('?P<weekday>', '?:')})?"
    rf"(?:\s+(?:mornings?|afternoons?|evenings?|nights?))?"
    rf"\s+(?:from|starting|beginning)\s+(?:on\s+)?{MONTH_PATTERN}\s+\d",
    re.I,
)
# "the last week", "the next month": the span of time up to now or from now, not a calendar week.
_LENGTH = re.compile(r"\bthe\s+$", re.I)


def find_dates(text: str, ref: dt.date | None) -> list[DateHit]:
    """Every date expression in a text, in order, without overlaps."""
    hits: list[DateHit] = []
    for index, m, a, b in _spans(text):
        resolve = PATTERNS[index].resolve
        if resolve is _weekday and (_named_day(text[:a]) or _DAY_FOLLOWS.match(text, b)):
            continue  # "Easter Sunday"; "Saturday, April 25": the month-day dates it
        if resolve is _weekday and _recurs(text, a, b):
            continue  # "each Thursday", "on Mondays and Tuesdays from March 30": no one day
        if resolve is _period and _LENGTH.search(text, max(0, a - 12), a):
            continue  # "for the last week", "over the next month": a length of time, not a date
        if resolve in (_day_word, _period) and (_title(text, a, b) or _timeless(text, a, b)):
            continue  # ABC's "This Week", "VOA Today"; "today's youth", "the people of tomorrow"
        value, relative = resolve(m, ref)
        if resolve is holiday and not _explicit(m) and ref is not None and value:
            value = holiday_turned(ref, m, value, tense.direction(text, a, b))
        elif resolve in (_weekday, _in_month, _month_day) and not _explicit(m):
            if resolve is _weekday and _NEAR.search(text, max(0, a - 20), a):
                value = nearest(ref, value)
            else:
                value = turned(ref, value, tense.direction(text, a, b), resolve is _weekday)
            if resolve is _month_day:
                value = ended_on(text, a, ref, value)
        a, value = _day_beside(text, a, value)
        hits.append(DateHit(text[a:b], a, b, value, relative))
        if resolve is _month_day and value and len(value) == 10:
            hits.extend(_second_day(text, b, value, relative))
    return sorted(hits, key=lambda h: h.start)


# "the day before Tuesday's hearing", "the day after Christmas": a day told by its neighbour.
_BESIDE = re.compile(r"\b(?:the\s+|a\s+)?day\s+(before|after)\s+$", re.I)


def _day_beside(text: str, start: int, value: str | None) -> tuple[int, str | None]:
    """The start and value of a day told as the day before or after the date at `start`."""
    m = _BESIDE.search(text, max(0, start - 20), start)
    if not m or not value or len(value) != 10:
        return start, value
    step = -1 if m.group(1).lower() == "before" else 1
    return m.start(), (dt.date.fromisoformat(value) + dt.timedelta(days=step)).isoformat()


# "April 24 and 25": a second day of the same month ("May 3 and 4 percent" is no day).
_AND_DAY = re.compile(
    r"\s+(?:and|or|&)\s+(\d{1,2})(?:st|nd|rd|th)?(?=[,;:!?)]|\.(?!\d)|\s*$"
    r"|\s+(?:at|in|on|to|when|for|from|and|with|as|after|before|this|next|last)\b)"
)


def _second_day(text: str, end: int, value: str, relative: bool) -> list[DateHit]:
    """The second day of "April 24 and 25", in the first one's month and year."""
    m = _AND_DAY.match(text, end)
    second = _iso(int(value[:4]), int(value[5:7]), int(m.group(1))) if m else None
    if not m or not second or second <= value:
        return []
    return [DateHit(m.group(1), m.start(1), m.end(1), second, relative)]


def _recurs(text: str, a: int, b: int) -> bool:
    """A weekday that names no one day ("every Friday", "Monday nights from May 2")."""
    return bool(_EVERY.search(text, max(0, a - 8), a) or _SERIES.match(text, b))


def _title(text: str, a: int, b: int) -> bool:
    """A day word written as a title inside a sentence ("on ABC's This Week")."""
    return bool(re.search(r"\w", text[:a])) and all(w[:1].isupper() for w in text[a:b].split())


def _timeless(text: str, a: int, b: int) -> bool:
    """'today's youth', 'the world of tomorrow': an era, not a day."""
    m = re.match(r"['’]s\s+(\w+)", text[b:])
    if m and m.group(1).lower() in TIMELESS_NOUNS:
        return True
    word = text[a:b].lower()
    bare = not m and not text[b:].startswith(("'", "’"))
    era = re.search(r"(?<!\bas )\bof\s+$", text[:a])  # "the world of tomorrow", not "as of today"
    return bare and word in ("today", "tomorrow") and bool(era)


Span = tuple[int, re.Match[str], int, int]


# The spans do not depend on the reference date, and a text is searched more than once (for
# the reference date, then for its facts): match each text once.
@functools.lru_cache(maxsize=PER_TEXT)
def _spans(text: str) -> tuple[Span, ...]:
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
_MONTH_HINT = re.compile("|".join(MONTH_ABBREVIATIONS))


def _worth_trying(text: str) -> tuple[int, ...]:
    """Indexes of the PATTERNS that can match the text: each needs a digit, a month name,
    or a word such as 'day' (a cheap search first skips most of the patterns)."""
    low = text.lower()
    have = (
        bool(_DIGIT.search(text)),
        bool(_MONTH_HINT.search(text)),
        "day" in low,
        "to" in low or "day" in low,
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
    "month",
    "day",
    "to",
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


def _explicit(m: re.Match[str]) -> bool:
    """'next Friday', 'last June': the text already says which way."""
    return bool(m.groupdict().get("dir"))


def parse_iso(text: str | None) -> dt.date | None:
    """A date from 'YYYY-MM-DD' (or a longer timestamp), else None."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return None


# A time of day: "7 pm", "7.30pm", "6 a.m.", "19:45" (12-hour with am/pm, or 24-hour with minutes).
CLOCK = re.compile(
    r"\b(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s?m\b\.?|\b([01]?\d|2[0-3]):([0-5]\d)\b", re.I
)


def clock_minutes(match: re.Match[str]) -> int | None:
    """Minutes after midnight of a CLOCK match, or None when it is no valid time."""
    if match.group(3):
        hour, minute = int(match.group(1)), int(match.group(2) or 0)
        if not 1 <= hour <= 12 or minute > 59:
            return None
        return (hour % 12 + (12 if match.group(3).lower() == "p" else 0)) * 60 + minute
    return int(match.group(4)) * 60 + int(match.group(5))


# "FILE PHOTO: ...", "(File) ...": the picture is older than the article, and so is its date.
_FILE_PHOTO = re.compile(r"^\W*file(?:\s+(?:photo|picture|image)\b|\s*[:)])", re.I)


def first_full_date(texts: list[str]) -> dt.date | None:
    """The first complete calendar date in some texts (a dateline or a caption, not a file
    photo's caption)."""
    for text in texts:
        if _FILE_PHOTO.match(text):
            continue
        for hit in find_dates(text, None):
            if not hit.relative and hit.value and len(hit.value) == 10:
                return parse_iso(hit.value)
    return None


def latest_full_date(texts: list[str]) -> dt.date | None:
    """The latest complete calendar date in some texts, leaving out dates the text looks
    ahead to ("will vote on May 5, 2030"): without a publication date, the article was
    written on or after the last day it reports."""
    found = [
        parse_iso(hit.value)
        for text in texts
        for hit in find_dates(text, None)
        if not hit.relative and hit.value and len(hit.value) == 10
        and not _looks_ahead(text[: hit.start])
    ]  # fmt: skip
    return max((d for d in found if d), default=None)
