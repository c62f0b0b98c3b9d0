"""One capitalised word inside a sentence that names a body by its kind, in a language that
writes its nouns small: an organisation word ('la Comisión', 'de Commissie'), or in Dutch a
compound that ends in one after an article ('de Fietsersbond', 'het Zorginstituut'): Dutch
writes such a compound with a capital only as a body's name. A building's word ('museum',
'kerk') ends no such body: 'de Pieterskerk' is a place."""

from __future__ import annotations

from types import ModuleType

MIN_BODY = 5  # an organisation word this long names a body alone ('Comisión'; not 'Club')


def lone_body(name: str, before: str, initial: bool, words: ModuleType) -> bool:
    """One capitalised organisation word inside a sentence, or a compound ending in a body's
    word after an article."""
    if words.CAPITALISED_NOUNS or initial or " " in name or not name[1:].islower():
        return False
    lower = name.lower()
    if len(name) >= MIN_BODY and lower in words.ORG_WORDS:
        return True
    endings: frozenset[str] = getattr(words, "BODY_ENDINGS", frozenset())
    compound = any(lower.endswith(e) and len(lower) > len(e) + 2 for e in endings)
    return compound and before.lower() in words.DEFINITE
