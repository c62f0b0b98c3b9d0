"""A sports club named by its form's short word, a founding year and its town ('TSV Odenhausen/
Lahn', 'SG 01 Höchst', 'ESV Lok Zwickau'): the whole run is the club, one organisation, not a
short word and a town. The short words are the language's closed list (CLUB_FORMS)."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts import evidence
from newsfacts.facts.name_words import first_name
from newsfacts.facts.names.lone import noun_kind
from newsfacts.facts.names.model import ORG, PER
from newsfacts.facts.names.reading import Span, is_cap
from newsfacts.facts.tokens import Token

CLUB_FORM = "organisation word"  # the evidence: the club's form word opens the name
MAX_WORDS = 3  # capitalised words after the form ('SV Rot-Weiß Essen', 'ESV Lok Zwickau')
YEAR_DIGITS = (2, 4)  # a founding year written in the name ('SG 01', 'TSV 1860')
CODE_LETTERS = 2  # a region's code in a results table ('WÜ', 'BW'): no part of the name
RANK_FORMS = frozenset(("FC",))  # '1. FC' opens a line too ('1. FC Kronach'); '1. DJK' a rank
GLUE = frozenset(("/", "-"))  # a town's second part written on ('Odenhausen/Lahn')


def club_forms(text: str, tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """The spans with each club named by its form word made one organisation."""
    forms: frozenset[str] = getattr(words, "CLUB_FORMS", frozenset())
    out = list(spans)
    for i, token in enumerate(tokens):
        if token.text not in forms:
            continue
        end = _club_end(tokens, i, words)
        if end is None or any(s.label == ORG and s.start <= i and s.end >= end for s in out):
            continue  # no town after it, or a longer body holds it already
        start = _numbered(text, tokens, i)
        name = text[tokens[start].start : tokens[end - 1].end]
        club = Span(name, start, end, ORG, CLUB_FORM, None, start == 0)
        out = [s for s in out if s.end <= start or s.start >= end] + [club]
    return sorted(out, key=lambda s: s.start)


def _club_end(tokens: list[Token], i: int, words: ModuleType) -> int | None:
    """The end of the club's name after its form word: an optional year, then up to MAX_WORDS
    capitalised words written on (no everyday word last after the first: 'beim SV Birkau Anfang
    Mai'); no person's word nor a region's code: 'SC Freiburg Trainer Christian Streich',
    'SG Virngrund WÜ 53,09')"""
    j = i + 1
    if j < len(tokens) and _year(tokens[j]) and _next(tokens, j):
        j += 1
    ends: list[int] = []
    while j < len(tokens) and len(ends) < MAX_WORDS and _next(tokens, j) and is_cap(tokens[j]):
        if _person_word(tokens, j, bool(ends), words):
            break
        j += 1
        if j + 1 < len(tokens) and tokens[j].text == "." and tokens[j - 1].text == "St":
            j += 1  # 'FC St. Pauli': the saint's abbreviation
        while j + 1 < len(tokens) and tokens[j].text in GLUE and _glued(tokens, j):
            j += 2
        ends.append(j)
    while len(ends) > 1 and evidence.is_everyday(tokens[ends[-1] - 1].text, words):
        ends.pop()  # (one word stays: 'SG 01 Höchst', a town's name that is also a word)
    return ends[-1] if ends else None


def _person_word(tokens: list[Token], j: int, after: bool, words: ModuleType) -> bool:
    """A word that opens what follows the club: a role or a noun for a person ('Trainer',
    'Kapitän'), a first name before a capitalised word after the club's own words ('Christian
    Streich'), or a code of two capitals ('WÜ', a region's)."""
    word = tokens[j].text
    if len(word) == CODE_LETTERS and word.isupper():
        return True
    if noun_kind(word.lower(), words) == PER:
        return True
    later = j + 1 < len(tokens) and is_cap(tokens[j + 1]) and _next(tokens, j + 1)
    return after and later and first_name(word, words)


def _year(token: Token) -> bool:
    """Digits of a founding year ('01', '1860')."""
    return token.text.isdigit() and YEAR_DIGITS[0] <= len(token.text) <= YEAR_DIGITS[1]


def _next(tokens: list[Token], j: int) -> bool:
    """The token follows the one before with one space at most."""
    return tokens[j].start - tokens[j - 1].end <= 1


def _glued(tokens: list[Token], j: int) -> bool:
    """A slash or hyphen with a capitalised word right after it and no space around it."""
    after = tokens[j + 1]
    return tokens[j].start == tokens[j - 1].end and after.start == tokens[j].end and is_cap(after)


def _numbered(text: str, tokens: list[Token], i: int) -> int:
    """The start of the name: the form word, or a '1.' written before it ('1. FC Kronach'); at
    a line's start a '1.' before another form is a rank in a results table ('1. DJK …')."""
    number, dot = (tokens[i - 2], tokens[i - 1]) if i >= 2 else (None, None)
    if not (number and dot and number.text == "1" and dot.text == "."):
        return i
    line_start = not text[: number.start].strip(" \t") or text[: number.start].rstrip(
        " \t"
    ).endswith("\n")
    if dot.start == number.end and (tokens[i].text in RANK_FORMS or not line_start):
        return i - 2
    return i
