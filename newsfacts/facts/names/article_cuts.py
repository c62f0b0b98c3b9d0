"""German runs of capitalised words cut before an article written with a capital inside them:
German writes an article so only where a sentence opens, so a word before it is a heading's
glued to the sentence ('Bauwerke Die Dorfkirche …', 'Gründung der Schule Die damals …'), unless
that word is a paper's or a band's and the article may open its title ('die Wochenzeitung Die
Woche', 'die Band Die Roten')."""

from __future__ import annotations

from itertools import pairwise
from types import ModuleType

from newsfacts.facts.tokens import Token

INFLECTED = ("", "n", "s", "en", "es")  # a noun's case endings


def article_cuts(
    run: tuple[int, int], tokens: list[Token], words: ModuleType
) -> list[tuple[int, int]]:
    """The run cut before each capitalised article inside it that opens no title."""
    i, j = run
    if not words.CAPITALISED_NOUNS:
        return [run]
    cuts = [k for k in range(i + 1, j) if _opens_sentence(tokens, k, words)]
    bounds = [i, *cuts, j]
    return [(a, b) for a, b in pairwise(bounds) if b > a]


def _opens_sentence(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """A definite article with a capital ('Die', 'Den') after a word that names no paper or
    kind of band or club."""
    word = tokens[k].text
    if not word[:1].isupper() or word.lower() not in words.DEFINITE:
        return False
    return not title_noun(tokens[k - 1].text, words)


def title_noun(word: str, words: ModuleType) -> bool:
    """A word for a paper, channel or kind of body before its title ('Wochenzeitung', 'Band')."""
    lower = word.rpartition("-")[2].lower()
    press = tuple(w.lower() for w in getattr(words, "PRESS_NOUNS", ()))
    kinds: frozenset[str] = getattr(words, "TYPE_NOUNS", frozenset())
    stems = [lower.removesuffix(end) for end in INFLECTED]
    return any(s.endswith(press) or s in kinds for s in stems if s)
