"""A lone capitalised word a source phrase names ('secondo la Cgil', 'selon Dupuis', 'según el
Inegi'): a name, whatever lists know of it, for a text tells by 'according to' whose word it
gives. With an article before it, a body's (Romance news writes no article before a person's
surname, but for a known surname after a feminine one: 'secondo la Meloni'); without one, a
person's if a name table holds it as a surname (bodies go bare too: 'secondo Istat').
The words of 'according to' are each language's ACCORDING; none where it is unset."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts.names.inflection import any_surname
from newsfacts.facts.names.model import ORG, PER, Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
LONE = "lone word"  # a capitalised word with no evidence but its shape
SOURCE = "source"  # evidence.EVIDENCE: named as a source


def according_to(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans, with each lone unknown word right after a source phrase given a kind."""
    cues: frozenset[str] = getattr(words, "ACCORDING", frozenset())
    if not cues:
        return spans
    out = []
    for item, tokens, s in spans:
        kind = _kind(tokens, s, cues, words) if s.label is None and s.reason == LONE else None
        out.append((item, tokens, replace(s, label=kind, reason=SOURCE) if kind else s))
    return out


def _kind(tokens: list[Token], s: Span, cues: frozenset[str], words: ModuleType) -> str | None:
    """The kind of a one-word span after 'according to' and maybe an article, or None."""
    if s.end - s.start != 1 or s.start < 1:
        return None
    before = tokens[s.start - 1].text.lower()
    if before in cues:  # 'secondo Brambati', but 'secondo Istat', 'según Funcas': bodies too
        return PER if any_surname(s.text, words) else None
    if s.start < 2 or tokens[s.start - 2].text.lower() not in cues:
        return None
    if before not in words.DEFINITE:
        return None
    if before in getattr(words, "FEMININE", ()) and any_surname(s.text, words):
        return PER  # 'secondo la Meloni': a woman, as Italian may name her
    return ORG
