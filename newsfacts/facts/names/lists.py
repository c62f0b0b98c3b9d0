"""The names of one list are of one kind: an unknown word listed with names of a known kind
takes it ('Motorola, Alcatel, Sagem y Mitsubishi' after 'Motorola' is told a company;
'Galarza, Matos y Ana Ruiz'), where the list ends in a conjunction, as lists do."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts.names.brackets import Found, unknown_word
from newsfacts.facts.names.reading import is_cap

COMMA = ","


def listed_kinds(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans with each unknown word of a list given the one kind its other names share."""
    out = list(spans)
    if not getattr(words, "LISTS_SHARE_KINDS", False):
        return out
    for chain in _lists(out, words):
        kinds = {out[k][2].label for k in chain if out[k][2].label is not None}
        if len(kinds) != 1:
            continue
        kind = kinds.pop()
        for k in chain:
            item, tokens, span = out[k]
            if unknown_word(span, words) and not (span.start and is_cap(tokens[span.start - 1])):
                out[k] = (item, tokens, replace(span, label=kind, reason="list item"))
    return out


def _lists(spans: list[Found], words: ModuleType) -> list[list[int]]:
    """Runs of spans one comma or conjunction apart whose last link is a conjunction."""
    runs: list[list[int]] = []
    chain: list[int] = [0] if spans else []
    last = ""
    for k in range(1, len(spans)):
        link = _link(spans[k - 1], spans[k])
        if link == COMMA or link in words.CONJUNCTIONS:
            chain.append(k)
            last = link
            continue
        if last in words.CONJUNCTIONS and len(chain) > 1:
            runs.append(chain)
        chain, last = [k], ""
    if last in words.CONJUNCTIONS and len(chain) > 1:
        runs.append(chain)
    return runs


def _link(a: Found, b: Found) -> str:
    """The one token between two spans of one text, or '' where they are further apart."""
    item, tokens, span = b
    if a[0] is not item or a[2].end != span.start - 1 or span.start < 1:
        return ""
    return tokens[span.start - 1].text
