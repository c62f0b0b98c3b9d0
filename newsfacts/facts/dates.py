"""Dates: absolute and relative expressions, resolved to ISO against the article's date."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from newsfacts.facts import tense
from newsfacts.facts.date_patterns import (
    AND_YEAR,
    PATTERNS,
    day_word,
    explicit,
    in_month,
    iso_day,
    month_day,
    period,
    spans,
    weekday,
    year,
)
from newsfacts.facts.periods import ended_on, holiday, holiday_turned
from newsfacts.facts.turn import nearest, turned
from newsfacts.words.en.calendar import MONTH_PATTERN, NAMED_DAYS, TIMELESS_NOUNS, WEEKDAY_PATTERN


@dataclass(frozen=True)
class DateHit:
    """One date expression: its text, offsets in the sentence, ISO value (None if unresolved)."""

    text: str
    start: int
    end: int
    value: str | None
    relative: bool


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
    for index, m, a, b in spans(text):
        resolve = PATTERNS[index].resolve
        if resolve is weekday and (_named_day(text[:a]) or _DAY_FOLLOWS.match(text, b)):
            continue  # "Easter Sunday"; "Saturday, April 25": the month-day dates it
        if resolve is weekday and _recurs(text, a, b):
            continue  # "each Thursday", "on Mondays and Tuesdays from March 30": no one day
        if resolve is period and _LENGTH.search(text, max(0, a - 12), a):
            continue  # "for the last week", "over the next month": a length of time, not a date
        if resolve in (day_word, period) and (_title(text, a, b) or _timeless(text, a, b)):
            continue  # ABC's "This Week", "VOA Today"; "today's youth", "the people of tomorrow"
        value, relative = resolve(m, ref)
        if resolve is holiday and not explicit(m) and ref is not None and value:
            value = holiday_turned(ref, m, value, tense.direction(text, a, b))
        elif resolve in (weekday, in_month, month_day) and not explicit(m):
            if resolve is weekday and _NEAR.search(text, max(0, a - 20), a):
                value = nearest(ref, value)
            else:
                value = turned(ref, value, tense.direction(text, a, b), resolve is weekday)
            if resolve is month_day:
                value = ended_on(text, a, ref, value)
        a, value = _day_beside(text, a, value)
        a, value = _week_of(text, a, value)
        hits.append(DateHit(text[a:b], a, b, value, relative))
        if resolve is month_day and value and len(value) == 10:
            hits.extend(_second_day(text, b, value, relative))
        elif resolve is year:
            hits.extend(_second_year(text, b))
    return sorted(hits, key=lambda h: h.start)


# "the day before Tuesday's hearing", "the day after Christmas": a day told by its neighbour.
_BESIDE = re.compile(r"\b(?:the\s+|a\s+)?day\s+(before|after)\s+$", re.I)


# "a hearing the week of March 6": the week that holds the day, not the day.
_WEEK_OF = re.compile(r"\b(?:the\s+)?week\s+of\s+$", re.I)


def _week_of(text: str, start: int, value: str | None) -> tuple[int, str | None]:
    """The start and value of a week told by a day in it ("the week of March 6" -> its ISO
    week)."""
    m = _WEEK_OF.search(text, max(0, start - 16), start)
    if not m or not value or len(value) != 10:
        return start, value
    year, week, _ = dt.date.fromisoformat(value).isocalendar()
    return m.start(), f"{year}-W{week:02d}"


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
    second = iso_day(int(value[:4]), int(value[5:7]), int(m.group(1))) if m else None
    if not m or not second or second <= value:
        return []
    return [DateHit(m.group(1), m.start(1), m.end(1), second, relative)]


def _second_year(text: str, end: int) -> list[DateHit]:
    """The second year of "in 1990 and 1991", "between 1985 and 1987"."""
    m = AND_YEAR.match(text, end)
    if not m:
        return []
    return [DateHit(m.group("year"), m.start("year"), m.end("year"), m.group("year"), False)]


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


# A language's date finder: the date expressions of a text, resolved against a day (or not).
Finder = Callable[[str, dt.date | None], list[DateHit]]


def latest_full_date(texts: Sequence[str], find: Finder | None = None) -> dt.date | None:
    """The latest complete calendar date in some texts: without a publication date, the
    article was written on or after the last day it reports. English's (no `find`) leaves out
    dates the text looks ahead to ("will vote on May 5, 2030"); another language's finder
    keeps every one (no such test for its words)."""
    found = [
        parse_iso(hit.value)
        for text in texts
        for hit in (find or find_dates)(text, None)
        if not hit.relative and hit.value and len(hit.value) == 10
        and not (find is None and _looks_ahead(text[: hit.start]))
    ]  # fmt: skip
    return max((d for d in found if d), default=None)
