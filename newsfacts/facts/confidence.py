"""How strongly the evidence supports a name fact: a confidence in 0..1.

A logistic model over a few kinds of evidence a reader would also weigh (the name is told
again, has a short form or a title, a gazetteer or a first-name list knows it, it is made of
everyday words), one weight vector per kind. The weights were fitted by
benchmarks/fit_confidence.py on one half of the CoNLL-2003 dev set and checked on the other
half and on MEANTIME; rerun it to refit. The table shows a name only from SHOW_AT on
(model.py; fit_confidence.py --show-at compares thresholds: 0.75 kept, as precise as 0.8).
"""

from __future__ import annotations

import math
from dataclasses import replace

from newsfacts.facts.census import first_names
from newsfacts.facts.places import place_type
from newsfacts.lexicon import is_common_word
from newsfacts.model import Fact
from newsfacts.words.en import orgs

NAME_KINDS = ("person", "organization", "place")
FEATURES = (
    "bias", "told again", "short form", "title", "gazetteer place", "first name",
    "organisation word", "everyday word", "one word", "capitals only",
)  # fmt: skip
# Fitted weights, one per FEATURE (benchmarks/fit_confidence.py, CoNLL-2003 dev, even half).
WEIGHTS: dict[str, tuple[float, ...]] = {
    "person": (2.73, -0.08, 0.09, 0.79, 0.08, 0.05, 0.00, -1.65, -2.06, 0.00),
    "organization": (0.59, 0.22, 0.08, 0.00, 3.01, 0.52, 1.65, -0.01, -0.09, 0.36),
    "place": (0.62, -0.04, 0.94, 0.00, 1.59, 0.68, 0.31, 0.18, 0.98, -0.04),
}


def features(fact: Fact, language: str | None = "english") -> tuple[float, ...]:
    """The evidence for one name fact, as 0/1 values in FEATURES order."""
    parts = fact.text.split()
    lang = (language or "").capitalize()  # the word lists are named "English", "German"...
    everyday = bool(parts) and all(is_common_word(p, lang) for p in parts)
    return (
        1.0,
        float((fact.mentions or 0) >= 2),
        float(bool(fact.aliases)),
        float(bool(fact.role)),
        float(any(place_type(f) is not None for f in (fact.text, *fact.aliases))),
        float(bool(parts) and parts[0] in first_names()),
        float(
            bool(parts)
            and (
                parts[-1] in orgs.ORG_SUFFIXES
                or parts[0] in orgs.ORG_HEADS
                or parts[-1] in orgs.ORG_HEADS
            )
        ),
        float(everyday),
        float(len(parts) == 1),
        float(fact.text.isupper()),
    )


def score(fact: Fact, language: str | None = "english") -> float:
    """The confidence of a name fact: the logistic of its weighted evidence."""
    weights = WEIGHTS[fact.kind]
    z = sum(w * x for w, x in zip(weights, features(fact, language), strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def with_confidence(facts: list[Fact], language: str | None = "english") -> list[Fact]:
    """Every person, organisation and place fact with its confidence set."""
    return [
        replace(f, confidence=round(score(f, language), 2)) if f.kind in NAME_KINDS else f
        for f in facts
    ]
