"""Lone unknown words told once, in a language whose word list lists names among its words
(German): one capitalised word that no list knows, no compound and no noun's shape, is a name
when the words around it say so, and they also give its kind. A noun stands after an article or
an adjective ('die dramatische Lage'); a name after a verb ('lebte Olympias'), after a word for
a place or a person ('Dorf Weitingen', 'Tante Cilli') or in a list beside a name of a kind
('Gudme und Lundborg'). Kept with a low confidence: the table does not show them.
"""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts.names.model import LOC, ORG, PER, Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
LONE = "lone word"
LISTING = frozenset((",", "und", "oder"))
ENDINGS = ("e", "em", "en", "er", "es")  # an adjective's endings ('dramatisch|e')
ADJECTIVE_FORMS = 4  # of its five forms the word list holds at least this many
KINDS = {"person": PER, "organization": ORG, "place": LOC}


def lone_words(spans: list[Found], words: ModuleType) -> list[Found]:
    """Lone unknown words labelled by the words before them, then by their list's names."""
    if not getattr(words, "LONE_ONCE", False):
        return spans
    out = [_by_context(found, words) for found in spans]
    changed = True
    while changed:
        changed = False
        for n, (item, tokens, s) in enumerate(out):
            if _open(s, tokens, words):
                kind = _listed_beside(n, out)
                if kind is not None:
                    out[n] = (item, tokens, replace(s, label=kind))
                    changed = True
    return out


def _open(s: Span, tokens: list[Token], words: ModuleType) -> bool:
    """A lone word with no kind yet that can be a name at all."""
    return s.reason == LONE and s.label is None and _name_shaped(s.text, words)


def _name_shaped(word: str, words: ModuleType) -> bool:
    """A word that may be a name: letters only, not in capitals, no everyday noun ('Ende'),
    no English word ('Technology', 'Captain')."""
    return (
        word.isalpha()
        and not word.isupper()
        and word not in words.EVERYDAY_NOUNS
        and not lexicon.is_common_word(word, "English")
    )


def _by_context(found: Found, words: ModuleType) -> Found:
    """A lone word labelled by the word right before it, where that tells its kind."""
    item, tokens, s = found
    if not _open(s, tokens, words):
        return found
    kind = kind_before(tokens[s.start - 1].text if s.start else "", words)
    return (item, tokens, replace(s, label=kind)) if kind else found


def kind_before(before: str, words: ModuleType) -> str | None:
    """The kind of a lone name the word before it gives: a word for a place or a person ('Dorf',
    'Tante'), a small word the language's list ties to a kind ('bei', 'mit'), a verb or a
    sentence's end (the language's usual kind); none after an article, an adjective, a list
    word (the list decides) or a word of another language ('of', 'della')."""
    low = before.lower()
    if before[:1].isupper():
        return _noun_kind(low, words)
    if low in words.LONE_BEFORE:
        return KINDS[words.LONE_BEFORE[low]]
    if before in (".", "!", "?", ":", ""):
        return KINDS[words.LONE_KIND]
    if not before[:1].isalpha() or low in LISTING or low in words.ARTICLES:
        return None
    if adjective(low, words) or not lexicon.is_word(low, words.NAME):
        return None
    return KINDS[words.LONE_KIND]


def _noun_kind(low: str, words: ModuleType) -> str | None:
    """A place's or a person's kind from the noun before the name ('Gemeinde', 'Familie')."""
    if low.endswith(words.PLACE_NOUNS):
        return LOC
    if low.endswith(words.PERSON_NOUNS):
        return PER
    return None


def adjective(word: str, words: ModuleType) -> bool:
    """A word the list holds in most of an adjective's forms ('schwarze', 'primären')."""
    for end in sorted(ENDINGS, key=len, reverse=True):
        if word.endswith(end):
            stem = word[: -len(end)]
            held = sum(lexicon.is_word(stem + e, words.NAME) for e in ENDINGS)
            return held >= ADJECTIVE_FORMS
    return False


def _listed_beside(n: int, spans: list[Found]) -> str | None:
    """The kind of a labelled name right before or after a lone word in one list
    ('Gudme und Lundborg', 'Hokkala, Kumpula'), else None."""
    _, tokens, s = spans[n]
    for _, other_tokens, o in spans:
        if other_tokens is not tokens or o.label is None:
            continue
        if o.end == s.start - 1 and tokens[o.end].text in LISTING:
            return o.label
        if o.start == s.end + 1 and tokens[s.end].text in LISTING:
            return o.label
    return None
