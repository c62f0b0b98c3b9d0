"""Common nouns the word list lacks, told by their shape, where every noun is capitalised
(German): a lone capitalised word no list knows is a name only when no noun's shape explains
it. A noun the list lacks is mostly a form or a derivation of one it holds: a plural or a case
('Vorschrift|en', 'Kessel|n'), a Swiss spelling ('Strassenbahn' for 'Straßenbahn'), a noun in
'-ik' of an adjective in '-isch' ('Gotik': 'gotisch'), a doer in '-ler' ('Eisenbahn|ler',
'Kleinstädt|ler': 'Kleinstadt'), or a compound whose last part is such a noun or a listed word
of the language that no name ends in ('Garten|bus', 'Früh|gotik'; not 'Becken|bauer'). A first
name or a known surname ('Zimmermann', 'Hoffmann') is never taken for one; a language without
these shapes (words.NOUN_DERIVATIONS) has none.
"""

from __future__ import annotations

import functools
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import locale_names
from newsfacts.facts.name_words import JOINING, MIN_HEAD, first_name, is_adjective
from newsfacts.facts.name_words import surname as census_surname
from newsfacts.facts.names.inflection import respelt, word_not_surname

MIN_TAIL = 3  # letters of a compound's last part ('job', 'gas', 'amt')
SHORT_TAIL = 4  # a last part this short is a word only opening with a consonant ('bus')
VOWELS = frozenset("aeiouäöüy")
MIN_STEM = 5  # letters a noun keeps without its ending ('Vorschrift|en'; not 'Bass|en')
WORD_CACHE = 8192


def common_noun(word: str, words: ModuleType) -> bool:
    """A capitalised word the list lacks that is a noun by its shape, no known name."""
    if not getattr(words, "NOUN_DERIVATIONS", ()) or not word.isalpha() or not word[:1].isupper():
        return False
    if word.isupper() or first_name(word, words):
        return False
    low = word.lower()
    if respelt(low, words):
        return True  # 'Füsse': 'Füße', though the census may fold the word alike
    return not known_name(word, words) and _noun(low, words.NAME, words, compound=True)


def known_name(word: str, words: ModuleType) -> bool:
    """A surname some list knows ('Zimmermann', 'Schröder')."""
    locales = getattr(words, "NAME_LOCALES", ())
    return census_surname(word) or word in locale_names.surnames(locales)


@functools.lru_cache(maxsize=WORD_CACHE)
def _noun(low: str, language: str, words: ModuleType, compound: bool) -> bool:
    """A noun by its own shape, or (with `compound`) a compound ending in a noun."""
    if _derived(low, language, words):
        return True
    return compound and any(
        _head(low[:i], language) and _tail(low[i:], language, words)
        for i in range(MIN_HEAD, len(low) - MIN_TAIL + 1)
    )


def _derived(low: str, language: str, words: ModuleType) -> bool:
    """A form or derivation of a listed word: its plural or case, its Swiss spelling, a noun of
    its adjective, a doer of its noun."""
    if lexicon.is_word(low, language):
        return False
    if respelt(low, words):
        return True  # 'kreideweiss': 'kreideweiß'
    for end in getattr(words, "CASE_ENDINGS", ()):
        stem = low.removesuffix(end)
        if stem != low and len(stem) >= MIN_STEM and lexicon.is_word(stem, language):
            return True  # 'inschrift|en'
    for end, stems in words.NOUN_DERIVATIONS:
        stem = low.removesuffix(end)
        if stem == low or len(stem) < MIN_HEAD:
            continue
        for form in {stem, _plain(stem)}:
            if any(lexicon.is_word(form + s, language) for s in stems):
                return True  # 'got|ik': 'gotisch'; 'hochhäus|ler': 'hochhaus'
    return False


def _plain(stem: str) -> str:
    """The stem with its last umlaut undone ('hochhäus' -> 'hochhaus')."""
    for i in range(len(stem) - 1, -1, -1):
        if stem[i] in "äöü":
            back = {"ä": "a", "ö": "o", "ü": "u"}[stem[i]]
            return f"{stem[:i]}{back}{stem[i + 1 :]}"
    return stem


def _head(head: str, language: str) -> bool:
    """A compound's first part: a listed word, with its joining letters or not."""
    for link in JOINING:
        stem = head.removesuffix(link) if link else head
        if (
            (not link or head.endswith(link))
            and len(stem) >= MIN_HEAD
            and lexicon.is_word(stem, language)
        ):
            return True
    return False


def _tail(tail: str, language: str, words: ModuleType) -> bool:
    """A compound's last part: a noun by its shape ('romanik'), or a listed word of the
    language that is no small word ('man', 'ich') nor a name's part ('Becken|bauer', 'Unter|mann',
    'Bern|anke')."""
    if _noun(tail, language, words, compound=False):
        return True
    word = tail.capitalize()
    if len(tail) < SHORT_TAIL and tail[0] in VOWELS:
        return False  # 'Saper|ion', 'Bank|ier': a short part after a vowel is an ending
    return (
        lexicon.is_word(tail, language)
        and tail not in lexicon.stopwords(language)
        and not lexicon.is_frequent_word(tail, language, words.FREQUENT_FROM)
        and not census_surname(word)
        and not first_name(word, words)
    )


def noun_after(word: str, before: str, words: ModuleType) -> bool:
    """A word the list holds right after an article or an inflected adjective ('heiße Sommer'):
    the noun it is; a first name only when a frequent word ('die junge Marlene' is someone), a
    surname only with a noun's forms ('der alte Wagner' is someone); where every noun is
    capitalised."""
    if not getattr(words, "NOUN_DERIVATIONS", ()) or not lexicon.is_word(word, words.NAME):
        return False
    if first_name(word, words) and not frequent_first_name(word, words):
        return False
    if census_surname(word) and not word_not_surname(word, words):
        return False  # 'der alte Wagner': a surname with no noun's forms
    low = before.lower()
    return low in words.ARTICLES or is_adjective(low, words)


def frequent_first_name(word: str, words: ModuleType) -> bool:
    """A first name that is first a frequent word of the language ('Sommer', 'Darin'): alone,
    with nothing but its place in the sentence, no one's name."""
    return (
        bool(getattr(words, "NOUN_DERIVATIONS", ()))
        and lexicon.is_frequent_word(word, words.NAME, words.FREQUENT_FROM)
        and first_name(word, words)
    )


def holds_noun(name: str, words: ModuleType) -> bool:
    """Capitalised words with a noun among them, by its shape or a frequent word of the
    language that is no first name ('Lyon Eisenkerne', 'Lage Montrevaux'): a phrase, no one's
    name; where every noun is capitalised."""
    if not getattr(words, "NOUN_DERIVATIONS", ()):
        return False
    return any(
        common_noun(w, words)
        or (
            lexicon.is_frequent_word(w, words.NAME, words.FREQUENT_FROM)
            and not first_name(w, words)
        )
        for w in name.split()
    )
