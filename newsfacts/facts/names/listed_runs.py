"""A run of words that is a listed company's name of more than one word ('General Motors',
'Swiss Life') is read whole, before the span reader trims a leading word of the language
('General') or a role word from it; read so only when the evidence makes it the company. A
listed name alone stays open to be a person's short form."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts.names.listed_firms import LISTED, label_of, listed_run
from newsfacts.facts.names.model import ORG
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token


def whole_company(
    text: str, tokens: list[Token], run: tuple[int, int], initial: bool, words: ModuleType
) -> Span | None:
    """The run as one listed company's name, or None when it is none."""
    i, j = run
    if not listed_run(tokens, i, j):
        return None
    name = text[tokens[i].start : tokens[j - 1].end]
    before = tokens[i - 1].text if i > 0 else ""
    label, reason = label_of(name, before, None, initial, words)
    return Span(name, i, j, ORG, reason, None, initial) if label == ORG else None


def sure_org(s: Span) -> bool:
    """An organisation on evidence other than the lexicon: a listed name alone may still be
    the short form of a person the text named in full ('David Palomar' ... 'Palomar')."""
    return s.label == ORG and s.reason != LISTED
