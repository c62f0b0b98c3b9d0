"""Dates in de/es/fr/it/pt/nl, resolved against the article date like English ones.

Month and weekday names come from CLDR (Babel); the day words ('gestern', 'ayer', 'hier'), the
words that point back or ahead ('vergangenen', 'próximo') from newsfacts/words/<code>/.
"2. März 2025", "le 2 mars 2025", "2 de marzo de 2025", "1° aprile", "30.01.2025", "am
Donnerstag", "sexta-feira passada", "dinsdag".
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass
from itertools import pairwise

from newsfacts import cldr
from newsfacts.cache import PER_LANGUAGE
from newsfacts.facts import tense
from newsfacts.facts.dates import DateHit
from newsfacts.facts.day_numbers import counts, month_day
from newsfacts.facts.turn import year_turned
from newsfacts.lazyre import matched_key
from newsfacts.words import words_of

RELATIVE = ("day_month", "weekday", "day_word", "day_number")  # resolved against the article date
NEVER = "(?!)"
NEAR_DAYS = 183  # a day and month without a year: the occurrence within half a year


@dataclass(frozen=True)
class Calendar:
    """One language's calendar words and the patterns built from them."""

    months: dict[str, int]
    weekdays: dict[str, int]
    day_words: dict[str, int]
    back: frozenset[str]
    ahead: frozenset[str]
    capital_days: bool  # German writes 'Donnerstag'; elsewhere 'Domingo' mid-sentence is a name
    patterns: tuple[tuple[re.Pattern[str], str], ...]
    future: re.Pattern[str] | None = None  # a clause's future tense or intent: a weekday ahead
    until: re.Pattern[str] | None = None  # 'jusqu'à', 'hasta' right before a weekday: ahead
    recurring: re.Pattern[str] | None = None  # 'chaque', 'il' before a weekday: no one day
    since: re.Pattern[str] | None = None  # 'depuis le', 'seit dem' before a date: the past one
    planned: re.Pattern[str] | None = None  # 'für', 'pour' before a weekday: a plan's, the nearest
    range_gap: re.Pattern[str] | None = None  # ' bis ', ' au ' between a range's first and last day
    language: str = ""  # the word lists' name of the language ('Spanish')


def alternation(words: object) -> str:
    """A regex alternation of words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


@functools.lru_cache(maxsize=PER_LANGUAGE)
def calendar(code: str) -> Calendar | None:
    """The calendar of one language (built on first use), or None without word data."""
    words = words_of(code)
    if words is None:
        return None
    written, weekdays = cldr.calendar_names(code)
    short = {k: v for k, v in cldr.month_abbreviations(code).items() if k not in written}
    months = {**short, **written}
    month, day = alternation(written), alternation(weekdays)
    dated_month = rf"{month}|(?:{alternation(short)})\.?" if short else month  # after a day
    of = r"(?:\s+(?:de|del|di|van)\s+|\s+)"
    back, ahead = frozenset(words.BACK), frozenset(words.AHEAD)
    near = alternation(back | ahead)
    # 'Freitagabend', 'zondagavond': a part of the day glued to its weekday
    periods = cldr.day_periods(code) if words.COMPOUNDS else frozenset()
    glued = rf"(?:{alternation(periods)})?" if periods else ""
    # '2. März', '1° aprile', '2 de marzo', '1er mars'
    day_of = rf"\b(?P<d>\d{{1,2}})(?:\.|º|°|er)?\s+(?:de\s+)?(?P<m>{dated_month})"
    patterns: tuple[tuple[str, str], ...] = (
        (rf"{day_of}\.?{of}(?P<y>\d{{4}})\b", "full"),
        (r"\b(?P<d>\d{1,2})[./](?P<mn>\d{1,2})[./](?P<y>\d{4})\b", "numeric"),
        (rf"{day_of}\b", "day_month"),
        (rf"\b(?P<m>{month}){of}(?P<y>\d{{4}})\b", "month_year"),
        (rf"\b(?:(?P<pre>{near})\s+)?(?P<w>{day}){glued}(?:\s+(?P<post>{near}))?\b", "weekday"),
        (rf"\b(?P<word>{alternation(words.DAY_WORDS)})\b", "day_word"),
    )
    if getattr(words, "DAY_NUMBER", ()):  # 'no próximo dia 15', 'el día 3': a day of a month
        rate = alternation(getattr(words, "DAY_RATE", ())) or NEVER  # 'al día', 'por dia'
        stage = alternation(getattr(words, "DAY_OF", ())) or NEVER  # 'el día 2 de la cumbre'
        patterns += (
            (
                rf"\b(?:(?P<rate>{rate})\s+|(?P<pre>{near})\s+)?"
                rf"(?:{alternation(words.DAY_NUMBER)})\s+(?P<d>\d{{1,2}})\b"
                rf"(?![.,:]\d|\s*(?:de\s+)?(?:{dated_month})\b)"
                rf"(?!\s+(?:{stage})\s+(?!(?:{dated_month})\b)[^\W\d_])",
                "day_number",
            ),
        )
    compiled = tuple((re.compile(p, re.IGNORECASE), kind) for p, kind in patterns)
    capital_days = bool(words.NAME == "German")
    future = re.compile(words.FUTURE, re.IGNORECASE) if getattr(words, "FUTURE", "") else None
    return Calendar(
        months, weekdays, dict(words.DAY_WORDS), back, ahead, capital_days, compiled, future,
        _before(getattr(words, "UNTIL", ())), _before(getattr(words, "RECURRING", ())),
        _before(getattr(words, "SINCE", ())), _before(getattr(words, "FOR", ())),
        _range_gap(getattr(words, "RANGE_TO", ()), getattr(words, "RANGE_ARTICLES", ())),
        words.NAME,
    )  # fmt: skip


def _before(words: tuple[str, ...]) -> re.Pattern[str] | None:
    """A pattern for one of these words right before a date (at the end of the text before), an
    opening quote mark between them too ("il “venerdì nero”")."""
    if not words:
        return None
    return re.compile(rf"(?:^|[\s(])(?:{alternation(words)})\s+[“«„\"]?\s?$", re.IGNORECASE)


def find_dates(text: str, ref: dt.date | None, code: str) -> list[DateHit]:
    """Date expressions in one sentence, with ISO values where they resolve."""
    cal = calendar(code)
    if cal is None:
        return []
    hits: list[DateHit] = []
    for pattern, kind in cal.patterns:
        for m in pattern.finditer(text):
            if any(h.start < m.end() and m.start() < h.end for h in hits):
                continue
            if kind == "weekday" and (is_name(m, cal) or _dated(m, hits, text)):
                continue
            if kind == "day_number" and (m["rate"] or counts(text, m.end(), cal.language)):
                continue  # 'al día 2 litros', 'por dia 5 horas': a rate and a count
            if kind == "weekday" and _told_before(m, cal.recurring):
                continue  # 'chaque lundi', 'il venerdì dopo…', 'los lunes': no one day
            value = RESOLVERS[kind](m, ref, cal)
            if value is not None or kind in ("weekday", "day_word") or ref is None:
                # with no article date a day is still a date ('zum 1. Januar'), as in English
                hits.append(DateHit(m.group(0), m.start(), m.end(), value, kind in RELATIVE))
    hits = _ranged_years(sorted(hits, key=lambda h: h.start), text, cal)
    return sorted(hits + _listed_days(hits, text), key=lambda h: h.start)


DASHES = ("-", "–", "—")  # a range's link in every language: "8 april - 15 mei"


def _range_gap(links: tuple[str, ...], articles: tuple[str, ...]) -> re.Pattern[str]:
    """The words between the first day of a range and its last, dated one: "vom 8. April bis
    15. Mai 2027", "du 8 avril au 15 mai 2027", "entre el 2 de marzo y el 30 de junio de 2024"."""
    article = rf"(?:(?:{alternation(articles)})\s+)?" if articles else ""
    return re.compile(rf"\s*(?:{alternation((*links, *DASHES))})\s*{article}$")


def _day_month_pattern(cal: Calendar) -> re.Pattern[str]:
    """The calendar's pattern of a day and a month with no year ('8. April', '8 avril')."""
    return next(pattern for pattern, kind in cal.patterns if kind == "day_month")


def _ranged_years(hits: list[DateHit], text: str, cal: Calendar) -> list[DateHit]:
    """The first day of a range without a year takes the year of its dated last day (the one
    before it when that would put it after the last day)."""
    out = list(hits)
    for k, (first, last) in enumerate(pairwise(hits)):
        day = _day_month_pattern(cal).fullmatch(first.text)  # a day, a month, no year
        if day is None or not last.value or len(last.value) != 10 or last.relative:
            continue
        if cal.range_gap is None or not cal.range_gap.fullmatch(text, first.end, last.start):
            continue
        month, end = (
            cal.months[matched_key(day["m"]).rstrip(".")],
            dt.date.fromisoformat(last.value),
        )
        value = _iso(end.year, month, int(day["d"]))
        if value is not None and value > last.value:
            value = _iso(end.year - 1, month, int(day["d"]))
        out[k] = DateHit(first.text, first.start, first.end, value, False)
    return out


# A day listed before a dated day: "le 13 et 14 décembre", "am 3. und 4. Mai", "5 y 6 de mayo".
_DAY_BEFORE = re.compile(r"(?<![\d.,])(?P<d>\d{1,2})\.?\s+(?:et|und|y|e|en|and|&)\s+$", re.I)


def _listed_days(hits: list[DateHit], text: str) -> list[DateHit]:
    """The days listed before a resolved day of a month, each in that month and year."""
    out = []
    for h in hits:
        if h.value is None or len(h.value) != len("2025-01-01"):
            continue  # only a resolved day names the month of the days listed before it
        m = _DAY_BEFORE.search(text, max(0, h.start - 12), h.start)
        if m is None:
            continue
        value = _iso(int(h.value[:4]), int(h.value[5:7]), int(m["d"]))
        if value is not None:
            out.append(DateHit(m["d"], m.start(), m.start() + len(m["d"]), value, h.relative))
    return out


# Between a weekday and the day it names: "Donnerstag, den 10. Dezember", "jueves 10 de…".
_WEEKDAY_OF = re.compile(r"[,\s]*(?:(?:den|le|el|il|o)\s+)?", re.IGNORECASE)


def _dated(m: re.Match[str], hits: list[DateHit], text: str) -> bool:
    """A weekday right before a written date ("giovedì 10 dicembre"): the date names the day."""
    gap = _WEEKDAY_OF.match(text, m.end())
    return gap is not None and any(h.start == gap.end() and h.value for h in hits)


def is_name(m: re.Match[str], cal: Calendar) -> bool:
    """A capitalised weekday inside a sentence of a language that writes them in lower case."""
    return not cal.capital_days and m["w"][0].isupper() and m.start() > 0


def _iso(year: int, month: int, day: int) -> str | None:
    """An ISO date, or None when there is no such day."""
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        return None


def _full(m: re.Match[str], ref: dt.date | None, cal: Calendar) -> str | None:
    """'2. März 2025'."""
    return _iso(int(m["y"]), cal.months[matched_key(m["m"]).rstrip(".")], int(m["d"]))


def _numeric(m: re.Match[str], ref: dt.date | None, cal: Calendar) -> str | None:
    """'30.01.2025', '02/03/2025': day first in all these languages."""
    return _iso(int(m["y"]), int(m["mn"]), int(m["d"]))


def _day_month(m: re.Match[str], ref: dt.date | None, cal: Calendar) -> str | None:
    """'1° aprile' without a year: the one nearest the article date, a year back when that is
    far ahead and its clause does not look ahead (news tells the past, as in English)."""
    if ref is None:
        return None
    month, day = cal.months[matched_key(m["m"]).rstrip(".")], int(m["d"])
    options = [_iso(ref.year + k, month, day) for k in (-1, 0, 1)]
    valid = [dt.date.fromisoformat(o) for o in options if o]
    since = _told_before(m, cal.since) and not (_future_clause(m, cal) or _future_after(m, cal))
    if since:  # 'depuis le 1er janvier': the last one, up to a year back
        return max((d for d in valid if d <= ref), default=ref).isoformat()
    best = min(valid, key=lambda d: abs((d - ref).days), default=None)
    if best is None or abs((best - ref).days) > NEAR_DAYS:
        return None
    if "|" in m.string:
        return best.isoformat()  # a table's cell: no clause whose tense tells which year
    ahead = _future_clause(m, cal) or _told_before(m, cal.until) or _ahead_around(m, cal)
    return year_turned(ref, best.isoformat(), tense.AHEAD if ahead else tense.UNKNOWN)


AFTER_WORDS = 2  # words after a date its own verb is looked for in ('del miércoles será')


def _future_after(m: re.Match[str], cal: Calendar) -> bool:
    """A future tense right after the date, its own verb ('la audiencia del miércoles será');
    not one further on, in a clause of its own ('firmó el lunes un acuerdo que prevé')."""
    tail = _CLAUSE_END.split(m.string[m.end() : m.end() + CLAUSE_REACH])[0]
    near = " ".join(tail.split()[:AFTER_WORDS])
    return cal.future is not None and bool(cal.future.search(near))


def _ahead_around(m: re.Match[str], cal: Calendar) -> bool:
    """A word before the date that points ahead ('el próximo domingo 4 de septiembre'), or a
    future tense in its clause after it ('le 4 septembre sera la date')."""
    head = _CLAUSE_END.split(m.string[max(0, m.start() - CLAUSE_REACH) : m.start()])[-1]
    return bool(set(head.lower().split()) & cal.ahead) or _future_after(m, cal)


def _month_year(m: re.Match[str], ref: dt.date | None, cal: Calendar) -> str | None:
    """'März 2025' -> 2025-03."""
    return f"{int(m['y']):04d}-{cal.months[matched_key(m['m'])]:02d}"


def _weekday(m: re.Match[str], ref: dt.date | None, cal: Calendar) -> str | None:
    """'am Donnerstag' -> the latest such day on or before the article date; 'próximo' or a
    clause in the future ahead; 'für Samstag', a plan's day, the nearest."""
    if ref is None:
        return None
    want = cal.weekdays[matched_key(m["w"])]
    near = {(m["pre"] or "").lower(), (m["post"] or "").lower()}
    if near & cal.ahead:
        return (ref + dt.timedelta(days=(want - ref.weekday()) % 7 or 7)).isoformat()
    lead = _lead(m, cal)  # 'für Freitag und Samstag': the list's days go one way
    until = _told_before(lead, cal.until) and not _span_end(lead, cal.until, cal)
    ahead = _future_clause(lead, cal) or until or _future_after(m, cal)
    coming = (want - ref.weekday()) % 7
    if not near & cal.back and ahead:  # "viajará este miércoles", "jusqu'à jeudi": today too
        return (ref + dt.timedelta(days=coming)).isoformat()
    back = (ref.weekday() - want) % 7 or (7 if near & cal.back else 0)
    planned = _told_before(lead, cal.planned) and not _span_end(lead, cal.planned, cal)
    if not near & cal.back and planned and coming < back:  # "Proteste für Samstag"
        return (ref + dt.timedelta(days=coming)).isoformat()
    return (ref - dt.timedelta(days=back)).isoformat()


CLAUSE_REACH = 60  # characters before a weekday its clause's verb is looked for in
WORD_REACH = 16  # characters before a date a governing word is looked for in


# Between two weekdays of one list: "Freitag und Samstag", "jeudi, vendredi et samedi".
_LIST_LINK = re.compile(r"\s*(?:,|\s(?:und|oder|et|ou|y|o|e|en|of|and|or))\s*$", re.I)


def _lead(m: re.Match[str], cal: Calendar) -> re.Match[str]:
    """The first weekday of a list the weekday ends ('für Freitag und Samstag': 'Freitag'),
    whose words before it tell the whole list's way; the weekday itself when it is first."""
    start = max(0, m.start() - CLAUSE_REACH)
    link = _LIST_LINK.search(m.string, start, m.start())
    if link is None or link.start() == start:
        return m
    before = list(_weekday_pattern(cal).finditer(m.string, start, link.start()))
    if not before or before[-1].end() != link.start():
        return m
    return _lead(before[-1], cal)


def _told_before(m: re.Match[str], words: re.Pattern[str] | None) -> bool:
    """One of these words stands right before the date ('jusqu'à jeudi', 'ogni venerdì')."""
    return words is not None and bool(
        words.search(m.string, max(0, m.start() - WORD_REACH), m.start())
    )


def _span_end(m: re.Match[str], words: re.Pattern[str] | None, cal: Calendar) -> bool:
    """The word before the weekday follows another weekday: it joins a span ('de sábado para
    domingo', 'von Freitag bis Sonntag') whose clause tells its way, not the word."""
    if words is None:
        return False
    word = words.search(m.string, max(0, m.start() - WORD_REACH), m.start())
    if word is None:
        return False
    head = m.string[max(0, word.start() - CLAUSE_REACH) : word.start() + 1].rstrip()
    return any(w.end() == len(head) for w in _weekday_pattern(cal).finditer(head))


def _weekday_pattern(cal: Calendar) -> re.Pattern[str]:
    """The calendar's pattern of a weekday ('Samstag', 'sábado próximo')."""
    return next(pattern for pattern, kind in cal.patterns if kind == "weekday")


_CLAUSE_END = re.compile(r"[.;:!?,]\s")


def _future_clause(m: re.Match[str], cal: Calendar) -> bool:
    """The weekday's clause, up to it, speaks of what is to come ('will am Freitag', 'se
    reunirá el viernes', 'incontrerà venerdì'): the coming such day, not the last one."""
    if cal.future is None:
        return False
    head = m.string[max(0, m.start() - CLAUSE_REACH) : m.start()]
    head = _CLAUSE_END.split(head)[-1]
    return bool(cal.future.search(head))


def _day_word(m: re.Match[str], ref: dt.date | None, cal: Calendar) -> str | None:
    """'gestern', 'ayer', 'demain'."""
    if ref is None:
        return None
    return (ref + dt.timedelta(days=cal.day_words[matched_key(m["word"])])).isoformat()


def _day_number(m: re.Match[str], ref: dt.date | None, cal: Calendar) -> str | None:
    """'no próximo dia 15': that day of this month, the last or the next (a word or a clause
    looking back or ahead), else the nearest."""
    if ref is None:
        return None
    near = (m["pre"] or "").lower()
    ahead = near in cal.ahead or (near not in cal.back and _future_clause(m, cal))
    return month_day(ref, int(m["d"]), near in cal.back, ahead)


Resolver = Callable[[re.Match[str], dt.date | None, Calendar], str | None]
RESOLVERS: dict[str, Resolver] = {
    "full": _full, "numeric": _numeric, "day_month": _day_month,
    "month_year": _month_year, "weekday": _weekday, "day_word": _day_word,
    "day_number": _day_number,
}  # fmt: skip
