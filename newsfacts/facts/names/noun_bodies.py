"""Organisations a German text names by a noun of the language, each on the evidence of its frame.

A party named by its noun ('die Grünen', 'der Linken', 'die Union' for CDU/CSU) is one when a
word only parties take ('Koalition', 'Fraktionsvorsitzende') or a party's acronym is in its
sentence: alone the words are a colour, a hand, the EU.
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType

from newsfacts.facts.names.model import ORG, Text
from newsfacts.facts.names.per_text import by_item
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

Found = tuple[int, int, str]
Item = tuple[Text, list[Token], Span]
ENDS = frozenset((".", "!", "?", ":"))  # a sentence's end or a colon: a frame's reach (no ';')


def noun_bodies_in(spans: list[Item], items: list[Text], words: ModuleType) -> list[Item]:
    """The spans of a document, with the bodies each text names by a noun in its frame."""
    if not getattr(words, "PARTY_NOUNS", ()):
        return spans
    return by_item(spans, items, lambda text, tokens, own: noun_bodies(text, tokens, own, words))


def noun_bodies(text: str, tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """The spans of one text, with the bodies named by a noun in their frame added where no
    span stands."""
    if not getattr(words, "PARTY_NOUNS", ()):
        return spans
    found = [*_parties(tokens, words)]
    out = list(spans)
    for i, j, reason in sorted(found):
        if any(s.start < j and i < s.end and s.label == ORG for s in out):
            continue  # the reader's own body
        out = [s for s in out if not (s.start < j and i < s.end)]
        name = text[tokens[i].start : tokens[j - 1].end]
        out.append(Span(name, i, j, ORG, reason, None, False))
    return sorted(out, key=lambda s: s.start)


def _sentence(tokens: list[Token], k: int) -> tuple[int, int]:
    """The bounds of the sentence around token k."""
    a = k
    while a > 0 and tokens[a - 1].text not in ENDS:
        a -= 1
    b = k
    while b < len(tokens) and tokens[b].text not in ENDS:
        b += 1
    return a, b


def _parties(tokens: list[Token], words: ModuleType) -> Iterator[Found]:
    """A party's noun after an article ('die Grünen', 'der Union'), not before another name
    ('Union Investment'), with a party's word or acronym in its sentence; a party's compound
    ('die Linkspartei') alone."""
    for k in range(1, len(tokens)):
        word = tokens[k].text
        if word not in words.PARTY_NOUNS or tokens[k - 1].text.lower() not in words.DEFINITE:
            continue
        named_on = k + 1 < len(tokens) and tokens[k + 1].is_cap
        if named_on or (k > 1 and tokens[k - 2].text == "/"):
            continue  # 'Union Investment', 'Bündnis 90/Die Grünen': a longer name
        if word in words.PARTY_COMPOUNDS or _party_near(tokens, k, words):
            yield k, k + 1, "institution"


def _party_near(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """A word only parties take ('Koalitionsverbot', 'Linksfraktion') or a party's acronym
    ('SPD', 'CDU-Politiker') in the sentence of token k."""
    a, b = _sentence(tokens, k)
    for t in tokens[a:k] + tokens[k + 1 : b]:
        low = t.text.lower()
        if any(stem in low for stem in words.PARTY_STEMS):
            return True
        if t.text.split("-")[0] in words.PARTY_ACRONYMS:
            return True
    return False
