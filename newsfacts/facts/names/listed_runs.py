"""A run of words that is a listed company's name of more than one word ('General Motors',
'Swiss Life') is read whole, before the span reader trims a leading word of the language
('General') or a role word from it, and apart from German nouns before it ('der Versicherung
Swiss Life'); read so only when the evidence makes it the company. A listed name alone stays
open to be a person's short form."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts.companies import longest
from newsfacts.facts.evidence import is_name_word
from newsfacts.facts.names.listed_firms import LISTED, label_of, listed_run
from newsfacts.facts.names.model import ORG
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token


def whole_company(
    text: str, tokens: list[Token], run: tuple[int, int], initial: bool, words: ModuleType
) -> Span | None:
    """The run as one listed company's name, or its end after nouns that describe it in a
    language that writes them with a capital ('der Versicherung Swiss Life'); else None."""
    i, j = run
    first = max(i, j - longest())  # no listed name has more words: a long run costs no more
    start = next((k for k in range(first, j - 1) if listed_run(tokens, k, j)), None)
    if start is None or (start > i and not _described(tokens[i:start], words)):
        return None
    name = text[tokens[start].start : tokens[j - 1].end]
    before = tokens[start - 1].text if start > 0 else ""
    first = initial and start == i
    label, reason = label_of(name, before, None, first, words)
    return Span(name, start, j, ORG, reason, None, first) if label == ORG else None


def _described(nouns: list[Token], words: ModuleType) -> bool:
    """Capitalised words of the language, none a name's ('Versicherung', 'Konzern')."""
    return bool(words.CAPITALISED_NOUNS) and not any(is_name_word(t.text, words) for t in nouns)


def sure_org(s: Span) -> bool:
    """An organisation on evidence other than the lexicon: a listed name alone may still be
    the short form of a person the text named in full ('David Palomar' ... 'Palomar')."""
    return s.label == ORG and s.reason != LISTED
