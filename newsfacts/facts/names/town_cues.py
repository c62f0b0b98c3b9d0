"""One-word names on weak evidence (a census surname, a lone unknown word) that the grammar
around them names as a town, in a language with the cue words (German): a place's parts ('Zu X
gehören drei Weiler') or a predicate noun for a place ('X war ein Dorf', '1919 wurde X ein
Kurort'). One such mention makes every weakly read mention of the name in the document a place;
a name that ends a person's full name in the document ('Ilse Weber' ... 'Weber') keeps its
person, and a word of the language ('Norden') is left to its other readers (a route's ends
('von X nach Y') are no cue: 'der Wechsel von Kane nach Mailand' moves a person)."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts.names.model import LOC, PER, Text
from newsfacts.facts.names.place_nouns import place_noun
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
WEAK = frozenset(("surname", "lone word", "initial", "clause", "capitals"))
CLAUSE_ENDS = frozenset((".", ",", ";", ":", "!", "?", "(", ")", "und", "oder", "aber", "dass"))
REASON = "place word"  # not shown (evidence.SHOWN): kept with a low confidence


def town_cues(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans, a weakly read one-word name a town's grammar names anywhere a place."""
    if not getattr(words, "TOWN_COPULAS", None):
        return spans
    ends = {s.text.split()[-1] for _, _, s in spans if " " in s.text and s.label == PER}
    towns = {
        s.text
        for _, tokens, s in spans
        if _weak(s)
        and s.text not in ends
        and not lexicon.is_word(s.text, words.NAME)  # a word of the language: its readers'
        and _town_cue(tokens, s, words)
    }
    return [
        (item, tokens, replace(s, label=LOC, reason=REASON))
        if s.text in towns and _weak(s)
        else (item, tokens, s)
        for item, tokens, s in spans
    ]


def _weak(s: Span) -> bool:
    """A one-word name read as a person's, or as nothing yet, on evidence of no kind."""
    return " " not in s.text and s.label in (PER, None) and s.reason in WEAK


def _town_cue(tokens: list[Token], s: Span, words: ModuleType) -> bool:
    """A place's parts or a predicate noun for a place around the name (not a route's ends:
    'der Wechsel von Kane nach Mailand' moves a person)."""
    low = [t.text.lower() for t in tokens]
    before = low[s.start - 1] if s.start else ""
    after = tokens[s.end].text if s.end < len(tokens) else ""
    if before == "zu" and after.lower().startswith(words.TOWN_BELONG):
        return True  # 'Zu X gehören drei Weiler'
    if after.lower() in words.TOWN_COPULAS:
        return _predicate_place(tokens, s.end + 1, words)  # 'X war ein Dorf'
    if before in words.TOWN_COPULAS:
        return _predicate_place(tokens, s.end, words)  # '1919 wurde X ein Kurort'
    return False


def _predicate_place(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """An indefinite article in the clause from token k, its noun a place's ('ein Dorf',
    'eine landwirtschaftlich geprägte Gemeinde')."""
    while k < len(tokens) and not _clause_end(tokens, k):
        if tokens[k].text.lower() in words.TOWN_INDEFINITE:
            return place_noun(_noun_after(tokens, k + 1, words).lower(), words)  # not 'ein Sport'
        k += 1
    return False


def _noun_after(tokens: list[Token], k: int, words: ModuleType) -> str:
    """The first capitalised word of the clause from token k that no article of its own opens
    (the indefinite article's noun: 'ein durch die Landwirtschaft geprägtes Dorf'), or ''."""
    for n in range(k, len(tokens)):
        if _clause_end(tokens, n):
            return ""
        if tokens[n].text[:1].isupper() and tokens[n - 1].text.lower() not in words.DEFINITE:
            return tokens[n].text
    return ""


def _clause_end(tokens: list[Token], k: int) -> bool:
    """A token that ends a clause; not an ordinal's dot ('des 20. Jahrhunderts')."""
    if tokens[k].text == "." and k and tokens[k - 1].text.isdigit():
        return False
    return tokens[k].text.lower() in CLAUSE_ENDS
