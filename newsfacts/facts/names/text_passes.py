"""The passes over one text's candidate names once each was read: a saint's abbreviated title
joined to its name ('St. Gallen'), places joined by a slash ('Köln/Bonn': two places), names
inside an English phrase read as none ('live from Las Vegas'), a name after a place's noun a place
('die Dörfer Hokkala'), an adjective and a place's noun ('das Schwarze Meer'), and capitals
that name no body by what stands around them ('32 KB') unlabelled."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts.names.adjective_places import adjective_places
from newsfacts.facts.names.english_titles import in_english_phrase
from newsfacts.facts.names.foreign_places import foreign_places
from newsfacts.facts.names.joined_places import broken_hyphens, joined_countries, linked_towns
from newsfacts.facts.names.place_nouns import after_place_nouns
from newsfacts.facts.names.reading import Span
from newsfacts.facts.names.saints import saint_names
from newsfacts.facts.names.slashes import slashed_places
from newsfacts.facts.names.stray_capitals import stray_capitals
from newsfacts.facts.names.way_names import way_names
from newsfacts.facts.tokens import Token


def text_passes(text: str, tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """The spans of one text after each pass, in order."""
    spans = slashed_places(text, tokens, saint_names(text, tokens, spans, words), words)
    spans = joined_countries(text, tokens, spans, words)
    spans = linked_towns(text, tokens, broken_hyphens(text, tokens, spans, words), words)
    spans = after_place_nouns(tokens, in_english_phrase(tokens, spans, words), words)
    spans = stray_capitals(tokens, foreign_places(text, tokens, spans, words), words)
    return way_names(text, tokens, adjective_places(text, tokens, spans, words), words)
