"""Places named in another language inside a German text: a run of capitalised words ending
in an English word for a place ('Hudson River', 'Fifth Avenue', 'Jones House'), or opening with
a word for one in English or a Romance language ('Port Grosvenor', 'Isola di Arabella', 'Lido
delle Nazioni', 'Cerro San Félix', 'Pont del Diable'), with that language's small words
inside; and a spa town's name ('Bad Niedernau', words.TOWN_HEADS). German reads such runs
as words of no language of its own, or as a person's name; the place word gives their kind.
Kept unsure: the table does not show them."""

from __future__ import annotations

from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts.evidence import SHOWN, opens_with_first_name
from newsfacts.facts.name_words import is_stop_word
from newsfacts.facts.names.model import LOC, PLACE_WORD
from newsfacts.facts.names.reading import Span, is_cap
from newsfacts.facts.names.span_ops import put
from newsfacts.facts.tokens import Token
from newsfacts.words import split_words
from newsfacts.words.en.places import PLACE_HEADS, PLACE_SUFFIXES

REASON = PLACE_WORD
# First words of places in Romance languages (a mountain, a beach, an island, a bridge, a gorge)
ROMANCE_HEADS = frozenset(
    split_words("Cerro Monte Lido Isola Ponte Pont Gorge Rio Lago Puerto Playa Sierra Costa Col")
)
# Small words inside such a name ('Isola di Arabella', 'Gorge de la Langouette')
ROMANCE_PARTICLES = frozenset(
    split_words("di del della delle dei degli de la le du des do da dos das el los en")
)


def foreign_places(
    text: str, tokens: list[Token], spans: list[Span], words: ModuleType
) -> list[Span]:
    """The spans of one text with each foreign place's run read as one place."""
    if not words.CAPITALISED_NOUNS:
        return spans
    for a, b in _place_runs(tokens, words):
        place = Span(text[tokens[a].start : tokens[b - 1].end], a, b, LOC, REASON, None, False)
        if any(s.reason in SHOWN and s.start < b and s.end > a for s in spans):
            continue  # 'Port Louis', 'Washington Square': a name on firmer evidence
        spans = put(spans, place)
    return spans


def _place_runs(tokens: list[Token], words: ModuleType) -> list[tuple[int, int]]:
    """The token ranges of foreign places' names in one text."""
    runs: list[tuple[int, int]] = []
    for k, token in enumerate(tokens):
        if runs and k < runs[-1][1]:
            continue
        heads: frozenset[str] = getattr(words, "TOWN_HEADS", frozenset())
        if token.text in PLACE_HEADS | ROMANCE_HEADS | heads and k + 1 < len(tokens):
            b = _run_end(tokens, k + 1, words)
            if b > k + 1:
                runs.append((k, b))
        elif token.text in PLACE_SUFFIXES and k > 0:
            a = k
            while a > 0 and _name_word(tokens[a - 1], tokens[a], words):
                a -= 1
            if a < k and not opens_with_first_name(tokens[a].text, words):
                runs.append((a, k + 1))  # not 'Jason Hall': a person's name
    return runs


def _name_word(token: Token, after: Token, words: ModuleType) -> bool:
    """A capitalised word right before another of the run, no German small or everyday word."""
    return is_cap(token) and after.start - token.end == 1 and _foreign(token.text, words)


def _foreign(word: str, words: ModuleType) -> bool:
    """A word of the name, not of the German sentence around it ('Die', 'Hafen')."""
    return not is_stop_word(word, words) and not lexicon.is_common_word(word, words.NAME)


def _run_end(tokens: list[Token], k: int, words: ModuleType) -> int:
    """The end of a name's run from k: capitalised words, and small words between them."""
    end = k
    while end < len(tokens) and tokens[end].start - tokens[end - 1].end == 1:
        if (is_cap(tokens[end]) and not is_stop_word(tokens[end].text, words)) or (
            tokens[end].text in ROMANCE_PARTICLES and end + 1 < len(tokens)
        ):  # not 'Die'
            end += 1
        else:
            break
    while end > k and not is_cap(tokens[end - 1]):
        end -= 1
    return end
