"""Salience: key facts first, from mentions, position and the headline."""

from __future__ import annotations

from newsfacts.facts.tokens import contains_words
from newsfacts.model import Fact

ONE_DAY = "2026-01-28"  # the shape of a date value that names one day

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


def salience(fact: Fact, title: str, event_date: str | None) -> float:
    """A score: more mentions, earlier, in the headline, richer (role, about, speaker)."""
    score = KIND_WEIGHT.get(fact.kind, 0.5)
    score += min(fact.mentions or 1, 10) * 0.5
    if fact.source_kind != "photo credit":  # a credit sits wherever its picture does: no lead bonus
        score += 2.0 / (1 + fact.sentence)
    names = (fact.text, *fact.aliases)
    if title and any(contains_words(title, n) for n in names if n):
        score += 2.0
    if fact.shown_role or fact.about or fact.speaker:
        score += 0.5
    if fact.kind == "date" and event_date and fact.value == event_date:
        score += 2.0
    if fact.kind == "date" and isinstance(fact.value, str) and len(fact.value) == len(ONE_DAY):
        score += 1.0  # a day ("Jan. 28") tells more than a year or a span ("this year")
    if fact.kind == "quote" and fact.quote_kind == "scare quote":
        score -= 0.5
    return round(score, 3)


def rank(facts: list[Fact], title: str, event_date: str | None) -> tuple[Fact, ...]:
    """Facts with their salience, key facts first (ties keep text order)."""
    scored = [f.with_changes(salience=salience(f, title, event_date)) for f in facts]
    return tuple(sorted(scored, key=lambda f: (-f.salience, f.sentence)))
