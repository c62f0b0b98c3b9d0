"""A name whose only evidence is its shape (a census surname, capitals, a lone word), read as
a person or a place, is a firm where a noun for a firm stands right before it or before the
list it ends ('mit dem Hersteller Kravanek', 'den Zulieferern Bosch und Kravanek'). The noun is
a compound's head too ('Autozulieferer', 'Munitionshersteller'); not a trader or an operator,
which name a person as often ('der Händler Kravanek'). A word with no kind after the noun stays
no name ('das Unternehmen Fluglehrer, Techniker und Piloten'). German only (words.FIRM_HEADS);
the names so read stay unshown, as their kind rests on one cue. (An apposition that names a
firm, 'X, der größte Software-Dienstleister Europas,', helped half 0 by one name, left half 1
and the real German pages unchanged, and was dropped.)"""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts.names.model import ORG, Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
WEAK = frozenset(("surname", "capitals", "lone word"))  # a name's shape alone
INFLECTED = ("", "n", "s", "en", "es", "ern")  # a noun's case and plural endings


def firms_by_noun(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans, each shape-only name a firm's noun describes labelled an organisation."""
    heads: tuple[str, ...] = tuple(getattr(words, "FIRM_HEADS", ()))
    if not heads:
        return spans
    out = list(spans)
    for k, (item, tokens, s) in enumerate(out):
        if s.reason not in WEAK or s.label in (ORG, None):
            continue
        if _firm_noun(tokens, _list_start(out, k, words) - 1, heads):
            out[k] = (item, tokens, replace(s, label=ORG))
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
