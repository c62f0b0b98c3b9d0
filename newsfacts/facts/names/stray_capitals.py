"""Capitals read as a body's acronym that name none, by what stands around them: a legal form
alone ('die KG zahlte': the firm told before, no name), a unit after a number ('35,3GB', '32
KB'), a law's code in a citation ('§ 12 Abs. 3 Satz 1 UWG'), the writer's sign in brackets
after a dateline ('Wolfsheim (TM) Viel geboten …'; not a news agency's, '(AP)'), and an
abbreviation a plural noun glosses ('den Jagdstaffeln (JS)': units of a kind, no body; a body
is one, 'Bundesnachrichtendienst (BND)').

Tried and dropped: capitals before a hyphen glued to the next word ('im IT -Bereich'), a
compound's first part; as often a party's name the gold counts ('der USPD -Jugend')."""

from __future__ import annotations

import re
from types import ModuleType

from newsfacts.facts.name_words import is_listed
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token
from newsfacts.words.en.press import AGENCIES

ACRONYM_REASONS = frozenset(("acronym", "bare acronym", "initials"))
FIGURE = re.compile(r"\d+(?:[.,]\d+)*")  # a number as a figure is written ('35,3', '128')
YEAR = re.compile(r"1[89]\d\d|20\d\d")  # a year before an acronym: no figure's unit
CITATION = 12  # tokens from a paragraph's sign to a law's code at most
CITATION_WORD = 3  # letters of a small word inside a citation at most ('Abs', 'Nr', 'lit')
DATELINE = 4  # tokens of a dateline's place at most
PLURAL_ENDS = ("n", "en", "e")  # endings of a German plural (a dative's 'n' too)
MIN_PART = 4  # letters of a compound's last word at least
SECTIONS = ("§", "Art.", "Artikel")
RANGES = frozenset(("-", "–", "/"))


def stray_capitals(tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """One text's spans, each acronym that names no body by what stands around it unlabelled."""
    return [unnamed(s) if _stray(tokens, s, words) else s for s in spans]


def unnamed(s: Span) -> Span:
    """The span as words that name nothing: no kind, no evidence (kind_bodies.py too)."""
    return Span(s.text, s.start, s.end, None, "", s.role, s.initial)


def _stray(tokens: list[Token], s: Span, words: ModuleType) -> bool:
    """Whether a legal form alone, or an acronym of one token, names no body."""
    if s.text in words.ORG_SUFFIXES:
        return True
    if s.end - s.start != 1 or s.reason not in ACRONYM_REASONS:
        return False
    return (
        _unit(tokens, s.start)
        or _law_code(tokens, s.start)
        or _dateline_sign(tokens, s.start, words)
        or _glossed_plural(tokens, s.start, words)
    )


def _unit(tokens: list[Token], k: int) -> bool:
    """Right after a figure, glued to it or not ('35,3GB', '32 KB'); not after a year or the end
    of a range of years ('1971-72 BM Granollers': a season, then a club)."""
    if k == 0:
        return False
    number = tokens[k - 1].text
    ranged = k > 1 and tokens[k - 2].text in RANGES
    return bool(FIGURE.fullmatch(number)) and not YEAR.fullmatch(number) and not ranged


def _law_code(tokens: list[Token], k: int) -> bool:
    """After a paragraph's or article's sign, with only numbers and short words between ('§ 144
    Abs. 3 Satz 1 Nr. 1 VwGO'): the code of a law."""
    for a in range(k - 1, max(-1, k - 1 - CITATION), -1):
        word = tokens[a].text
        if word in SECTIONS:
            return True
        small = len(word) <= CITATION_WORD or word in (".", ",", "Satz")
        if not (word[:1].isdigit() or small):
            return False
    return False


def _dateline_sign(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """In brackets right after a dateline's place opening the text, a capitalised word after
    them ('Wolfsheim (TM) Viel …'): the writer's sign; a news agency's is a name."""
    if k < 2 or k + 2 >= len(tokens) or (tokens[k - 1].text, tokens[k + 1].text) != ("(", ")"):
        return False
    short = tokens[k].text
    small: frozenset[str] = getattr(words, "SMALL_AGENCIES", frozenset())
    if short.title() in AGENCIES or short.lower() in small:
        return False
    place = tokens[: k - 1]
    if len(place) > DATELINE or not all(t.text[:1].isupper() or t.text in "/-" for t in place):
        return False
    return tokens[k + 2].text[:1].isupper()


def _glossed_plural(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """In brackets after a plural compound noun whose parts' initials it spells ('den
    Jagdstaffeln (JS)'): the abbreviation of a kind of thing."""
    if not words.COMPOUNDS or k < 2 or k + 1 >= len(tokens):
        return False
    if (tokens[k - 1].text, tokens[k + 1].text) != ("(", ")"):
        return False
    noun = tokens[k - 2].text
    lower = noun.lower()
    if not noun[:1].isupper() or not noun.isalpha() or lower[0] != tokens[k].text[0].lower():
        return False
    rest = iter(lower)
    if not all(c in rest for c in tokens[k].text.lower()):
        return False
    return any(_plural_part(lower[i:], words) for i in range(1, len(lower) - MIN_PART + 1))


def _plural_part(part: str, words: ModuleType) -> bool:
    """A compound's last word in a plural: the list holds it, and its singular without the
    ending ('staffeln': 'staffel'; 'geschwadern': 'geschwader')."""
    return any(
        part.endswith(end)
        and len(part) - len(end) >= MIN_PART
        and is_listed(part, words)
        and is_listed(part[: -len(end)], words)
        for end in PLURAL_ENDS
    )
