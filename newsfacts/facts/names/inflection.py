"""Nouns by their forms: German's word list lists names among its words at the same counts, so
a listed capitalised word says nothing by itself; its forms do. A common noun has a plural or a
case ending the list also holds ('Hund': 'Hunde', 'Hunden'; 'Lage': 'Lagen'; 'Wolf': 'Wölfe'),
or is such a form of a listed word ('Ländern'); a name has a genitive '-s' at most ('Merkel',
'Merkels'). The endings are the language's (words.NOUN_FORMS); a language without them has no
test here.
"""

from __future__ import annotations

import functools
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import census, locale_names
from newsfacts.facts.name_words import english_name, first_name, joins_words
from newsfacts.facts.name_words import surname as census_surname

MIN_STEM = 3  # letters a stem keeps when an ending is taken off ('Tor|en')
UMLAUTS = {"a": "ä", "o": "ö", "u": "ü"}


def uninflected(word: str, words: ModuleType) -> bool:
    """A listed capitalised word of which the list holds no noun form: a name's word, though
    listed ('Merkel', 'Böhmen', 'Hitler'); never so in a language without noun forms."""
    forms: tuple[str, ...] = getattr(words, "NOUN_FORMS", ())
    swaps: tuple[tuple[str, str], ...] = getattr(words, "NOUN_SWAPS", ())
    low = word.lower()
    return (
        bool(forms)
        and word[:1].isupper()
        and not _inflected(low, words.NAME, forms)
        and not any(_swapped(low, a, b, words.NAME) for a, b in swaps)
    )


def _swapped(low: str, end: str, lemma_end: str, language: str) -> bool:
    """A plural whose singular ends otherwise and is listed ('Them|en': 'Thema', 'For|en')."""
    stem = low.removesuffix(end)
    return stem != low and len(stem) >= MIN_STEM and lexicon.is_word(stem + lemma_end, language)


def loose_name(word: str, words: ModuleType) -> bool:
    """A listed word that is no noun by its forms, no compound ('Ministerial|rat') and no
    English word ('Show'): a name's word ('Merkel', 'Böhmen')."""
    return uninflected(word, words) and not joins_words(word.lower(), words) and not english(word)


def english(word: str) -> bool:
    """An everyday English word or its plural ('Show', 'Upgrades'): no name's word."""
    plural = word.endswith("s") and lexicon.is_common_word(word[:-1], "English")
    return plural or lexicon.is_common_word(word, "English")


def surname(word: str, words: ModuleType) -> bool:
    """A surname of the countries the language's news names ('Schröder', 'Huber'), though
    the word list holds it, that is no frequent word ('Richter', 'Koch'); or a census surname
    of which the list holds no noun form ('Merkel', 'Schulz'; not 'Wolf': 'Wölfe')."""
    known = word in locale_names.surnames(getattr(words, "NAME_LOCALES", ())) or (
        census_surname(word) and loose_name(word, words) and not _s_plural(word, words)
    )
    return known and not lexicon.is_frequent_word(word, words.NAME, words.FREQUENT_FROM)


def any_surname(word: str, words: ModuleType) -> bool:
    """A surname, or one in the genitive where the language writes it with -s ('Schröders',
    'Merkels'), though no noun's plural ('Tipps')."""
    if surname(word, words):
        return True
    genitive = bool(getattr(words, "GENITIVE_S", False)) and word.endswith("s")
    return genitive and not word.endswith("ss") and surname(word[:-1], words)


def _s_plural(word: str, words: ModuleType) -> bool:
    """A noun's plural in '-s' of a listed word ('Tipps', 'Fotos'), not a first name's
    surname form ('Peters')."""
    stem = word.removesuffix("s")
    return stem != word and lexicon.is_word(stem, words.NAME) and not first_name(stem, words)


def word_not_surname(word: str, words: ModuleType) -> bool:
    """A census surname that is first a word here: an English word where the news borrows
    them for brands (Dutch: 'Quick'), or a noun the word list holds with its plural or case
    forms (German: 'Chance', 'Chancen'; 'Roman', 'Romane')."""
    if english_name(word, words):
        return True
    return (
        lexicon.is_word(word, words.NAME)
        and not uninflected(word, words)
        and bool(getattr(words, "NOUN_FORMS", ()))
    )


@functools.lru_cache(maxsize=4096)
def _inflected(low: str, language: str, forms: tuple[str, ...]) -> bool:
    """The list holds a noun form of the word (a plural, a case), or the word is one."""
    if any(lexicon.is_word(low + end, language) for end in forms):
        return True
    if low.endswith(("e", "el", "er")) and lexicon.is_word(low + "n", language):
        return True  # 'Lage|n', 'Lehrer|n'
    bent = umlauted(low)
    if bent and any(lexicon.is_word(bent + end, language) for end in ("", *forms)):
        return True  # 'Wölfe', 'Mäntel'
    return any(
        low.endswith(end) and len(low) - len(end) >= MIN_STEM
        and lexicon.is_word(low[: -len(end)], language)
        for end in (*forms, "n")
    )  # fmt: skip


def umlauted(low: str) -> str | None:
    """The word with its last back vowel bent ('wolf' -> 'wölf', 'haus' -> 'häus'), or None."""
    for i in range(len(low) - 1, -1, -1):
        if low[i] in UMLAUTS:
            if low[i] == "u" and i and low[i - 1] == "a":
                return f"{low[: i - 1]}äu{low[i + 1 :]}"
            return f"{low[:i]}{UMLAUTS[low[i]]}{low[i + 1 :]}"
    return None


def respelt(low: str, words: ModuleType) -> bool:
    """A listed word in another spelling the list lacks ('grösse': 'größe'); no surname the
    census spells so ('Weiss', 'Strauss')."""
    if low.capitalize() in census.surnames():
        return False
    return not lexicon.is_word(low, words.NAME) and any(
        swap in low and lexicon.is_word(low.replace(swap, spelt), words.NAME)
        for swap, spelt in getattr(words, "SPELLING_SWAPS", ())
    )
