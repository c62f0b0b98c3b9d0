"""Streets, squares, fountains and monuments named in one word, as German writes them: a name
joined to a word for the way or the thing ('Boyneburgufer', 'Najadenbrunnen', 'Hermannsdenkmal'
-like 'Kyffhäuserdenkmal'). The word list lists its last part, so the whole reads as a compound
noun; a head that is no word of the language ('Boyneburg', 'Najaden') is a name's, while one
that is ('Arbeits|markt', 'Rad|weg', 'Stern|en|brunnen') makes an everyday compound. Kept
unsure: the table does not show them."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts.name_words import is_listed, joins_words
from newsfacts.facts.names.model import LOC
from newsfacts.facts.names.reading import Span
from newsfacts.facts.names.span_ops import put
from newsfacts.facts.tokens import Token

REASON = "street"
MIN_HEAD = 4  # letters of the name before the way's word ('Boyneburg|ufer')
JOINING = ("", "s", "es", "n", "en")  # a compound's joining letters ('Verbindung|s|weg')


def way_names(text: str, tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """The spans of one text with each one-word way or monument a place."""
    ends: tuple[str, ...] = getattr(words, "WAY_ENDINGS", ())
    if not ends:
        return spans
    taken = {k for s in spans for k in range(s.start, s.end) if s.label is not None}
    for k, token in enumerate(tokens):
        if k == 0 or k in taken or not _way_name(token.text, ends, words):
            continue
        way = Span(token.text, k, k + 1, LOC, REASON, None, False)
        spans = put(spans, way)
    return spans


def _way_name(word: str, ends: tuple[str, ...], words: ModuleType) -> bool:
    """A capitalised word ending in a way's word after a head of no word ('Boyneburgufer')."""
    low = word.lower()
    end = next((e for e in ends if low.endswith(e)), "")
    head = low[: len(low) - len(end)]
    return (
        bool(end)
        and word[:1].isupper()
        and word.isalpha()
        and len(head) >= MIN_HEAD
        and not is_listed(word, words)
        and not joins_words(low, words)
        and not any(is_listed(head.removesuffix(link), words) for link in JOINING)
    )  # not 'Rund|weg', 'Verbindung|s|weg': a word's head
