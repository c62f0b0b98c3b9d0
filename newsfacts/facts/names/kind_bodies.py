"""German bodies of a kind, read as one body's name: a plural of the word for a body after an
adjective ('Sächsische Vereine', 'die Deutschen Banken': clubs and banks of a kind), the word for
a body after an indefinite article ('einer Gruppe von Kohlenwasserstoffen': a group of a kind),
and the word for a body before a word of time ('zog die Polizei Anfang der 1990er-Jahre ein':
the police, then when)."""

from __future__ import annotations

import re
from types import ModuleType

from newsfacts.facts import evidence
from newsfacts.facts.name_words import place_shaped
from newsfacts.facts.names.model import ORG
from newsfacts.facts.names.reading import Span
from newsfacts.facts.names.stray_capitals import unnamed
from newsfacts.facts.tokens import Token

PLURAL_ENDS = ("e", "en", "n")  # a German noun's plural endings after its singular
MIN_WORD = 4  # letters of a body's word whose plural is read ('Bank': 'Banken'; not 'Rat')
READ = frozenset(("organisation word", "loose organisation word", "place adjective"))
NUMBER = re.compile(r"\d")


def kind_bodies(tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """One text's spans, each body of a kind unlabelled."""
    if not words.CAPITALISED_NOUNS:
        return spans
    return [unnamed(s) if _of_a_kind(tokens, s, words) else s for s in spans]


def _of_a_kind(tokens: list[Token], s: Span, words: ModuleType) -> bool:
    """Whether an organisation's span names bodies of a kind, or one of a kind."""
    if s.label != ORG or s.reason not in READ:
        return False
    parts = s.text.split()
    return (
        _plural_head(parts[-1], words)
        or _indefinite(tokens, s, words)
        or _time_after(tokens, s, words)
    )


def _plural_head(word: str, words: ModuleType) -> bool:
    """The plural of a word for a body ('Vereine', 'Banken', 'Hochschulen'), no place
    ('Gelsenkirchen') nor a word for a body as it stands ('Stadtwerke')."""
    lower = word.lower()
    if not word.isalpha() or evidence.is_org_word(word, words) or place_shaped(word, words):
        return False
    if evidence.place_name(word, words) is not None:
        return False
    heads = [w for w in words.ORG_WORDS if len(w) >= MIN_WORD]
    return any(lower.endswith(h + end) for h in heads for end in PLURAL_ENDS)


def _indefinite(tokens: list[Token], s: Span, words: ModuleType) -> bool:
    """An indefinite article right before a span opening with the word for a body ('einer
    Gruppe von …', 'ein Verein aus …')."""
    if s.start == 0 or not evidence.is_org_word(tokens[s.start].text, words):
        return False
    before = tokens[s.start - 1].text.lower()
    return before in words.ARTICLES and before not in words.NAMING_ARTICLES


def _time_after(tokens: list[Token], s: Span, words: ModuleType) -> bool:
    """A span ending in a word of time before an article or a number ('Polizei Anfang der
    1990er-Jahre', 'Stiftung Ende 2020')."""
    times: frozenset[str] = getattr(words, "TIME_NOUNS", frozenset())
    if tokens[s.end - 1].text not in times or s.end >= len(tokens):
        return False
    after = tokens[s.end].text
    return after in words.DEFINITE or bool(NUMBER.match(after))
