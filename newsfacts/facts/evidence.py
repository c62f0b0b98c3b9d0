"""Names in languages other than English need evidence beyond a capital letter.

German capitalises every noun, and every language capitalises the first word of a sentence, so
the English finder's capitalised spans are names only when no word of them is an everyday word
or stop word of the article's language (pyspellchecker's counts, jusText's stoplists), nor, in
German and Dutch, a compound ending in one ("Schwarzmarkt"). Country names the language writes
('Deutschland', 'Estados Unidos', from CLDR) are places. A language with no word data here
(Korean, Russian, ...) shows no names at all: none rather than wrong ones.
"""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import cldr, lexicon
from newsfacts.facts import census as names_lexicon
from newsfacts.facts import places
from newsfacts.facts.names.model import LOC, PER, Entity
from newsfacts.words import words_of

COUNTRY = ("country", "region")
MIN_PART = 4  # a compound's last part is an everyday word this long or longer ("markt")
MIN_HEAD = 3  # ... after a head at least this long ("Schwarz")


def keep_names(
    entities: list[Entity], code: str | None, speakers: frozenset[str] = frozenset()
) -> list[Entity]:
    """The entities that are names in the article's language (English: all of them); a
    quote's speaker ('…“, sagte Klaus Brenner') is a person whatever its words mean."""
    if code in (None, "en"):
        return entities
    words = words_of(code)
    if words is None:
        return []
    countries = cldr.territory_names(code)
    kept = []
    for e in entities:
        if any(f in countries or places.place_type(f) in COUNTRY for f in (e.name, *e.forms)):
            kept.append(e if e.label == LOC else replace(e, label=LOC))
        elif speakers.intersection((e.name, *e.forms)):
            kept.append(e if e.label == PER else replace(e, label=PER))
        elif is_name(e, words):
            kept.append(e)
    return kept


def word_list_name(code: str | None) -> str | None:
    """The name of the word lists of the article's language ('english' when unknown or 'en')."""
    if code in (None, "en"):
        return "english"
    words = words_of(code)
    return str(words.NAME) if words else None


def is_name(e: Entity, words: ModuleType) -> bool:
    """Every word may be part of a name; a lone word also needs to be unlisted in the language's
    word list and seen once inside a sentence, not only at its start ('Asimismo', 'Nadien')."""
    parts = content_words(e.name, words)
    if not parts or not all(is_name_word(w, words) for w in parts):
        return False
    if len(parts) > 1 or has_evidence(parts[0]):
        return True
    inside = any(m.left and m.kind != "title" for m in e.mentions)
    return inside and not lexicon.is_word(parts[0], words.NAME)


def has_evidence(word: str) -> bool:
    """An acronym, a first name or a place the gazetteer knows: more than a capital letter."""
    return (
        (len(word) > 1 and word.isupper() and word not in cldr.currency_codes())
        or word in names_lexicon.first_names()
        or places.place_type(word) is not None
    )


def content_words(name: str, words: ModuleType) -> list[str]:
    """The words of a name that must each be a name word (particles like 'von', 'de' aside)."""
    return [w for part in name.split() for w in part.split("-") if w and w not in words.PARTICLES]


def is_name_word(word: str, words: ModuleType) -> bool:
    """Whether one word of a span can be part of a name in this language."""
    lower = word.lower()
    if not word[:1].isupper() or lower in lexicon.stopwords(words.NAME):
        return False  # 'Un', 'Alleen', 'Auch' (a town too): a stop word is no name
    if has_evidence(word) and not (word.isupper() and lexicon.is_word(word, words.NAME)):
        return True  # an all-caps word of the language ('EMPLEOS') is shouting, no acronym
    if is_listed(word, words):
        return False
    return not (words.COMPOUNDS and ends_in_word(lower, words))


def is_listed(word: str, words: ModuleType) -> bool:
    """An everyday word of the language; where the word list has no usable counts (German),
    any word it lists."""
    if words.ANY_LISTED:
        return lexicon.is_word(word, words.NAME)
    return lexicon.is_common_word(word, words.NAME)


def ends_in_word(lower: str, words: ModuleType) -> bool:
    """A compound noun: the word ends in an everyday word after a head ('qualitäts|kontrolle')."""
    return any(is_listed(lower[i:], words) for i in range(MIN_HEAD, len(lower) - MIN_PART + 1))
