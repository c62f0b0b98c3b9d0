"""Words built on a place name without being one ('Israelis', 'Chechen', 'Swede'): a people,
no person nor organisation."""

from __future__ import annotations

import re
from functools import cache

from newsfacts.facts import census, places
from newsfacts.facts.names.cues import place_kind

_DEMONYM_END = re.compile(r"(?:an|ans|i|is|ese|ish|ic|en|ens|e|es|s|b|av|avs|ot|ots)$")


def demonym_like(word: str) -> bool:
    """'Israelis', 'Chechen', 'Swede': a word built on a place name it is not itself."""
    if place_kind(word) or not _DEMONYM_END.search(word) or word.isupper():
        return False
    if word in census.first_names():
        return False
    stem = word[: max(4, min(5, len(word) - 3))]
    return stem in place_prefixes(len(stem))


@cache
def place_prefixes(n: int) -> frozenset[str]:
    """The first n letters of every country and region name."""
    names = [*places.countries(), *places.REGIONS, *places.us_states()]
    return frozenset(name[:n] for name in names if len(name) >= n)
