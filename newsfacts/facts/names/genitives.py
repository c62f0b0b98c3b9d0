"""German runs of capitalised words cut at a genitive: a town before a role ('Bremens
Bürgermeister Jens Böhrnsen'), an owner before a noun ('Critchlows Stil'), a place ending a
body's name ('Oberste Gerichtshof Kanadas'), an acronym before a noun ('das SWR Fernsehen')."""

from __future__ import annotations

from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import context, evidence
from newsfacts.facts.names import inflection
from newsfacts.facts.names.genitive_names import genitive_surname
from newsfacts.facts.names.reading import is_cap
from newsfacts.facts.tokens import Token


def genitive_runs(
    run: tuple[int, int], tokens: list[Token], words: ModuleType
) -> list[tuple[int, int]]:
    """A run cut after a place in the genitive before a role word ('Bremens Bürgermeister Jens
    Böhrnsen', 'von Erfurts Trainer Karsten Baumann'): the town, then the role's person."""
    i, j = run
    tail = [t.text for t in tokens[i + 2 : j]]  # 'TÜV Informationstechnik GmbH': one name
    named = any(w in words.ORG_SUFFIXES or evidence.is_org_word(w, words) for w in tail)
    if (j - i > 1 and possessor(tokens, i, words)) or (
        j - i > 1 and not named and _acronym_noun(tokens, i, words)
    ):
        return [(i, i + 1), (i + 1, j)]
    for k in range(i, j - 1):  # 'Druck Wendlers Bremen', 'Wendlers Parteifreund Kuhl'
        if genitive_surname(tokens[k].text, words) and not _firm_word(tokens[k + 1].text, words):
            first = _first_names(tokens, i, k, words)  # 'Jens Spahns Sprecher': one person
            return [r for r in ((i, first), (first, k + 1), (k + 1, j)) if r[1] > r[0]]
    if (
        j - i > 2
        and evidence.is_stop_word(tokens[i].text, words)
        and possessor(tokens, i + 1, words)
    ):
        return [(i, i + 1), (i + 1, i + 2), (i + 2, j)]  # 'Über Stanleys Geburtsdatum'

    if j - i > 1 and _genitive_last(tokens, i, j, words):
        return [(i, j - 1), (j - 1, j)]  # 'Oberste Gerichtshof Kanadas': the body, the country
    for k in range(i, j - 1):
        if evidence.genitive_place(tokens[k].text, words) and evidence.is_role(
            tokens[k + 1].text, words
        ):
            return [(i, k + 1), (k + 1, j)]
    return [run]


def _first_names(tokens: list[Token], i: int, k: int, words: ModuleType) -> int:
    """Where the first names before the surname at k open ('Jens Spahns', 'Anna Maria
    Wendlers'): the person's name runs from there to the surname, in the genitive."""
    while k > i and evidence.first_name(tokens[k - 1].text, words):
        k -= 1
    return k


def _acronym_noun(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """In German, an acronym before a noun of the language ('das SWR Fernsehen', 'die WUK
    Räumlichkeiten'): the body's name, then the noun it qualifies."""
    if not words.COMPOUNDS or not words.CAPITALISED_NOUNS or k + 1 >= len(tokens):
        return False
    noun = tokens[k + 1].text
    acronym = tokens[k].text
    if not evidence.is_acronym(acronym) or evidence.is_org_word(acronym, words):
        return False  # 'TSV Odenhausen', 'FC Schalke': a club's letters open its name
    return (
        noun[1:].islower()
        and lexicon.is_word(noun, words.NAME)
        and not lexicon.is_common_word(noun, "English")  # 'GNU General', 'JR West'
        and not evidence.is_org_word(noun, words)
        and not evidence.has_evidence(noun)
        and evidence.place_name(noun, words) is None
    )


def _genitive_last(tokens: list[Token], i: int, j: int, words: ModuleType) -> bool:
    """A run ending in a place in the genitive after a German word ('Kirche Sachsens'), not a
    place's own name ('Las Vegas', 'Kanton Glarus'), a surname ('Christoph Kolumbus', 'Naomi
    Halas') nor after an English word ('Three Lions')."""
    word = tokens[j - 1].text
    if not evidence.genitive_place(word, words) or evidence.has_evidence(word):
        return False  # 'Kolumbus': a name of its own, no genitive
    if context.subdivision(word, words):
        return False  # 'Glarus'
    whole = " ".join(t.text for t in tokens[i:j])
    before = tokens[j - 2].text
    return (
        evidence.place_name(whole, words) is None
        and not lexicon.is_common_word(before, "English")
        and not evidence.first_name(before, words)
    )


def possessor(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """In German, an unknown name in the genitive before a capitalised word ('Critchlows Stil',
    'Hardeknuts Halbbruder Sven'): the owner's name, a person's, ends there; no first name
    ('Andreas'), no article before it ('des Unternehmens Zukunft'), and a noun after it, no
    name nor organisation word ('Juventus Turin', 'Franzis Verlag', 'Nikolas Ledgerwood')."""
    word = tokens[k].text
    if not words.GENITIVE_S or k + 1 >= len(tokens) or not is_cap(tokens[k + 1]):
        return False
    if not word.endswith("s") or word.endswith("ss") or not word[:1].isupper():
        return False
    if k and tokens[k - 1].text.lower() in words.ARTICLES:
        return False
    owned = tokens[k + 1].text  # a noun of the language: 'Stil', not 'Turin', 'Ledgerwood'
    noun = lexicon.is_word(owned, words.NAME) or evidence.ends_in_word(owned.lower(), words)
    if not noun or evidence.is_org_word(owned, words):
        return False  # 'Hochzeitsfeier': a compound of the language's words is a noun too
    return (
        evidence.place_name(owned, words) is None
        and not evidence.first_name(owned, words)
        and not evidence.first_name(word, words)
        and (not lexicon.is_word(word, words.NAME) or _named(word[:-1], words))
        and not lexicon.is_common_word(word, "English")
        and (evidence.is_name_word(word[:-1], words) or inflection.surname(word[:-1], words))
        and evidence.place_name(word, words) is None
    )


def _named(word: str, words: ModuleType) -> bool:
    """A listed word that is a name without its -s: a first name's ('Melanies') or a
    surname's the census gives and the list holds no noun form of ('Brandauers Regierung')."""
    return evidence.first_name(word, words) or inflection.surname(word, words)


def _firm_word(word: str, words: ModuleType) -> bool:
    """An organisation word or legal form: what follows a firm's name ('Lloyds Bank')."""
    return word in words.ORG_SUFFIXES or evidence.is_org_word(word, words)
