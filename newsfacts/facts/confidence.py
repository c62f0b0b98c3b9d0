"""How strongly the evidence supports a name fact: a confidence in 0..1.

A logistic model over kinds of evidence a reader would also weigh (the name is told again, has a
short form or a title, a gazetteer or a first-name list knows it, it is made of everyday words,
it holds a code or a place, how clearly its cues voted for its label), one weight vector per kind.
The weights were fitted by benchmarks/fit_confidence.py on one half of the CoNLL-2003 dev set
and of MEANTIME and checked on the other halves, a wrong name weighing twice a right one
(precision first); rerun it to refit. The table shows a name only from SHOW_AT on (model.py;
fit_confidence.py --show-at and --cost compare thresholds and costs).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from newsfacts.facts.census import first_names, surnames
from newsfacts.facts.names.model import Entity
from newsfacts.facts.names.voting import vote_margin
from newsfacts.facts.places import place_type
from newsfacts.lexicon import is_common_word, is_word
from newsfacts.model import Fact
from newsfacts.words.en import orgs

NAME_KINDS = ("person", "organization", "place")
FEATURES = (
    "bias", "told again", "short form", "title", "gazetteer place", "first name",
    "organisation word", "everyday word", "one word", "capitals only",
    "vote margin", "no cue", "place inside", "word last", "surname last", "code word", "city only",
    "vote strength",
)  # fmt: skip
# Fitted weights, one per FEATURE (benchmarks/fit_confidence.py, CoNLL-2003 dev and MEANTIME,
# even halves, --cost 2).
WEIGHTS: dict[str, tuple[float, ...]] = {
    "person": (
        0.40, -0.35, 0.17, 0.68, 0.36, -0.43, 0.00, -1.55, -2.64,
        0.00, 2.05, 0.00, -1.04, -1.88, -0.50, -2.44, 0.36, 1.17,
    ),
    "organization": (
        -0.05, 1.30, -0.04, 0.00, 1.68, 0.95, 0.72, -0.64, 0.86,
        -0.90, 0.35, -2.14, -0.18, -0.02, 0.08, -0.75, 0.78, 0.74,
    ),
    "place": (
        -1.12, -0.20, 1.53, 0.00, 1.18, 0.81, 0.77, -1.09, 1.10,
        -1.06, 0.31, 0.00, -0.72, 0.25, 0.72, 0.00, -1.29, 1.90,
    ),
}  # fmt: skip


@dataclass(frozen=True)
class Votes:
    """What the name finder's cue votes said about one entity."""

    margin: float = 1.0  # how far its label led the next one, -1..1 (see vote_margin)
    cued: bool = True  # False: no cue voted at all, the label is the finder's default
    strength: float = 1.0  # the votes for its label, 0..1 (5 and more: 1)


STRONG_VOTE = 5.0  # votes for a label from which the evidence counts as full strength
Evidence = dict[tuple[str, str], Votes]  # (kind, text) of a fact -> the votes behind it


def votes_of(entity: Entity) -> Votes:
    """The vote evidence of one labelled entity."""
    if entity.votes is None:
        return Votes()
    mine = entity.votes.get(entity.label or "", 0.0)
    return Votes(vote_margin(entity), bool(entity.votes), min(mine, STRONG_VOTE) / STRONG_VOTE)


_CODE = re.compile(r"\d|^(?:[IVX]{2,5}|[A-Z])$")  # "MP3", "XI", "Group II", "Revenue N"


def _code_word(parts: list[str]) -> bool:
    """A word with a digit, a roman numeral or a lone capital letter: a model, a list, a code."""
    return len(parts) > 1 and any(_CODE.search(p) for p in parts)


def _word_last(word: str, language: str) -> bool:
    """A dictionary word that is no one's surname or first name ends the name ("Aerospace",
    "Program", not "Gates"): a person's name seldom ends like that."""
    if word in surnames() or word in first_names() or not word[1:].islower():
        return False
    return is_word(word.lower(), language)


def _city_only(forms: tuple[str, ...]) -> bool:
    """The gazetteer knows the name only as a city (many firms share a town's name)."""
    kinds = {place_type(f) for f in forms} - {None}
    return kinds == {"city"}


def _place_inside(text: str, parts: list[str]) -> bool:
    """A longer name holding a gazetteer place it is not ("Hong Kong Open", "Paris Air Show")."""
    if len(parts) < 2 or place_type(text) is not None:
        return False
    heads = (" ".join(parts[:2]), parts[0], parts[-1])
    return any(place_type(h) in ("country", "state", "city", "region") for h in heads)


def features(
    fact: Fact, language: str | None = "english", votes: Votes | None = None
) -> tuple[float, ...]:
    """The evidence for one name fact, as values in FEATURES order."""
    parts = fact.text.split()
    lang = (language or "").capitalize()  # the word lists are named "English", "German"...
    everyday = bool(parts) and all(is_common_word(p, lang) for p in parts)
    votes = votes or Votes()
    several = len(parts) > 1
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
        votes.margin,
        float(not votes.cued),
        float(_place_inside(fact.text, parts)),
        float(several and _word_last(parts[-1], lang)),
        float(several and parts[-1] in surnames()),
        float(_code_word(parts)),
        float(_city_only((fact.text, *fact.aliases))),
        votes.strength,
    )


def score(fact: Fact, language: str | None = "english", votes: Votes | None = None) -> float:
    """The confidence of a name fact: the logistic of its weighted evidence."""
    weights = WEIGHTS[fact.kind]
    z = sum(w * x for w, x in zip(weights, features(fact, language, votes), strict=True))
    return 1.0 / (1.0 + math.exp(-z))


def with_confidence(
    facts: list[Fact], language: str | None = "english", evidence: Evidence | None = None
) -> list[Fact]:
    """Every person, organisation and place fact with its confidence set."""
    found = evidence or {}
    return [
        replace(f, confidence=round(score(f, language, found.get((f.kind, f.text))), 2))
        if f.kind in NAME_KINDS
        else f
        for f in facts
    ]
