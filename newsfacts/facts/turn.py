"""Which occurrence a weekday, month or month-day without a year names, once its clause is read.

A weekday resolves to the last one on or before the article date, a month to the last one of
that name; these turn them the way the clause points (tense.direction): ahead, the next one.
"""

from __future__ import annotations

import datetime as dt

from newsfacts.facts import tense


def _iso(year: int, month: int, day: int) -> str | None:
    """ISO date, or None when the day does not exist."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def nearest(ref: dt.date | None, value: str | None) -> str | None:
    """The occurrence of a weekday closest to the reference: a week later when that is nearer."""
    if ref is None or value is None or len(value) != 10:
        return value
    day = dt.date.fromisoformat(value)
    later = day + dt.timedelta(days=7)
    return later.isoformat() if (later - ref).days < (ref - day).days else value


def future(ref: dt.date | None, value: str | None, ahead: bool) -> str | None:
    """Move a past-resolved weekday or month forward when the text looks ahead."""
    if not ahead or ref is None or value is None:
        return value
    if len(value) == 10:  # a weekday resolved backwards: the same weekday ahead
        day = dt.date.fromisoformat(value)
        return (day + dt.timedelta(days=7)).isoformat() if day < ref else value
    if len(value) == 7 and value < ref.isoformat()[:7]:  # a month: the next one of that name
        return f"{int(value[:4]) + 1:04d}{value[4:]}"
    return value


def turned(ref: dt.date | None, value: str | None, way: int, weekday: bool) -> str | None:
    """A weekday, month or month-day turned the way its clause points: ahead, the next one of
    that name; back, the last one. Unknown: a weekday the last one, a month or a month-day the
    nearest one ("in January" in October is the coming one). Near: the nearest one."""
    if ref is None or value is None:
        return value
    if way == tense.DECIDED:  # a month possibly ahead; a weekday the decision's, back
        if len(value) == 7:
            return nearest_month(ref, value, PLAN_MONTHS)
        way = tense.BACK if weekday else tense.NEAR
    if len(value) == 10 and not weekday:
        return year_turned(ref, value, way)
    if len(value) == 7 and way in (tense.UNKNOWN, tense.NEAR):
        return nearest_month(ref, value)
    if way == tense.NEAR:
        return nearest(ref, value)
    return future(ref, value, way == tense.AHEAD)


def year_turned(ref: dt.date, value: str, way: int) -> str:
    """A month-day (the nearest such day) moved a year back when its clause looks back, or says
    nothing, but the day is far ahead ("the year ended March 31" in November; "its record high
    set on Aug. 6" in February: news tells the past, and what it looks ahead to is near), or
    ahead when its clause looks ahead and the day is far back."""
    day = dt.date.fromisoformat(value)
    gap = (day - ref).days
    back = way in (tense.BACK, tense.UNKNOWN) and gap > FAR
    step = -1 if back else 1 if way == tense.AHEAD and gap < -FAR else 0
    return (_iso(day.year + step, day.month, day.day) or value) if step else value


# A month-day is the nearest such day unless its clause points the other way and that day is
# more than four months off ("the year ended March 31" in November); nearer, the tense marker
# read is too often another clause's ("declared a dividend payable Dec. 7").
FAR = 122


NEAR_MONTHS = 2  # the months ahead a bare month may be
PLAN_MONTHS = 4  # the months ahead a month may be in a plan told in the past ("agreed to buy it
# in February", in October)


def nearest_month(ref: dt.date, value: str, ahead: int = NEAR_MONTHS) -> str:
    """A month resolved backwards (the last one of that name), or the next one when that is at
    most `ahead` months ahead: news tells the past, and what it looks ahead to without saying so
    is near ("in January" in November is the coming one, "In January" in October the last one)."""
    back = (ref.month - int(value[5:7])) % 12
    return future(ref, value, True) or value if back >= 12 - ahead else value
