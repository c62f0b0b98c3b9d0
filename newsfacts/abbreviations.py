"""Sentence ends in other languages: a cut after an abbreviation of the article's language
('z. B.', 'Mio.', 'Sra.', 'dhr.'), after a day number before a month ('am 2. März', 'le 1.
avril') or after an ordinal number of a language that writes them with a dot ('zum 6. Mal') is
no sentence end, and the two pieces are one sentence again.

The splitter (segment.py) knows English; this module is its hook for the languages with word
data in newsfacts/words/<code>/ (loaded only for an article in that language).
"""

from __future__ import annotations

import re
from types import ModuleType

from newsfacts import cldr
from newsfacts.lexicon import stopwords
from newsfacts.words import words_of

DAY_NUMBER = re.compile(r"(?:^|\s)\d{1,2}\.$")  # "am 2." before "März"
FIRST_WORD = re.compile(r"[^\W\d_]+")
DOTTED_THEN_WORD = re.compile(r"(?<=\s)(\S+\.)\s+([^\W\d_]+)")

Span = tuple[int, int]


MONTH_ABBREVIATION = 3  # letters a month's abbreviation keeps ('Dez', 'sept')


def rejoin(text: str, spans: list[Span], code: str | None) -> list[Span]:
    """The sentence spans of one paragraph, with wrong cuts of the language undone."""
    words = words_of(code)
    if words is None or not spans:
        return spans
    out = [spans[0]]
    for start, end in spans[1:]:
        a, b = out[-1]
        if wrong_cut(text[a:b], text[start:end], words, str(code)):
            out[-1] = (a, end)
        else:
            out.append((start, end))
    return cut_after_legal_forms(text, out, words)


def cut_after_legal_forms(text: str, spans: list[Span], words: ModuleType) -> list[Span]:
    """'… Aguas del Sur S.A. El director …': a legal form written with a dot, then a capitalised
    small word of the language (jusText's stop words: 'El', 'Die', 'De'), ends a sentence."""
    forms = {f for f in getattr(words, "ORG_SUFFIXES", ()) if f.endswith(".")}
    stops = stopwords(words.NAME) if forms else frozenset()
    out: list[Span] = []
    for start, end in spans:
        cut = start
        for m in DOTTED_THEN_WORD.finditer(text, start, end):
            word = m.group(2)
            if m.group(1) in forms and word[:1].isupper() and word.lower() in stops:
                out.append((cut, m.end(1)))
                cut = m.start(2)
        out.append((cut, end))
    return out


def wrong_cut(before: str, after: str, words: ModuleType, code: str) -> bool:
    """Whether a sentence cut between two pieces fell after an abbreviation or a day number."""
    last = before.rsplit(None, 2)
    tail = " ".join(last[-2:]).lower()
    abbreviations = words.ABBREVIATIONS
    if last and (last[-1].lower() in abbreviations or tail in abbreviations):
        return True
    dated = len(last) >= 2 and last[-2].rstrip(".").isdigit() and last[-1].endswith(".")
    if dated and last[-1][:-1].lower() in cldr.month_abbreviations(code):
        return True  # "le 9 déc. 2026", "am 3. Okt. wurde"
    if DAY_NUMBER.search(before):
        first = FIRST_WORD.match(after)
        months, _ = cldr.calendar_names(code)
        if first is not None and _month_word(first.group(0).lower(), months):
            return True
        return ordinal(last, after, words)
    return False


def _month_word(word: str, months: dict[str, int]) -> bool:
    """A month's name or its abbreviation ('Dezember', 'Dez', 'déc', 'dic')."""
    short = len(word) >= MONTH_ABBREVIATION
    return word in months or (short and any(m.startswith(word) for m in months))


def ordinal(last: list[str], after: str, words: ModuleType) -> bool:
    """'zum 6.' before a capitalised word: an ordinal in a language that writes them with a dot
    (its word data lists the words an ordinal follows, as ORDINAL_AFTER), or the '1.' of a
    club's name ('1. FC', NUMBERED_CLUBS)."""
    follows: frozenset[str] = getattr(words, "ORDINAL_AFTER", frozenset())
    if len(last) >= 2 and last[-2].lower() in follows and after[:1].isupper():
        return True
    club = FIRST_WORD.match(after)  # 'des Zweitligisten 1. FC Kronach': the club's own number
    clubs: frozenset[str] = getattr(words, "NUMBERED_CLUBS", frozenset())
    return last[-1] == "1." and club is not None and club.group(0) in clubs
