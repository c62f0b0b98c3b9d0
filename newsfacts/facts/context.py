"""Evidence for names in another language beyond the word lists: states and provinces in
their own languages (pycountry's subdivisions: 'Brandenburg', 'Gelderland', 'Sergipe'), places
when no Latin-script language has an everyday word of the name ('Nord' is one); and the kind
of a lone unknown word the text repeats, by the words before it ('de NMBS': an organisation).
"""

from __future__ import annotations

from types import ModuleType

from newsfacts import cldr, lexicon
from newsfacts.facts import places
from newsfacts.facts.names.model import ORG

MIN_HEAD = 3  # letters before a compound's last word
DEMONYM_STEM = 4  # letters a people's word shares with its country ('Belg')
LATIN_LISTS = ("English", "Spanish", "French", "Italian", "Portuguese", "Dutch", "German")


def subdivision(word: str, words: ModuleType) -> bool:
    """A state or province ('Brandenburg', 'Gelderland'), no everyday word of the language nor
    of another ('Nord', 'Centre': departments of France and Haiti)."""
    translated = word in places.translated_subdivisions(words.CODE) and not plural_of_word(
        word, words
    )  # 'Marken' names the Marche in German, and is first the plural of 'Marke'
    return (
        (word in places.subdivisions() or translated or feature(word, words))
        and not lexicon.is_frequent_word(word, words.NAME, words.FREQUENT_FROM)
        and not any(lexicon.is_common_word(word, name) for name in LATIN_LISTS)
    )


FEATURE_FLOOR = 51  # counts: German's list counts nearly every word it lists 50 times
FEATURE_PART = 4  # letters of a listed word that ends a compound ('Dorf|kern')


def feature(word: str, words: ModuleType) -> bool:
    """A river, lake or landscape a town is named with ('Saale', 'Allgäu', 'Bodensee'): no word
    the language's list counts above its floor ('Sieg'), noun for a place or everyday noun ('am
    Walde', 'im Gebirge'), nor compound of words ending in no such noun ('im Dorfkern')."""
    if word not in places.features() or word.lower() in lexicon.stopwords(words.NAME):
        return False
    if lexicon.is_frequent_word(word, words.NAME, FEATURE_FLOOR):
        return False  # 'Sieg': a river, and German's word for a win
    nouns = (*getattr(words, "PLACE_NOUNS", ()), *getattr(words, "PLACE_ENDINGS", ()))
    low = word.lower()
    if {low, low.removesuffix("e")} & set(nouns):
        return False  # 'Stadt', 'Walde' ('am Walde': the dative of 'Wald')
    if {word, word.removesuffix("e")} & words.EVERYDAY_NOUNS:
        return False  # 'Moos', 'Halle'
    compound = bool(words.COMPOUNDS) and any(
        lexicon.is_word(low[i:], words.NAME) for i in range(MIN_HEAD, len(low) - FEATURE_PART + 1)
    )
    return not compound or low.endswith(nouns)


PLURAL_ENDINGS = ("en", "n", "e", "s", "er")


def plural_of_word(word: str, words: ModuleType) -> bool:
    """A word that is another listed word with a plural ending ('Marken' of 'Marke')."""
    return any(
        word.endswith(end) and lexicon.is_word(word[: -len(end)], words.NAME)
        for end in PLURAL_ENDINGS
        if len(word) - len(end) >= DEMONYM_STEM
    )


def lone_kind(befores: list[str], words: ModuleType) -> str:
    """The kind of a lone capitalised word the text repeats with no other evidence, by the
    words before it: an organisation when one is a definite article ('de NMBS', 'la
    Bonoloto'), else the language's usual kind (Dutch: a person, 'zegt Robeyns'; Spanish,
    whose news names people in full: a company, 'Petrobras')."""
    return ORG if any(b.lower() in words.DEFINITE for b in befores) else str(words.LONE_KIND)


def people_word(word: str, words: ModuleType) -> bool:
    """A word that starts as a country of the language does, its people or adjective
    ('Belgische', 'Hongaren' beside 'België', 'Hongarije'), or no word at all ('IX', 'N')."""
    if len(word) < DEMONYM_STEM or word.lower() in words.CURRENCIES:
        return True
    stem = word[:DEMONYM_STEM]
    return any(n.startswith(stem) and n != word for n in cldr.territory_names(words.CODE))
