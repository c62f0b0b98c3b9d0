"""Lone unknown words told once inside a sentence, where nouns are written small (Dutch): a
capitalised word there that no list knows is a place when it names a town or village of the
language's countries ('reed van Zandhoven naar Borsbeek'), and in a market report a company, as the
report's repeated lone words are (domain.py). Elsewhere its kind stays open: a person, a body
and a foreign place were measured as likely there, and a guess cost more than it found. Kept
with a low confidence: the table does not show them."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import context, places
from newsfacts.facts.names.model import LOC, ORG, PER, Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
LONE = "lone word"  # a capitalised word inside a sentence with no evidence but its shape
OPENERS = frozenset(".!?:;\"'(“‘„«-–—")  # a word after one may open a sentence or a quote


def once_told(spans: list[Found], words: ModuleType, default: str | None) -> list[Found]:
    """The spans, with each lone unknown word no pass gave a kind labelled, in the languages
    that write nouns small and tell names apart by their capital."""
    if not getattr(words, "LONE_INSIDE", False):
        return spans
    ends = {s.text.split()[-1] for _, _, s in spans if " " in s.text and s.label == PER}
    return [
        (item, tokens, replace(s, label=_kind(s, words, default)))
        if _unknown(s, words) and s.text not in ends and _inside(tokens, s)
        else (item, tokens, s)
        for item, tokens, s in spans
    ]


def _unknown(s: Span, words: ModuleType) -> bool:
    """A lone capitalised word with no kind that is no word of the language nor a people's."""
    return (
        s.reason == LONE
        and s.label is None
        and not s.initial
        and not context.people_word(s.text, words)
        and not lexicon.is_common_word(s.text, words.NAME)
        and not lexicon.is_frequent_word(s.text, words.NAME, words.FREQUENT_FROM)
        and not s.text.lower().endswith(words.PLACE_ADJECTIVE_ENDINGS)
    )


def _inside(tokens: list[Token], s: Span) -> bool:
    """A word inside a sentence: after a word, not at a sentence's or a quote's opening."""
    return s.start > 0 and tokens[s.start - 1].text not in OPENERS


def _kind(s: Span, words: ModuleType, default: str | None) -> str | None:
    """A town or village of the language's countries ('Borsbeek'): a place; else in a market
    report a company, else none."""
    if s.text in places.home_towns(words.TOWN_COUNTRIES):
        return LOC
    return default if default == ORG else None
