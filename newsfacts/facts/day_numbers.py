"""A day told by its number alone ('no próximo dia 15', 'el día 3'): a day of the article's
month, or of the month before or after it."""

from __future__ import annotations

import datetime as dt

MONTHS = 12


def month_day(ref: dt.date, day: int, back: bool, ahead: bool) -> str | None:
    """The day numbered `day` nearest the article date `ref`: the last one on or before it
    (`back`), the first one on or after it (`ahead`), else the nearest; None for no such day."""
    options = [d for k in (-1, 0, 1) if (d := _in_month(ref, k, day)) is not None]
    if back:
        options = [d for d in options if d <= ref]
    elif ahead:
        options = [d for d in options if d >= ref]
    best = min(options, key=lambda d: abs((d - ref).days), default=None)
    return best.isoformat() if best else None


def _in_month(ref: dt.date, shift: int, day: int) -> dt.date | None:
    """That day in the month `shift` months from ref's, or None where the month is shorter."""
    months = ref.year * MONTHS + ref.month - 1 + shift
    try:
        return dt.date(months // MONTHS, months % MONTHS + 1, day)
    except ValueError:
        return None
