"""Quotes' speakers the name finder read no name in ('afirmou o presidente da autarquia,
Ricardo Rio': 'rio' is a word too): a person where the sentence names them."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts import evidence
from newsfacts.facts.names.model import PER, Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token, tokenize

Found = tuple[Text, list[Token], Span]


def with_speakers(
    spans: list[Found], items: list[Text], speakers: frozenset[str], words: ModuleType
) -> list[Found]:
    """The spans with a person's span, in its sentence's place, for each speaker no span
    reads whose name has a person's shape."""
    missing = speakers - {s.text for _, _, s in spans}
    missing = frozenset(name for name in missing if _person_shaped(name, words))
    if not missing:
        return spans
    out: list[Found] = []
    for item in items:
        own = [found for found in spans if found[0] is item]
        tokens = own[0][1] if own else tokenize(item.text)
        if (
            own
            and item.text[tokens[own[0][2].start].start :][: len(own[0][2].text)] != own[0][2].text
        ):
            out += own  # spans read on a headline's tail, not the whole sentence
            continue
        added = [(item, tokens, s) for s in _spans_of(item.text, tokens, missing)]
        out += sorted(own + added, key=lambda found: found[2].start) if added else own
    return out


def _spans_of(text: str, tokens: list[Token], names: frozenset[str]) -> list[Span]:
    """A person's span for each of the names the text spells out, on its tokens."""
    out = []
    for name in names:
        size = len(name.split())
        for a in range(len(tokens) - size + 1):
            if text[tokens[a].start : tokens[a + size - 1].end] == name:
                out.append(Span(name, a, a + size, PER, "speaker", None, False))
                break
    return out


def _person_shaped(name: str, words: ModuleType) -> bool:
    """Two capitalised words or more that open with a first name ('Ricardo Rio'; not 'el
    presidente', 'EFE Viana Baptista', 'Els Flies van')."""
    parts = name.split()
    return (
        len(parts) > 1
        and all(p[:1].isupper() for p in parts)
        and evidence.first_name(parts[0], words)
    )
