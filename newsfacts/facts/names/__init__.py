"""Rule-based named entities: capitalised spans split at titles, classified by cues and lexicons."""

from newsfacts.facts.names.cues import initials, place_kind
from newsfacts.facts.names.find import find_entities, is_sports
from newsfacts.facts.names.model import LOC, ORG, PER, Entity, Mention, Text

__all__ = [
    "LOC",
    "ORG",
    "PER",
    "Entity",
    "Mention",
    "Text",
    "find_entities",
    "initials",
    "is_sports",
    "place_kind",
]
