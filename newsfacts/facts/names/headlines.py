"""Known names and gazetteer places matched in all-caps or title-case text."""

from __future__ import annotations

from collections.abc import Iterable

from newsfacts.facts import places
from newsfacts.facts.names.cues import (
    context_of,
    date_word,
    dateline_after,
    dateline_place,
    running_text,
)
from newsfacts.facts.names.model import Entity, Mention, Text
from newsfacts.facts.tokens import Token, tokenize
from newsfacts.lazyre import matched_key
from newsfacts.words.en.sports import SPORTS


def shouting_mentions(
    items: Iterable[Text], known: dict[str, Entity], order: list[int]
) -> list[tuple[Entity | None, Mention]]:
    """In all-caps or title-case text, match n-grams against known names and the gazetteer."""
    out: list[tuple[Entity | None, Mention]] = []
    lookup = {k.lower(): e for e in known.values() for k in e.forms}
    for item in items:
        if running_text(item):
            continue
        tokens = tokenize(item.text)
        i = 0
        place = dateline_place(tokens)
        if place:  # "GENEVA 1996-08-30": a dateline names a place, known to the gazetteer or not
            order[0] += 1
            surface = item.text[tokens[0].start : tokens[place - 1].end]
            m = Mention(surface, item.cite, item.kind, (), context_of(tokens, 0, place)[1], False,
                        True, order[0], dateline=True)  # fmt: skip
            out.append((lookup.get(surface.lower()), m))
            i = place
        while i < len(tokens):
            hit = _longest_known(tokens, i, item.text, lookup)
            if hit is None:
                i += 1
                continue
            j, entity, surface = hit
            order[0] += 1
            left, right = context_of(tokens, i, j)
            m = Mention(surface, item.cite, item.kind, left, right, False, True, order[0])
            m.dateline = i == 0 and dateline_after(tokens, j)
            out.append((entity, m))
            i = j
    return out


def _longest_known(
    tokens: list[Token], i: int, text: str, lookup: dict[str, Entity]
) -> tuple[int, Entity | None, str] | None:
    """The longest n-gram at i that names a known entity or a gazetteer place."""
    for n in range(4, 0, -1):
        if i + n > len(tokens) or not tokens[i].text[:1].isupper():
            continue
        surface = text[tokens[i].start : tokens[i + n - 1].end]
        if surface.lower() in lookup:
            return i + n, lookup[matched_key(surface)], surface
        titled = " ".join(w.capitalize() for w in surface.split())
        kind = places.place_type(titled)
        if kind == "city" and n == 1 and (titled.lower() in SPORTS or date_word(titled)):
            continue  # "RUGBY UNION", "FRIDAY": a word in capitals, not the town of that name
        if len(surface) > 2 and kind in ("country", "city", "state", "county"):
            return i + n, None, surface
    return None
