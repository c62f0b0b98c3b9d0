"""Entities from labelled spans an external recogniser found (spaCy's `--ner`).

The recogniser says where names are and what they are, span by span, and its labels stand;
our own cues still give people their title, affiliation and role, bodies their acronym, and
link short forms ("Varga", "IEF") to full ones, as for the built-in finder's spans.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

# The built-in finder's span-level helpers: one set of cue rules for both recognisers.
from newsfacts.facts.names.cues import date_word, dateline_after, dotted_suffix, place_kind
from newsfacts.facts.names.linking import group_mentions
from newsfacts.facts.names.mentions import affiliation_of, new_mention, role_phrase
from newsfacts.facts.names.model import LOC, ORG, PER, Entity, Mention, Text
from newsfacts.facts.names.spans import name_pieces, title_at
from newsfacts.facts.tokens import Token, tokenize
from newsfacts.words.en.function import STOPWORDS
from newsfacts.words.en.titles import MAX_TITLE_WORDS, TITLES

LABELS = (PER, ORG, LOC)
_OPENERS = ('"', "“", "(", "‘", "'", "-", "--", ":")
_LEADING = frozenset({"the"})  # "The Hague", "The Oval": a capital The belongs to the name
_TRAILING = frozenset({"'s", "’s", "'", "’", ".", ",", ";", ":", ")", '"', "”"})


@dataclass(frozen=True)
class LabelledSpan:
    """A name a recogniser found: character offsets into one text, and our label for it."""

    start: int
    end: int
    label: str  # person | organization | place


def token_range(tokens: Sequence[Token], start: int, end: int) -> tuple[int, int]:
    """Our tokens [a, b) covering the characters [start, end), trimmed of 'the' and "'s"."""
    a = next((i for i, t in enumerate(tokens) if t.end > start), len(tokens))
    b = a
    while b < len(tokens) and tokens[b].start < end:
        b += 1
    while a < b - 1 and tokens[a].text in _LEADING:
        a += 1  # "the United Nations": the article is no part of the name
    while b > a and tokens[b - 1].text in _TRAILING:
        b -= 1  # "Yoon's", a sentence's period: spaCy sometimes keeps them in the span
    return a, b


def _title_start(tokens: list[Token], a: int) -> int:
    """Where the titles and the capitalised words before a person's name begin.

    "Norway Prime Minister Tomas Lindqvist": the span is the name; the title and the
    affiliation before it are read from the words on its left, as the built-in finder does.
    """
    lo = a
    while lo > 0:
        for k in range(max(0, lo - MAX_TITLE_WORDS - 1), lo):
            title = title_at(tokens, k)
            if title and k + title[2] == lo:
                lo = k
                break
        else:
            break
    if lo == a:
        return a  # no title: a capitalised word before the name is not an affiliation
    while lo > 0 and _affiliation_word(tokens[lo - 1].text):
        lo -= 1
    return lo


def _affiliation_word(word: str) -> bool:
    """A capitalised word that can name who a titled person belongs to ("Norway", "UN")."""
    return (
        word[:1].isupper()
        and word.isalpha()
        and not date_word(word)
        and (word.lower() not in STOPWORDS)
    )


@dataclass
class _Found:
    """A mention and the label the recogniser gave it."""

    mention: Mention
    label: str


def _person(
    item: Text, tokens: list[Token], a: int, b: int, span: LabelledSpan, order: list[int]
) -> Mention | None:
    """A person's mention, with the title, affiliation and role words around the name."""
    lo = _title_start(tokens, a)
    pieces = name_pieces(tokens, lo, b)
    if not pieces or pieces[-1][1] != b:  # a title word ends the name: "Hun Sen", "Jean King"
        pieces = [(a, b, None, False)]
    start, end, role, honorific = pieces[-1]
    m = _mention(item, tokens, start, end, span, order)
    if m is None:
        return None
    m.role, m.honorific = role, honorific
    if role is not None and start > lo:  # "Norway Prime Minister X": Norway
        m.affiliation = affiliation_of(item.text[tokens[lo].start : tokens[start - 1].end])
    elif role is None and m.role_word:  # "union leader X"
        m.role, m.affiliation = role_phrase(item.text, tokens, start)
    return m


def _mention(
    item: Text, tokens: list[Token], a: int, b: int, span: LabelledSpan, order: list[int]
) -> Mention | None:
    """A mention for tokens[a:b], with the cues the built-in finder reads around a name."""
    if a >= b:
        return None
    # Within the span: "New York" of "New York-based" ends inside one of our tokens.
    text = item.text[max(tokens[a].start, span.start) : min(tokens[b - 1].end, span.end)]
    if dotted_suffix(tokens, b):
        text += "."  # "Barnett Banks Inc." is written with its period
    if len(text) < 2 or text in TITLES or date_word(text):
        return None
    initial = a == 0 or tokens[a - 1].text in _OPENERS
    m = new_mention(item, tokens, (a, b), text, initial, order)
    m.dateline = a == 0 and dateline_after(tokens, b)
    return m


def mentions_from_spans(
    item: Text, spans: Sequence[LabelledSpan], order: list[int]
) -> list[_Found]:
    """The mentions of one text's labelled spans (spans with another label are skipped)."""
    tokens = tokenize(item.text)
    out: list[_Found] = []
    for span in sorted(spans, key=lambda s: s.start):
        if span.label not in LABELS:
            continue
        a, b = token_range(tokens, span.start, span.end)
        if span.label == PER:
            m = _person(item, tokens, a, b, span, order)
        else:
            m = _mention(item, tokens, a, b, span, order)
        if m is not None:
            out.append(_Found(m, span.label))
    return out


def _fold_surnames(entities: list[Entity]) -> list[Entity]:
    """Fold a lone word the recogniser did not call a person into the one person it ends.

    A small model often labels "Varga said" ORG while it labels "Elena Varga" PERSON; a word
    the gazetteer knows as a place ("Washington") stays what the recogniser said it was.
    """
    by_last: dict[str, list[Entity]] = {}
    for e in entities:
        if e.label == PER and len(e.name.split()) > 1:
            by_last.setdefault(e.name.split()[-1], []).append(e)
    kept: list[Entity] = []
    for e in entities:
        people = by_last.get(e.name, []) if e.label != PER else []
        if len(people) == 1 and place_kind(e.name) is None:
            for m in e.mentions:
                people[0].add(m)
        else:
            kept.append(e)
    return kept


def entities_from_spans(
    items: Sequence[Text], spans: Sequence[Sequence[LabelledSpan]]
) -> list[Entity]:
    """Labelled entities from each text's spans (spans[i] belongs to items[i]).

    Mentions are grouped and linked label by label: the recogniser's label of each span is
    kept ("New York" the team and "NEW YORK" the dateline's city stay apart).
    """
    order = [0]
    found = [f for item, its in zip(items, spans, strict=True)
             for f in mentions_from_spans(item, its, order)]  # fmt: skip
    entities: list[Entity] = []
    for label in LABELS:
        for e in group_mentions([f.mention for f in found if f.label == label]):
            e.label = label
            entities.append(e)
    entities = _fold_surnames(entities)
    for e in entities:
        e.mentions.sort(key=lambda m: m.position)
    return entities
