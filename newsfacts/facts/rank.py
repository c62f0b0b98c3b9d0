"""Salience: key facts first, from mentions, position and the headline."""

from __future__ import annotations

import re
from dataclasses import replace

from newsfacts.model import Fact

KIND_WEIGHT = {
    "person": 1.0,
    "organization": 0.9,
    "place": 0.8,
    "date": 0.7,
    "money": 0.8,
    "percent": 0.7,
    "number": 0.5,
    "quote": 0.6,
    "source": 0.3,
}


_WORD = re.compile(r"\w")


def _is_word(text: str, at: int) -> bool:
    """Is there a word character at `at` (False outside the text)?"""
    return 0 <= at < len(text) and _WORD.match(text, at) is not None


def in_title(name: str, title: str) -> bool:
    """`name` occurs in `title` between word boundaries, as regex `\\bname\\b` would find it.

    (Without compiling a pattern per name: a regex per fact made ranking the slowest step.)
    """
    at = title.find(name)
    while at >= 0:
        end = at + len(name)
        left = _is_word(title, at - 1) != _is_word(title, at)
        right = _is_word(title, end - 1) != _is_word(title, end)
        if left and right:
            return True
        at = title.find(name, at + 1)
    return False


def salience(fact: Fact, title: str, event_date: str | None) -> float:
    """A score: more mentions, earlier, in the headline, richer (role, about, speaker)."""
    score = KIND_WEIGHT.get(fact.kind, 0.5)
    score += min(fact.mentions or 1, 10) * 0.5
    if fact.role != "photo credit":  # a credit sits wherever its picture does: no lead bonus
        score += 2.0 / (1 + fact.sentence)
    names = (fact.text, *fact.aliases)
    if title and any(in_title(n, title) for n in names if n):
        score += 2.0
    if fact.role or fact.about or fact.speaker:
        score += 0.5
    if fact.kind == "date" and event_date and fact.value == event_date:
        score += 2.0
    if fact.kind == "quote" and fact.role == "scare quote":
        score -= 0.5
    return round(score, 3)


def rank(facts: list[Fact], title: str, event_date: str | None) -> tuple[Fact, ...]:
    """Facts with their salience, key facts first (ties keep text order)."""
    scored = [replace(f, salience=salience(f, title, event_date)) for f in facts]
    return tuple(sorted(scored, key=lambda f: (-f.salience, f.sentence)))
