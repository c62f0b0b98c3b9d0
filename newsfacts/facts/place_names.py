"""Place names in another language: countries and regions as CLDR writes them in the article's
language (or in another of ours: 'América Latina'), gazetteer towns, states and provinces under
their own or translated names, a compass word joined to one ('Ostdeutschland'), a German
genitive ('Kanadas'), streets and squares ('Flößaustraße', 'Gubener Straße')."""

from __future__ import annotations

import functools
import itertools
from types import ModuleType

from newsfacts import cldr, lexicon
from newsfacts.facts import census, context, places
from newsfacts.words import LANGUAGES

COUNTRY = ("country", "region")
MAX_STREET = 3  # words of a street's name that ends in a street word ('Ben Jehudastraße')
MIN_HEAD = 3  # letters before a compass word's place or a street word ("Ost", "Knoop")
MAX_BENT = 4  # words of a name whose bent forms are tried
MIN_BENT = 4  # letters a bent word keeps before its ending
PLACE_FORMS = 16384  # names whose known form is remembered: bounded, flat memory in a batch


def place_name(name: str, words: ModuleType) -> str | None:
    """'country' for a country or region (CLDR in the language, or the gazetteer), 'city' for
    another place the gazetteer knows, trying a German genitive without its -s ('Europas') and
    a country bent as an adjective or a dative plural ('den Vereinigten Staaten')."""
    found = _place_form(name, words)
    return found[1] if found else None


def base_place(name: str, words: ModuleType) -> str | None:
    """The form under which a place the text bends is known ('Berlins' -> 'Berlin', 'den
    Vereinigten Staaten' -> 'Vereinigte Staaten'); None for a place known as written, or none."""
    found = _place_form(name, words)
    return found[0] if found and found[0] not in (name, name.title()) else None


@functools.lru_cache(maxsize=PLACE_FORMS)
def _place_form(name: str, words: ModuleType) -> tuple[str, str] | None:
    """The form of a name the gazetteer or CLDR knows, and its kind, or None."""
    forms = [name, name.title()] if name.isupper() else [name]
    if words.GENITIVE_S and name.endswith("s") and len(name) > 4 and not _own_word(name):
        forms += [name[:-1], name[:-2]] if name.endswith("es") else [name[:-1]]
    for form in forms:
        kind = _kind(form, words)
        if kind is not None:
            return form, kind
    for form in bent_forms(name, words):  # 'den Niederlanden': a country, nothing less
        if form not in forms and _kind(form, words) == "country":
            return form, "country"
    return None


def _own_word(name: str) -> bool:
    """A word in -s that is no genitive: an everyday English word ('Basis', 'Status')."""
    return lexicon.is_common_word(name, "English")


def _kind(form: str, words: ModuleType) -> str | None:
    """'country', 'city' or None for one form of a name."""
    if form in words.PLACES:
        return "country"
    kind = places.place_type(form)
    if form in cldr.territory_names(words.CODE) or kind in COUNTRY:
        return "country"
    if " " in form and form in neighbours_territories():
        return "country"  # 'América Latina': Portuguese's name, Spanish's too
    rest = compass_rest(form, words)  # 'Ostdeutschland', 'Nordhessen'; not 'Niederlage'
    if rest and (rest in cldr.territory_names(words.CODE) or context.subdivision(rest, words)):
        return "country"
    if kind is not None or form in places.city_exonyms() or context.subdivision(form, words):
        return "city"
    if landscape(form, words):
        return "city"  # 'Gazastreifen', 'Münsterland'
    return None


def bent_forms(name: str, words: ModuleType) -> list[str]:
    """A name's forms before the language bent it: each word before the last with an
    adjective's other endings ('Vereinigten' -> 'Vereinigte', 'Vereinigtes'), the last without
    a genitive or a dative plural's ending ('Königreichs', 'Niederlanden'); the language's
    endings (words.ADJECTIVE_ENDINGS), none where it has none."""
    ends: tuple[str, ...] = getattr(words, "ADJECTIVE_ENDINGS", ())
    parts = name.split()
    if not ends or not parts or len(parts) > MAX_BENT:
        return []
    options = [[w, *_adjective_forms(w, ends, words)] for w in parts[:-1]]
    last = parts[-1]
    dative = getattr(words, "DATIVE_PLURAL", "")
    tail = [last]
    if dative and last.endswith("e" + dative):
        tail.append(last.removesuffix(dative))  # 'Niederlande|n', 'Emirate|n'
    if words.GENITIVE_S and last.endswith("s") and len(last) > MIN_BENT:
        tail += [last[:-1], last[:-2]] if last.endswith("es") else [last[:-1]]
    forms = [" ".join(p) for p in itertools.product(*options, tail)]
    return [f for f in forms if f != name]


def _adjective_forms(word: str, ends: tuple[str, ...], words: ModuleType) -> list[str]:
    """An adjective's other endings ('Vereinigten' -> 'Vereinigte', 'Vereinigtes',
    'Vereinigter'); none for a word that has no adjective's ending."""
    end = next((e for e in ends if word.endswith(e)), None)
    if end is None or len(word) <= len(end) + MIN_BENT:
        return []
    stem = word[: -len(end)]
    return [stem + b for b in getattr(words, "ADJECTIVE_BASES", ()) if stem + b != word]


MIN_PLACE_HEAD = 4  # letters of a place before a landscape's noun ('Saar|land'; not 'Bau|land')


def landscape(word: str, words: ModuleType) -> bool:
    """One word joining a place's name and a noun of land or water ('Gaza|streifen', 'Münster|
    land', 'Rhein-Sieg-|Kreis'): the land by that place; no frequent word is the head."""
    low = word.lower()
    end = next((e for e in getattr(words, "LANDSCAPE_ENDINGS", ()) if low.endswith(e)), "")
    head = word[: len(word) - len(end)].rstrip("-")
    if not end or " " in word or len(head) < MIN_PLACE_HEAD:
        return False
    if any(p and not p[:1].isupper() for p in word.split("-")):
        return False  # a page's address words ('Deutschland-ist-abhaengig-von-...-Ausland')
    heads = [head, *head.split("-")] if "-" in head else [head]
    listed = lexicon.is_word(word, words.NAME)  # a word of the language ('Neubaugebiet')
    return any(
        len(h) >= MIN_PLACE_HEAD
        and not lexicon.is_frequent_word(h, words.NAME, words.FREQUENT_FROM)
        and place_name(h, words) is not None
        and (not listed or not lexicon.is_word(h, words.NAME) or _landmark(h, words))
        for h in heads
    )


def _landmark(head: str, words: ModuleType) -> bool:
    """The head of a compound the language's word list holds ('Ruhrgebiet', 'Neubaugebiet'),
    itself a word of the language, that still names a land: a river or region ('Ruhr|gebiet'),
    a country or a city big enough for other languages to name it; a noun that is also a small
    place's name ('Neubau|gebiet', 'Kalk|gebirge': districts of Vienna and Cologne) is none."""
    return (
        head in places.features()
        or head in places.city_exonyms()
        or context.subdivision(head, words)
        or place_name(head, words) == "country"
    )


@functools.cache
def neighbours_territories() -> frozenset[str]:
    """Country and region names in every language with word data here: a name one of them
    writes ('América Latina' in Portuguese) is a place in the others too."""
    return frozenset(n for code in LANGUAGES for n in cldr.territory_names(code))


def compass_rest(name: str, words: ModuleType) -> str | None:
    """The place after a compass word joined to it ('Ostdeutschland' -> 'Deutschland',
    'Noord-Brabant' -> 'Brabant'), or None: a part of that place."""
    for head in words.COMPASS_HEADS:
        rest = name[len(head) :].removeprefix("-")
        if name.startswith(head) and len(rest) >= MIN_HEAD and " " not in rest:
            return rest[0].upper() + rest[1:]
    return None


def genitive_place(word: str, words: ModuleType) -> bool:
    """A place in the genitive ('Kanadas', 'Griechenlandes'), not a place of its own name."""
    return (
        bool(words.GENITIVE_S)
        and word.endswith("s")
        and places.place_type(word) is None
        and place_name(word, words) is not None
    )


def sure_genitive(word: str, words: ModuleType) -> bool:
    """A country's or a big city's genitive ('Hamburgs', 'Kanadas'): that place, for sure."""
    if not genitive_place(word, words):
        return False
    base = base_place(word, words)
    return base is not None and (
        base in places.big_cities() or place_name(base, words) == "country"
    )


def street(name: str, words: ModuleType) -> bool:
    """A street or square: one word ending in a street word after a head the word list lacks
    ('Flößaustraße', 'Kerckhovestraat'), a name ending in one ('Ben Jehudastraße'), or a town's
    adjective and a street word, a compound ending in one or a word for land or water
    ('Gubener Straße', 'Lehrter Bahnhof', 'Kasseler Landstraße', 'Warener See')."""
    parts = name.split()
    if len(parts) == 1:
        lower = name.lower()
        ending = next((e for e in words.STREET_ENDINGS if lower.endswith(e)), "")
        head = lower[: len(lower) - len(ending)].rstrip("-")
        return bool(ending) and len(head) >= MIN_HEAD and not lexicon.is_word(head, words.NAME)
    if street(parts[-1], words) and len(parts) <= MAX_STREET:
        return True  # 'Ben Jehudastraße': a street named for someone
    last = parts[-1].lower()
    features: frozenset[str] = getattr(words, "FEATURE_WORDS", frozenset())
    compound = last.endswith(getattr(words, "STREET_COMPOUND_ENDS", ()))  # 'Hauptbahnhof'
    return (
        len(parts) == 2
        and parts[0].endswith(words.TOWN_ADJECTIVE)
        and (last in words.STREET_WORDS or last in features or compound)
        and parts[0] not in words.FIRST_NAMES
        and parts[0] not in census.first_names()
    )  # not 'Peter Stein', 'Walter Berg': a person


def known_town(name: str, before: str, words: ModuleType) -> bool:
    """A town a lone word names for sure: after a word like "in", a comma or "und" (a list of
    towns), a word for a firm's site ('im Werk Dingolfing'), or a big city or one known by its
    name in other languages ('München', 'Mailand')."""
    return (
        before.lower() in words.PLACE_BEFORE
        or before in getattr(words, "SITE_NOUNS", frozenset())
        or before == ","
        or before in words.CONJUNCTIONS
        or name in places.big_cities()
        or name in places.city_exonyms()
    )


def town_with_article(name: str, before: str, place: str | None, words: ModuleType) -> bool:
    """A town the gazetteer knows, after the preposition fused with the article a town named
    by a word of the language takes ('no Porto', 'do Porto'); not an institution named by a
    place ('no Planalto') or a feast ('no Natal')."""
    fused: frozenset[str] = getattr(words, "TOWN_ARTICLE_BEFORE", frozenset())
    town = place == "city" and not words.CAPITALISED_NOUNS and name not in words.INSTITUTIONS
    town = town and not feast(name, before, words)
    return town and before.lower() in fused


def feast(name: str, before: str, words: ModuleType) -> bool:
    """A feast the language writes with a capital, after its article ('no Natal': at
    Christmas), though a town has the name ('em Natal')."""
    feasts: frozenset[str] = getattr(words, "FEASTS", frozenset())
    articles: frozenset[str] = getattr(words, "FEAST_ARTICLES", frozenset())
    return name in feasts and before.lower() in articles


def town_shaped(name: str, words: ModuleType) -> bool:
    """One word ending as only towns' names do in the language ('Veldhoven', 'Zoeterwoude'),
    after a long enough head: a town no list knows, for sure after 'in'."""
    ends: tuple[str, ...] = getattr(words, "TOWN_ENDINGS", ())
    lower = name.lower()
    return " " not in name and any(
        lower.endswith(end) and len(lower) >= len(end) + TOWN_HEAD for end in ends
    )


TOWN_HEAD = 3  # letters at least before a town's ending ('Veld|hoven')


def place_noun(word: str, words: ModuleType) -> bool:
    """A capitalised noun for a place that stands before a place's name ('Kanton Zug', 'Insel
    Rügen'), where nouns are capitalised (German): the noun, though a town is so named too
    ('Kanton': Guangzhou), is no part of the name."""
    return bool(words.CAPITALISED_NOUNS) and word.lower() in words.PLACE_NOUNS


def noun_after(word: str, words: ModuleType) -> bool:
    """A noun that follows a known place in one run of capitals and starts the next phrase
    ('bei Lyon Bleikerne', 'Mannheim Anfang'): shaped as the language's nouns are, or a compound
    of its words ('Blei|kerne'); first names aside."""
    from newsfacts.facts import evidence  # (evidence reads this module's names)

    return evidence.noun_shape(word, words) or (
        not evidence.first_name(word, words) and evidence.ends_in_word(word.lower(), words)
    )
