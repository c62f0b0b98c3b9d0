"""A pass that reads one text's spans at a time: the document's spans come as (text, tokens,
span) triples in text order, and a pass such as the line-up or player-list reader rewrites the
spans of each text from that text's tokens alone (`by_text`); a pass that must also read the
texts where no span stands goes over the document's items (`by_item`)."""

from __future__ import annotations

from collections.abc import Callable
from types import ModuleType

from newsfacts.facts.names.model import Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token, tokenize

Found = tuple[Text, list[Token], Span]
Relabel = Callable[[str, list[Token], list[Span], ModuleType], list[Span]]
Rewrite = Callable[[str, list[Token], list[Span]], list[Span]]


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


def by_item(spans: list[Found], items: list[Text], rewrite: Rewrite) -> list[Found]:
    """The spans with each item's own rewritten by `rewrite` (text, tokens, its spans), an item
    with no span read from its own tokens; spans read from other tokens (a headline's tail)
    and spans of no listed item are kept as they are."""
    texts: dict[Text, list[Found]] = {}
    for found in spans:
        texts.setdefault(found[0], []).append(found)
    out: list[Found] = []
    for item in items:
        mine = texts.pop(item, [])
        tokens = mine[0][1] if mine else tokenize(item.text)
        own = [s for _, toks, s in mine if toks is tokens]
        out += [(item, tokens, s) for s in rewrite(item.text, tokens, own)]
        out += [f for f in mine if f[1] is not tokens]  # a headline's tail
    return out + [f for rest in texts.values() for f in rest]
