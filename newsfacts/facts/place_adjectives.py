"""German adjectives of a place that open a name ('Deutsche Bank', 'Hessischer Rundfunk').

German writes the adjective of a country or region small ('die deutsche Wirtschaft'); written
with a capital inside a sentence, it is the first word of a name, mostly a body's ('der
Deutschen Presse-Agentur', 'die Europäische Union'). The adjective is told by its ending
('-isch', '-sch' and a case ending) after a stem that, completed, is a country, a region or a
big town ('Deutsch|land', 'Hess|en', 'Bayer|n', 'Europ|a').
"""

from __future__ import annotations

import functools
import re
from types import ModuleType

from newsfacts.facts import context
from newsfacts.facts.name_words import big_town
from newsfacts.facts.place_names import place_name

ADJECTIVE = re.compile(r"(?P<stem>[A-ZÄÖÜ][a-zäöüß]{3,}?)i?sch(?:e|en|er|es|em)")
COMPLETIONS = ("", "n", "en", "land", "and", "ien", "e")  # 'Bayer|n', 'Hess|en', 'Engl|and'
UMLAUTS = str.maketrans("äöü", "aou")  # 'Sächs|isch' of 'Sachsen', 'Europä|isch' of 'Europa'


def place_adjective(word: str, words: ModuleType) -> bool:
    """A capitalised adjective of a country, region or big town ('Deutschen', 'Hessischer',
    'Europäische'), in a language that writes such adjectives small (German)."""
    if not getattr(words, "PLACE_ADJECTIVE_NAMES", False):
        return False
    match = ADJECTIVE.fullmatch(word)
    return match is not None and _place_stem(match.group("stem"), words.CODE)


def adjective_body(name: str, words: ModuleType) -> bool:
    """A name a place adjective opens that names a body ('Deutsche Bank'), not a place the
    gazetteer knows or a landscape, sea or state ('Bayerischer Wald', 'Russische Föderation')."""
    parts = name.split()
    if len(parts) < 2 or not place_adjective(parts[0], words):
        return False
    geographic: frozenset[str] = getattr(words, "GEOGRAPHIC_NOUNS", frozenset())
    return parts[-1] not in geographic and place_name(name, words) is None


@functools.lru_cache(maxsize=4096)
def _place_stem(stem: str, code: str) -> bool:
    """A stem that, completed, is a country, a region or a big town."""
    from newsfacts.words import words_of

    words = words_of(code)
    if words is None:
        return False
    stems = (stem, f"{stem}sch", stem.removesuffix("n"))  # 'Deutsch|land', 'Amerika|n'
    for base in dict.fromkeys((*stems, *(s.translate(UMLAUTS) for s in stems))):
        for name in (base + end for end in COMPLETIONS):
            if place_name(name, words) == "country" or context.subdivision(name, words):
                return True
            if big_town(name):
                return True
    return False
