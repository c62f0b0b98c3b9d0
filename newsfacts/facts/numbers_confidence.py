"""How strongly the evidence supports a number, money or percent fact: a confidence in 0..1.

A logistic over kinds of evidence a reader would also weigh, with weights set by hand and
checked on both halves of MEANTIME's money/percent/quantity gold (benchmarks/number_facts.py):
- for: a currency or a per-cent sign says what the figure is; a counted noun says what a count
  counts ("4,200 train drivers", "a vote of 7 to 2", "from 12 to 53 soldiers"); digits;
- against: the number names a thing, not a quantity ("Boeing 787", "FTSE 100", "Chapter 11",
  "version 10.4", "Terminal 3", "12 Harbour Street"), or the article writes those digits after a
  name elsewhere ("Boeing 737s" in the title, then "five new 737 aircraft"); a time span
  ("two years ago", "a 12-year low": a date's business, not a figure's); a time of day ("at 4
  in the morning"); what it counts is a verb, a hedge or a page word ("about: making"); a lone
  digit or a number word with nothing counted; a figure in a row of figures with few words
  (a table's line: "Rockledge 14 11 6 15 — 44").
The table shows a number from SHOW_AT on, like a name (model.py); the JSON has every one.
"""

from __future__ import annotations

import functools
import math
import re
from collections.abc import Iterable

from newsfacts.facts.numbers import NumberHit, verb_like
from newsfacts.words import split_words
from newsfacts.words.en.function import STOPWORDS
from newsfacts.words.en.numbers import CURRENCY_CODES, CURRENCY_WORDS, HEDGES

# The weight of each kind of evidence (a feature is 1 when it holds, else 0).
WEIGHTS = {
    "bias": 1.0,
    "digits": 0.6,
    "explicit unit": 2.0,
    "counted noun": 0.8,
    "names a thing": -3.0,
    "name elsewhere": -2.0,
    "time span": -1.0,
    "time said as a modifier": -1.0,
    "time of day": -3.0,
    "junk counted": -1.5,
    "nothing counted": -0.6,
    "row of figures": -3.0,
}

TIME_UNITS = frozenset(
    split_words(
        """
    year years month months week weeks day days hour hours minute minutes second seconds
    decade decades century centuries night nights weekend weekends quarter quarters"""
    )
)
# Words before a number that make it a label: "version 10.4", "No. 3", "route 66".
LABELS = frozenset(
    split_words(
        """
    version no no. nos number chapter section article page pages room flight route terminal
    gate platform channel highway interstate model series episode season phase stage level
    grade type mark size row seat box lane apartment suite unit line bus exit track tier
    category cat class division district ward precinct figure table"""
    )
)
# Nouns after a number that make it a name's ("the 500 index", "a 3.0 release").
NAME_HEADS = frozenset(
    split_words("index indices indexes average composite edition version release model series")
)
STREET_WORDS = frozenset(
    split_words(
        """
    street st st. avenue ave ave. road rd rd. boulevard blvd lane drive dr place square way
    court terrace close crescent"""
    )
)
MONTHS_AND_DAYS = frozenset(
    split_words(
        """
    january february march april may june july august september october november december jan
    jan. feb feb. mar mar. apr apr. jun jul aug aug. sep sep. sept sept. oct oct. nov nov. dec
    dec. monday tuesday wednesday thursday friday saturday sunday"""
    )
)
# Page furniture a count may be read from ("Show all 50 photos", "12 comments").
PAGE_WORDS = frozenset(
    split_words(
        """
    comment comments photo photos picture pictures image images slide slides slideshow view
    views like likes reply replies result results story stories article articles video videos
    share click clicks page"""
    )
)
# Adjectives that may follow a number without being what it counts ("three large", "2 massive").
ADJECTIVES = frozenset(
    split_words(
        """
    new old large larger largest big bigger biggest small smaller major minor short long high
    low more most other few many several additional extra further massive huge giant young"""
    )
)
# Units that are money or a share though the finder calls the figure a number ("26 cents").
MONEY_OR_SHARE = frozenset(
    split_words("cents cent pence penny percent per points point basis guilders kronor")
) | frozenset(CURRENCY_WORDS)
TIME_OF_DAY = re.compile(r"\s*(?:a\.?m\b|p\.?m\b|o'clock\b|in the (?:morning|afternoon|evening))")
_WORD_BEFORE = re.compile(r"(?P<word>[A-Za-z#][\w&'’.-]*)[ \u00a0]$")
# Three digits or more after a word ("Nikkei 225"), and the word after them (a verb or none).
_NAME_NUMBER = re.compile(
    r"(?P<num>\d(?<=[A-Za-z'’][ \u00a0]\d)\d\d+(?:\.\d+)?)s?\b(?![.,]?\d|-)"
    r"(?:[ \u00a0](?P<next>[A-Za-z]+))?"
)  # A model's digits glued to a plural "s" ("5,700 737s"); not a decade ("1990s", "the 90s").
_MODELS = re.compile(r"(?P<num>\d(?<![\w.,]\d)\d[1-9])s\b")
_STREET_AFTER = re.compile(
    r"\s+(?:[A-Z][\w'-]*\s+){1,3}?(?P<street>"
    + "|".join(re.escape(w) for w in sorted(STREET_WORDS, key=len, reverse=True))
    + r")(?!\w)",
    re.IGNORECASE,
)
_AGO = re.compile(r"(?:[ -][a-z]+)?[ -](?:ago|earlier|later|before|old)\b")


def name_numbers(texts: Iterable[str]) -> frozenset[str]:
    """Digits the article writes right after a name ("Boeing 737s", "Nikkei 225") or as a
    plural ("737s"): a model or an index wherever they stand. Three digits or more, so a lone
    "4" is never marked. After a possessive only when a verb follows ("Poor's 500 fell"):
    "Ryanair's 230 aircraft" counts aircraft."""
    found: set[str] = set()
    for text in texts:
        for m in _NAME_NUMBER.finditer(text):
            before = _WORD_BEFORE.search(text, max(0, m.start() - 40), m.start())
            word, after = before.group("word") if before else "", m.group("next")
            owned = word.endswith(("'s", "’s")) and not (after and verb_like(after))
            if word and names_a_thing(word, first=False) and not owned:
                found.add(m.group("num"))
        found.update(m.group("num") for m in _MODELS.finditer(text))
    return frozenset(found)


def names_a_thing(word: str, first: bool) -> bool:
    """A word before a number that makes it a name's or a label's number; `first`: the word
    opens the sentence (a capital there says nothing)."""
    low = word.lower()
    if low in LABELS:
        return True
    if low in MONTHS_AND_DAYS or low in STOPWORDS or word in CURRENCY_CODES or low in HEDGES:
        return False
    if first or low.rstrip("'’s") in MONTHS_AND_DAYS:
        return False
    return any(c.isupper() for c in word)


def evidence(hit: NumberHit, sentence: str, named: frozenset[str] = frozenset()) -> set[str]:
    """The kinds of evidence that hold for one hit in its sentence."""
    found = {"bias"}
    if any(c.isdigit() for c in hit.text):
        found.add("digits")
    counted = _counted(hit)
    if hit.kind in ("money", "percent") or (hit.unit or "").lower() in MONEY_OR_SHARE:
        found.add("explicit unit")
    elif counted:
        found.add("counted noun")
    elif not hit.changed_from and (not hit.text[:1].isdigit() or _lone_digit(hit)):
        found.add("nothing counted")
    modifier = hit.kind == "number" and "-" in hit.text  # "a two-day hearing": a noun follows
    if not modifier and (_junk(hit.about) or (hit.kind == "number" and _junk(hit.unit))):
        found.add("junk counted")
    if hit.kind == "number":
        found |= _name_evidence(hit, sentence, named)
        found |= _time_evidence(hit, sentence)
    if row_of_figures(sentence):
        found.add("row of figures")
    return found


_FIGURE = re.compile(r"(?<![\w.,])[$€£¥]?\d[\d,.]*%?(?!\w)")


@functools.lru_cache(maxsize=256)  # asked once a figure: a sentence of many figures read once
def row_of_figures(sentence: str) -> bool:
    """Four figures or more and fewer words in small letters than figures: a table's line or
    a list of results, where a figure's meaning is in a column head the text lost."""
    figures = len(_FIGURE.findall(sentence))
    words = sum(1 for w in re.findall(r"[^\W\d_]+", sentence) if w.islower())
    return figures >= 4 and words < figures


def _counted(hit: NumberHit) -> bool:
    """What a count counts is said: a noun after it, a tally, an age or a change."""
    if hit.changed_from or _tally(hit) or (hit.about or "").startswith("age"):
        return True
    if not hit.unit and hit.about and not _junk(hit.about):
        return True  # "two-thirds of the state": what the share is of
    words = (hit.unit or "").split()
    return bool(words) and not all(w.lower() in ADJECTIVES for w in words)


def _tally(hit: NumberHit) -> bool:
    """A vote or a game's score ("7 to 2", "6-4, 6-3")."""
    return (hit.about or "").startswith(("vote ", "score "))


def _grouped(hit: NumberHit) -> bool:
    """Digits grouped in thousands ("Volume 170,330,000 shares"): a quantity, whatever name
    stands before it (a model's number has no thousands mark)."""
    return "," in hit.text


def _lone_digit(hit: NumberHit) -> bool:
    """A single digit with nothing counted: "4", not "1,100" or "6.5"."""
    return len(hit.text) == 1 and not hit.unit and not hit.about


def _junk(phrase: str | None) -> bool:
    """A counted phrase that is no noun phrase: a verb, a hedge or a page word leads it."""
    words = (phrase or "").split()
    while words and words[0].lower() in ADJECTIVES:
        words.pop(0)  # "new teachers": the noun decides
    if not words:
        return False
    first = words[0].lower()
    if first in ("of", "in", "at", "for", "from"):
        return False  # "larger of Boeing": a count of something a name owns
    return (
        first in STOPWORDS
        or first in HEDGES
        or verb_like(words[0])
        or any(w.lower().strip(".,") in PAGE_WORDS for w in words)
    )


def _name_evidence(hit: NumberHit, sentence: str, named: frozenset[str]) -> set[str]:
    """The number names a thing: a name or a label before it, a name's head noun ("index")
    or a street after it."""
    head = (hit.unit or "").split()
    if head and head[0].lower() in NAME_HEADS:
        return {"names a thing"}
    if _tally(hit) or not hit.text[:1].isdigit():
        return set()  # "Bublik 7-5", "Villa five points": a name's score or count
    before = sentence[: hit.start]
    m = None if _grouped(hit) else _WORD_BEFORE.search(before)
    if m and names_a_thing(m.group("word"), first=not before[: m.start()].strip()):
        possessive = m.group("word").endswith(("'s", "’s"))
        if not (possessive and _counted(hit)):  # "Ryanair's 230 aircraft" counts aircraft
            return {"names a thing"}
    street = _STREET_AFTER.match(sentence, hit.end)
    if street and street.group(0).split()[0][:1].isupper():
        return {"names a thing"}
    if hit.text in named:
        return {"name elsewhere"}
    return set()


def _time_evidence(hit: NumberHit, sentence: str) -> set[str]:
    """A time span ("two years", "a 12-year low") or a time of day ("at 4 in the morning")."""
    if TIME_OF_DAY.match(sentence, hit.end):
        return {"time of day"}
    unit = (hit.unit or "").lower().split()
    if (hit.about or "").startswith("age") or not unit or unit[0] not in TIME_UNITS:
        return set()
    found = {"time span"}
    singular = hit.value != 1 and not unit[0].endswith("s")  # "a 20 year low"
    after = hit.end + _unit_length(hit, sentence)
    if "-" in hit.text or singular or not hit.text[:1].isdigit() or _AGO.match(sentence, after):
        found.add("time said as a modifier")
    return found


def _unit_length(hit: NumberHit, sentence: str) -> int:
    """How far the unit runs after the number in the sentence (0 when it is not there)."""
    rest = sentence[hit.end :]
    stripped = rest.lstrip()
    unit = hit.unit or ""
    return len(rest) - len(stripped) + len(unit) if unit and stripped.startswith(unit) else 0


def score(hit: NumberHit, sentence: str, named: frozenset[str] = frozenset()) -> float:
    """The confidence of one figure: the logistic of its weighted evidence."""
    z = sum(WEIGHTS[name] for name in evidence(hit, sentence, named))
    return round(1.0 / (1.0 + math.exp(-z)), 2)


def score_plain(hit: NumberHit, sentence: str = "") -> float:
    """The confidence of a figure in another language: from its signs, the noun it counts and
    its line (the English cues of names and time spans do not apply)."""
    found = {"bias"} | ({"digits"} if any(c.isdigit() for c in hit.text) else set())
    if hit.kind in ("money", "percent"):
        found.add("explicit unit")
    elif hit.kind == "number":  # the noun after it (figures.counted), else a bare figure
        found.add("counted noun" if hit.unit else "nothing counted")
    if row_of_figures(sentence):
        found.add("row of figures")
    z = sum(WEIGHTS[name] for name in found)
    return round(1.0 / (1.0 + math.exp(-z)), 2)
