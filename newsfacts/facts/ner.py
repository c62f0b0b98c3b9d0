"""Which recogniser finds people, organisations and places: the `--ner` registry.

`builtin` (the default) is our own rule-based finder and needs nothing else. `spacy:MODEL` uses a
spaCy pipeline the user installed (a package name such as en_core_web_sm, or a folder saved with
`nlp.to_disk`); our cues still add roles, affiliations, acronyms and short forms to its spans.
"""

from __future__ import annotations

from collections.abc import Callable

from newsfacts.errors import UsageError
from newsfacts.facts.names import Entity, Text, find_entities

EntityFinder = Callable[[list[Text], bool], list[Entity]]
BUILTIN = "builtin"


def _builtin(arg: str) -> EntityFinder:
    """Our rule-based finder: takes no argument."""
    if arg:
        raise UsageError(f"--ner builtin takes no argument (got builtin:{arg})")
    return find_entities


def _spacy(arg: str) -> EntityFinder:
    """A spaCy pipeline, loaded now (spaCy is imported only here, only when asked for)."""
    from newsfacts.facts import spacy_ner

    return spacy_ner.finder(arg)


ENGINES: dict[str, Callable[[str], EntityFinder]] = {BUILTIN: _builtin, "spacy": _spacy}


def entity_finder(spec: str) -> EntityFinder:
    """The finder an `--ner` value names ("builtin", "spacy:en_core_web_sm", "spacy:./model")."""
    engine, _, arg = spec.strip().partition(":")
    make = ENGINES.get(engine.lower())
    if make is None:
        choices = "builtin, spacy:MODEL"
        raise UsageError(f"unknown --ner {spec!r}; choose from {choices}")
    return make(arg.strip())
