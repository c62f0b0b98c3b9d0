"""Two places joined by a slash with no space ('München/Hamburg (dpa)', 'die WM in
Japan/Korea'): one place, as the story writes it. The pair names where a story was filed or
where one event took place; shown apart, each half reads as a place of its own."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts.names.model import LOC
from newsfacts.facts.names.reading import Span
from newsfacts.facts.place_names import place_name
from newsfacts.facts.tokens import Token

SLASH = "/"


def slashed_places(
    text: str, tokens: list[Token], spans: list[Span], words: ModuleType
) -> list[Span]:
    """The spans of one text with each run of places joined by bare slashes made one place (a
    name the gazetteer knows counts as a place there, though alone a surname: 'Köln/Bonn')."""
    out: list[Span] = []
    for s in spans:
        last = out[-1] if out else None
        if last is not None and _slashed(tokens, last, s, words):
            name = text[tokens[last.start].start : tokens[s.end - 1].end]
            initial = last.initial
            out[-1] = Span(name, last.start, s.end, LOC, last.reason, None, initial)
            continue
        out.append(s)
    return out


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
    """A place, or a name of no kind the gazetteer knows as one."""
    return s.label == LOC or (s.label is None and place_name(s.text, words) is not None)
