"""Places named by an adjective and a noun for land, water or a way, as German writes them: the
adjective keeps its capital inside a sentence only in a name ('das Schwarze Meer', 'im Nahen
Osten', 'den Hinteren Bayerischen Wald', 'die Steinerne Brücke', 'den Großen Falkenberg'),
while an everyday phrase writes it small ('der schwarze Wagen'). Kept unsure: the table does
not show them."""

from __future__ import annotations

from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts.evidence import SHOWN
from newsfacts.facts.names.model import LOC, PLACE_WORD
from newsfacts.facts.names.reading import Span
from newsfacts.facts.names.span_ops import put
from newsfacts.facts.tokens import Token

REASON = PLACE_WORD
ADJECTIVE_ENDS = ("en", "er", "es", "em", "e")  # a declined adjective's endings
MAX_ADJECTIVES = 2  # 'Hinteren Bayerischen Wald'
MIN_HEAD = 3  # letters before a place's ending ('Falken|berg'), or an adjective's stem
MAX_PLAIN_STEM = 6  # letters of an adjective's stem with no adjective's suffix ('schwarz')
ADJECTIVE_SUFFIXES = ("isch", "ig", "lich", "ern", "bar", "sam", "haft", "er")  # 'mittl|er'
# What opens a sentence or a quote, where every adjective is capitalised
OPENERS = frozenset(
    ('"', "“", "„", "«", "»", "(", "‘", "'", "-", "–", "—", ":", "‚", ".", "!", "?")
)


def adjective_places(
    text: str, tokens: list[Token], spans: list[Span], words: ModuleType
) -> list[Span]:
    """The spans of one text with each capitalised adjective and place noun read as a place."""
    nouns: frozenset[str] = getattr(words, "ADJECTIVE_PLACE_NOUNS", frozenset())
    if not nouns:
        return spans
    k = 1
    while k < len(tokens):
        end = k
        while end < len(tokens) and end - k < MAX_ADJECTIVES and _adjective(tokens[end], words):
            if end > k and _place_noun(tokens[end].text, nouns, words):
                break  # 'Nahen Osten': 'Osten' reads as an adjective too, but ends the name
            end += 1
        if end == k or end >= len(tokens) or tokens[k - 1].text in OPENERS:
            k = max(end, k + 1)
            continue
        if not _place_noun(tokens[end].text, nouns, words):
            k += 1  # 'Lage Hintere Brand': the next word may open the name
            continue
        if any(s.reason in SHOWN and s.start <= end and s.end > k for s in spans):
            k = end + 1  # 'Verkehrsbetriebe Hamburg-Holstein AG': a name on firmer evidence
            continue
        place = Span(text[tokens[k].start : tokens[end].end], k, end + 1, LOC, REASON, None, False)
        spans = put(spans, place)
        k = end + 1
    return spans


def _adjective(token: Token, words: ModuleType) -> bool:
    """A capitalised declined adjective ('Schwarze', 'Bayerischen', 'Großen'): its stem, less
    the ending, a listed word, short or with an adjective's suffix (not 'Verkehrsbetrieb|e')."""
    word = token.text
    if not word[:1].isupper() or not word.isalpha() or word.isupper():
        return False
    low = word.lower()
    end = next((e for e in ADJECTIVE_ENDS if low.endswith(e)), "")
    stem = low[: len(low) - len(end)]
    shaped = len(stem) <= MAX_PLAIN_STEM or stem.endswith(ADJECTIVE_SUFFIXES)
    listed = lexicon.is_word(stem, words.NAME) or lexicon.is_word(low, words.NAME)  # 'hohen'
    return bool(end) and shaped and len(stem) >= MIN_HEAD and listed


def _place_noun(word: str, nouns: frozenset[str], words: ModuleType) -> bool:
    """A noun for land, water or a way ('Meer', 'Osten', 'Brücke'), or a name ending as
    mountains and lakes do ('Falkenberg', 'Walchensee')."""
    low = word.lower()
    if low in nouns or low.removesuffix("s") in nouns or low.removesuffix("es") in nouns:
        return True  # 'des Nahen Ostens', 'des Schwarzen Meeres'
    ends = tuple(getattr(words, "FEATURE_WORDS", ()))
    return word[:1].isupper() and any(
        low.endswith(e) and len(low) - len(e) >= MIN_HEAD for e in ends
    )
