"""The passes over one text's candidate names once each was read: a saint's abbreviated title
joined to its name ('St. Gallen'), places joined by a slash ('Köln/Bonn': two places), names
inside an English phrase read as none ('live from Las Vegas'), a name after a place's noun a place
('die Dörfer Hokkala'), words of another language read on no other evidence ('La Fiesta', 'in
Comet umbenannt'), names inside a quoted work's title ('das Bild „Befreiung Helenas …“') and
before a model's number ('sein Mercedes 208') unlabelled, an adjective and a place's noun ('das
Schwarze Meer'), capitals that name no body by what stands around them ('32 KB') unlabelled, and
a lone surname in a subject's or a person's slot a person ('Vandrelli wolle'); a doer's noun
cut off the person's names after it ('Rapper Kolja Varn'), web addresses dropped and dotted
names read whole ('Ver.di'); a body's compound before its seat one body ('Landratsamt
Fulda')."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts.names.adjective_places import adjective_places
from newsfacts.facts.names.clause_people import clause_people
from newsfacts.facts.names.club_forms import club_forms
from newsfacts.facts.names.english_titles import in_english_phrase
from newsfacts.facts.names.foreign_places import foreign_places
from newsfacts.facts.names.foreign_words import foreign_words
from newsfacts.facts.names.joined_places import broken_hyphens, joined_countries, linked_towns
from newsfacts.facts.names.model_numbers import model_numbers
from newsfacts.facts.names.noun_words import noun_words
from newsfacts.facts.names.place_nouns import after_place_nouns
from newsfacts.facts.names.reading import Span
from newsfacts.facts.names.saints import saint_names
from newsfacts.facts.names.seat_bodies import seat_bodies
from newsfacts.facts.names.slashes import slashed_places
from newsfacts.facts.names.stray_capitals import stray_capitals
from newsfacts.facts.names.way_names import way_names
from newsfacts.facts.names.work_titles import work_titles
from newsfacts.facts.tokens import Token


def text_passes(text: str, tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """The spans of one text after each pass, in order."""
    spans = slashed_places(text, tokens, saint_names(text, tokens, spans, words), words)
    spans = club_forms(text, tokens, spans, words)  # 'TSV Odenhausen/Lahn': one club
    spans = seat_bodies(text, tokens, spans, words)  # 'Handwerkskammer Kassel': one body
    spans = joined_countries(text, tokens, spans, words)
    spans = linked_towns(text, tokens, broken_hyphens(text, tokens, spans, words), words)
    spans = after_place_nouns(tokens, in_english_phrase(tokens, spans, words), words)
    spans = work_titles(tokens, foreign_words(spans, words), words)
    spans = model_numbers(tokens, spans, words)
    spans = stray_capitals(tokens, foreign_places(text, tokens, spans, words), words)
    spans = way_names(text, tokens, adjective_places(text, tokens, spans, words), words)
    spans = noun_words(text, tokens, spans, words)  # 'Rapper Kolja Varn', 'Ver.di'
    return clause_people(text, tokens, spans, words)
