"""A listed company's name is evidence of an organisation (facts/companies.py's lexicon).

A span that is a listed company's name or short form ('Siemens', 'Swiss Life', 'Nvidia') is an
organisation, also where its capitals alone said nothing (a German noun), a person ('sagte
Merck': companies speak too) or a town a gazetteer knows ('Nokia', 'Toyota'). A listed name that
is also something else takes the other evidence first: an everyday word of the article's
language ('Allianz', 'Post'; in German the English nouns it borrows: 'Box', 'News'), a first
name or a common surname ('Brady', 'Douglas', 'Morgan Stanley'), a country or a big city
('Phoenix'); such a name is an organisation only on a legal form or an organisation's cue, as
the rest of the finder reads them. A name read as a person by a role or a first name, or as a
place after 'in', stays so.
"""

from __future__ import annotations

from types import ModuleType

from newsfacts import lexicon, nouns
from newsfacts.facts import census, companies, evidence, locale_names, places
from newsfacts.facts.name_words import everyday_noun, first_name, is_role, is_stop_word
from newsfacts.facts.names.model import LOC, ORG
from newsfacts.facts.place_names import place_name
from newsfacts.facts.tokens import Token
from newsfacts.words import NON_NAME_CAPITALS

LISTED = "listed company"  # the evidence (evidence.EVIDENCE, shown)
# Evidence of a person or a place that a listed name does not outweigh.
KEPT = frozenset(("role", "first name", "country", "street", "facility", "genitive"))
SHORT = 3  # letters: a shorter acronym ('GE', 'EA') is as often something else


def label_of(
    name: str, before: str, role: str | None, initial: bool, words: ModuleType
) -> tuple[str | None, str]:
    """evidence.label_of, with a listed company's name as evidence of an organisation."""
    label, reason = evidence.label_of(name, before, role, initial, words)
    if (label == ORG and reason in evidence.SHOWN) or not companies.is_listed(name):
        return label, reason
    if reason in KEPT or (label == LOC and before.lower() in words.PLACE_BEFORE):
        return label, reason  # 'Präsident Douglas', 'in Nokia': a person, a town
    if other_name(name, words):
        return label, reason
    return ORG, LISTED


def listed_run(tokens: list[Token], i: int, j: int) -> bool:
    """Words that are a listed company's name of more than one word, though the first is a
    word of the language ('General Motors', 'Deutsche Börse'): kept whole."""
    return j - i > 1 and companies.is_listed(" ".join(t.text for t in tokens[i:j]))


def other_name(name: str, words: ModuleType) -> bool:
    """A listed name that is also a word of the language, a person's name or a place's."""
    parts = name.split()
    if len(parts) > 1:
        return place_name(name, words) is not None or all(person_word(p, words) for p in parts)
    if name.isupper():
        return len(name) < SHORT or name in NON_NAME_CAPITALS or everyday(name, words)
    return everyday(name, words) or person_word(name, words) or place(name, words)


def everyday(word: str, words: ModuleType) -> bool:
    """An everyday word of the article's language ('Allianz', 'Post', 'Norma', 'Match')."""
    if is_stop_word(word, words) or is_role(word, words):
        return True
    if words.NOUN_LIST and nouns.NOUN in nouns.kinds_of(word):
        return True  # 'Linde', 'Puma': common nouns German's word list also lists
    if words.ANY_LISTED:  # the word list lists names too: its frequent words, and English
        # ones, which it borrows as nouns ('Box', 'News', 'City', 'Match') and cannot tell
        return everyday_noun(word, words) or lexicon.is_common_word(word, "English")
    plural = words.PLURAL_S and word.endswith("s") and lexicon.is_common_word(word[:-1], words.NAME)
    return plural or lexicon.is_common_word(word, words.NAME)  # 'Ventas': 'venta' in the plural


def person_word(word: str, words: ModuleType) -> bool:
    """A first name or a common surname ('Douglas', 'Brady', 'Stanley')."""
    if first_name(word, words) or word.title() in census.common_surnames():  # 'McCormick'
        return True
    return word in locale_names.surnames(getattr(words, "NAME_LOCALES", ()))  # 'Palomar'


def place(word: str, words: ModuleType) -> bool:
    """A country, a region or a city of half a million ('Phoenix'); not a smaller town the
    company outshines ('Nokia', 'Toyota')."""
    kind = place_name(word, words)
    return kind is not None and (kind != "city" or word in places.big_cities())
