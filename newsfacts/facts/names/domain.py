"""The kind a text's repeated lone unknown words take by default, from what the text is about:
a match report names its players by their surnames ('Vieri', 'Zamorano'), a market report its
companies by one word ('Barco', 'Cobepa', 'Swissair'); elsewhere the words before the name and
the language's usual kind decide (context.lone_kind)."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts.names.model import ORG, PER, Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
# A name's evidence of its shape alone: a lone word, capitals, a census surname
SHAPE = frozenset(("lone word", "initial", "capitals", "surname"))
BUSINESS_AT = 4  # business words that make an article a market or company report


def business_report(items: list[Text], words: ModuleType) -> bool:
    """A market or company report, by the business words of its language ('aandeel', 'omzet',
    'beurs'), in the languages that list them."""
    listed: frozenset[str] = getattr(words, "BUSINESS", frozenset())
    if not listed:
        return False
    ends = tuple(listed) if getattr(words, "COMPOUNDS", False) else ()
    seen = sum(
        1
        for item in items
        for w in item.text.lower().split()
        if business_word(w.strip(".,;:()'\""), listed, ends)
    )
    return seen >= BUSINESS_AT


def business_word(word: str, listed: frozenset[str], ends: tuple[str, ...]) -> bool:
    """A business word, or in a language of compounds one that ends in one ('halfjaarcijfers',
    'farma-aandeel')."""
    return word in listed or (bool(ends) and word.endswith(ends))


def lone_default(items: list[Text], words: ModuleType, sports: bool) -> str | None:
    """The kind of a repeated lone unknown word in this text: a person in a match report, an
    organisation in a market report, else None (the words before it decide)."""
    if sports:
        return PER
    return ORG if business_report(items, words) else None


def company_words(spans: list[Found], default: str | None) -> list[Found]:
    """In a market report, a name no evidence but its shape made a person ('Barco stipt aan',
    'Goldman Sachs', a surname too) is a company, as its repeated lone words are; not the last
    words of a person the text names in full ('Du Bois' after 'Patrick Du Bois')."""
    if default != ORG:
        return spans
    tails = {
        " ".join(parts[n:])
        for _, _, s in spans
        if s.label == PER and s.reason not in SHAPE
        for parts in [s.text.split()]
        for n in range(1, len(parts))
    }
    return [
        (item, tokens, replace(s, label=ORG))
        if s.reason in SHAPE and s.label == PER and s.text not in tails
        else (item, tokens, s)
        for item, tokens, s in spans
    ]
