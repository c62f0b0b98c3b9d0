"""The day of a wire dateline written in another language without its year ("MADRID, 3 Dic.
(EFE) -", "ROMA, 3 dic (ANSA) -"): the year comes from the latest full date the story tells,
as for an English dateline ("SEOUL, Sept. 4 (Yonhap) --"); with none it stays unknown."""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Sequence

from newsfacts.facts import calendars
from newsfacts.facts.event_time import dateline_day

HEAD = 40  # characters of an opening line a dateline's day stands within


def wire_head(text: str) -> str | None:
    """The words of a wire dateline before its agency's bracket or its dash ('MADRID, 3 Dic.'
    of 'MADRID, 3 Dic. (EFE) -'), else None."""
    dash = text.find(" - ", 0, HEAD + 20)
    agency = text.find("(", 0, HEAD)
    ends = [at for at in (dash, agency) if at > 0]
    return text[: min(ends)] if ends else None


def yearless_dateline_day(
    texts: Sequence[str], sentences: Sequence[str], code: str
) -> dt.date | None:
    """The dateline's day and month in the year the story's latest full date puts it nearest."""
    find = functools.partial(calendars.find_dates, code=code)
    return dateline_day(texts, sentences, None, find, wire_head)
