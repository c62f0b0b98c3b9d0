"""German runs of capitalised words that mix nouns and a name: German capitalises its nouns, so a
noun stands right before a name in apposition ('des Kaisers Nero', 'Sohn Murchad') and a name
right before the noun of the next phrase ('war Rée Gründungsmitglied', 'erhält Rosl Hilfe').
Such a run is no one name; when it reads as none, its words that are no noun for sure are read
again on their own, the noun beside them giving their kind (names/lone.py)."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import evidence
from newsfacts.facts.names.genitives import possessor
from newsfacts.facts.names.inflection import uninflected
from newsfacts.facts.names.listed_firms import LISTED
from newsfacts.facts.names.lone import noun_kind
from newsfacts.facts.names.model import PER
from newsfacts.facts.names.reading import Span, read_span
from newsfacts.facts.tokens import Token

MIN_LETTERS = 3  # a shorter capitalised word is no name read alone ('Ab')


def names_beside_nouns(
    text: str, tokens: list[Token], run: tuple[int, int], initial: bool, words: ModuleType
) -> list[Span]:
    """The names of a run that read as none whole, each read alone: those with no kind yet
    (the words around them give it, names/lone.py) or a person's ('Vorgänger Steinmeier');
    a place or body read so is mostly a longer name's word ('Cerro San Félix'). A word
    opening the run at a sentence's start or after an article is the noun's adjective or
    modifier ('Planierte Skipisten', 'der Milchbar Pinguin'), no name."""
    i, j = run
    opening = initial or (i > 0 and tokens[i - 1].text.lower() in words.ARTICLES)
    pieces = [(a, b) for a, b in name_pieces(tokens, i, j, words) if not (opening and a == i)]
    spans = [read_span(text, tokens, (a, b), False, words) for a, b in pieces]
    return [  # a listed company's name is its own ('den Herstellern Siemens')
        _by_noun(s, tokens, i, words)
        for s in spans
        if s is not None and (s.label in (None, PER) or s.reason == LISTED)
    ]


def _by_noun(s: Span, tokens: list[Token], i: int, words: ModuleType) -> Span:
    """A name with no kind yet that owns the noun after it ('Brians Sohn'), or after a noun of
    its run that gives a kind ('den Herstellern Siemens': a firm; 'Sohn Murchad': a person);
    else as read."""
    if s.label is None and s.end - s.start == 1 and possessor(tokens, s.start, words):
        return replace(s, label=PER, reason="possessor")  # 'von Brians Sohn': the owner
    if s.label is not None or s.start <= i:
        return s
    return replace(s, label=noun_kind(tokens[s.start - 1].text.lower(), words))


def name_pieces(tokens: list[Token], i: int, j: int, words: ModuleType) -> list[tuple[int, int]]:
    """The runs of words that may be names inside a run of nouns and names, where it holds
    both; none where it is all nouns or all names (where nouns are written small: none)."""
    if not words.CAPITALISED_NOUNS or not words.ANY_LISTED or j - i < 2:
        return []
    run = [t.text for t in tokens[i:j]]
    nouns = [_noun(w, words) for w in run]
    if all(nouns) or not any(nouns) or not _cuttable(run, nouns, words):
        return []
    pieces: list[tuple[int, int]] = []
    start = None
    for k in range(i, j + 1):
        named = k < j and not nouns[k - i]
        if named and start is None:
            start = k
        elif not named and start is not None:
            pieces.append((start, k))
            start = None
    return pieces


def _cuttable(run: list[str], nouns: list[bool], words: ModuleType) -> bool:
    """A run that is nouns beside names, not one long name: no word of another language
    ('New Orleans'), no article inside it (a heading glued to its sentence: 'Fauna Der'),
    no particle between names ('Ernest de Ganay'), no first name before a noun, which is
    its surname or a noble's title ('Irmingard Achter', 'Franz Freiherr Gedult')."""
    for k, word in enumerate(run):
        if _foreign(word, k == 0, words) or (k and word.lower() in words.ARTICLES):
            return False
        inner = 0 < k < len(run) - 1 and word in words.PARTICLES
        if inner and not nouns[k - 1] and not nouns[k + 1] and _name_head(run[k - 1], words):
            return False
        if (
            k + 1 < len(run)
            and evidence.first_name(word, words)
            and _surname_like(run[k + 1], words)
        ):
            return False
    return True


def _name_head(word: str, words: ModuleType) -> bool:
    """A word before a particle that opens a name ('Ernest de', 'Josef von'): a first name or
    a word the list lacks; a listed one is a noun ('Kommando von')."""
    return evidence.first_name(word, words) or not lexicon.is_word(word, words.NAME)


def _surname_like(word: str, words: ModuleType) -> bool:
    """A noun after a first name that is its surname or a title ('Achter', 'Freiherr'): a
    role, or a noun that is no frequent word ('Hilfe' is one: 'erhält Rosl Hilfe')."""
    if word in words.PARTICLES or not _noun(word, words):
        return False
    return evidence.is_role(word, words) or not lexicon.is_frequent_word(
        word, words.NAME, words.FREQUENT_FROM
    )


def _foreign(word: str, first: bool, words: ModuleType) -> bool:
    """An everyday English word that is no German noun by its forms ('New', 'Line', 'Boy'),
    or a small word of a name in another language ('of', 'di'); a stop word opening the run
    is the sentence's ('Die')."""
    if word in words.PARTICLES:
        return word.islower() and word not in words.JOINERS
    if first and evidence.is_stop_word(word, words):
        return False
    if not lexicon.is_common_word(word, "English"):
        return False
    return not (lexicon.is_word(word, words.NAME) and not uninflected(word, words))


def _noun(word: str, words: ModuleType) -> bool:
    """A word of a run that is a noun or small word for sure: a stop, role or organisation
    word, a particle, a noun's shape ('-ung'), a frequent word, or a listed word with a
    plural or case form of its own ('Hilfe', 'Sohn'); not a listed word with no noun form
    ('Nero', 'Merkel') nor an unlisted one that is no compound ('Rée')."""
    if word.isupper():
        return False  # 'Hartz IV', 'Mustafa S': a numeral, an initial, an acronym
    if word in words.PARTICLES or len(word) < MIN_LETTERS:
        return True
    if "'" in word or "’" in word:
        return False  # "d'Or": a name's word in another language
    if not word.isalpha():
        return not all(_name_part(p) for p in word.split("-"))  # 'Müller-Sönksen': a name
    if evidence.is_stop_word(word, words) or evidence.is_role(word, words):
        return True
    if evidence.is_org_word(word, words) or evidence.noun_shape(word, words):
        return True
    if evidence.has_evidence(word) or evidence.first_name(word, words):
        return False
    if lexicon.is_frequent_word(word, words.NAME, words.FREQUENT_FROM):
        return True
    if lexicon.is_word(word, words.NAME):
        return not uninflected(word, words)
    return evidence.ends_in_word(word.lower(), words)  # 'Gründungsmitglied': a compound


def _name_part(part: str) -> bool:
    """A part of a hyphenated name: a capitalised word ('Sönksen'), no digit."""
    return part[:1].isupper() and part.isalpha()
