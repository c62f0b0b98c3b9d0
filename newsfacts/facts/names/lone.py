"""Lone unknown words told once, in a language whose word list lists names among its words
(German): one capitalised word that no list knows, no compound and no noun's shape, is a name
when the words around it say so, and they also give its kind. A noun stands after an article or
an adjective ('die dramatische Lage'); a name after a verb ('lebte Olympias'), opening a
sentence ('Papusza erzählt'), after a word for a place or a person ('Dorf Weitingen', 'Tante
Cilli') or in a list beside a name of a kind ('Gudme und Lundborg'). A word ending as towns do
('Pfrondorf') is a place where the words before it only say 'a name'; one with a noun's ending
('Verramschung') is none. Where nouns are written small (Dutch), a verb or an article stands
before any noun too: only a noun of a kind right before the word ('zijn broer Idris', 'de stad
Lirna') or a list beside a name of a kind ('Aegon, Deutsche Bank en Citigroup') makes it a name
there. Kept with a low confidence: the table does not show them.
"""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import evidence
from newsfacts.facts.name_words import first_name, place_shaped
from newsfacts.facts.name_words import surname as census_surname
from newsfacts.facts.names.common_nouns import (
    common_noun,
    frequent_first_name,
    holds_noun,
    noun_after,
)
from newsfacts.facts.names.inflection import english, loose_name, surname, uninflected
from newsfacts.facts.names.model import LOC, ORG, PER, Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token
from newsfacts.words.de import LIST_LINKS as LISTING

Found = tuple[Text, list[Token], Span]
LONE = "lone word"
LISTED = "listed word"  # a word the list holds: a name only in a list of names
OPEN = frozenset((LONE, "initial"))  # inside a sentence, or opening one ('Papusza erzählt')
MIN_STEM = 3  # letters a noun's stem has more than, before a woman's ending ('Literat|in')
MIN_LETTERS = 3  # a shorter word opening a sentence is a small word ('Ja')
WEAK = frozenset((LONE, "capitals", "surname"))  # evidence a list's kind does not rest on
KINDS = {"person": PER, "organization": ORG, "place": LOC}
TOWN = "town"  # evidence.SHOWN: a place by the noun before it or a town's shape, inside a sentence
SENTENCE_START = frozenset((".", "!", "?", ":", ""))


def lone_words(spans: list[Found], words: ModuleType) -> list[Found]:
    """Lone unknown words labelled by the words before them, then by their list's names."""
    if not getattr(words, "LONE_ONCE", False):
        return spans
    out = [_village_person(_by_context(found, words), words) for found in spans]
    for chain in _lists(out):
        kind = _list_kind([out[n][2] for n in chain])
        for n in chain:
            item, tokens, s = out[n]
            if kind is not None and (_open(s, tokens, words) or s.reason == LISTED):
                if kind == PER and s.reason == LISTED and not uninflected(s.text, words):
                    continue  # 'saßen Malerinnen und Konrad Adenauer': a noun, no one
                if s.reason == LISTED and common_noun(s.text, words):
                    continue  # 'Stiefel und Schutzanzüge': a noun by its shape, listed or not
                out[n] = (item, tokens, replace(s, label=kind))
    return [_noun_after(_named(found, words), words) for found in out]


def _noun_after(found: Found, words: ModuleType) -> Found:
    """A one-word person on weak evidence that the list holds, after an article or an adjective
    ('heiße Sommer'): a noun, no one."""
    item, tokens, s = found
    if s.label == PER and s.reason == "capitals" and holds_noun(s.text, words):
        return (item, tokens, replace(s, label=None))  # 'Lyon Eisenkerne', 'Lage Montrevaux'
    if s.label != PER or s.reason not in WEAK | OPEN or " " in s.text or not s.start:
        return found
    if not noun_after(s.text, tokens[s.start - 1].text, words):
        return found
    return (item, tokens, replace(s, label=None))


def _village_person(found: Found, words: ModuleType) -> Found:
    """A village's name the gazetteer holds, said alone where a lone name is a person's (after a
    verb or a word for a person: 'hatte Gallus', 'sich Obama'), not after a preposition nor
    shaped as towns are ('Rheinhausen'): a person, as German news names one there."""
    item, tokens, s = found
    if s.reason != "capitals" or s.label != LOC or " " in s.text or not s.start:
        return found
    if place_shaped(s.text, words) or not _name_shaped(s.text, words):
        return found
    if lexicon.is_word(s.text, words.NAME) and not uninflected(s.text, words):
        return found  # 'dass Löhne', 'hatte Mut': a noun with its forms, though a town's name
    before = tokens[s.start - 1].text
    if before.lower() in getattr(words, "PREPOSITIONS", ()) or not before.isalpha():
        return found
    if kind_before(before, words) != PER:
        return found
    return (item, tokens, replace(s, label=PER))


def _named(found: Found, words: ModuleType) -> Found:
    """A lone word no context gave a kind that is a first name or a surname of the countries
    the language's news names ('Caroline', 'Amundsen'): a person."""
    item, tokens, s = found
    if not _open(s, tokens, words):
        return found
    listed = lexicon.is_word(s.text, words.NAME)  # 'Ware': a noun first, though a surname
    known = (first_name(s.text, words) and not frequent_first_name(s.text, words)) or (
        not listed and (surname(s.text, words) or census_surname(s.text))
    )
    return (item, tokens, replace(s, label=PER)) if known else found


def _open(s: Span, tokens: list[Token], words: ModuleType) -> bool:
    """A lone word with no kind yet that can be a name at all."""
    return s.reason in OPEN and s.label is None and _name_shaped(s.text, words)


def _name_shaped(word: str, words: ModuleType) -> bool:
    """A word that may be a name: letters only, not in capitals, no everyday noun ('Ende'),
    no English word ('Technology', 'Captain')."""
    return (
        word.isalpha()
        and len(word) >= MIN_LETTERS
        and not word.isupper()
        and word not in words.EVERYDAY_NOUNS
        and not lexicon.is_common_word(word, "English")
        and not (words.CAPITALISED_NOUNS and word.lower().endswith(_long_endings(words)))
        and not _inflected_word(word, words)
        and not common_noun(word, words)  # 'Frühgotik', 'Hinterwäldler'
    )


def _inflected_word(word: str, words: ModuleType) -> bool:
    """A plural of an English word ('Slowdowns') or, where nouns are capitalised, a woman's
    form of a listed noun ('Literatin', 'Architektinnen'): a noun, no name ('Kerstin' is a
    first name)."""
    if english(word):
        return True
    if not words.CAPITALISED_NOUNS or first_name(word, words):
        return False
    stem = word.removesuffix("nen").removesuffix("in")
    return stem != word and len(stem) > MIN_STEM and lexicon.is_word(stem, words.NAME)


def _long_endings(words: ModuleType) -> tuple[str, ...]:
    """The language's noun endings of three letters or more ('-ung', '-heit'; not '-ik', which
    ends names too: 'Malvik')."""
    return tuple(end for end in words.NOUN_ENDINGS if len(end) >= MIN_LETTERS)


def _by_context(found: Found, words: ModuleType) -> Found:
    """A lone word labelled by the word right before it, where that tells its kind."""
    item, tokens, s = found
    if s.reason == LISTED and s.label is None:
        return _listed_person(found, words)
    if not _open(s, tokens, words):
        return found
    before = tokens[s.start - 1].text if s.start else ""
    kind = kind_before(before, words) or (PER if _owner(s.text, before, words) else None)
    if kind == KINDS[words.LONE_KIND] and place_shaped(s.text, words):
        kind = LOC  # 'lebte Immenstadt' is rare; 'kam aus Pfrondorf': a town's shape
    if kind == LOC and before not in SENTENCE_START:  # 'die Häuser Eyach', 'kam Pfrondorf':
        return (item, tokens, replace(s, label=kind, reason=TOWN))  # a town, shown
    return (item, tokens, replace(s, label=kind)) if kind else found


def _listed_person(found: Found, words: ModuleType) -> Found:
    """A 'listed word' span that is a name's by its forms (the list lacks it and it has no noun
    form: 'Zwehring') or a surname Faker knows ('Schröder') is a person after a word that
    leaves it a subject or an object ('hatte Zwehring', 'Bruder Zwehring'); not after a
    preposition, where a bare noun stands ('mit Efeu'). A listed noun with no plural ('Schnee')
    is none."""
    item, tokens, s = found
    if s.initial:
        return _listed_subject(found, words)
    before = tokens[s.start - 1].text if s.start else ""
    if _listed_after(tokens, s.end):
        return found  # 'wie Bosch, Siemens und Ratepay': the list's names decide its kind
    if (
        before.lower() in getattr(words, "PREPOSITIONS", ())
        or not before.isalpha()
        or len(s.text) < MIN_LETTERS
    ):
        return found
    if (
        not (_unlisted_name(s.text, words) or surname(s.text, words))
        or kind_before(before, words) != PER
    ):
        return found
    return (item, tokens, replace(s, label=PER))


def _listed_after(tokens: list[Token], end: int) -> bool:
    """A list word and a capitalised word after a name: the name opens a list ('Bosch,
    Siemens'; not 'Sullivan, der ...')."""
    after = [t.text for t in tokens[end : end + 2]]
    return len(after) == 2 and after[0] in LISTING and after[1][:1].isupper()


def _unlisted_name(word: str, words: ModuleType) -> bool:
    """A word the list lacks, only shaped like a compound of its words ('G|hering'), with no
    noun form: a name's. A listed one ('Schnee', 'Zukunft') may be a noun with no plural."""
    return not lexicon.is_word(word, words.NAME) and loose_name(word, words)


def _owner(word: str, before: str, words: ModuleType) -> bool:
    """An unknown word in the genitive right after a noun is its owner, a person ('der Sieg
    Quarnicks', 'die Aussagen Tormelds'); where names take a genitive '-s' (German)."""
    return (
        bool(words.GENITIVE_S)
        and word.endswith("s")
        and not word.endswith("ss")
        and not lexicon.is_common_word(word[:-1], "English")  # 'Tickets', 'Fonts': English plurals
        and before[:1].isupper()
        and before.isalpha()
        and lexicon.is_word(before, words.NAME)
        and not loose_name(before, words)
    )


def _listed_subject(found: Found, words: ModuleType) -> Found:
    """A surname the word list also holds opening a sentence before a small word is its
    subject ('Huber agierte', 'Schröder ist'); before a noun or a name it is no one's."""
    item, tokens, s = found
    after = tokens[s.end].text if s.end < len(tokens) else ""
    if not after.isalpha() or not after.islower() or after in words.ARTICLES:
        return found
    return (item, tokens, replace(s, label=PER))


def kind_before(before: str, words: ModuleType) -> str | None:
    """The kind of a lone name the word before it gives: a word for a place or a person ('Dorf',
    'Tante'), a small word the language's list ties to a kind ('bei', 'mit'), a verb or a
    sentence's end (the language's usual kind); none after an article, an adjective, a list
    word (the list decides) or a word of another language ('of', 'della')."""
    low = before.lower()
    if before[:1].isupper():
        return noun_kind(low, words)
    if low in getattr(words, "LONE_UNTOLD", ()):
        return None  # 'auch Kreisel': a focus particle, before a phrase of any kind
    if low in words.LONE_BEFORE:
        return KINDS[words.LONE_BEFORE[low]]
    if not words.CAPITALISED_NOUNS:
        return noun_kind(low, words)  # 'zijn broer Idris': where nouns are written small,
        # only a noun of a kind tells one (its verbs and articles stand before any noun too)
    if before in (".", "!", "?", ":", ""):
        return KINDS[words.LONE_KIND]
    if not before[:1].isalpha() or low in LISTING or low in words.ARTICLES:
        return None
    if evidence.is_adjective(low, words) or not lexicon.is_word(low, words.NAME):
        return None
    return KINDS[words.LONE_KIND]


INFLECTED = ("", "n", "s", "en", "es", "ern")  # a noun's case and plural endings


def noun_kind(low: str, words: ModuleType) -> str | None:
    """The kind the noun before a name gives: a place's, a person's, a firm's ('Gemeinde',
    'Familie', 'Autozulieferer')."""
    if low.endswith(words.PLACE_NOUNS):
        return LOC
    if any(low.removesuffix(end).endswith(words.PERSON_NOUNS) for end in INFLECTED):
        return PER  # 'Sohn Murchad', 'des Onkels Gallus'
    if any(low.removesuffix(end).endswith(words.ORG_NOUNS) for end in INFLECTED):
        return ORG  # 'den Herstellern Alstom', 'des Konzerns': the noun's inflected forms too
    if any(evidence.is_role(low.removesuffix(end), words) for end in INFLECTED):
        return PER  # 'Bäderleiter Quarn', 'Frau Quarn', 'des Kaisers Nero'
    return None


def _lists(spans: list[Found]) -> list[list[int]]:
    """The runs of names of one text joined by commas and 'und' ('Hokkala, Kumpula und
    Oikari'), as indexes into the spans, of two names or more."""
    chains: list[list[int]] = []
    for n, (_, tokens, s) in enumerate(spans):
        if chains and n - 1 == chains[-1][-1] and spans[n - 1][1] is tokens:
            o = spans[n - 1][2]
            if o.end == s.start - 1 and tokens[o.end].text in LISTING:
                chains[-1].append(n)
                continue
        chains.append([n])
    return [c for c in chains if len(c) > 1]


def _list_kind(spans: list[Span]) -> str | None:
    """The kind of a list's names: its first name on firm evidence, else its first labelled
    one (a list names things of one kind)."""
    labelled = [s for s in spans if s.label is not None]
    firm = [s for s in labelled if s.reason not in WEAK]
    return (firm or labelled)[0].label if labelled else None
