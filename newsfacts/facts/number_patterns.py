"""The patterns of quantities in running text: money, shares, counts, changes and tallies."""

from __future__ import annotations

import re
from collections.abc import Iterator

from newsfacts.lazyre import lazy, matched_key, may_contain
from newsfacts.words.en.numbers import (
    CURRENCY_NOUNS,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    NUMBER_WORDS,
    SCALES,
    TENS,
    UNITS,
)

_NUM = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_SIGN = "|".join(re.escape(s) for s in sorted(CURRENCY_SIGNS, key=len, reverse=True))
_SCALE = r"(?:\s?(?P<scale>bn|billion|mn|mln|mld|million|tn|trillion|thousand|k|m)\b)?"
# The money patterns and CHANGE scan only a sentence with what they need (`needs`, in small
# letters for a case-blind one): a currency sign, a currency word, a scale word, "from".
MONEY_SIGN = lazy(
    rf"(?<![A-Za-z])(?P<cur>{_SIGN})\s?(?P<num>{_NUM}){_SCALE}",
    needs=("$", "€", "£", "¥", "₩", "₹", "Rs"),
)
MONEY_WORD = lazy(
    rf"\b(?P<num>{_NUM}){_SCALE}\s+(?P<curword>{'|'.join(CURRENCY_WORDS)})\b",
    re.I,
    needs=tuple(CURRENCY_WORDS),
)
# "a 3.5 billion pound plan": a scaled amount before a singular currency noun is money too.
MONEY_SCALED = lazy(
    rf"\b(?P<num>{_NUM})\s?(?P<scale>bn|billion|mn|mln|mld|million|tn|trillion)\s+"
    rf"(?P<curword>{'|'.join(CURRENCY_NOUNS)})\b",
    re.I,
    needs=("bn", "billion", "mn", "mln", "mld", "million", "tn", "trillion"),
)
# Number words, compounds first ("seventy-eight"); "eight percent" is a share like "8%".
_WORDS = rf"(?:{'|'.join(TENS)})-(?:{'|'.join(UNITS)})\b|{'|'.join(NUMBER_WORDS)}"
PERCENT = re.compile(
    rf"\b(?P<num>{_NUM}|(?<![\w-])(?i:{_WORDS})(?=\s))\s?(?:%|percent\b|per cent\b)"
    r"(?P<pts>\s+points?)?"
)
# How every number starts: a digit or a number word's first two letters. Checked before the
# alternation of number words, it turns most word starts away at once (same matches).
_STARTS = "|".join(sorted({w[:2] for w in (*TENS, *NUMBER_WORDS)}))
NUMBER = re.compile(
    rf"(?<![\w.:/-])(?=\d|(?i:{_STARTS}))(?P<num>{_NUM}|(?i:{_WORDS}))"
    r"(?:-(?P<hyph>[a-z]+(?:-[a-z]+)?))?"
    rf"{_SCALE}"
    r"(?![\w:/]|\.\d|-\d)"
)
CHANGE = lazy(
    rf"\bfrom\s+(?P<old>[$€£¥]?{_NUM})\s*(?:%|percent|per cent)?\s+to\s+(?P<new>[$€£¥]?{_NUM})\b",
    needs=("from",),
)
# A tally of two sides: "7 to 2", "3-1", "52 votes to 48". Only with a vote or score cue
# nearby (see _tally_kind): "10-12 people" is a range, "from 7 to 9" a change.
_COUNT = r"\d{1,3}(?:,\d{3})*"
TALLY = re.compile(
    rf"(?<![\w.:/-])(?P<a>{_COUNT})(?:\s+(?P<unit>votes|seats|goals|points|runs|games|sets))?"
    rf"(?:\s?[-–]\s?|\s+to\s+)(?P<b>{_COUNT})(?![\w:/%]|\.\d|[-–]\d)"
)


def percents(text: str) -> Iterator[re.Match[str]]:
    """PERCENT's matches: none, without a scan, in a text with no "%", "percent" or "per cent"
    (the pattern's unit, in small letters: most sentences have none)."""
    unit = "%" in text or "percent" in text or "per cent" in text
    return PERCENT.finditer(text) if unit else iter(())


NUMBER_NEEDS = tuple(NUMBER_WORDS) + tuple(TENS)  # without a digit, NUMBER needs a number word


def numbers_in(text: str, has_digit: bool) -> Iterator[re.Match[str]]:
    """NUMBER's matches: none, without a scan, in a text with neither a digit nor a number word
    (two sentences in three)."""
    words = has_digit or may_contain(text, NUMBER_NEEDS, ignore_case=True)
    return NUMBER.finditer(text) if words else iter(())


def figure_value(num: str, scale: str | None) -> float:
    """Numeric value of '1,200' / 'two' with an optional scale word."""
    low = matched_key(num)
    if low[:1].isalpha() and "-" in low:  # "seventy-eight"
        tens, _, unit = low.partition("-")
        return float(TENS[tens] + UNITS[unit]) * SCALES.get(matched_key(scale or ""), 1.0)
    base = float(NUMBER_WORDS[low]) if low in NUMBER_WORDS else float(low.replace(",", ""))
    return base * SCALES.get(matched_key(scale or ""), 1.0)
