"""How strongly the evidence supports a name fact: a confidence in 0..1.

A logistic model over kinds of evidence a reader would also weigh (the name is told again, has a
short form or a title, a gazetteer or a first-name list knows it, it is made of everyday words,
it holds a code or a place, how clearly its cues voted for its label), one weight vector per kind.
The weights were fitted by benchmarks/fit_confidence.py on one half of the CoNLL-2003 dev set
and of MEANTIME and checked on the other halves, a wrong name weighing twice a right one
(precision first); rerun it to refit. The table shows a name only from SHOW_AT on (model.py;
fit_confidence.py --show-at and --cost compare thresholds and costs). Two kinds of evidence
come after the model, from how the article tells the name: an organisation told only as another
name's part ("Boeing's Launch Systems") is held under SHOW_AT, and a place or organisation
first met after a likely person's full name ending in it ("Neil Jordan" ... "Jordan") keeps
only the odds that it is not that person's surname.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace
from itertools import pairwise

from newsfacts import cldr
from newsfacts.facts.census import first_names, surnames
from newsfacts.facts.names.model import LOC, Entity
from newsfacts.facts.names.voting import vote_margin
from newsfacts.facts.places import place_type
from newsfacts.lexicon import is_common_word, is_word
from newsfacts.model import NAME_KINDS, Fact
from newsfacts.words.en import orgs

FEATURES = (
    "bias", "told again", "short form", "title", "gazetteer place", "first name",
    "organisation word", "everyday word", "one word", "capitals only",
    "vote margin", "no cue", "place inside", "word last", "surname last", "code word",
    "vote strength",
)  # fmt: skip
# Evidence about the shape of a person's name: for an organisation or a place it says nothing
# ("New York Stock Exchange" holds a place and ends in a word), so it weighs 0 there; nor do
# everyday words for an organisation ("Justice Department", "World Bank").
PERSON_SHAPE = frozenset({"place inside", "word last", "surname last", "code word"})
UNWEIGHED = {
    "person": frozenset[str](),
    "organization": PERSON_SHAPE | {"everyday word"},
    "place": PERSON_SHAPE,
}
# Fitted weights, one per FEATURE (benchmarks/fit_confidence.py, CoNLL-2003 dev and MEANTIME,
# even halves, --cost 2).
WEIGHTS: dict[str, tuple[float, ...]] = {
    "person": (
        0.52, -0.32, -0.07, 0.98, 0.19, -0.41, 0.00, -1.68, -2.46,
        0.00, 1.91, 0.00, 0.10, -1.98, -0.31, -2.09, 0.53,
    ),
    "organization": (
        -0.85, 1.18, -0.00, 0.00, 1.99, 0.85, 0.48, 0.00, 0.92,
        -0.80, -0.09, -1.40, 0.00, 0.00, 0.00, 0.00, 1.77,
    ),
    "place": (
        -0.71, 0.10, 1.41, 0.00, 1.41, 0.99, 0.62, -0.02, 0.80,
        0.06, 0.62, 0.00, 0.00, 0.00, 0.00, 0.00, 0.38,
    ),
}  # fmt: skip


@dataclass(frozen=True)
class Votes:
    """What the name finder's cue votes said about one entity."""

    margin: float = 1.0  # how far its label led the next one, -1..1 (see vote_margin)
    cued: bool = True  # False: no cue voted at all, the label is the finder's default
    strength: float = 1.0  # the votes for its label, 0..1 (STRONG_VOTE and more: 1)
    owned: bool = False  # every mention follows another name's possessive (see owned)


STRONG_VOTE = 2.5  # votes for a label from which the evidence counts as full strength: a
# city the gazetteer knows, a first name with a surname
Evidence = dict[tuple[str, str], Votes]  # (kind, text) of a fact -> the votes behind it


def vote_evidence(
    entities: list[Entity], facts: list[Fact], voted: set[int], code: str | None
) -> Evidence:
    """The vote evidence behind each entity's fact. A label the article's language settled
    after the votes (a relabelled entity, not in `voted`; a place its own country names know,
    'Deutschland') counts as fully supported."""
    countries = cldr.territory_names(code) if code not in (None, "en") else frozenset()
    out: Evidence = {}
    for e, f in zip(entities, facts, strict=True):
        known = e.label == LOC and bool(countries.intersection((e.name, *e.forms)))
        votes = votes_of(e) if id(e) in voted and not known else Votes()
        out[(f.kind, f.text)] = replace(votes, owned=owned(e)) if owned(e) else votes
    return out


POSSESSIVES = frozenset(("'s", "'", "’s", "’"))
PART_AT = 0.5  # the confidence an organisation told only as another's part keeps at most


def owned(entity: Entity) -> bool:
    """Every mention in the body follows a capitalised name's possessive ("Boeing's Launch
    Systems", "Airbus' Delivery Center"): a unit of that other body, whose name alone misleads;
    the whole name is the possessor's with it."""
    body = [m for m in entity.mentions if m.kind == "body"]
    return bool(body) and all(
        len(m.left) >= 2
        and m.left[-1] in POSSESSIVES
        and m.left[-2][:1].isupper()
        and place_type(m.left[-2]) is None
        for m in body
    )


def votes_of(entity: Entity) -> Votes:
    """The vote evidence of one labelled entity."""
    if entity.votes is None:
        return Votes()
    mine = entity.votes.get(entity.label or "", 0.0)
    return Votes(vote_margin(entity), bool(entity.votes), min(mine, STRONG_VOTE) / STRONG_VOTE)


_CODE = re.compile(r"\d|^[IVX]{2,5}$")  # "MP3", "XI", "Group II"
_BRAND = re.compile(r"^[A-Z]{3,}$|[a-z]{3}[A-Z]")  # "IBM", "AMD"; "HandyGames", "PlayStation"


def _code_word(parts: list[str]) -> bool:
    """A word with a digit or a roman numeral, or one or two capitals at the end: a model, a
    list, a code, a post ("Xbox One X", "Revenue N", "Windows XP", "Tory MP"); not a middle
    initial ("George W Bush"). Beside words in small letters, a word in capitals or with a
    capital inside after three small letters is a firm's or a product's ("IBM Watson",
    "HandyGames"), no one's name; a name in capitals throughout is a headline's ("JOHN SMITH")."""
    if len(parts) < 2:
        return False
    if any(_CODE.search(p) for p in parts) or _short_capitals(parts[-1]):
        return True
    return not all(p.isupper() for p in parts) and any(_BRAND.search(p) for p in parts)


def _short_capitals(word: str) -> bool:
    """One or two capital letters: an initial, a code or a post ("X", "XP", "MP"), no surname."""
    return len(word) <= 2 and word.isalpha() and word.isupper()


def _word_last(word: str, language: str) -> bool:
    """A dictionary word that is no one's surname or first name ends the name ("Aerospace",
    "Program", not "Gates"): a person's name seldom ends like that."""
    if word in surnames() or word in first_names() or not word[1:].islower():
        return False
    return is_word(word.lower(), language)


def _gazetteer_place(text: str, aliases: tuple[str, ...]) -> bool:
    """The gazetteer knows the name or one of its other forms; not only its last word, which
    in a longer name is a surname as often as a town ("Feliciano Lopez" ... "Lopez")."""
    last = text.split()[-1] if len(text.split()) > 1 else None
    return any(place_type(f) is not None for f in (text, *aliases) if f != last)


def _body_of(parts: list[str]) -> bool:
    """A body named for what it is of ("International Association of Machinists", "Bank of
    England"): an organisation word right before "of"."""
    return any(w in orgs.ORG_SUFFIXES and nxt == "of" for w, nxt in pairwise(parts))


def _person_told(fact: Fact) -> bool:
    """The text gives the name a title or uses its last word alone ("Jobs" after "Steve Jobs")."""
    return bool(fact.role) or any(len(a.split()) == 1 for a in fact.aliases)


def _place_inside(text: str, parts: list[str]) -> bool:
    """A longer name holding a gazetteer place it is not ("Hong Kong Open", "Paris Air Show"):
    a country, state or region, or a city of two words; not a one-word city, which is often a
    first name or a surname as well ("Vladimir", "Lincoln")."""
    if len(parts) < 2 or place_type(text) is not None or parts[0] in first_names():
        return False
    broad = ("country", "state", "region")
    heads = (parts[0], parts[-1])
    return place_type(" ".join(parts[:2])) is not None or any(place_type(h) in broad for h in heads)


def features(
    fact: Fact, language: str | None = "english", votes: Votes | None = None
) -> tuple[float, ...]:
    """The evidence for one name fact, as values in FEATURES order."""
    parts = fact.text.split()
    lang = (language or "").capitalize()  # the word lists are named "English", "German"...
    everyday = bool(parts) and all(is_common_word(p, lang) for p in parts)
    told = fact.kind == "person" and _person_told(fact)  # "Taylor Swift" ... "Swift" said
    votes = votes or Votes()
    several = len(parts) > 1
    return (
        1.0,
        float((fact.mentions or 0) >= 2),
        float(bool(fact.aliases)),
        float(bool(fact.role)),
        float(_gazetteer_place(fact.text, fact.aliases)),
        float(bool(parts) and parts[0] in first_names()),
        float(
            bool(parts)
            and (
                parts[-1] in orgs.ORG_SUFFIXES
                or parts[0] in orgs.ORG_HEADS
                or parts[-1] in orgs.ORG_HEADS
                or _body_of(parts)
            )
        ),
        float(everyday and not told),
        float(len(parts) == 1),
        float(fact.text.isupper()),
        votes.margin,
        float(not votes.cued),
        float(_place_inside(fact.text, parts)),
        float(several and _word_last(parts[-1], lang) and not told),
        float(several and parts[-1] in surnames()),
        float(_code_word(parts)),
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
    """Every person, organisation and place fact with its confidence set: its own evidence,
    then what the article's other names say against its kind (see surname_odds)."""
    found = evidence or {}
    scored = {
        id(f): held(f, score(f, language, found.get((f.kind, f.text))), found.get((f.kind, f.text)))
        for f in facts
        if f.kind in NAME_KINDS
    }
    people = surname_odds(facts, scored)
    return [
        f.with_changes(confidence=round(scored[id(f)] * (1.0 - against(f, people)), 2))
        if f.kind in NAME_KINDS
        else f
        for f in facts
    ]


def held(fact: Fact, confidence: float, votes: Votes | None) -> float:
    """An organisation told only as another's part is held under the table's threshold."""
    part = fact.kind == "organization" and votes is not None and votes.owned
    return min(confidence, PART_AT) if part else confidence


LIKELY_PERSON = 0.5  # a person's name this confident or more tells what its last word is


def surname_odds(facts: list[Fact], scored: dict[int, float]) -> dict[tuple[str, int], float]:
    """For a lone word, from the sentence after a person's full name ending in it on, how likely
    it is that person's surname: a story names someone in full, then by surname ("Neil Jordan"
    ... "Jordan defends his film": the director, not the country). The odds are the person's
    confidence, from LIKELY_PERSON on; keyed by (word, sentence of the full name)."""
    out: dict[tuple[str, int], float] = {}
    for f in facts:
        parts = f.text.split()
        sure = scored.get(id(f), 0.0)
        if f.kind == "person" and len(parts) > 1 and sure >= LIKELY_PERSON:
            key = (parts[-1], f.sentence)
            out[key] = max(out.get(key, 0.0), sure)
    return out


def against(fact: Fact, surnames: dict[tuple[str, int], float]) -> float:
    """How likely a place or organisation fact, first met after a person's full name ending in
    it, is that person's surname instead (0 for a person)."""
    if fact.kind == "person":
        return 0.0
    odds = [p for (word, at), p in surnames.items() if word == fact.text and at < fact.sentence]
    return max(odds, default=0.0)
