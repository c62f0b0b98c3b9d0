"""Two places joined by a slash with no space ('München/Hamburg (dpa)', 'die WM in
Frankreich/Belgien'): each is a place, though alone one name could read as a surname
('Köln/Bonn'). A reader sees two places, so they stay two names: the pair is where a story was
filed or the two hosts of one event, and neither half is a place of another kind."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts.names.model import LOC
from newsfacts.facts.names.reading import Span
from newsfacts.facts.place_names import place_name
from newsfacts.facts.tokens import Token

SLASH = "/"


def slashed_places(
    text: str, tokens: list[Token], spans: list[Span], words: ModuleType
) -> list[Span]:
    """The spans of one text with both names of each bare-slash pair of places made places (a
    name the gazetteer knows counts as a place there, though alone a surname: 'Köln/Bonn')."""
    out = list(spans)
    for k in range(1, len(out)):
        a, b = out[k - 1], out[k]
        if _slashed(tokens, a, b, words):
            out[k - 1], out[k] = (_as_place(s) for s in (a, b))
    return out


def _as_place(s: Span) -> Span:
    """The span as a place ('town' evidence where it had no place label)."""
    return s if s.label == LOC else replace(s, label=LOC, reason="town")


def _slashed(tokens: list[Token], a: Span, b: Span, words: ModuleType) -> bool:
    """Two places with one slash between them and no space on either side."""
    if not (_place(a, words) and _place(b, words)) or b.start != a.end + 1:
        return False
    slash = tokens[a.end]
    return (
        slash.text == SLASH
        and slash.start == tokens[a.end - 1].end
        and tokens[b.start].start == slash.end
    )


def _place(s: Span, words: ModuleType) -> bool:
    """A place, or a name the gazetteer knows as one (of no kind yet, or read as a surname)."""
    return s.label == LOC or place_name(s.text, words) is not None
