"""A name in brackets right after a person's: the person's party, club or team ('Isabelle
Durant (Ecolo)', 'Noel Pérez (Moca)', 'Tommy Robredo (ESP)'), an organisation even where a
town has its name; and a lone unknown word before such brackets, or listed with one
('Txutxi y Gallego (Badajoz)'), is a person (measured with benchmarks/languages.py)."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import context, evidence
from newsfacts.facts.names.model import LOC, ORG, PER, Text
from newsfacts.facts.names.reading import Span, dated
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
UNKNOWN = frozenset(("lone word", "initial", "capitals"))  # a word with no kind of its own
LISTING = frozenset((",",))  # between the people of one list, beside the conjunctions


def bracketed_bodies(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans with each person's bracketed body an organisation, and the unknown words
    before the brackets people."""
    out = list(spans)
    for k in range(1, len(out)):
        item, tokens, span = out[k]
        prev_item, _, prev = out[k - 1]
        if prev_item is not item or not _bracketed(tokens, span) or prev.end != span.start - 1:
            continue
        if not (_person(prev) or unknown_word(prev, words)) or _place_before(prev, tokens, words):
            continue
        if not _person(prev) and span.text.isupper():
            continue  # 'emenda à Constituição (PEC)': the bracket spells the words before
        if dated(tokens, span.end + 1):
            continue  # 'Griñón (Madrid), 23 may': a dateline's town and its province
        if span.reason != "country" and span.label in (LOC, ORG, None):
            out[k] = (item, tokens, replace(span, label=ORG, reason="bracketed body"))
        for m in _listed(out, k - 1, words):
            if out[m][2].label is None:
                out[m] = (out[m][0], out[m][1], replace(out[m][2], label=PER, reason="listed"))
    return out


def _bracketed(tokens: list[Token], span: Span) -> bool:
    """The span alone in brackets: '(' before it and ')' after it."""
    if span.start < 1 or span.end >= len(tokens):
        return False
    return tokens[span.start - 1].text == "(" and tokens[span.end].text == ")"


def _person(span: Span) -> bool:
    """A person's name on evidence of its own (a first name, a role, a short form)."""
    return span.label == PER


def unknown_word(span: Span, words: ModuleType) -> bool:
    """One capitalised word with no kind, no everyday word of the language ('Puyol')."""
    return (
        span.label is None
        and span.reason in UNKNOWN
        and " " not in span.text
        and not span.text.isupper()
        and not lexicon.is_common_word(span.text, words.NAME)
        and not evidence.is_stop_word(span.text, words)
        and not context.people_word(span.text, words)  # 'Italiaanse (Perugia)'
    )


def _place_before(span: Span, tokens: list[Token], words: ModuleType) -> bool:
    """A place before the brackets, or a word after a place's preposition or a joiner: they
    hold its region or country ('Gavá (Barcelona)', 'el caserío de Oma (Vizcaya)'); 'a' and
    'y' lead people as often ('a César y Rogerio (Salamanca)')."""
    before = tokens[span.start - 1].text.lower() if span.start else ""
    links = (words.PLACE_BEFORE | words.JOINERS) - words.CONJUNCTIONS - words.PERSON_BEFORE
    return span.label == LOC or before in links


def _listed(spans: list[Found], k: int, words: ModuleType) -> list[int]:
    """The span at k and the unknown words listed before it with commas and conjunctions
    ('Aranalde, Ricardo, Herrera y Marín'), the list's people."""
    out = [k]
    while k > 0:
        item, tokens, span = spans[k]
        prev_item, _, prev = spans[k - 1]
        joined = prev.end == span.start - 1 and span.start > 0
        link = tokens[span.start - 1].text if joined else ""
        if prev_item is not item or not (link in LISTING or link in words.CONJUNCTIONS):
            break
        if not (unknown_word(prev, words) or _person(prev)):
            break
        out.append(k - 1)
        k -= 1
    return out
