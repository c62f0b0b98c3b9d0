"""Which names of the English finder stand in another language, and how confidently a name
found in another language is shown: by the evidence it rests on (facts/evidence.py)."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import cldr, lexicon
from newsfacts.facts import places
from newsfacts.facts.evidence import SHOWN, content_words, has_evidence, is_name_word
from newsfacts.facts.names.model import LOC, ORG, PER, Entity
from newsfacts.facts.place_names import COUNTRY
from newsfacts.model import SURE_AT, Fact
from newsfacts.words import words_of

WEAK_AT = 0.5  # the confidence a name with weak evidence keeps at most (not shown)


def keep_names(
    entities: list[Entity], code: str | None, speakers: frozenset[str] = frozenset()
) -> list[Entity]:
    """The entities that are names in the article's language (English: all of them); a
    quote's speaker ('…“, sagte Klaus Brenner') is a person whatever its words mean."""
    if code in (None, "en"):
        return entities
    words = words_of(code)
    if words is None:
        return []
    countries = cldr.territory_names(code)
    kept = []
    for e in entities:
        if any(f in countries or places.place_type(f) in COUNTRY for f in (e.name, *e.forms)):
            kept.append(e if e.label == LOC else replace(e, label=LOC))
        elif speakers.intersection((e.name, *e.forms)):
            kept.append(e if e.label == PER else replace(e, label=PER))
        elif is_name(e, words):
            kept.append(e)
    return kept


def word_list_name(code: str | None) -> str | None:
    """The name of the word lists of the article's language ('english' when unknown or 'en')."""
    if code in (None, "en"):
        return "english"
    words = words_of(code)
    return str(words.NAME) if words else None


def is_name(e: Entity, words: ModuleType) -> bool:
    """Every word may be part of a name; a lone word also needs to be unlisted in the language's
    word list and seen once inside a sentence, not only at its start ('Asimismo', 'Nadien')."""
    parts = content_words(e.name, words)
    if not parts or not all(is_name_word(w, words) for w in parts):
        return False
    if len(parts) > 1 or has_evidence(parts[0]):
        return True
    inside = any(m.left and m.kind != "title" for m in e.mentions)
    return inside and not lexicon.is_word(parts[0], words.NAME)


def weigh(facts: list[Fact], reasons: dict[str, str] | None) -> list[Fact]:
    """Names in another language shown only on strong evidence: a weak one's confidence is
    held under the table's threshold, a strong one's raised to a sure name's (SURE_AT: the
    evidence finder's, not the English model's, decides; None: English, as is). A person the
    text gives a role ('o reitor, Amílcar Falcão') is named on strong evidence."""
    if reasons is None:
        return facts
    out = []
    for f in facts:
        if f.kind in (PER, ORG, LOC) and f.confidence is not None:
            strong = reasons.get(f.text) in SHOWN or (f.kind == PER and f.role is not None)
            level = max(f.confidence, SURE_AT) if strong else min(f.confidence, WEAK_AT)
            f = replace(f, confidence=level)
        out.append(f)
    return out
