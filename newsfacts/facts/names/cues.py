"""Word-level cues shared by the name finder: gazetteer places, datelines, name words."""

from __future__ import annotations

import re
from functools import lru_cache

from newsfacts.cache import PER_TEXT
from newsfacts.facts import census, places
from newsfacts.facts.names.model import Text
from newsfacts.facts.tokens import Token, is_all_caps, is_shouting, tokenize
from newsfacts.words.en.calendar import MONTHS, WEEKDAYS
from newsfacts.words.en.orgs import ABBREVIATED_SUFFIXES
from newsfacts.words.en.places import COMPASS

_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d")


_INITIAL = re.compile(r"^[A-Z]\.$")


@lru_cache(maxsize=PER_TEXT)  # asked for every capitalised token, most of them often
def date_word(word: str) -> bool:
    """Weekday and month names are dates, not names."""
    w = word.lower().rstrip(".")
    return w in WEEKDAYS or w in MONTHS


_PARTICLE_NAME = re.compile(r"^(?:al|el|ad|ud|ul|ibn|bin|abu|abd)-[A-Z][a-z]+$")


def particle_name(word: str) -> bool:
    """An Arabic name under its lower-case particle ("al-Saadani"): part of a person's name."""
    return bool(_PARTICLE_NAME.match(word))


def context_of(tokens: list[Token], i: int, j: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Up to three tokens on each side of a span, lower-cased."""
    left = tuple(t.text for t in tokens[max(0, i - 3) : i])
    right = tuple(t.text.lower() for t in tokens[j : j + 3])
    return left, right


def dateline_after(tokens: list[Token], j: int) -> bool:
    """A date follows the name at a sentence start ("LONDON 1996-08-30", "SEOUL, Sept. 4")."""
    rest = [t.text for t in tokens[j : j + 8] if t.text not in (",", "(")]
    if len(rest) > 1 and (
        place_kind(rest[0]) in ("country", "state", "region") or state_abbreviation(rest[0])
    ):
        rest = [w for w in rest[1:] if w != "."]  # "TAVILDARA, Tajikistan 1996-08-30"
    if not rest:
        return False
    return bool(_ISO_DATE.match("".join(rest))) or rest[0].lower().rstrip(".") in MONTHS


DOTTED_SUFFIXES = ABBREVIATED_SUFFIXES | frozenset(
    w for w in places.STATE_ABBREVIATIONS if "." not in w
)


def dotted_suffix(tokens: list[Token], b: int) -> bool:
    """The span ends in an abbreviated suffix whose period follows at once ("Corp.")."""
    if b >= len(tokens) or tokens[b - 1].text not in DOTTED_SUFFIXES:
        return False
    return tokens[b].text == "." and tokens[b].start == tokens[b - 1].end


def running_text(item: Text) -> bool:
    """Body text not in capitals: the text where capitalisation marks names."""
    return _running(item.kind, item.text)


# Asked twice per text (names in running text, then known names in the rest): decide once.
@lru_cache(maxsize=PER_TEXT)
def _running(kind: str, text: str) -> bool:
    """Whether a text of this kind is running text (see running_text)."""
    tokens = tokenize(text)
    if kind == "title":
        return not is_shouting(tokens)  # a sentence-case headline reads like running text
    return kind in ("body", "caption") and not is_all_caps(tokens)


def name_words(text: str) -> list[str]:
    """The words of a name."""
    return text.split()


PLACE_KIND_CACHE = 16384  # names: bounded, so a batch of millions keeps flat memory


@lru_cache(maxsize=PLACE_KIND_CACHE)
def place_kind(text: str) -> str | None:
    """The gazetteer's type for a name, trying its title-case and compass-expanded forms."""
    for form in (text, expand_compass(text), title_case(text)):
        kind = places.place_type(form)
        if kind:
            return kind
    first, _, rest = text.partition(" ")
    if first in COMPASS and rest and places.place_type(rest) in ("country", "region", "state"):
        return "region"  # "South Atlantic", "Eastern Europe"
    return None


def title_case(text: str) -> str:
    """'NEW YORK' -> 'New York'."""
    return " ".join(w.capitalize() for w in text.split()) if text.isupper() else text


def expand_compass(text: str) -> str:
    """'S. Korea' -> 'South Korea' (abbreviated compass points in headlines)."""
    for short, full in (("S. ", "South "), ("N. ", "North "), ("E. ", "East "), ("W. ", "West ")):
        if text.startswith(short):
            return full + text[len(short) :]
    return text


def state_abbreviation(word: str) -> bool:
    """'Fla', 'Fla.', 'N.H.': a US state as AP style abbreviates it."""
    return word in places.STATE_ABBREVIATIONS or word.rstrip(".") in places.STATE_ABBREVIATIONS


def first_name(word: str) -> bool:
    """A known first name, an initial ("J."), or a hyphenated first name ("Anne-Gaelle")."""
    names = census.first_names()
    return word in names or bool(_INITIAL.match(word)) or word.split("-")[0] in names


def initials(name: str) -> str:
    """'United Nations Command' -> 'UNC'."""
    return "".join(w[0] for w in name_words(name) if w[:1].isupper())


def dateline_place(tokens: list[Token]) -> int:
    """The end of a place name in capitals that opens a dateline ("LA CORUNA 1996-08-30"), or 0."""
    j = 0
    while j < min(len(tokens), 4) and tokens[j].text[:1].isalpha() and tokens[j].text.isupper():
        if date_word(tokens[j].text):
            return 0  # "FRIDAY 1996-08-30": the day of a heading, no place
        j += 1
    return j if j and dateline_after(tokens, j) else 0
