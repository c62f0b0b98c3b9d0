"""Words around or opening a name in another language that tell its kind: an English firm's
last word ('France Telecom'), a building's word ('Teatro'), a saint's title ('San'), a noun for
a kind of body in apposition ('la empresa Petrobras'); the words come from each language's
word data (newsfacts/words)."""

from __future__ import annotations

from types import ModuleType

from newsfacts.words import split_words
from newsfacts.words.en import orgs

MIN_NOUN = 4  # letters of a body noun that ends a compound ('netwerkbedrijf')
# English last words of a firm's name, in news of every language ('France Telecom')
FIRM_ENDS = orgs.FIRM_ENDS | frozenset(
    split_words(
        "Telecom Telekom Airlines Airways Motors Bank Capital Media Communications Technologies "
        "Systems Energy Partners Securities Investments Insurance Brothers Electronics "
        "Pharmaceuticals Industries Enterprises Financial Ventures Studios Broadcasting"
    )
)


def saint_prefix(word: str, words: ModuleType) -> bool:
    """A saint's title that opens a place's name in the language ('San', 'Santa')."""
    return word in getattr(words, "SAINTS", frozenset())


def facility_head(word: str, words: ModuleType) -> bool:
    """A capitalised word for a building, square or street that opens its name ('Pabellón',
    'Teatro', 'Plaza'): the name is a place, though a person's name may follow."""
    return word[1:].islower() and word.lower() in getattr(words, "FACILITIES", frozenset())


def one_facility(run: list[str], words: ModuleType) -> bool:
    """A run opening with a place's word and one 'de' before a place: one name ('Sierra Nevada
    de Santa Marta', 'Plaza de España'); with a second 'de' the last place is its own ('Plaza
    de España de Sevilla')."""
    return facility_head(run[0], words) and sum(w in words.JOINERS for w in run) == 1


def body_noun(before: str, words: ModuleType) -> bool:
    """A noun in small letters for a kind of body right before a name, in apposition ('la
    empresa Petrobras', 'de bank Degroof'); in German and Dutch also a compound ending in one
    ('netwerkbedrijf', 'mediaholding')."""
    if not before.islower():
        return False
    nouns: frozenset[str] = getattr(words, "BODY_NOUNS", frozenset())
    if before in nouns:
        return True
    return bool(words.COMPOUNDS) and any(
        before.endswith(n) for n in nouns if len(n) >= MIN_NOUN and len(before) > len(n)
    )
