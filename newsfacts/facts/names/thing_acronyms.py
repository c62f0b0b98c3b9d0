"""Acronyms of things: capitals in brackets that spell the small-letter words just before them
('uma proposta de emenda à Constituição (PEC)', 'un impuesto sobre el valor añadido (IVA)')
shorten a common noun's phrase, not a body's name, so the text's later 'PEC' is no
organisation. A body's name is written in capitals ('Federação Nacional dos Professores
(Fenprof)') or holds an organisation word of the language ('le parquet national financier
(PNF)'), and keeps its acronym (names/aliases.py)."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts.names.model import Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
# Heads of bodies the page languages write in small letters ('le parquet national financier',
# 'la haute autorité de santé'): a gloss holding one names a body.
SMALL_BODIES = frozenset(("parquet", "autorité", "autoridad", "autorità", "autoridade"))
SMALL_WORD = 3  # a small-letter word this short between the gloss's words is a link ('de', 'à')
MIN_LETTERS = 2


def things_unnamed(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans, with every span of an acronym some bracket glosses as a thing left unnamed."""
    things = {s.text for _, tokens, s in spans if _thing_gloss(tokens, s, words)}
    if not things:
        return spans
    return [
        (item, tokens, Span(s.text, s.start, s.end, None, "", s.role, s.initial))
        if s.text in things
        else (item, tokens, s)
        for item, tokens, s in spans
    ]


def _thing_gloss(tokens: list[Token], span: Span, words: ModuleType) -> bool:
    """The span is capitals alone in brackets after small-letter words that spell it, none of
    them an organisation word."""
    short = span.text
    if not (short.isalpha() and short.isupper() and len(short) >= MIN_LETTERS):
        return False
    if span.start < 2 or span.end >= len(tokens) or span.end - span.start != 1:
        return False
    if tokens[span.start - 1].text != "(" or tokens[span.end].text != ")":
        return False
    links = words.PARTICLES | words.JOINERS
    gloss, before = _gloss_words(tokens[: span.start - 1], len(short), links)
    if len(gloss) != len(short) or (before is not None and before[:1].isupper()):
        return False  # 'Vereniging voor begeleiding ... (VBBB)': a name's capitals lead it
    spelled = "".join(w[0] for w in gloss).lower() == short.lower()
    body = any(w.lower() in words.ORG_WORDS or w.lower() in SMALL_BODIES for w in gloss)
    return spelled and gloss[0][:1].islower() and not body


def _gloss_words(
    before: list[Token], wanted: int, links: frozenset[str]
) -> tuple[list[str], str | None]:
    """The last `wanted` words before the bracket that are no links ('de', 'à', 'voor'), in
    order (fewer when a mark or a number comes first), and the word before them that is no
    link (None when that opens the sentence)."""
    out: list[str] = []
    k = len(before) - 1
    while k >= 0 and len(out) < wanted:
        word = before[k].text
        if not word.isalpha():
            return out, word
        if not (out and (word in links or (word.islower() and len(word) <= SMALL_WORD))):
            out.insert(0, word)
        k -= 1
    while k >= 0 and before[k].text in links:
        k -= 1
    return out, before[k].text if k > 0 else None  # a sentence's first word has a capital
