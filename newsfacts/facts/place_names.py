"""Place names in another language: countries and regions as CLDR writes them in the article's
language (or in another of ours: 'América Latina'), gazetteer towns, states and provinces under
their own or translated names, a compass word joined to one ('Ostdeutschland'), a German
genitive ('Kanadas'), streets and squares ('Flößaustraße', 'Gubener Straße')."""

from __future__ import annotations

import functools
from types import ModuleType

from newsfacts import cldr, lexicon
from newsfacts.facts import census, context, places
from newsfacts.words import LANGUAGES

COUNTRY = ("country", "region")
MAX_STREET = 3  # words of a street's name that ends in a street word ('Ben Jehudastraße')
MIN_HEAD = 3  # letters before a compass word's place or a street word ("Ost", "Knoop")


def place_name(name: str, words: ModuleType) -> str | None:
    """'country' for a country or region (CLDR in the language, or the gazetteer), 'city' for
    another place the gazetteer knows, trying a German genitive without its -s ('Europas')."""
    forms = [name, name.title()] if name.isupper() else [name]
    if words.GENITIVE_S and name.endswith("s") and len(name) > 4:
        forms += [name[:-1], name[:-2]] if name.endswith("es") else [name[:-1]]
    if words.GENITIVE_S:
        forms += [f for form in list(forms) for f in undeclined(form)]
    if any(form in words.PLACES for form in forms):
        return "country"  # 'Großbritanniens'
    for form in forms:
        kind = places.place_type(form)
        if form in cldr.territory_names(words.CODE) or kind in COUNTRY:
            return "country"
        if form in places.translated_countries(words.CODE):
            return "country"  # 'Kongo', 'Tschechische Republik': pycountry's German
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


MIN_PLACE_HEAD = 4  # letters of a place before a landscape's noun ('Saar|land'; not 'Bau|land')


def landscape(word: str, words: ModuleType) -> bool:
    """One word joining a place's name and a noun of land or water ('Gaza|streifen', 'Münster|
    land', 'Rhein-Sieg-|Kreis'): the land by that place; no frequent word is the head."""
    low = word.lower()
    end = next((e for e in getattr(words, "LANDSCAPE_ENDINGS", ()) if low.endswith(e)), "")
    head = word[: len(word) - len(end)].rstrip("-")
    if not end or " " in word or len(head) < MIN_PLACE_HEAD:
        return False
    heads = [head, *head.split("-")] if "-" in head else [head]
    return any(
        len(h) >= MIN_PLACE_HEAD
        and not lexicon.is_frequent_word(h, words.NAME, words.FREQUENT_FROM)
        and place_name(h, words) is not None
        for h in heads
    )


ADJECTIVE_ENDS = ("e", "es")  # a country's adjective undeclined ('Vereinigte', 'Vereinigtes')


def undeclined(name: str) -> list[str]:
    """A German country's name as the dictionary writes it, from a declined form: its adjectives'
    '-en' ('in den Vereinigten Staaten', 'der Dominikanischen Republik') and a plural's dative
    '-n' ('in den Niederlanden', 'den Vereinigten Arabischen Emiraten')."""
    parts = name.split()
    last = parts[-1]
    heads = [[p[:-2] + e for e in ADJECTIVE_ENDS] if p.endswith("en") else [p] for p in parts[:-1]]
    forms = [[last], [last[:-1]]] if last.endswith("en") else [[last]]
    for options in reversed(heads):
        forms = [[h, *rest] for h in options for rest in forms]
    out = [" ".join(f) for f in forms]
    return [f for f in out if f != name]


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
