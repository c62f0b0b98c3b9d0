"""A route's ends ('von Wilson nach Downsview', 'zwischen Gudme und Lundborg'): where one end
is a place, the other is one too, though its word alone looked like a surname or nobody's;
in the language whose route words these are (words.ROUTES: German's 'von … nach',
'zwischen … und')."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts.names.model import LOC, PLACE_WORD
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

WEAK = frozenset(("capitals", "surname", "lone word", "listed word", "initial"))  # no own kind
REASON = PLACE_WORD
SURNAME = "surname"


def route_ends(tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """The spans of one text with a weak end of a route to or from a place made a place."""
    routes: tuple[tuple[str, str], ...] = getattr(words, "ROUTES", ())
    out = list(spans)
    for n in range(len(out) - 1):
        a, b = out[n], out[n + 1]
        if b.start != a.end + 1 or a.start == 0:
            continue
        pair = (tokens[a.start - 1].text.lower(), tokens[a.end].text.lower())
        if pair not in routes:
            continue
        if a.label == LOC and b.reason in WEAK and b.end - b.start == 1:
            out[n + 1] = replace(b, label=LOC, reason=REASON)
        elif (
            b.label == LOC
            and a.reason in WEAK
            and a.end - a.start == 1
            and not _mover(tokens, a, words)
        ):
            out[n] = replace(a, label=LOC, reason=REASON)
    return out


def _mover(tokens: list[Token], s: Span, words: ModuleType) -> bool:
    """A surname after an article's noun and 'von' ('der Wechsel von Kane nach München'):
    the one who moves, the noun's, no route's start."""
    if s.reason != SURNAME or s.start < 3:
        return False
    noun = tokens[s.start - 2]
    return noun.is_cap and tokens[s.start - 3].text.lower() in words.ARTICLES
