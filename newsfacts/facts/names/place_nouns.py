"""A name right after a word for a place ('die Dörfer Hokkala, Koskimäki-Huhtala', 'der
Kurorte Tabarz-Cabarz', 'zwischen den Stationen Finch und Sheppard') names that place, though
its words alone looked like a person's (a surname, a double name) or nobody's. German writes
the noun before the name with a capital (a compound too: 'Kurorte'); the rest of a list takes
its kind (names/lone.py)."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts.names.lone import kind_before
from newsfacts.facts.names.model import LOC
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

WEAK = frozenset(("capitals", "surname", "lone word", "listed word", "initial"))  # no own kind
REASON = "place word"


def after_place_nouns(tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """The spans of one text, each weak one after a place's noun made a place."""
    if not words.CAPITALISED_NOUNS or not getattr(words, "LONE_ONCE", False):
        return spans
    return [replace(s, label=LOC, reason=REASON) if _placed(tokens, s, words) else s for s in spans]


def _placed(tokens: list[Token], s: Span, words: ModuleType) -> bool:
    """A span with no evidence of its own kind right after a capitalised noun for a place."""
    if s.reason not in WEAK or s.start == 0 or s.label == LOC:
        return False
    before = tokens[s.start - 1].text
    return before[:1].isupper() and before.isalpha() and kind_before(before, words) == LOC
