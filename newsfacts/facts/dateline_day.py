"""The day of a wire dateline written in another language without its year ("MADRID, 3 Dic.
(EFE) -", "ROMA, 3 dic (ANSA) -"): the year comes from the latest full date the story tells,
as for an English dateline ("SEOUL, Sept. 4 (Yonhap) --"); with none it stays unknown."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from newsfacts.facts import calendars, dates

HEAD = 40  # characters of an opening line a dateline's day stands within


def yearless_dateline_day(
    texts: Sequence[str], sentences: Sequence[str], code: str
) -> dt.date | None:
    """The dateline's day and month in the year the story's latest full date puts it nearest."""
    for text in texts:
        dash = text.find(" - ", 0, HEAD + 20)
        agency = text.find("(", 0, HEAD)
        ends = [at for at in (dash, agency) if at > 0]
        if not ends:
            continue
        days = [h for h in calendars.find_dates(text[: min(ends)], None, code) if _day(h.text)]
        if not days:
            continue  # a line with a bracket or a dash but no day ('Última hora (vídeo) - …')
        anchor = _latest_full_date(sentences, code)
        if anchor is None:
            return None
        found = calendars.find_dates(days[-1].text, anchor, code)
        return dates.parse_iso(found[0].value) if found and found[0].value else None
    return None


def _day(text: str) -> bool:
    """A date naming its day of the month ('3 Dic'), not only a weekday."""
    return any(c.isdigit() for c in text)


def _latest_full_date(sentences: Sequence[str], code: str) -> dt.date | None:
    """The latest day with its year the sentences write in the language."""
    found = [
        dates.parse_iso(h.value)
        for s in sentences
        for h in calendars.find_dates(s, None, code)
        if not h.relative and h.value and len(h.value) == len("2026-12-03")
    ]
    return max((d for d in found if d), default=None)
