"""The passes over a whole document's candidate names, in their order: quotes' speakers no
span reads and people listed with their clubs, ministries run into their ministers' names,
glosses, bodies in brackets, things' acronyms, then lists, the acronyms a text counts ('las
OPAs'), clubs named by their town ('el Mérida'), people of capitals alone read by their shape
('Brussel-Zuid'), peoples named like their land ('die Schweden'), and last people's
genitives ('Baraks', German's 'Lorenz''); first the bodies German cues name
(org_cues.py) and those it names by a noun in its frame (noun_bodies.py), after listed
companies' names are read by the cues around them (listed_context.py)."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts.names.brackets import bracketed_bodies
from newsfacts.facts.names.clubs import clubs_by_article
from newsfacts.facts.names.firm_nouns import firms_by_noun
from newsfacts.facts.names.genitive_names import apostrophe_people, genitive_people
from newsfacts.facts.names.glosses import glossed_names
from newsfacts.facts.names.listed_context import listed_in_context
from newsfacts.facts.names.listed_places import listed_places
from newsfacts.facts.names.lists import listed_kinds
from newsfacts.facts.names.model import Text
from newsfacts.facts.names.noun_bodies import noun_bodies_in
from newsfacts.facts.names.org_cues import cued_bodies
from newsfacts.facts.names.peoples import peoples_unnamed
from newsfacts.facts.names.player_clubs import with_player_clubs
from newsfacts.facts.names.portfolio import named_ministers
from newsfacts.facts.names.reading import Span
from newsfacts.facts.names.shapes import reshaped
from newsfacts.facts.names.speakers import with_speakers
from newsfacts.facts.names.team_slots import team_slots
from newsfacts.facts.names.thing_acronyms import things_unnamed
from newsfacts.facts.names.units import counted_units
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]


def document_passes(
    spans: list[Found], items: list[Text], speakers: frozenset[str], words: ModuleType
) -> list[Found]:
    """The spans of a document after each pass that reads them against one another."""
    spans = listed_in_context(spans, words)  # 'der Bürgermeister von Salzgitter', 'der Henkel'
    spans = listed_places(spans, words)  # 'London, Dover, Belgien und Frankreich'
    spans = noun_bodies_in(cued_bodies(spans, items, words), items, words)  # 'die Grünen'
    spans = with_speakers(spans, items, speakers, words)
    spans = with_player_clubs(spans, words)
    spans = glossed_names(named_ministers(spans, items, words), words)
    spans = listed_kinds(things_unnamed(bracketed_bodies(spans, words), words), words)
    spans = reshaped(clubs_by_article(counted_units(spans, words), words), words)
    spans = team_slots(spans, words)  # 'das Spiel gegen Lindau', 'Die Falken (20 Punkte)'
    spans = apostrophe_people(spans, items, words)  # 'Lorenz' Nachfolger'
    spans = genitive_people(peoples_unnamed(spans, words), words)
    return firms_by_noun(spans, words)  # 'den Herstellern Bosch und Kravanek'
