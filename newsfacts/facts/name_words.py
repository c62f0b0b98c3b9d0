"""Word-level tests for names in another language: is a word a stop word, a role, an
organisation word, an acronym, an adjective, a surname, a word the language's lists hold, or a
town's adjective (facts/evidence.py reads spans with them)."""

from __future__ import annotations

import functools
import re
import unicodedata
from itertools import pairwise
from types import ModuleType

from newsfacts import cldr, lexicon, nouns
from newsfacts.facts import census as names_lexicon
from newsfacts.facts import locale_names, places
from newsfacts.facts.place_names import place_name
from newsfacts.words import NON_NAME_CAPITALS, words_of

MIN_PART = 4  # a compound's last part is an everyday word this long or longer ("markt")
MIN_HEAD = 3  # ... after a head at least this long ("Schwarz")
JOINING = ("", "s", "es", "n", "en", "er", "e")  # letters joining a compound's parts
VERB_ENDS = ("en", "n")  # a verb's stem heads a compound without them ('Lösch|arbeiten')
HEAD_DEPTH = 2  # parts a compound's head may have beyond its first ('bundes|justiz|')
SHORT_ACRONYM = 3  # capitals this short are an acronym, not a shouted word
MIN_NAME = 4  # a first name this long in a stop list is the name ('Peter'; not 'Art')
MIN_ROLE = 4  # a role word this long ends a compound role word ('Konzernchef')
LISTED_KINDS = ("first name", "place", "surname", "name")  # 'Petra', 'Lena': people first
ROMAN = re.compile(r"X{0,3}(IX|IV|V?I{0,3})")  # a ruler's or century's numeral ('XVIII')
ADJECTIVE_ENDINGS = ("e", "em", "en", "er", "es")  # an adjective's endings ('dramatisch|e')
ADJECTIVE_FORMS = 4  # of its five forms the word list holds at least this many
WORD_CACHE = 8192  # words whose role or organisation test is kept (a bounded LRU each)
LONG_COMPOUND = 12  # a German word this long is a compound noun, rarely a name
MIN_STEM = 4  # letters of a place adjective's stem ('Brit' of 'Britse'; not 'Jan' of 'Janse')
SHORT_NAME = 8  # a first name's second part ('Jan-Lennard') is at most this long
VOWELS = frozenset("aeiouyáéíóúàèìòùäëïöüâêîôû")  # a word of the language has one


def has_evidence(word: str) -> bool:
    """An acronym, a first name or a place the gazetteer knows (in any language: 'Londres'):
    more than a capital letter."""
    return (
        (len(word) > 1 and word.isupper() and word not in cldr.currency_codes())
        or word in names_lexicon.first_names()
        or places.place_type(word) is not None
        or word in places.city_exonyms()
    )


def shouting(word: str, words: ModuleType) -> bool:
    """A word of the language in capitals ('EMPLEOS'), no acronym; German lists every name, so
    there only an everyday word counts ('AUCH', not 'CDU')."""
    if not word.isupper() or len(word) <= SHORT_ACRONYM:
        return False  # 'EFE', 'ONU': three capitals are an acronym, though 'efe' is a word
    if words.ANY_LISTED:
        return lexicon.is_common_word(word, words.NAME)
    if not any(c in VOWELS for c in word.lower()):
        return False  # 'NMBS', 'KNVB': no word of the language is written without a vowel
    return lexicon.is_word(word, words.NAME)


def is_listed(word: str, words: ModuleType) -> bool:
    """An everyday word of the language; where the word list has no usable counts (German),
    any word it lists."""
    if words.ANY_LISTED:
        return lexicon.is_word(word, words.NAME)
    return lexicon.is_common_word(word, words.NAME)


def listed_kind(word: str, words: ModuleType) -> str | None:
    """What the language's noun list (German: Wiktionary's) says a capitalised word names when
    it lists it as a name and never as a common noun: 'place' ('Torgau'), 'first name',
    'surname' ('Röttgen', 'Schirachs' in the genitive) or 'name' ('Apple'); else None."""
    if not words.NOUN_LIST or not word[:1].isupper() or word.isupper():
        return None
    if word in words.SCALES or f"{word}." in words.SCALES or word in words.CURRENCIES:
        return None  # 'Mio.': a scale word, though a first name too
    forms = [word, word[:-1]] if words.GENITIVE_S and word.endswith("s") else [word]
    for form in forms:
        kinds = nouns.kinds_of(form)
        if kinds and nouns.NOUN not in kinds:
            return next(k for k in LISTED_KINDS if k in kinds)
        if kinds:
            return None  # 'Hahn': a noun too
    return None


def ends_in_word(lower: str, words: ModuleType) -> bool:
    """A compound noun: the word ends in an everyday word after a head ('qualitäts|kontrolle')."""
    return any(is_listed(lower[i:], words) for i in range(MIN_HEAD, len(lower) - MIN_PART + 1))


def place_shaped(word: str, words: ModuleType) -> bool:
    """A word ending as the language's town names do ('Pfrondorf', 'Immenstadt', 'Gerresheim')."""
    ends: tuple[str, ...] = getattr(words, "PLACE_ENDINGS", ())
    lower = word.lower()
    return any(lower.endswith(end) and len(lower) >= len(end) + MIN_HEAD for end in ends)


def joins_words(lower: str, words: ModuleType) -> bool:
    """A compound of words: it ends in a listed word after a head that is a word itself, with
    or without a joining letter ('qualitäts|kontrolle', 'bundes|justiz|ministerium'); a name
    whose head is no word ('Immen|stadt', 'Alex|andre') is none. A short last part counts
    only as a town's ending ('Seiten|tal'; not 'Willin|gen')."""
    ends: tuple[str, ...] = getattr(words, "PLACE_ENDINGS", ())
    return any(
        (len(lower) - i >= MIN_PART or lower[i:] in ends)
        and is_listed(lower[i:], words)
        and _head(lower[:i], words, HEAD_DEPTH)
        for i in range(MIN_HEAD, len(lower) - MIN_HEAD + 1)
    )


def _head(head: str, words: ModuleType, depth: int) -> bool:
    """A compound's first part: a listed word, with its joining letters or not, or (to
    `depth` more parts) a compound of such words."""
    for link in JOINING:
        stem = head.removesuffix(link) if link else head
        if (not link or head.endswith(link)) and len(stem) >= MIN_HEAD and is_listed(stem, words):
            return True
    if any(is_listed(head + end, words) for end in VERB_ENDS):
        return True  # a verb's stem: 'lösch|arbeiten', 'droh|gebärde'
    return depth > 0 and any(
        is_listed(head[i:], words) and _head(head[:i], words, depth - 1)
        for i in range(MIN_HEAD, len(head) - MIN_HEAD + 1)
    )


def is_stop_word(word: str, words: ModuleType) -> bool:
    """A function word of the language ('Der', 'Auch', 'Los'); a place the stop list holds
    or first name that is no everyday word ('Berlin', 'España', 'Peter' in jusText's lists) is
    not one."""
    lower = word.lower()
    if lower not in lexicon.stopwords(words.NAME) or word in words.FIRST_NAMES:
        return False  # 'João' is frequent enough for Portuguese's stop list
    if lexicon.is_common_word(word, words.NAME):
        return True
    if town_adjective(word, words):
        return False  # 'Berliner' in German's stop list: 'der Berliner Zeitung'
    if len(word) >= MIN_NAME and word in names_lexicon.first_names():
        months, days = cldr.calendar_names(words.CODE)
        return lower in months or lower in days  # 'Peter', 'Hans'; not 'August', 'Mai'
    return not (word in cldr.territory_names(words.CODE) or places.place_type(word) is not None)


def town_adjective(word: str, words: ModuleType) -> bool:
    """A town's adjective ('Berliner', 'Wiener'): a known town and the ending; a country's
    ('Schweizer Armee', 'Schweizer Käse') says where a thing is from more often than it names."""
    end = next((e for e in words.TOWN_ADJECTIVE if word.endswith(e)), "")
    return bool(end) and place_name(word[: -len(end)], words) == "city"


def place_adjective(word: str, words: ModuleType) -> bool:
    """An adjective of a country, region or town ('Britse', 'Canadese', 'Braziliaanse',
    'Brusselse', 'West-Vlaamse'): its last part, less the ending, starts a place's name; in a
    language that capitalises such adjectives (Dutch); no first name ('Louise')."""
    endings: tuple[str, ...] = getattr(words, "PLACE_ADJECTIVE_ENDINGS", ())
    last = word.rsplit("-", 1)[-1]
    if not endings or not last[:1].isupper() or word in names_lexicon.first_names():
        return False
    return any(
        _place_stem(last[: -len(end)], words.CODE)
        for end in endings
        if last.endswith(end) and len(last) - len(end) >= MIN_STEM
    )


@functools.lru_cache(maxsize=4096)
def _place_stem(stem: str, code: str) -> bool:
    """A stem whose letters, less up to two, start a word of a country's or region's name in
    the language ('Canad', 'Vlaam' of 'Vlaanderen'), or a town less the ending its adjective
    drops ('Brussel', 'Brug' of 'Brugge', 'Antwerp' of 'Antwerpen')."""
    head = stem[: max(MIN_STEM, len(stem) - 2)]
    if any(w.startswith(head) for w in _place_words(code)):
        return True
    forms = (stem, stem + "en", stem + "e", stem + stem[-1] + "e")
    return any(places.place_type(f) == "city" or f in places.subdivisions() for f in forms)


@functools.cache
def _place_words(code: str) -> frozenset[str]:
    """The words of the names of countries and regions in one language and of its own short
    forms ('Saoedi-Arabië': 'Saoedi', 'Arabië')."""
    module = words_of(code)
    own = module.PLACES if module is not None else frozenset()
    names = [*cldr.territory_names(code), *own]
    return frozenset(w for n in names for w in re.split(r"[ -]", n) if len(w) >= MIN_STEM)


@functools.lru_cache(maxsize=WORD_CACHE)
def is_role(word: str, words: ModuleType) -> bool:
    """A role word ('ministra', 'Bundeskanzlerin'; in German and Dutch also a compound ending
    in one: 'Europaminister', 'SAGA-Sprecher')."""
    lower = word.lower()
    if lower in words.ROLE_WORDS:
        return True
    if not words.COMPOUNDS:
        return "-" in lower and any(p in words.ROLE_WORDS for p in lower.split("-"))
    head, _, last = lower.rpartition("-")
    if head and last in words.ROLE_WORDS:
        return True  # 'FDP-Chef', 'Grünen-Spitzenkandidat'
    return any(lower.endswith(r) for r in words.ROLE_WORDS if len(r) >= MIN_ROLE)


def qualified_role(before: list[str], words: ModuleType) -> str | None:
    """A role word and the adjective after it, both small, right before a person ('commissaire
    européen', "l'amministratore delegato"): the role without its article, else None."""
    endings = tuple(getattr(words, "ROLE_QUALIFIER_ENDINGS", ()))
    if len(before) < 3 or not endings:
        return None  # [the word before, the role word, its qualifier, the name's first word]
    head, qualifier = before[-3].replace("’", "'").rsplit("'", 1)[-1], before[-2]
    if not (head.islower() and qualifier.islower() and qualifier.isalpha()):
        return None  # "L'amministratore": the role word after its elided article
    if not qualifier.endswith(endings) or not is_role(head, words):
        return None
    if before[-1].isupper() or is_stop_word(qualifier, words):
        return None  # 'secretaria judicial III': a grade, no one's name
    if before[0].islower() and is_role(before[0], words):
        return f"{before[0]} {head} {qualifier}"  # 'fiscal general colombiano'
    return f"{head} {qualifier}"


def is_adjective(word: str, words: ModuleType) -> bool:
    """A small word the list holds in most of an adjective's forms ('schwarze', 'damaliger');
    in a language whose adjectives take those endings (German)."""
    if not words.CAPITALISED_NOUNS or not word.islower():
        return False
    for end in sorted(ADJECTIVE_ENDINGS, key=len, reverse=True):
        if word.endswith(end):
            stem = word[: -len(end)]
            held = sum(lexicon.is_word(stem + e, words.NAME) for e in ADJECTIVE_ENDINGS)
            return held >= ADJECTIVE_FORMS
    return False


@functools.lru_cache(maxsize=WORD_CACHE)
def is_org_word(word: str, words: ModuleType) -> bool:
    """A word that makes a span an organisation ('Partido', 'Landesbank', 'GmbH')."""
    lower = word.lower()
    if word in words.ORG_SUFFIXES or lower in words.ORG_WORDS:
        return True
    return bool(words.COMPOUNDS) and any(lower.endswith(o) for o in words.ORG_WORDS if len(o) >= 4)


def is_acronym(word: str) -> bool:
    """Two to six capitals that are no currency code or numeral ('CDU', 'EEUU', not 'XVII')."""
    letters = word.replace(".", "").replace("&", "")
    return (
        2 <= len(letters) <= 6
        and not ROMAN.fullmatch(letters)
        and letters.isalpha()
        and letters.isupper()
        and word not in cldr.currency_codes()
        and word not in NON_NAME_CAPITALS
    )


def english_word(before: str, words: ModuleType) -> bool:
    """A word after an English small word ('the Sun', 'of Room'): English text inside the
    article, where a census surname is a word ('the', 'of'; not 'in', 'so', words of both)."""
    return (
        before.lower() in lexicon.stopwords("English")
        and lexicon.is_common_word(before, "English")
        and not lexicon.is_common_word(before, words.NAME)
    )


def big_town(word: str) -> bool:
    """A big city, or a town known by its name in other languages ('Mailand', 'Münster')."""
    return word in places.big_cities() or word in places.city_exonyms()


def surname(word: str) -> bool:
    """A census surname, accents aside ('Suárez' as 'Suarez'), that is no big city ('Paris')."""
    if word in places.big_cities():
        return False
    return ascii_folded(word) in names_lexicon.surnames()


def ascii_folded(word: str) -> str:
    """A word without its accents ('Suárez' -> 'Suarez', 'PERÚ' -> 'PERU'; 'Floß' -> 'Floss',
    not the first name 'Flo')."""
    word = word.replace("ß", "ss")
    return unicodedata.normalize("NFKD", word).encode("ascii", "ignore").decode()


def english_name(word: str, words: ModuleType) -> bool:
    """An everyday English word ('Quick', 'Magic', 'West', 'Camp'), in a language whose news
    borrows such words for brands, titles and places (Dutch): no surname, no name's opening."""
    return bool(getattr(words, "ENGLISH_BRANDS", False)) and lexicon.is_common_word(word, "English")


def first_name(word: str, words: ModuleType) -> bool:
    """A first name: the census list's, accents aside ('César' as 'Cesar'), or a common one of
    the language ('Klaus', 'José')."""
    return (
        word in words.FIRST_NAMES
        or word in names_lexicon.first_names()
        or ascii_folded(word) in names_lexicon.first_names()
        or _locale_first_name(word, words)
        or (
            listed_kind(word, words) == "first name"
            and not lexicon.is_frequent_word(word, words.NAME, words.FREQUENT_FROM)
        )  # 'Per Anhalter': a first name, but first the word 'per'
    )


def _locale_first_name(word: str, words: ModuleType) -> bool:
    """A first name of the countries the language's news names ('Johann', 'Uta'), that is no
    frequent word nor a scale ('Lage', 'Mio')."""
    return (
        word in locale_names.first_names(getattr(words, "NAME_LOCALES", ()))
        and word not in words.SCALES
        and not lexicon.is_frequent_word(word, words.NAME, words.FREQUENT_FROM)
    )


def org_head(name: str, words: ModuleType) -> bool:
    """Where the language puts an organisation word: anywhere in Romance languages ('Partido
    Popular'); in German and Dutch last ('Deutsche Bank') or before a particle ('Bank für ...',
    'Universiteit van Gent'), not before a stray capital ('Polizei Anfang')."""
    if not words.COMPOUNDS:
        return True
    parts = name.split()
    if words.CAPITALISED_NOUNS and _of_things(parts, words):
        return False  # 'Gruppe von Kohlenstoffverbindungen': a group of things, no body
    return (
        is_org_word(parts[-1], words)
        or any(is_org_word(w, words) and nxt in words.PARTICLES for w, nxt in pairwise(parts))
        or seated_body(parts, words)
    )


def _of_things(parts: list[str], words: ModuleType) -> bool:
    """Three words, the middle one a particle, the last a noun by its ending or length
    ('Gruppe von Kohlenstoffverbindungen')."""
    if len(parts) != 3 or parts[1] not in words.PARTICLES:
        return False
    last = parts[2].lower()
    return last.endswith(words.NOUN_ENDINGS) or len(last) >= LONG_COMPOUND


def seated_body(parts: list[str], words: ModuleType) -> bool:
    """Where nouns are capitalised (German), a club's short organisation word and its town
    ('VfL Osnabrück', 'FC Bayern', 'AS Rom'): the club, named by its seat. (A compound's
    body and its seat, 'Amtsgericht Stockholm', 'Ortsgruppe Amberg', is as often named for
    the place alone in the news sets measured: benchmarks/languages.py, both halves worse.)"""
    head = parts[0] if parts else ""
    return (
        bool(words.CAPITALISED_NOUNS)
        and len(parts) > 1
        and head.lower() in words.ORG_WORDS
        and not head.istitle()
        and place_name(" ".join(parts[1:]), words) is not None
    )


def everyday_noun(word: str, words: ModuleType) -> bool:
    """A word of the language that a gazetteer also knows as a town ('Ende', 'Mitte')."""
    return word in words.EVERYDAY_NOUNS or lexicon.is_frequent_word(
        word, words.NAME, words.FREQUENT_FROM
    )


def plain_word(word: str, words: ModuleType) -> bool:
    """A word of the language's or English's word list that is no first name or surname."""
    if first_name(word, words) or surname(word):
        return False
    return lexicon.is_common_word(word, "English")


def unlisted_short(word: str, words: ModuleType) -> bool:
    """A short word the language's word list lacks: a rare first name ('Lennard')."""
    return len(word) <= SHORT_NAME and not lexicon.is_word(word, words.NAME)
