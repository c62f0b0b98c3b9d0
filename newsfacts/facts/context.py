"""Evidence for names in another language beyond the word lists: states and provinces in
their own languages (pycountry's subdivisions: 'Brandenburg', 'Gelderland', 'Sergipe'), places
when no Latin-script language has an everyday word of the name ('Nord' is one); and the kind
of a lone unknown word the text repeats, by the words before it ('de NMBS': an organisation).
"""

from __future__ import annotations

from types import ModuleType

from newsfacts import cldr, lexicon
from newsfacts.facts import census, places
from newsfacts.facts.names.model import ORG, PER

SHORT_WORD = 3  # a stop-listed word this short is a word first ('Art', 'Tod')
DEMONYM_STEM = 4  # letters a people's word shares with its country ('Belg')
LATIN_LISTS = ("English", "Spanish", "French", "Italian", "Portuguese", "Dutch", "German")


def subdivision(word: str, words: ModuleType) -> bool:
    """A state or province ('Brandenburg', 'Gelderland'), no everyday word of the language nor
    of another ('Nord', 'Centre': departments of France and Haiti)."""
    return (
        word in places.subdivisions()
        and not lexicon.is_frequent_word(word, words.NAME, words.FREQUENT_FROM)
        and not any(lexicon.is_common_word(word, name) for name in LATIN_LISTS)
    )


def lone_kind(befores: list[str], words: ModuleType) -> str:
    """The kind of a lone capitalised word the text repeats with no other evidence, by the
    words before it: an organisation when one is a definite article ('de NMBS', 'la
    Bonoloto'), else a person ('zegt Robeyns', 'van Barak')."""
    return ORG if any(b.capitalize() in words.TITLE_ARTICLES for b in befores) else PER


def people_word(word: str, words: ModuleType) -> bool:
    """A word that starts as a country of the language does, its people or adjective
    ('Belgische', 'Hongaren' beside 'België', 'Hongarije'), or no word at all ('IX', 'N')."""
    if len(word) < DEMONYM_STEM or word.lower() in words.CURRENCIES:
        return True
    stem = word[:DEMONYM_STEM]
    return any(n.startswith(stem) and n != word for n in cldr.territory_names(words.CODE))


def stop_listed_name(word: str, words: ModuleType) -> bool:
    """A census first name in the stop list that is no word of the language nor a month, and
    longer than a short noun ('Paul', 'Carlos'; not 'Mai', 'Juli', 'Dann', 'Art', 'Tod')."""
    months, _ = cldr.calendar_names(words.CODE)
    return (
        len(word) > SHORT_WORD
        and word in census.first_names()
        and word.lower() not in months
        and not lexicon.is_common_word(word, words.NAME)
    )
