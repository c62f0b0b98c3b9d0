"""A name right after a word for a place ('die Dörfer Hokkala, Koskimäki-Huhtala', 'der
Kurorte Tabarz-Cabarz', 'zwischen den Stationen Finch und Sheppard') names that place, though
its words alone looked like a person's (a surname, a double name) or nobody's. German writes
the noun before the name with a capital (a compound too: 'Kurorte'); the rest of a list takes
its kind (names/lone.py)."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts.names.model import LOC, PLACE_WORD
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token
from newsfacts.words.de import LIST_LINKS as LISTING

WEAK = frozenset(("capitals", "surname", "lone word", "initial"))  # no own kind, no listed word
REASON = PLACE_WORD
MIN_HEAD = 3  # letters before a place noun that ends a compound ('Kur|orte')
LOAN_HEAD = "p"  # 'Trans|p|ort', 'Ex|p|ort': a loan's '-port', no place


def after_place_nouns(tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """The spans of one text, each weak one after a place's noun made a place."""
    if not words.CAPITALISED_NOUNS or not getattr(words, "LONE_ONCE", False):
        return spans
    out: list[Span] = []
    for s in spans:
        last = out[-1] if out else None
        placed = _placed(tokens, s, words) or (
            last is not None and last.reason == REASON and _listed_after(tokens, last, s)
        )
        out.append(replace(s, label=LOC, reason=REASON) if placed else s)
    return out


def _listed_after(tokens: list[Token], last: Span, s: Span) -> bool:
    """A weak span right after a placed one and a list's comma or 'und' ('die Stationen Finch
    und Sheppard')."""
    return s.reason in WEAK and s.start == last.end + 1 and tokens[last.end].text in LISTING


def _placed(tokens: list[Token], s: Span, words: ModuleType) -> bool:
    """A span with no evidence of its own kind right after a capitalised noun for a place."""
    if s.reason not in WEAK or s.start == 0 or s.label == LOC:
        return False
    before = tokens[s.start - 1].text
    return before[:1].isupper() and before.isalpha() and place_noun(before.lower(), words)


def place_noun(low: str, words: ModuleType) -> bool:
    """A noun for a place, or a compound ending in one ('Kurorte', 'Wohnort'; not 'Transport',
    'Export', loans whose 'ort' is no place)."""
    return any(low == noun or _compound_of(low, noun) for noun in words.PLACE_NOUNS)


def _compound_of(low: str, noun: str) -> bool:
    """A compound whose last part is the noun, after a head of a few letters not ending in 'p'
    ('Wohn|ort'; not 'Trans|p|ort', 'Ex|p|ort', 'Sp|ort')."""
    head = low.removesuffix(noun)
    return head != low and len(head) >= MIN_HEAD and not head.endswith(LOAN_HEAD)
