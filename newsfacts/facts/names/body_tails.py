"""A German body's name with the tail that says what it is for: its word for a body, then 'für',
'zur' or 'zum' and the nouns of its field joined by 'und' and commas, and a genitive that names
whose it is ('Niedersächsisches Ministerium für Wissenschaft und Kultur', 'Stiftung zur Pflege
der Heimatkunde', 'Fachhochschule für Technik und Gestaltung des Landes Brandenburg'): one name.

The body word is singular (plurals, 'Gesellschaften für Logistik', are bodies of a kind) and no
indefinite article or number stands before it ('eine Schule für Blinde': a kind of school).
"""

from __future__ import annotations

import functools
from collections.abc import Iterator
from types import ModuleType
from typing import NamedTuple

from newsfacts import lexicon
from newsfacts.facts import evidence
from newsfacts.facts.name_words import place_shaped
from newsfacts.facts.names.english_bodies import english_word
from newsfacts.facts.names.model import ORG, PER
from newsfacts.facts.names.plurals import plural_noun
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

SINGULAR = ("", "s", "es")  # a body word's endings in the singular (the genitive's 's')
GENITIVES = frozenset(("des", "der"))
LIST_MARKS = frozenset((",", "und"))
HYPHENS = frozenset(("-", "‐"))
INFINITIVE = "n"  # a verb's infinitive ends so ('bauen', 'handeln')
PARTICIPLE = "d"  # added to an infinitive, its present participle ('bauend')
NOMINAL = "es"  # an adjective's ending when it is a noun ('Inneres', 'Soziales')
SHOWN = "organisation word"  # a name whose opening the reader showed ('Bayerisches Amt für …')
UNSHOWN = "loose organisation word"  # a body word and its tail alone ('Zentrum für …')
FRAGMENT = ""  # org_cues.NO_NAME: words a cue says are no name, in their place


def body_tails(
    tokens: list[Token], old: list[Span], words: ModuleType
) -> Iterator[tuple[int, int, str]]:
    """Each body's name with its tail, from its first word to the tail's last."""
    links: frozenset[str] = getattr(words, "BODY_LINKS", frozenset())
    links_for = getattr(words, "BODY_LINK", "")
    heads: tuple[str, ...] = tuple(getattr(words, "TAIL_HEADS", ()))
    if not links or not heads:
        return
    read = _Read.of(old)
    for k in range(len(tokens) - 2):
        if tokens[k + 1].text not in links or not _head(tokens[k].text, heads):
            continue
        tail = _tail_end(tokens, k + 2, read, words)
        if tail is None or (tokens[k + 1].text != links_for and not tail[1]):
            continue  # 'die Stiftung zur Verfügung stellen': 'zur' opens a name's tail with
            # its genitive only ('Verein zur Förderung der Heimatkunde')
        opening = read.openings.get(k + 1)
        start = k if opening is None else opening.start
        shown = opening is not None and opening.reason in evidence.SHOWN
        if shown and (tokens[k + 1].text != links_for or _purpose(tokens, k + 2, tail[0], words)):
            continue  # 'der Europäischen Kommission zur Umsetzung des …', 'der NÖ Jagdverband
            # für gute Rahmenbedingungen': a whole name already, then what it does or wants
        if _definite(tokens, start, words):
            yield start, tail[0], SHOWN if shown else UNSHOWN
            if not tail[1]:
                yield from _fragments(tokens, tail[0], read, words)


def _head(word: str, heads: tuple[str, ...]) -> bool:
    """A capitalised word for a body in the singular ('Staatsministerium', 'Bundesamt',
    'Instituts'), or a compound ending in one."""
    if not word[:1].isupper() or not word.isalpha() or word.isupper():
        return False
    lower = word.lower()
    return any(lower.endswith(h + end) for h in heads for end in SINGULAR)


def _purpose(tokens: list[Token], k: int, end: int, words: ModuleType) -> bool:
    """A small adjective before a noun in the plural in the tail from k to end ('für gute
    Rahmenbedingungen'): what a body asks for, no field of its name ('für ländliche
    Entwicklung')."""
    return any(
        _adjective(tokens[m].text, words) and _plural(tokens[m + 1].text, words)
        for m in range(k, end - 1)
    )


def _plural(word: str, words: ModuleType) -> bool:
    """A noun in the plural: one the plurals' test reads so ('Rahmenbedingungen'), or a noun in
    -e, or a compound ending in one, with its plural's -n ('Mieten', 'Fangquoten')."""
    if plural_noun(word, words):
        return True
    stem = word.removesuffix("n")
    if stem == word or not stem.endswith("e"):
        return False
    return lexicon.is_word(stem, words.NAME) or evidence.ends_in_word(stem.lower(), words)


def _fragments(
    tokens: list[Token], end: int, read: _Read, words: ModuleType
) -> Iterator[tuple[int, int, str]]:
    """The fields of a list the tail could not read to its 'und' ('für Jugend, Familie und
    Alter': 'Familie', 'Alter'): no names of their own, each in its place (the reason ''); none
    when a person or a shown name stands among them (a list of names after the body's)."""
    fields: list[tuple[int, int]] = []
    k = end
    while k + 1 < len(tokens) and tokens[k].text in LIST_MARKS:
        nxt = _noun_group(tokens, k + 1, words)
        if nxt is None and _noun(tokens[k + 1].text, words):
            nxt = k + 2  # the word the tail stopped at ('Alter' read as an adjective)
        if nxt is None or any(m in read.shown for m in range(k + 1, nxt)):
            return
        fields.append((k + 1, nxt))
        if tokens[k].text == "und":
            yield from ((i, j, FRAGMENT) for i, j in fields)
            return
        k = nxt


class _Read(NamedTuple):
    """What the reader found, by token, read once for a text (a long list stays linear)."""

    people: frozenset[int]  # the tokens of people's names
    shown: frozenset[int]  # the tokens of people's names and names on shown evidence
    openings: dict[int, Span]  # by its end, an organisation's name the body word may end
    ends: dict[int, int]  # by its start, the furthest end of a name of no person

    @classmethod
    def of(cls, old: list[Span]) -> _Read:
        """A name's opening ends in the body word ('Bayerisches Staatsministerium'): without
        one the name opens with the body word."""
        people = frozenset(k for s in old if s.label == PER for k in range(s.start, s.end))
        shown = people | {
            k for s in old if s.reason in evidence.SHOWN for k in range(s.start, s.end)
        }
        openings: dict[int, Span] = {}
        ends: dict[int, int] = {}
        for s in old:
            if s.label == ORG and s.end > s.start:
                openings.setdefault(s.end, s)
            if s.label not in (None, PER):
                ends[s.start] = max(ends.get(s.start, s.end), s.end)
        return cls(people, frozenset(shown), openings, ends)


def _definite(tokens: list[Token], start: int, words: ModuleType) -> bool:
    """No indefinite article or number right before the name ('eine Schule für …', '3
    Institute für …')."""
    if start == 0:
        return True
    before = tokens[start - 1].text
    lower = before.lower()
    indefinite = lower in words.ARTICLES and lower not in words.NAMING_ARTICLES
    return not (indefinite or before[:1].isdigit())


def _tail_end(
    tokens: list[Token], k: int, read: _Read, words: ModuleType
) -> tuple[int, bool] | None:
    """Where the tail from k ends: nouns of a field ('Unterricht und Kultus', 'Umwelt,
    Naturschutz und Reaktorsicherheit', 'politische Bildung'), then a genitive ('des Landes
    Brandenburg', 'der Heimatkunde'); and whether it ends in that genitive. None when no noun
    follows."""
    end = _noun_group(tokens, k, words)
    if end is None:
        return None
    listed: bool | None = None  # whether the list of fields after the commas reaches its 'und'
    while end + 1 < len(tokens) and tokens[end].text in LIST_MARKS:
        nxt = _noun_group(tokens, end + 1, words)
        if nxt is None or end + 1 in read.people:  # a person after 'und': no field
            break
        if tokens[end].text == "und":
            listed = None  # a new list may follow ('für A und B, C und D')
        elif listed is None:
            listed = _listed_on(tokens, nxt, words)  # once a list: each comma's answer is one
        if tokens[end].text == "," and not listed:
            break  # 'für Kultur, Bildung …' with no 'und' after: no list of fields
        end = nxt
    if end + 1 < len(tokens) and tokens[end].text in GENITIVES:
        genitive = _genitive(tokens, end + 1, read, words)
        if genitive is not None:
            return genitive, True
    return end, False


def _noun_group(tokens: list[Token], k: int, words: ModuleType) -> int | None:
    """A capitalised noun at k, after at most one small adjective ('politische Bildung') or a
    capitalised one ('Bildende Kunst'), or two capitalised English words ('Corporate
    Governance'): the index after it, or None (and None for a capitalised adjective with no
    noun after it, a name read only in part: 'Hochschule für Bildende …')."""
    if k < len(tokens) and _adjective(tokens[k].text, words):
        k += 1
    if k >= len(tokens) or not _noun(tokens[k].text, words):
        return None
    pair = k + 1 < len(tokens) and _noun(tokens[k + 1].text, words)
    pair = pair and tokens[k + 1].start - tokens[k].end <= 1
    if _capital_adjective(tokens[k].text, words):
        return k + 2 if pair else None
    if pair and english_word(tokens[k].text) and english_word(tokens[k + 1].text):
        return k + 2
    if k + 1 < len(tokens) and tokens[k + 1].text in HYPHENS and _truncated(tokens, k + 1):
        return k + 2  # 'Medien- und Kommunikationspolitik': the list goes on after the hyphen
    return k + 1


def _capital_adjective(word: str, words: ModuleType) -> bool:
    """An adjective with a capital inside a name ('Bildende', 'Sozialer'); not one used as a
    noun ('Inneres', 'Soziales'), nor a verb's infinitive used as one ('Bauen', 'Wohnen')."""
    lower = word.lower()
    if word.endswith(NOMINAL) or _infinitive(lower, words):
        return False
    return evidence.is_adjective(lower, words)


def _infinitive(word: str, words: ModuleType) -> bool:
    """A verb's infinitive: the list holds its present participle, the infinitive and 'd'
    ('bauen': 'bauend', 'handeln': 'handelnd'); no adjective's form has one ('neuen')."""
    return word.endswith(INFINITIVE) and lexicon.is_word(word + PARTICIPLE, words.NAME)


def _truncated(tokens: list[Token], k: int) -> bool:
    """A hyphen glued to the word before it, then 'und' ('Medien- und …')."""
    return (
        tokens[k].start == tokens[k - 1].end
        and k + 1 < len(tokens)
        and tokens[k + 1].text in LIST_MARKS
    )


def _adjective(word: str, words: ModuleType) -> bool:
    """A small adjective before a field's noun ('politische', 'neue'), no article ('den')."""
    return word not in _small(words) and evidence.is_adjective(word, words)


@functools.cache
def _small(words: ModuleType) -> frozenset[str]:
    """The language's articles, prepositions and conjunctions."""
    return frozenset(words.ARTICLES | words.PREPOSITIONS | words.CONJUNCTIONS)


def _noun(word: str, words: ModuleType) -> bool:
    """A capitalised word inside a sentence that may be a field's noun ('Kultus', 'Musik',
    'SED-Diktatur'): no acronym, article or preposition ('Die Zeit'), nor legal form. (Not the
    stop list's test: it holds nouns, 'Musik'.)"""
    if not word[:1].isupper() or not word.replace("-", "").isalpha() or word.isupper():
        return False
    return word.lower() not in _small(words) and word not in words.ORG_SUFFIXES


def _listed_on(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """Whether a list of nouns after a comma goes on to its 'und' ('Umwelt, Naturschutz und
    Reaktorsicherheit')."""
    while k + 1 < len(tokens) and tokens[k].text in LIST_MARKS:
        if tokens[k].text == "und":
            return _noun_group(tokens, k + 1, words) is not None
        nxt = _noun_group(tokens, k + 1, words)
        if nxt is None:
            return False
        k = nxt
    return False


def _genitive(tokens: list[Token], k: int, read: _Read, words: ModuleType) -> int | None:
    """The genitive's words from k: a noun ('der Heimatkunde', 'der Vereinten Nationen', 'des
    Green Deal'), a name ('des Saarlandes'), or a noun and the name after it ('des Landes
    Brandenburg'); the index after them, or None."""
    if k >= len(tokens) or k in read.people:
        return None
    group = _noun_group(tokens, k, words)
    if group is None or not tokens[k].text[:1].isupper():
        return None
    end = read.ends.get(k, group)
    if end > k + 1 or end >= len(tokens) or tokens[end].start - tokens[k].end > 1:
        return end
    after = read.ends.get(end, end)
    if after == end and _noun(tokens[end].text, words) and place_shaped(tokens[end].text, words):
        after = end + 1  # 'des Landes Ostfriesland': a place's name the gazetteer lacks
    return after
