"""A pass that reads one text's spans at a time: the document's spans come as (text, tokens,
span) triples in text order, and a pass such as the line-up or player-list reader rewrites the
spans of each text from that text's tokens alone."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from newsfacts.facts.names.model import Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
Relabel = Callable[[str, list[Token], list[Span], ModuleType], list[Span]]


def by_text(spans: list[Found], relabel: Relabel, words: ModuleType) -> list[Found]:
    """The spans with each text's own rewritten by `relabel` (text, tokens, its spans, words)."""
    out: list[Found] = []
    k = 0
    while k < len(spans):
        item, tokens = spans[k][0], spans[k][1]
        group = []
        while k < len(spans) and spans[k][0] is item:
            group.append(spans[k][2])
            k += 1
        out += [(item, tokens, s) for s in relabel(item.text, tokens, group, words)]
    return out
