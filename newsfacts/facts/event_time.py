"""The main event's day: the lead's day, told in the story's own time, else the article's."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from newsfacts.facts import dates
from newsfacts.model import Fact


def event_date(
    date_list: Sequence[Fact],
    ref: dt.date | None,
    lead: Sequence[str],
    published_time: str | None = None,
    filed: dt.date | None = None,
) -> str | None:
    """The lead's day (the latest one by the reference date), else the day the story's
    dateline was `filed` (a day or two before the reference date), else the reference date.

    The lead is the first sentence; when it names no day, the second one (a lead often
    puts the day in its follow-up: "... made the comments on Saturday"). A date that only
    qualifies a noun ("Tuesday's election") is background, not the event. With no day named,
    a clock time later in the day than the publication ("shortly before 7 pm" in a story
    published at 04:35) puts the event on the day before.
    """
    first = 1 if lead and date_line(lead[0]) else 0  # "May 1, 2009." alone: the filing day
    for index, text in enumerate(lead[: first + LEAD_SENTENCES]):
        if index < first:
            continue
        if index > first and _PLUPERFECT.search(text):
            break  # "On Sunday, the ministers had agreed ...": a follow-up told as background
        days = _days_in(date_list, index, text, ref)
        if index > first and ref:  # a later day in the follow-up is a plan ("due to close Dec. 31")
            days = [d for d in days if d <= ref.isoformat()]
        if days and ref:
            past = [d for d in days if d <= ref.isoformat()]
            return max(past) if past else days[0]
        if days:
            return days[0]
    if filed and ref and 0 <= (ref - filed).days <= FILED_DAYS:
        return filed.isoformat()  # "WARSAW, Feb. 26 (Agency) -- ... have signed", out on the 27th
    if ref and published_time and _after(lead[first : first + LEAD_SENTENCES], published_time):
        return (ref - dt.timedelta(days=1)).isoformat()
    return ref.isoformat() if ref else None


# "had agreed", "had been told": a clause set before the story's own time.
_PLUPERFECT = re.compile(r"\bhad\s+(?:\w+ly\s+)?(?:been\s+)?[a-z]+(?:ed|en|wn|ne|id|ld|ok|de)\b")


def _after(lead: Sequence[str], published_time: str) -> bool:
    """Some clock time in the lead is later in the day than the publication time (HH:MM)."""
    hour, minute = (int(x) for x in published_time.split(":"))
    published = hour * 60 + minute
    times = (dates.clock_minutes(m) for text in lead for m in dates.CLOCK.finditer(text))
    return any(t is not None and t > published for t in times)


LEAD_SENTENCES = 2  # how far the lead's day is looked for
FILED_DAYS = 2  # a dateline's day further back than the publication is not the story's


def _days_in(
    date_list: Sequence[Fact], index: int, text: str, ref: dt.date | None = None
) -> list[str]:
    """Full-day dates first met in sentence `index`, unless only background there; the day
    the news was told ("..., officials said on Wednesday") only when no other day is named."""
    found = [
        f
        for f in date_list
        if f.sentence == index and f.value and len(str(f.value)) == 10
        and not (f.text in text and _background(f.text, text))
        and not (_long_before(f, ref) and re.search(_NAMED_FOR.format(re.escape(f.text)), text))
    ]  # fmt: skip
    return [str(f.value) for f in found if not _told_after(f, found, text)]


def _told_after(fact: Fact, found: Sequence[Fact], text: str) -> bool:
    """The day is only when the news was told, after another day the sentence names first,
    on or before it ("A quake struck on Tuesday, ..., officials said on Wednesday")."""
    if len(found) < 2 or not any(v in text for v in _TOLD_VERBS):
        return False  # no other day, or no telling verb: no pattern to compile for this day
    m = re.search(_TOLD.format(re.escape(fact.text)), text)
    told = m.start() if m else -1
    return any(
        f is not fact and str(f.value) <= str(fact.value) and 0 <= text.find(f.text) < told
        for f in found
    )


# The day a speaker told the news: "officials said on Wednesday", "told reporters Wednesday",
# "told lawmakers in a letter on Sunday" (the story's event is another day, when one is named).
_TOLD = (
    r"\b(?:said|says|told(?:\s+[a-z]+){{1,2}}?|added|stated)(?:\s+in\s+an?(?:\s+[a-z]+){{1,2}}?)?"
    r"(?:\s+(?:on|late|early))?\s+{}\b"
)
_TOLD_VERBS = ("said", "says", "told", "added", "stated")  # one of them is in every _TOLD match


def _background(date: str, text: str) -> bool:
    """The date (which the text holds) is named only as background there."""
    return any(re.search(p.format(re.escape(date)), text) for p in _BACKGROUND)


# Where a day is named only as background: a possessive ("Tuesday's vote"), a span's start
# ("since the Jan. 12 quake"), a bound the event
# is told against ("two days before Election Day", "ahead of Friday"), the day the story was
# filed in its dateline ("OSLO, Nov. 3 (Agency) -- ... on Tuesday": the event is Tuesday's).
_BACKGROUND = (
    r"\b{}['’]s\b",
    r"\b(?:before|ahead\s+of|until|till)\s+{}\b",
    r"\b[Ss]ince\s+(?:the\s+)?{}",  # "since the Jan. 12 quake", "since March 3"
    r"^[^!?\n]{{0,40}}?{}\s*(?:\([^()\n]{{1,30}}\)\s*)?(?:--|—|–|-\s)",
    r"^(?:[A-Z][a-z]+day,?\s+)?{}\s*[.,:;|]?\s+[A-Z\"“‘(]",  # "May 1, 2009 Chrysler filed ..."
)


# A day named for what it brought ("ten years after the Jan. 12, 2010 quake"); not "on the
# Nov. 6 deadline": background when it is long before the story ("after the March 3 cup win"
# in a story of March 4 may well be its event).
_NAMED_FOR = (
    r"(?<!\bon )(?<!\bby )(?<!\bat )\bthe\s+{}(?:,?\s+(?:19|20)\d\d)?,?\s+"
    r"(?!and\b|or\b|to\b)[a-z]{{3,}}"
)
LONG_BEFORE = 31  # days


def _long_before(fact: Fact, ref: dt.date | None) -> bool:
    """The fact's day is more than LONG_BEFORE days before the reference date."""
    day = dates.parse_iso(str(fact.value))
    return bool(ref and day and (ref - day).days > LONG_BEFORE)


# A full date opening a sentence as a line of its own, maybe after its weekday, then the end
# of the sentence or the story's first word ("Friday, May 1, 2009.", "May 1, 2009 Chrysler").
_DATE_LINE = re.compile(
    r"(?:[A-Z][a-z]+day,?\s+)?(?P<date>[^.!?]{4,30}?)\s*[.,:;|]?\s*(?=[A-Z\"“‘(]|$)"
)


def opening_date(text: str) -> int:
    """Where a sentence's opening date line ends ("May 1, 2009 Chrysler filed ...": at
    "Chrysler"), else 0: a date line tells when the story was filed, not what happened."""
    for m in _DATE_LINE.finditer(text[:60]):
        if m.start():
            break
        hits = dates.find_dates(m["date"], None)
        whole = len(hits) == 1 and hits[0].text == m["date"].strip()
        if whole and not hits[0].relative and _has_day(hits[0].text):
            return m.end()
    return 0


def date_line(text: str) -> bool:
    """The sentence is only a date line ("Friday, May 1, 2009.")."""
    end = opening_date(text)
    return bool(end) and not text[end:].strip()


def lead_sentence(texts: Sequence[str]) -> str:
    """The story's first sentence: the first one that is not only a date line."""
    return next((t for t in texts if not date_line(t)), texts[0] if texts else "")


# A dateline opening the story: "WARSAW, February 26 (Xinhua) --", "Seoul, Sept. 4 (Yonhap) --",
# "March 3, 2019 —": a short head, an agency's credit in brackets maybe, then a dash.
_DATELINE = re.compile(r"^(?P<head>[^!?\n]{4,60}?)\s*(?:\([^()\n]{1,30}\)\s*)?(?:--|—|–|-\s)")


def dateline_head(text: str) -> str | None:
    """The head of a dateline opening the text ("WARSAW, February 26" of "WARSAW, February 26
    (Xinhua) --"), else None."""
    m = _DATELINE.match(text)
    return m["head"] if m else None


def dateline_day(
    texts: Sequence[str],
    others: Sequence[str],
    ref: dt.date | None = None,
    find: dates.Finder | None = None,
    head: Callable[[str], str | None] = dateline_head,
) -> dt.date | None:
    """The day a story's opening dateline gives (its `head`, its dates read by `find`, English's
    by default); one without a year takes the year that puts it nearest `ref`, else the latest
    full date among `others`, and stays unresolved when there is neither."""
    read = find or dates.find_dates
    for text in texts:
        cut = head(text)
        hits = [h for h in read(cut, None) if _has_day(h.text)] if cut else []
        if not hits:
            continue  # no dateline, or one with no day ('Última hora (vídeo) - …')
        if not hits[-1].relative:
            return dates.parse_iso(hits[-1].value)
        anchor = ref or dates.latest_full_date(others, find)
        found = read(hits[-1].text, anchor) if anchor else []
        return dates.parse_iso(found[0].value) if found else None
    return None


def _has_day(text: str) -> bool:
    """A date naming its day of the month ("Sept. 4"), not only a weekday or a month."""
    return any(c.isdigit() for c in text)
