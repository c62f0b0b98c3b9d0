"""Names in languages other than English need evidence beyond a capital letter.

German capitalises every noun, and every language capitalises the first word of a sentence, so
the English finder's capitalised spans are names only when no word of them is an everyday word
or stop word of the article's language (pyspellchecker's counts, jusText's stoplists), nor, in
German and Dutch, a compound ending in one ("Schwarzmarkt"). Country names the language writes
('Deutschland', 'Estados Unidos', from CLDR) are places. A language with no word data here
(Korean, Russian, ...) shows no names at all: none rather than wrong ones.
"""

from __future__ import annotations

import re
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import census as names_lexicon
from newsfacts.facts import context, place_names
from newsfacts.facts.lone_bodies import lone_body
from newsfacts.facts.name_cues import FIRM_ENDS, body_noun, facility_head, saint_prefix
from newsfacts.facts.name_words import (
    SHORT_ACRONYM,
    big_town,
    ends_in_word,
    english_name,
    english_word,
    everyday_noun,
    first_name,
    has_evidence,
    is_acronym,
    is_adjective,
    is_listed,
    is_org_word,
    is_role,
    is_stop_word,
    joins_words,
    listed_kind,
    org_head,
    place_shaped,
    plain_word,
    shouting,
    surname,
    unlisted_short,
)
from newsfacts.facts.names import inflection
from newsfacts.facts.names.model import LOC, ORG, PER
from newsfacts.facts.place_adjectives import adjective_body
from newsfacts.facts.place_names import genitive_place, known_town, landscape, place_name
from newsfacts.words.en.press import AGENCIES

LONG_NOUN = 12  # a German word this long is a compound noun, rarely a name
SHORT_WORD = 2  # letters of an abbreviation after a verb of saying ('Dr'), no speaker
# The evidence a name in another language can rest on, and the kinds of it the table shows
# (measured with benchmarks/languages.py: the others are right too rarely to show).
EVIDENCE = (
    "country", "organisation word", "institution", "first name", "acronym", "initials", "role",
    "town", "team town", "place word", "capitals", "speaker", "short form", "surname", "clause",
    "bare acronym", "loose organisation word", "genitive", "listed place", "listed person",
    "listed first name", "listed name", "listed at start", "person word", "title", "lone word",
    "initial", "street", "speech verb", "possessor", "listed word", "body noun", "facility",
    "bracketed body", "listed", "list item", "colon speaker", "lineup", "lineup team", "source",
    "quoted name", "glossed", "quoted body", "share price", "place adjective", "listed company",
)  # fmt: skip
INITIAL = re.compile(r"[A-Z]\.")  # 'J.' before a surname
ARABIC_ARTICLE = re.compile(r"(?:al|el|ad|ar|as|ash|at|az|ud|ul)-[A-Z]")  # 'al-Nuaimi'
TOWN_BEFORE = frozenset(("bei",))  # 'bei Waldenburg': near a town
ORG_LETTERS = frozenset(("AG", "SA", "NV", "BV", "KG"))  # legal forms, dots aside ('A.G.')
SHOWN = frozenset(
    ("country", "organisation word", "institution", "first name", "acronym", "role", "town",
     "speaker", "short form", "listed place", "listed person", "speech verb", "bracketed body",
     "lineup", "lineup team", "quoted body", "listed company")
)  # fmt: skip


def content_words(name: str, words: ModuleType) -> list[str]:
    """The words of a name that must each be a name word (particles like 'von', 'de' aside, and
    a capitalised one inside it: 'Luc Van Lierde', 'Tomas De Soete')."""
    parts = [p.split("-", 1)[1] if ARABIC_ARTICLE.match(p) else p for p in name.split()]
    pieces = [w for part in parts for w in part.split("-") if w]  # 'al-Nuaimi': 'Nuaimi'
    return [
        w
        for k, w in enumerate(pieces)
        if w not in words.PARTICLES
        and not (k and w.lower() in words.PARTICLES and not words.CAPITALISED_NOUNS)
    ]  # ('Mærsk Line Am': German writes a name's particle small)


def is_name_word(word: str, words: ModuleType) -> bool:
    """Whether one word of a span can be part of a name in this language."""
    lower = word.lower()
    if not word[:1].isupper() or is_stop_word(word, words):
        return False  # 'Un', 'Alleen', 'Auch' (a town too): a stop word is no name
    if has_evidence(word) and not shouting(word, words):
        return True  # an all-caps word of the language ('EMPLEOS') is shouting, no acronym
    if context.subdivision(word, words) or landscape(word, words):
        return True  # 'Brandenburg', though '-burg' ends nouns; 'Gazastreifen'
    if listed_kind(word, words) is not None:
        return True  # 'Mecklenburg': a place in the noun list, though '-burg' ends nouns
    if is_listed(word, words):
        return False
    if place_shaped(word, words):  # 'Immen|stadt': a town's ending after no word, a name
        return not joins_words(lower, words)
    return not (words.COMPOUNDS and ends_in_word(lower, words))


def compound_shaped(word: str, words: ModuleType) -> bool:
    """A capitalised word only shaped like a compound ('Eeck|hout', 'Sauw|ens'), no listed word
    itself, in a language that writes its nouns small (Dutch): inside a sentence a name's."""
    return (
        bool(words.COMPOUNDS)
        and not words.CAPITALISED_NOUNS
        and word[:1].isupper()
        and not is_stop_word(word, words)
        and not is_listed(word, words)
        and ends_in_word(word.lower(), words)
    )


def is_everyday(word: str, words: ModuleType) -> bool:
    """An everyday word of the language, with no evidence of a name about it."""
    if is_stop_word(word, words) or is_role(word, words):
        return True
    if has_evidence(word) or first_name(word, words):
        return False
    return is_listed(word, words) or word.lower() in words.ORG_WORDS


def is_plain(word: str, words: ModuleType) -> bool:
    """An everyday word of the language for sure: a stop or role word, or a frequent word
    (German lists names among its words, so there only those)."""
    if is_stop_word(word, words) or is_role(word, words):
        return True
    return lexicon.is_frequent_word(word, words.NAME, words.FREQUENT_FROM) or (
        not words.ANY_LISTED and is_listed(word, words) and not has_evidence(word)
    )


def is_word_after_particle(word: str, words: ModuleType) -> bool:
    """A word of the language after a person's surname and a particle: the person's office or
    employer, not more of the name ('Anne Jansen van Klimaat')."""
    return not has_evidence(word) and (
        is_plain(word, words) or (not words.ANY_LISTED and lexicon.is_word(word, words.NAME))
    )


def label_of(
    name: str, before: str, role: str | None, initial: bool, words: ModuleType
) -> tuple[str | None, str]:
    """The kind of a candidate name and the evidence it rests on (one of EVIDENCE; '' when it
    is no name)."""
    parts = content_words(name, words)
    if not parts:
        return None, ""
    if part_of_word(name, words) or name.split()[0] in words.EVENTS:
        return None, ""  # 'Liga de Campeones', 'Copa del Rey': a competition, no body
    if name in getattr(words, "CAPITAL_NOUNS", ()) or place_names.feast(name, before, words):
        return None, ""  # 'AGB', 'PKW', 'no Natal': a common noun in capitals, no body
    place = place_name(name, words)
    if place == "country" or (place and len(parts) > 1):  # 'der Stadt New Orleans': a town
        return LOC, "country" if place == "country" else "town"
    if place_names.street(name, words):
        return LOC, "street"
    if len(parts) > 1 and saint_prefix(parts[0], words):
        return LOC, "place word"  # 'San Juan de Vera', 'Santa Fe de la Trinidad'
    if len(parts) > 1 and facility_head(name.split()[0], words):
        return LOC, "facility"  # 'Pabellón Raimundo Saporta', 'Plaza de Oriente'
    if len(parts) == 1 and genitive_place(name, words) and not initial:
        return LOC, "genitive"  # 'Bremens Zukunft': a town, or a club ('Werders')
    if len(name.split()) > 1 and parts[-1] in FIRM_ENDS:
        return ORG, "organisation word"  # 'France Telecom', 'Goldman Sachs Group': a firm
    if len(parts) > 1 and any(is_org_word(w, words) for w in name.split()):
        return ORG, "organisation word" if org_head(name, words) else "loose organisation word"
    if len(parts) > 1 and not initial and adjective_body(name, words):
        return ORG, "place adjective"  # 'des Hessischen Rundfunks': a body's name, mostly
    if name in words.INSTITUTIONS or name in AGENCIES:
        return ORG, "institution"  # 'informó a Efe': the news agency, no one's name
    if lone_body(name, before, initial, words):
        return ORG, "loose organisation word"  # 'la Comisión': a body named by its word
    if name.split()[0] in words.INSTITUTIONS:
        return ORG, "loose organisation word"  # 'Gobierno de Estados Unidos': kept, not shown
    if body_noun(before, words) and not (len(parts) == 1 and is_acronym(parts[0])):
        return ORG, "body noun"  # 'la empresa Petrobras', 'netwerkbedrijf Telindus'
    if len(parts) == 1 and said_by(name, before, words):
        return PER, "speech verb"  # 'sagte Pfister', 'zegt Robeyns', 'dijo Unda'
    shaped = not initial and any(compound_shaped(w, words) for w in parts)  # 'Eeckhout'
    names = all(is_name_word(w, words) or (shaped and compound_shaped(w, words)) for w in parts)
    names = names or run_of_names(name, parts, before, initial, words)
    if len(parts) > 1 and opens_with_first_name(name, words) and names_after(parts, words, role):
        return PER, "first name"
    if particle_surname(name, words):
        return PER, "first name"  # 'Herman De Prins': a surname, though 'prins' is a word
    if not names and len(parts) == 1 and placed_town(name, before, words):
        return LOC, "place word"  # 'in Weinsberg', 'bei Waldenburg': listed, but a town's shape
    if not names:
        listable = len(parts) == 1 and listed_word(name, before, words)
        listable = listable and (not initial or inflection.any_surname(name, words))  # 'Hubers'
        return None, "listed word" if listable else ""  # a list may name it ('lone.py')
    if len(parts) == 1 and len(name) > SHORT_ACRONYM and name.isupper() and place is not None:
        return LOC, "town" if big_town(name.title()) else "capitals"  # 'BOCHUM', 'TOKIO'
    if len(parts) == 1 and is_acronym(parts[0]) and not shouting(parts[0], words):
        if len(parts[0]) == 2:
            return ORG, "initials"  # "FS": a writer's initials too
        if words.ARTICLES and before.lower() not in words.NAMING_ARTICLES:
            return ORG, "bare acronym"  # German names its parties with an article: "die SPD"
        return ORG, "acronym"
    if acronym_club(name.split(), words):
        return ORG, "loose organisation word"  # 'der MSV Duisburg', 'die TU Berlin'
    if before.lower() in words.ARTICLES and len(parts) == 1 and named_place(name, words):
        return LOC, "place word"  # 'im Saarland', 'am Wallberg': a landscape takes an article
    if before.lower() in words.ARTICLES:
        return None, ""  # "dem Boden": a common noun, though a town has the name
    if role is not None:
        return PER, "role"
    if place == "city" and not (len(parts) == 1 and everyday_noun(parts[0], words)):
        if len(parts) == 1 and not known_town(name, before, words):
            if listed_kind(name, words) == "place" and not initial:
                return LOC, "listed place"  # 'Torgau': no noun, a place the noun list knows
            return LOC, "capitals"  # 'Mut', 'Kanton', 'Minas': a word a village is named for
        if len(parts) > 1 or before.lower() in words.PLACE_BEFORE or not surname(name):
            return LOC, "town"
        return None, "capitals"  # "Suárez", "Dickinson": a surname first, a town too
    listed = listed_kind(parts[0], words) if len(parts) == 1 else None
    if listed is not None:
        label, reason = LISTED_LABELS[listed]
        return label, "listed at start" if initial else reason
    if initial and len(parts) == 1:
        return None, "initial"  # a name only as a known person's short form ('Tourinho dijo')
    if (
        len(parts) == 1
        and place is None
        and surname(parts[0])
        and not inflection.word_not_surname(parts[0], words)
    ):
        if words.CAPITALISED_NOUNS and english_word(before, words):
            return None, ""  # 'the Sun', 'of Room': an English word, no surname
        if parts[0].endswith("en") and context.people_word(parts[0], words):
            return None, ""  # 'de Britten', 'Fransen': a people, though a surname too
        return PER, "surname"

    if before in words.PERSON_BEFORE:
        return PER, "person word"  # 'a Rodri': Spanish's personal 'a'
    if before.lower() in words.PLACE_BEFORE:
        return LOC, "town" if place_names.town_shaped(
            name, words
        ) else "place word"  # 'in Veldhoven'
    if len(parts) == 1:  # a name if the text repeats it (names/foreign.py), unless shaped
        return None, "" if shaped else "lone word"  # as a compound ('Weglooplijn')
    if words.CAPITALISED_NOUNS and phrase_of_words(parts, words):
        return None, ""  # 'Home Runs', 'Amundsen Teilnehmer': words, not a name's
    if any(plain_word(w, words) for w in parts):
        return ORG, "capitals"  # "Fuerzas Armadas", "Daily News": words, not a person's names
    if any(w in words.PARTICLES for w in name.split()) or any(is_acronym(w) for w in parts):
        return no_person(parts, words)
    if " " in name and place_name(name.split()[0], words) == "country":
        return ORG, "capitals"  # 'Brasil Telecom': no one's name opens with a country
    if (
        words.PLURAL_S
        and all(w.endswith("s") for w in parts)
        and not first_name(parts[0][:-1], words)
    ):
        return ORG, "capitals"  # 'Fuerzas Armadas': plural words ('Georges Tapinos' a person)
    if words.CAPITALISED_NOUNS and big_town(parts[-1]):
        return ORG, "capitals"  # 'Inter Mailand', 'Preußen Münster': a club and its town
    if joined_towns(name, parts, words):
        return LOC, "capitals"  # 'Eutingen-Weitingen', 'Düsseldorf-Gerresheim': towns joined
    if shaped:
        return ORG, "capitals"  # 'Centraal Informatiepunt Voetbalvandalisme': a body's nouns
    if english_name(parts[0], words) and not first_name(parts[0], words):
        return None, ""  # 'Camp David', 'East Preston': an English word opens no one's name
    return PER, "capitals"


def particle_surname(name: str, words: ModuleType) -> bool:
    """A first name, a capitalised particle and one word ('Herman De Prins', 'Luc Van Dijk'):
    in a language whose surnames open so (Dutch), a person whatever the last word means."""
    parts = name.split()
    particles: frozenset[str] = getattr(words, "CAPITAL_PARTICLES", frozenset())
    return (
        len(parts) == 3
        and parts[1] in particles
        and first_name(parts[0], words)
        and parts[2][:1].isupper()
        and not parts[2].isupper()
        and parts[2].lower() not in words.PARTICLES
    )


def acronym_club(parts: list[str], words: ModuleType) -> bool:
    """An acronym before a town or a name ('THW Kiel', 'TU Berlin', 'BNP Paribas'): a club,
    a university, a firm, with an article or not; where nouns are capitalised (German)."""
    if not words.CAPITALISED_NOUNS or len(parts) != 2 or not is_acronym(parts[0]):
        return False
    rest = parts[1]
    if shouting(parts[0], words) or rest.isupper() or not rest.isalpha():
        return False
    if lexicon.is_common_word(rest, "English"):
        return False  # 'US Bureau', 'AI Lab': English words after the acronym
    return place_name(rest, words) is not None or is_name_word(rest, words)


def joined_towns(name: str, parts: list[str], words: ModuleType) -> bool:
    """One word of parts joined by hyphens where a part is a known town or shaped as towns
    are ('Henstedt-Ulzburg'), in a language that writes towns so (German): a place."""
    if " " in name or "-" not in name or not getattr(words, "PLACE_ENDINGS", ()):
        return False
    return any(place_shaped(p, words) or big_town(p) for p in parts)


def placed_town(word: str, before: str, words: ModuleType) -> bool:
    """A word the list holds, shaped as towns are, after 'in', 'aus', 'nach' or 'bei' with no
    article ('in Weinsberg'); not a frequent word, nor with a noun's ending."""
    return (
        before.lower() in words.PLACE_BEFORE | TOWN_BEFORE
        and place_shaped(word, words)
        and not is_plain(word, words)
        and not word.lower().endswith(words.NOUN_ENDINGS)
    )


def named_place(word: str, words: ModuleType) -> bool:
    """A name word after an article that is still a place: a region the gazetteer knows
    ('dem Saarland'), or a word ending as towns and mountains do ('am Stimberg'); no noun
    ('dem Boden')."""
    if not words.CAPITALISED_NOUNS or word in words.EVERYDAY_NOUNS or is_plain(word, words):
        return False
    shaped = place_shaped(word, words) and not is_listed(word, words)  # 'die Hauptstadt'
    return shaped or context.subdivision(word, words) or landscape(word, words)


def phrase_of_words(parts: list[str], words: ModuleType) -> bool:
    """Capitalised words with no evidence that are everyday words in a language that writes
    every noun with a capital: all English ones ('Home Runs', 'Easy Living': a title), or a
    noun of the language last ('Amundsen Teilnehmer', 'Maßnahme Wachstum'), no surname."""
    if first_name(parts[0], words):
        return False
    if all(lexicon.is_common_word(w, "English") for w in parts):
        return True
    last = parts[-1]
    return (
        lexicon.is_word(last, words.NAME)
        and not lexicon.is_common_word(last, "English")
        and place_name(last, words) is None
        and not surname(last)
    )


def listed_word(word: str, before: str, words: ModuleType) -> bool:
    """A capitalised word the language's list holds that may still be a name inside a list of
    names ('in Kelheim, Abensberg und Saal'): no stop, role or organisation word, no frequent
    word nor noun's shape, not after an article or an adjective; where every noun is
    capitalised and the list holds names too (German)."""
    return (
        bool(words.ANY_LISTED)
        and word.isalpha()
        and not word.isupper()
        and before.lower() not in words.ARTICLES
        and not is_adjective(before, words)
        and not is_plain(word, words)
        and not noun_shape(word, words)
        and not is_org_word(word, words)
        and word not in words.EVERYDAY_NOUNS
    )


def said_by(word: str, before: str, words: ModuleType) -> bool:
    """One capitalised word right after a verb of saying ('sagte Pfister'): its speaker."""
    verb = before.lower()
    if " " in verb or verb not in words.SPEECH_VERBS or verb in lexicon.stopwords(words.NAME):
        return False  # 'so Bloomberg', 'so Reichweite': 'so' says as often 'thus'
    return (
        len(word) > SHORT_WORD
        and not is_stop_word(word, words)
        and not is_role(word, words)  # 'sagte Dr. Hahn'
        and not word.isupper()
        and not noun_shape(word, words)  # 'erklärte Preisanpassung'
    )


def no_person(parts: list[str], words: ModuleType) -> tuple[str | None, str]:
    """A span of names with an acronym or a particle inside, no first name before: a body with
    an acronym ('TAU Vitoria'), else a place with a place in it ('Palacio de Orive'), else none
    ('Relaciones de la Cancillería')."""
    if any(is_acronym(w) for w in parts):
        return ORG, "capitals"
    if any(place_name(w, words) for w in parts):
        return LOC, "capitals"
    return None, ""


LISTED_LABELS = {
    "place": (LOC, "listed place"),
    "first name": (PER, "listed first name"),
    "surname": (PER, "listed person"),
    "name": (ORG, "listed name"),
}


def run_of_names(
    name: str, parts: list[str], before: str, initial: bool, words: ModuleType
) -> bool:
    """Where the word list lists names too (German): capitalised words in a row inside a
    sentence, with no article before them, are a name's ('Karsten Baumann'), since the
    language's nouns stand alone or after an article or adjective."""
    return (
        bool(words.ANY_LISTED)
        and len(parts) > 1
        and len(parts) == len(name.split())
        and not initial
        and before.lower() not in words.ARTICLES
        and all(
            w[:1].isupper() and not is_plain(w, words) and not noun_shape(w, words) for w in parts
        )
    )


def noun_shape(word: str, words: ModuleType) -> bool:
    """A word shaped like one of the language's nouns, no name: a noun ending ('-ung',
    '-schaft'), a unit of money or scale, or a long compound; first names aside."""
    if first_name(word, words):
        return False
    lower = word.lower()
    return (
        lower.endswith(words.NOUN_ENDINGS)
        or word in words.SCALES
        or word in words.CURRENCIES
        or len(word) >= LONG_NOUN
    )


def names_after(parts: list[str], words: ModuleType, role: str | None = None) -> bool:
    """The words after a first name can be a surname: capitalised, no stop or role word, not
    the first name again ('Maria Maria'); beside an initial, no word of the language nor a
    legal form ('J. Motivgleich', 'F. Bruckmann A.G.'); after a role, an English word too."""
    if len(set(parts)) == 1:
        return False
    initial = any(INITIAL.fullmatch(w) for w in parts)
    return all(
        INITIAL.fullmatch(w)
        or (surname_word(w, words, bool(role)) and not (initial and not_beside(w, words)))
        for w in parts[1:]
    )


def surname_word(word: str, words: ModuleType, english: bool = False) -> bool:
    """A word that can be a surname after a first name: capitalised, no stop, role or
    organisation word, no English word ("Davis Cup") unless a surname or after a role."""
    if not word[:1].isupper() or is_stop_word(word, words) or is_role(word, words):
        return False
    known = english or word in names_lexicon.surnames()  # after a role, an English word too
    return not is_org_word(word, words) and (known or not lexicon.is_common_word(word, "English"))


def not_beside(word: str, words: ModuleType) -> bool:
    """A word no initial stands before in a person's name: a legal form or a word of the
    language for sure ('A.G.', 'Motivgleich'; not a surname: 'Meyer', 'Costa')."""
    if word.replace(".", "") in ORG_LETTERS:
        return True
    if surname(word):
        return False  # 'Josep M. Costa'
    compound = bool(words.ANY_LISTED) and ends_in_word(word.lower(), words)
    return compound or is_plain(word, words)


def opens_with_first_name(name: str, words: ModuleType) -> bool:
    """A name whose first word is a first name, whole ('Hans-Peter', not 'Bee-Karten' or
    'Gustav-Heinemann-Haus') and no stop word ('In')."""
    first = name.split()[0]
    if is_stop_word(first, words):
        return False
    if first_name(first, words) or INITIAL.fullmatch(first):
        return True  # 'P. Bogemans': an initial opens a person's name
    head, _, tail = first.partition("-")
    return (
        first_name(head, words)
        and tail[:1].isupper()
        and "-" not in tail
        and (first_name(tail, words) or (words.COMPOUNDS and unlisted_short(tail, words)))
    )  # 'Jan-Lennard', not 'Bee-Karten', 'Olympia-Nennliste', 'Curt-Goetz-Komödien'; where
    # words are not compounded both halves are first names ('Jean-Luc'), not 'Emilia-Romagna'


def part_of_word(name: str, words: ModuleType) -> bool:
    """A compound with a name in it, not a name: 'EU-Kommission', 'VW-Konzern'."""
    head, _, last = name.rpartition("-")
    if first_name(head.split("-")[0], words) and "-" in head:
        return False  # 'Konrad-Adenauer-Stiftung': a body named for a person
    return bool(head) and " " not in name and (is_org_word(last, words) or is_role(last, words))
