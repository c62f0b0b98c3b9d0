"""A name an acronym in brackets spells out: 'het Nationaal Verkeersonderzoekscentrum
(NVOC)', 'la Asociación de Fotógrafos de Prensa (AFP)'. The words before the brackets whose
capitals the acronym holds in order, with the small words of the language between them, are one
body's name, whatever the everyday words in it ('Nationaal') would say alone."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts import evidence
from newsfacts.facts.names.model import ORG, PER, Text
from newsfacts.facts.names.reading import Span, is_cap
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
MAX_WORDS = 12  # tokens of a spelt-out name at most
MAX_LETTERS = 8  # letters of an acronym at most
SMALL = 4  # letters of a small word inside a name at most ('voor', 'del', 'of')
REASON = "glossed"


def glossed_names(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans with each name an acronym in brackets spells out in its place, as a body."""
    out: list[Found] = []
    done: set[int] = set()
    for item, tokens, _ in spans:
        if id(tokens) in done:
            continue
        done.add(id(tokens))
        own = [f for f in spans if f[1] is tokens]
        out += [(item, tokens, s) for s in _with_glosses([s for _, _, s in own], tokens, words)]
    return out


def _with_glosses(spans: list[Span], tokens: list[Token], words: ModuleType) -> list[Span]:
    """One text's spans, each name spelt out before an acronym in brackets put in their place."""
    for k in range(1, len(tokens) - 2):
        if tokens[k].text != "(" or tokens[k + 2].text != ")":
            continue
        start = _spelt_start(tokens, k, tokens[k + 1].text, words)
        if start is None:
            continue
        inside = [s for s in spans if s.start < k and s.end > start]
        if any(s.label == PER and s.start <= start and s.end >= k for s in inside):
            continue  # a person's name and their party's acronym
        if any(s.start <= start and s.end >= k and s.label is not None for s in inside):
            continue  # read whole with a kind of its own: 'Consejo Nacional del Partido (PJ)'
            # spells the party only, 'Museo del Prado (MP)' is a place
        glossed = Span(_written(tokens, start, k), start, k, ORG, REASON, None, start == 0)
        spans = sorted([s for s in spans if s not in inside] + [glossed], key=lambda s: s.start)
    return spans


def _written(tokens: list[Token], a: int, b: int) -> str:
    """The words of tokens a..b as written, one space where there was any."""
    out = tokens[a].text
    for prev, tok in zip(tokens[a : b - 1], tokens[a + 1 : b], strict=True):
        out += (" " if tok.start > prev.end else "") + tok.text
    return out


def _spelt_start(tokens: list[Token], k: int, short: str, words: ModuleType) -> int | None:
    """Where the name the acronym spells starts, the words right before '(' at k, or None."""
    if not _acronym_shaped(short):
        return None
    letters = short.lower()
    best = None
    capitals: list[str] = []
    for a in range(k - 1, max(-1, k - 1 - MAX_WORDS), -1):
        word = tokens[a].text
        spelt = word.islower() and word.isalpha() and word[0] in short  # 'BdB': 'deutscher'
        if (is_cap(tokens[a]) or spelt) and word.replace("-", "").isalpha():
            capitals.insert(0, word)
            if not _in_order("".join(w[0].lower() for w in capitals), letters):
                break
            if word[0].lower() == letters[0] and _in_order(letters, " ".join(capitals).lower()):
                best = a if len(capitals) > 1 else best
            continue
        if a == k - 1 or not _small(word, words):
            break
    return best


def _acronym_shaped(short: str) -> bool:
    """Two to eight letters, opening with a capital and holding another ('NVOC', 'MoMA')."""
    return (
        2 <= len(short) <= MAX_LETTERS
        and short.isalpha()
        and short[0].isupper()
        and sum(c.isupper() for c in short) >= 2
    )


def _small(word: str, words: ModuleType) -> bool:
    """A small word of the language inside a name ('voor', 'de', 'del', 'en')."""
    return (
        word.islower()
        and len(word) <= SMALL
        and (word in words.JOINERS or word in words.PARTICLES or evidence.is_stop_word(word, words))
    )


def _in_order(short: str, name: str) -> bool:
    """The letters of short in name in order."""
    rest = iter(name)
    return all(c in rest for c in short)
