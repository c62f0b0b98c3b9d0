"""A person's name with the genitive -s, where the language writes it so ('premier Baraks
regering', 'Katzavs kandidatuur' beside 'Ehud Barak', 'Moshe Katzav'): the same person, named
without the -s, when the text names that person elsewhere (Dutch; German reads its own
genitives)."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts.names.model import PER, Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.place_names import place_name
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
MIN_NAME = 3  # letters of a name before its -s
LONE = frozenset(("initial", "lone word"))  # a word no evidence named yet ('Barak zei')


def genitive_people(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans with each person's genitive form ('Baraks') named as the person ('Barak')."""
    if not getattr(words, "GENITIVE_NAMES", False):
        return spans
    people = {
        s.text for _, _, s in spans if s.label == PER or (s.label is None and s.reason in LONE)
    }
    known = people | {p.split()[-1] for p in people if " " in p}
    return [(item, tokens, _ungenitive(s, known, words)) for item, tokens, s in spans]


def _ungenitive(s: Span, known: set[str], words: ModuleType) -> Span:
    """The span named without its -s, as a person, where that is a person of the text or a
    word it tells alone ('Barak zei'); no place ('Nederlands')."""
    last = s.text.split()[-1]
    if not last.endswith("s") or len(last) <= MIN_NAME:
        return s
    bare = s.text[:-1]
    if bare not in known and bare.split()[-1] not in known:
        return s
    if place_name(bare, words) is not None:
        return s  # 'Nederlands': the language, not Nederland's
    return replace(s, text=bare, label=PER)
