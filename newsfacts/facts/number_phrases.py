"""Number phrases of more than one word: their value from their grammar, not from one word.

"hundreds of thousands" is a product of magnitudes (1e5), "two-thirds" a fraction (2/3),
"minus six point six" a signed decimal (-6.6). Each phrase is read whole, so its parts are
never taken for numbers of their own ("thousands" alone, "2 thirds", "6").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from newsfacts.lazyre import lazy, matched_key
from newsfacts.words.en.numbers import (
    DIGIT_WORDS,
    FRACTION_WORDS,
    MAGNITUDES,
    NUMBER_WORDS,
    SCALES,
)


@dataclass(frozen=True)
class Phrase:
    """One number phrase: its span in the sentence and its value."""

    start: int
    end: int
    value: float
    fraction: bool  # a share of something ("two-thirds of the homes"), not a count


def _alternatives(words: object) -> str:
    """A regex alternation of words, longest first."""
    return "|".join(sorted(map(re.escape, words), key=len, reverse=True))  # type: ignore[call-overload]


_MAG = _alternatives(MAGNITUDES)
# "hundreds of thousands", "tens of millions", "hundreds of millions" (a product each step).
MAGNITUDE = lazy(rf"\b(?i:(?:(?:{_MAG})\s+of\s+)+(?:{_MAG}))\b")
_NUMERATOR = _alternatives([*NUMBER_WORDS, "one", "a", "an"])
_DENOMINATOR = _alternatives(FRACTION_WORDS)
# "two-thirds", "one-quarter", "three quarters of": hyphenated always, spaced only before "of".
FRACTION = lazy(
    rf"\b(?i:(?P<n>{_NUMERATOR}|[0-9]+)(?:-(?P<d1>{_DENOMINATOR})\b|\s+(?P<d2>{_DENOMINATOR})(?=\s+of\b)))"
)
# "two and a half", "3-and-a-half": a whole and a half.
_SCALE = _alternatives(SCALES)
AND_A_HALF = lazy(
    rf"\b(?i:(?P<n>{_NUMERATOR}|[0-9]+)[- ]and[- ]a[- ]half(?:\s+(?P<scale>{_SCALE}))?)\b"
)
_DIGIT = _alternatives(DIGIT_WORDS)
_WHOLE = _alternatives([*NUMBER_WORDS, *DIGIT_WORDS])
# "minus six point six", "negative 3.5", "six point five", "−12" (a minus sign before digits).
_SPOKEN_DIGITS = rf"(?i:{_DIGIT})\b(?:\s+(?i:{_DIGIT})\b)*"
SIGNED = lazy(
    rf"(?<![\w.,-])(?:(?P<sign>\b(?i:minus|negative)\s+|[−-](?=[0-9]))"
    rf"(?P<num>[0-9]+(?:\.[0-9]+)?(?!\.?[0-9])|\b(?i:{_WHOLE})\b)"
    rf"(?:\s+(?i:point)\s+(?P<frac>{_SPOKEN_DIGITS}))?"
    rf"|\b(?P<word>(?i:{_WHOLE}))\s+(?i:point)\s+(?P<frac2>{_SPOKEN_DIGITS}))"
)


def find_phrases(text: str) -> list[Phrase]:
    """Every number phrase of a sentence, in order, without overlaps."""
    low = text.lower()
    found: list[Phrase] = []
    if " of " in low and any(word in low for word in MAGNITUDES):
        found += _magnitudes(text)
    if any(word in low for word in _FRACTION_STEMS):
        found += _fractions(text)
    if "half" in low:
        found += _and_a_half(text)
    if "minus" in low or "negative" in low or " point " in low or _SIGN_DIGIT.search(text):
        found += [Phrase(m.start(), m.end(), _signed(m), False) for m in SIGNED.finditer(text)]
    return _without_overlaps(found) if found else found


_SIGN_DIGIT = re.compile("[−-][0-9]")
# Cheap tests that skip the phrase patterns in the many sentences that cannot hold one.
_FRACTION_STEMS = ("half", "halves", "third", "quart", "fourth", "fifth", "sixth", "seventh",
                   "eighth", "ninth", "tenth")  # fmt: skip


def _magnitudes(text: str) -> list[Phrase]:
    """'hundreds of thousands' -> 1e5: the product of its magnitudes."""
    found: list[Phrase] = []
    for m in MAGNITUDE.finditer(text):
        value = 1.0
        for word in re.findall(r"[A-Za-z]+", m.group()):
            value *= MAGNITUDES.get(word.lower(), 1.0)
        found.append(Phrase(m.start(), m.end(), value, False))
    return found


def _fractions(text: str) -> list[Phrase]:
    """'two-thirds' -> 0.6667, a share."""
    found: list[Phrase] = []
    for m in FRACTION.finditer(text):
        num = matched_key(m.group("n"))
        whole = 1.0 if num in ("a", "an", "one") else _whole(num)
        denominator = FRACTION_WORDS[matched_key(m.group("d1") or m.group("d2"))]
        found.append(Phrase(m.start(), m.end(), round(whole / denominator, 4), True))
    return found


def _and_a_half(text: str) -> list[Phrase]:
    """'two and a half million' -> 2.5e6."""
    found: list[Phrase] = []
    for m in AND_A_HALF.finditer(text):
        scale = SCALES.get(matched_key(m.group("scale") or ""), 1.0)
        found.append(Phrase(m.start(), m.end(), (_whole(m.group("n")) + 0.5) * scale, False))
    return found


def _whole(word: str) -> float:
    """The value of a number word or digits ('six', 'one', '12')."""
    low = word.lower()
    if low in NUMBER_WORDS:
        return float(NUMBER_WORDS[low])
    return float(DIGIT_WORDS[low]) if low in DIGIT_WORDS else float(low)


def _signed(m: re.Match[str]) -> float:
    """The value of a signed or spoken decimal ('minus six point six' -> -6.6)."""
    whole = _whole(m.group("num") or m.group("word"))
    digits = (m.group("frac") or m.group("frac2") or "").split()
    if digits:
        whole += float("0." + "".join(str(DIGIT_WORDS[matched_key(d)]) for d in digits))
    return -whole if m.group("sign") else whole


def _without_overlaps(found: list[Phrase]) -> list[Phrase]:
    """The longest phrase wins where two overlap."""
    kept: list[Phrase] = []
    for p in sorted(found, key=lambda p: (p.start, -(p.end - p.start))):
        if not kept or p.start >= kept[-1].end:
            kept.append(p)
    return kept
