"""A person's name with the genitive -s, where the language writes it so ('premier Baraks
regering', 'Katzavs kandidatuur' beside 'Ehud Barak', 'Moshe Katzav'): the same person, named
without the -s, when the text names that person elsewhere (Dutch). German writes it on every
name ('die Thesen Ockhams', 'Brandauers Regierung'): a word whose form without the -s is a
person of the text or a surname the census gives and the word list holds no noun form of is
that person in the genitive; the span keeps its written form, and the entity is keyed on the
name (aliases.genitive_places), the written form its alias."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts.evidence import is_org_word
from newsfacts.facts.name_words import first_name, is_role, is_stop_word, surname
from newsfacts.facts.names import inflection
from newsfacts.facts.names.model import PER, Text
from newsfacts.facts.names.per_text import by_item
from newsfacts.facts.names.reading import Span
from newsfacts.facts.place_names import place_name, sure_genitive
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
MIN_NAME = 3  # letters of a name before its -s
LONE = frozenset(("initial", "lone word"))  # a word no evidence named yet ('Barak zei')
OPEN = frozenset(("initial", "lone word", "listed word", ""))  # no kind told yet
APOSTROPHES = frozenset(("'", "’"))  # glued to a name ending in a sibilant: its genitive
SIBILANTS = ("s", "ß", "x", "z")  # the endings of a name whose genitive is an apostrophe
TOLD = "short form"  # the evidence of a person's name the text gave before
OWNED = frozenset(("possessor",))  # evidence that read the word as a genitive ('Critchlows Stil')


def genitive_people(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans with each person's genitive form ('Baraks') named as the person ('Barak');
    in German, labelled the person, the form kept."""
    if getattr(words, "GENITIVE_S", False):
        return _german(spans, words)
    if not getattr(words, "GENITIVE_NAMES", False):
        return spans
    people = {
        s.text for _, _, s in spans if s.label == PER or (s.label is None and s.reason in LONE)
    }
    known = people | {p.split()[-1] for p in people if " " in p}
    return [(item, tokens, _ungenitive(s, known, words)) for item, tokens, s in spans]


def _ungenitive(s: Span, known: set[str], words: ModuleType) -> Span:
    """The span named without its -s, as a person, where that is a person of the text or a
    word it tells alone ('Barak zei'); no place ('Nederlands')."""
    last = s.text.split()[-1]
    if not last.endswith("s") or len(last) <= MIN_NAME:
        return s
    bare = s.text[:-1]
    if bare not in known and bare.split()[-1] not in known:
        return s
    if place_name(bare, words) is not None:
        return s  # 'Nederlands': the language, not Nederland's
    return replace(s, text=bare, label=PER)


def apostrophe_people(spans: list[Found], items: list[Text], words: ModuleType) -> list[Found]:
    """German writes a name ending in s, ß, x or z in the genitive with an apostrophe
    ('Lorenz' Nachfolger', 'ein Sprecher Lorenz''), which no common noun takes: a person the
    text names, there, is that person where no span read the word (a sentence's first)."""
    if not getattr(words, "GENITIVE_S", False):
        return spans
    people = known_people(spans)

    def told(text: str, tokens: list[Token], own: list[Span]) -> list[Span]:
        new = [
            Span(tokens[k].text, k, k + 1, PER, TOLD, None, False)
            for k in range(len(tokens) - 1)
            if tokens[k].text in people
            and tokens[k].text.endswith(SIBILANTS)
            and tokens[k + 1].text in APOSTROPHES
            and tokens[k + 1].start == tokens[k].end
            and not any(s.start <= k < s.end for s in own)
        ]
        return sorted(own + new, key=lambda s: s.start) if new else own

    return by_item(spans, items, told)


def _german(spans: list[Found], words: ModuleType) -> list[Found]:
    """German: a word in the genitive of a person's name, with no kind told yet or a person
    already ('Angela Brandauers'), labelled a person; a big city's genitive ('Hamburgs') as
    sure a place as the city."""
    people = known_people(spans)
    out = []
    for item, tokens, s in spans:
        after_article = s.start > 0 and tokens[s.start - 1].text.lower() in words.ARTICLES
        open_word = s.label is None and s.reason in OPEN and " " not in s.text
        if s.reason == "genitive" and sure_genitive(s.text, words):
            s = replace(s, reason="town")  # 'die Museen Hamburgs': a big city, for sure
        name = None if after_article else genitive_person(s, people, words)
        told = name is not None and name in people.values()  # 'Ockhams', 'Wilhelm Ockham'
        owned = told or _beside_noun(tokens, s, words)  # 'bei Harrods': no genitive
        if (
            name is not None
            and s.label != PER
            and owned
            and (open_word or told)
            and " " not in s.text
        ):
            s = replace(s, label=PER, reason="short form" if told else "surname")
        out.append((item, tokens, s))
    return out


def _beside_noun(tokens: list[Token], s: Span, words: ModuleType) -> bool:
    """A genitive's place: after the noun it belongs to ('die Thesen Kowalczyks') or before
    it, an adjective between ('Wendlers Regierung', 'Wendlers erstes Tor'), no firm's word
    ('Lloyds Bank')."""
    before = tokens[s.start - 1].text if s.start else ""
    if before.isalpha() and before[:1].isupper():
        return True
    after = [t.text for t in tokens[s.end : s.end + 2] if t.text.isalpha()]
    noun = next((w for w in after if w[:1].isupper()), "")
    return bool(noun) and not _firm(noun, words)


def genitive_slot(
    tokens: list[Token], s: Span, people: dict[str, str], name: str, words: ModuleType
) -> bool:
    """A person's name in -s read as a genitive: the text names them without it too, or the
    name stands in a genitive's place: after a noun that is no role ('die Thesen Klaus
    Brandauers'; 'Bischöfin Kirsten Fehrs' is an apposition, nominative) and not a full name
    ending a sentence, or before its noun ('Wendlers Regierung', 'Wendlers erstes Tor')."""
    last = s.text.split()[-1]
    if name in people.values() or last[:-1] in people:
        return True
    after = [t.text for t in tokens[s.end : s.end + 2]]
    if after and after[0][:1].isupper() and after[0].isalpha():
        return not _firm(after[0], words)
    between = len(after) == 2 and after[0].isalpha() and not is_stop_word(after[0], words)
    if between and after[1][:1].isupper() and after[1].isalpha() and not _firm(after[1], words):
        return True  # an adjective between
    before = tokens[s.start - 1].text if s.start else ""
    if not (before.isalpha() and before[:1].isupper()) or _role(before, words):
        return False
    return " " not in s.text or bool(after and after[0].isalpha())


def _role(word: str, words: ModuleType) -> bool:
    """A role word, also in its feminine form ('Bischöfin': 'Bischof')."""
    if is_role(word, words):
        return True
    stem = word.removesuffix("in")
    plain = stem.translate(str.maketrans("äöü", "aou"))
    return stem != word and (is_role(stem, words) or is_role(plain, words))


def _firm(word: str, words: ModuleType) -> bool:
    """An organisation word or legal form ('Bank', 'AG')."""
    return word in words.ORG_SUFFIXES or is_org_word(word, words)


def known_people(spans: list[Found]) -> dict[str, str]:
    """Each person the text names, and each one-word short form of one person only, with that
    person's full name ('Brandauer' -> 'Klaus Brandauer')."""
    full = {s.text for _, _, s in spans if s.label == PER}
    ends: dict[str, list[str]] = {}
    for name in full:
        if " " in name:
            ends.setdefault(name.split()[-1], []).append(name)
    return {
        **{n: n for n in full},
        **{end: names[0] for end, names in ends.items() if len(names) == 1},
    }


def genitive_person(s: Span, people: dict[str, str], words: ModuleType) -> str | None:
    """The person a span names in the genitive ('Ockhams' -> 'Ockham', 'Klaus Brandauers'
    -> 'Klaus Brandauer'), the text's full name of them where it gives one; or None: no -s, a
    name of its own with it ('Peters', 'Jonas'), a place ('Bremens'), an English plural."""
    last = s.text.split()[-1]
    if not _genitive_shape(last, words):
        return None
    bare, bare_last = s.text[:-1], last[:-1]
    if bare in people:
        return people[bare]  # 'Hamms' beside 'Lisa Hamm': hers, though a town has the name
    if bare_last in people:  # 'Heinrich Tormelds' beside 'Tormeld'
        return bare if " " in bare else people[bare]
    if place_name(last, words) is not None:
        return None  # 'Bremens'
    if s.reason in OWNED or _census_surname(bare_last, words) or _first_name(bare, words):
        return bare
    return None


def genitive_surname(word: str, words: ModuleType) -> bool:
    """A census surname in the genitive, no name of its own ('Ockhams'; not 'Peters')."""
    return (
        _genitive_shape(word, words)
        and place_name(word, words) is None
        and _census_surname(word[:-1], words)
    )


def _genitive_shape(word: str, words: ModuleType) -> bool:
    """A word that may be a name in the genitive: an -s the language writes so, after a name's
    letters; no name of its own with it ('Peters', 'Jonas'), no English plural ('Games')."""
    if not getattr(words, "GENITIVE_S", False):
        return False
    if not word.endswith("s") or word.endswith("ss") or len(word) <= MIN_NAME + 1:
        return False
    return not (surname(word) or first_name(word, words) or lexicon.is_common_word(word, "English"))


def _first_name(word: str, words: ModuleType) -> bool:
    """A first name alone the word list holds no noun form of and counts no everyday word
    ('Ottilie'; not 'Rose': 'Rosen', nor 'Anna')."""
    return (
        " " not in word
        and first_name(word, words)
        and inflection.uninflected(word, words)
        and not lexicon.is_frequent_word(word, words.NAME, words.FREQUENT_FROM)
    )


def _census_surname(word: str, words: ModuleType) -> bool:
    """A census surname the word list holds no noun form of and counts no everyday word
    ('Ockham'; not 'Krieg': 'Kriege', nor 'Wald'), no compound of its words."""
    return (
        surname(word)
        and inflection.uninflected(word, words)
        and not inflection.joins_words(word.lower(), words)
        and not lexicon.is_frequent_word(word, words.NAME, words.FREQUENT_FROM)
    )
