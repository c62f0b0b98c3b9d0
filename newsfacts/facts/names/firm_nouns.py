"""A name whose only evidence is its shape (a census surname, capitals, a lone word), read as
a person or a place, is a firm where a noun for a firm says so: right before it or before the
list it ends ('mit dem Hersteller Kravanek', 'den Zulieferern Bosch und Kravanek'); so is one
of that shape or a sentence's first word with an apposition that says so ('Kravanek Systems,
der größte Software-Dienstleister Europas,'). The noun is a compound's head too
('Autozulieferer', 'Containerreederei'); not a trader or an operator, which name a person as
often ('der Händler Kravanek'). German only (words.FIRM_HEADS); the names so read stay
unshown, as their kind rests on one cue."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts.names.model import ORG, Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
WEAK = frozenset(("surname", "capitals", "lone word", "initial"))  # a name's shape alone
INFLECTED = ("", "n", "s", "en", "es", "ern")  # a noun's case and plural endings
ADJECTIVES = 3  # small words at most between an apposition's article and its noun


def firms_by_noun(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans, each shape-only name a firm's noun describes labelled an organisation."""
    heads: tuple[str, ...] = tuple(getattr(words, "FIRM_HEADS", ()))
    if not heads:
        return spans
    out = list(spans)
    for k, (item, tokens, s) in enumerate(out):
        if s.reason not in WEAK or s.label == ORG:
            continue
        before = s.label is not None and _firm_noun(tokens, _list_start(out, k, words) - 1, heads)
        if before or _apposition(tokens, s.end, heads, words):  # (a word no kind was given
            out[k] = (item, tokens, replace(s, label=ORG))  # after the noun is no name:
            # 'das Unternehmen Fluglehrer'; one its apposition describes is: 'Orvano, der …')
    return out


def _list_start(spans: list[Found], k: int, words: ModuleType) -> int:
    """The first token of the list the span at k ends ('Bosch und Kravanek': 'Bosch'), or its
    own first token."""
    item, tokens, s = spans[k]
    start = s.start
    n = k
    while n > 0 and start > 1 and tokens[start - 1].text in words.LIST_LINKS:
        prev_item, _, prev = spans[n - 1]
        if prev_item is not item or prev.end != start - 1:
            break
        start, n = prev.start, n - 1
    return start


def _firm_noun(tokens: list[Token], k: int, heads: tuple[str, ...]) -> bool:
    """A capitalised noun for a firm at k, in any case ('Herstellern', 'Zulieferer')."""
    if k < 0 or not tokens[k].text[:1].isupper():
        return False
    low = tokens[k].text.lower()
    return any(low.removesuffix(end).endswith(heads) for end in INFLECTED)


def _apposition(tokens: list[Token], end: int, heads: tuple[str, ...], words: ModuleType) -> bool:
    """', der größte Dienstleister' after the name: a comma, an article, small words (its
    adjectives) and a noun for a firm."""
    if end + 2 >= len(tokens) or tokens[end].text != ",":
        return False
    if tokens[end + 1].text.lower() not in words.DEFINITE:
        return False
    k = end + 2
    while k < len(tokens) and k - end - 2 < ADJECTIVES and tokens[k].text.islower():
        k += 1
    return k < len(tokens) and _firm_noun(tokens, k, heads)
