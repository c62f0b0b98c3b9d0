"""Other forms a text gives one name: a dateline's capitals ('GENOVA' for 'Genova'), an
acronym glossed in brackets ('la Policía Nacional Civil (PNC)') and a place's genitive where
the language writes it with -s ('Baden-Württembergs' beside 'Baden-Württemberg')."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts.name_words import first_name
from newsfacts.facts.names.genitive_names import genitive_person, genitive_slot, known_people
from newsfacts.facts.names.model import LOC, PER, Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.place_names import base_place
from newsfacts.facts.tokens import Token

SHORT_ACRONYM = 3  # capitals this short are an acronym, not a shouted name
MIN_GENITIVE = 4  # letters a genitive has more than ('Laos' is no genitive of 'Lao')
MAX_TITLED = 8  # letters of an acronym written in a title's case at most ('Frelimo')


def shouted_forms(spans: list[tuple[Text, list[Token], Span]]) -> dict[str, str]:
    """A name in capitals (a dateline's 'LYON', 'GENOVA') that the text also writes in small
    letters, with that form: one place, not two."""
    written = {s.text for _, _, s in spans}
    return {
        s.text: s.text.title()
        for _, _, s in spans
        if s.text.isupper() and len(s.text) > SHORT_ACRONYM and s.text.title() in written
    }


def genitive_places(
    spans: list[tuple[Text, list[Token], Span]], words: ModuleType
) -> dict[str, str]:
    """A place's genitive ('Hessens', 'Baden-Württembergs') that the text also names as a
    place without the -s, or whose form without it the gazetteer knows ('Berlins'), and a
    country bent as an adjective or a plural ('den Vereinigten Staaten'), with that form: one
    place, the bent form its alias."""
    if not getattr(words, "GENITIVE_S", False):
        return {}
    places = {s.text for _, _, s in spans if s.label == LOC}
    said = {
        name: name[:-1]
        for name in places
        if name.endswith("s") and len(name) > MIN_GENITIVE and name[:-1] in places
    }
    known = {
        name: base
        for name in places
        if (base := base_place(name, words)) is not None and not first_name(name, words)
    }  # 'Mercedes' is no genitive of 'Merced'
    people = known_people(spans)
    owned = {
        s.text: name
        for _, tokens, s in spans
        if s.label == PER
        and (name := genitive_person(s, people, words)) is not None
        and genitive_slot(tokens, s, people, name, words)
    }  # 'Ockhams' -> 'Ockham', 'Brandauers' -> 'Klaus Brandauer'
    return {**owned, **known, **said}


def acronyms(spans: list[tuple[Text, list[Token], Span]]) -> dict[str, str]:
    """Each acronym a text glosses in brackets after a name that is no person's, with that name:
    'la Policía Nacional Civil (PNC)' makes a later 'PNC' the same body."""
    out: dict[str, str] = {}
    for _, tokens, s in spans:
        if s.label == PER or s.end + 2 >= len(tokens) or " " not in s.text:
            continue
        if tokens[s.end].text == "(" and tokens[s.end + 2].text == ")":
            short = tokens[s.end + 1].text
            if _glosses(short, s.text):
                out.setdefault(short, s.text)
    return out


def _glosses(short: str, name: str) -> bool:
    """An acronym of the name: in capitals ('PNC'), or in a title's case when it also holds
    each capitalised word's initial in order ('Fenprof' for 'Federação Nacional dos
    Professores', 'Minsa' for 'Ministerio de Salud'), or every word's initial, small or not."""
    if len(short) < 2 or not _spells(short.lower(), name.lower()):
        return False
    if short.isupper() or "".join(w[0] for w in name.split()).lower() == short.lower():
        return True  # 'PNC'; 'BdB' for 'Bundesverband deutscher Banken', each word's initial
    initials = "".join(w[0].lower() for w in name.split() if w[:1].isupper())
    titled = short.isalpha() and short.istitle() and len(short) <= MAX_TITLED
    return titled and _spells(initials, short.lower())


def _spells(short: str, name: str) -> bool:
    """The acronym's letters in order in the name, the first one first ('bamf' in 'bundesamt
    für migration und flüchtlinge')."""
    rest = iter(name)
    return short[0] == name[0] and all(c in rest for c in short)
