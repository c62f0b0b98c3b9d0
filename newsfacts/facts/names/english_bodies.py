"""English bodies' names inside German text, which a German article before them hides from
the span reader's rules ('die Philadelphia Flyers', 'des California Institute of Technology',
'der Champions League'): an English organisation word ending a run of capitalised words, or
opening it before 'of', or a town and an English plural ('Detroit Red Wings') or club's word
('Northampton Town') makes the run a body; English everyday words with no such word are a
title more often than a body ('Till Night Ends')."""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import evidence
from newsfacts.facts.name_words import big_town
from newsfacts.facts.names.model import ORG
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token
from newsfacts.words.en.orgs import LEGAL_SUFFIXES

LINKS = frozenset(("of", "for", "on"))  # small words after an English body's word ('Bank of')
CLUB_ENDS = frozenset(("Town", "City", "County"))  # an English club's word after its town
TEAM_TAIL = 2  # English words at most after a town in a team's name ('Red Wings')
ENGLISH = "English"
UNSHOWN = "loose organisation word"  # evidence the table does not show (evidence.SHOWN)


def _linked(tokens: list[Token], i: int, j: int, words: ModuleType) -> bool:
    """'of', 'for' or 'on' between an English organisation word and a capitalised word, or
    'and' after such a link ('Council on Security and Development')."""
    if j + 1 >= len(tokens) or not tokens[j + 1].is_cap:
        return False
    if tokens[j].text in ("and", "&"):
        english = english_word(tokens[j - 1].text) and english_word(tokens[j + 1].text)
        return english or any(t.text in LINKS for t in tokens[i:j])  # 'Agriculture and'
    return tokens[j].text in LINKS and tokens[j - 1].text in words.ENGLISH_BODY_ENDS


def _runs(tokens: list[Token], words: ModuleType) -> Iterator[tuple[int, int]]:
    """Runs of capitalised words with an English name's small words inside ('Bank of')."""
    i = 0
    while i < len(tokens):
        if not tokens[i].is_cap:
            i += 1
            continue
        j = i + 1
        while j < len(tokens) and tokens[j].start - tokens[j - 1].end <= 1:
            if tokens[j].is_cap:
                j += 1
            elif _linked(tokens, i, j, words):
                j += 2
            else:
                break
        yield i, j
        i = j


def english_bodies(tokens: list[Token], words: ModuleType) -> Iterator[tuple[int, int, str]]:
    """English bodies' names: an organisation word last ('Dave Matthews Band'), or first
    before 'of' ('Institute of Technology'), or a town and an English plural ('Chicago
    Bulls')."""
    ends: frozenset[str] = words.ENGLISH_BODY_ENDS
    for i, j in _runs(tokens, words):
        while i < j and function_word(tokens[i].text, words):
            i += 1  # 'Die', 'Im' opening the sentence
        while j - i > 1 and _describing(tokens, i, j, words):
            i += _describing(tokens, i, j, words)  # 'Spartensender', 'New Yorker' before it
        k = max((k for k in range(i + 1, j) if tokens[k].text in ends), default=-1)
        if k < 0 and _linked(tokens, i, i + 1, words) and _first_word(tokens, i + 1):
            k = i  # 'Council on Foreign Relations': the body's word first (not before '&' or
            # 'and', 'Ernst & Young': a firm's names, whole)
        if k >= i and _english_head(tokens, i, k + 1, words):
            end = _of_end(tokens, k + 1, j)
            if end < len(tokens) and tokens[end].text in LEGAL_SUFFIXES:
                end += 1  # 'Pharmaceutical Industries Ltd': the legal form is the name's
            yield i, end, UNSHOWN  # kept, not shown: its words may name a work too
            continue
        team = _team(tokens, i, j, words)
        if team:
            yield i, team, "organisation word"


def _first_word(tokens: list[Token], j: int) -> bool:
    """A link after a body's first word: 'of', 'for', 'on', or '& Co' ('Netflix & Co': the
    firm and its like, the firm alone)."""
    co = j + 1 < len(tokens) and tokens[j].text == "&" and tokens[j + 1].text.rstrip(".") == "Co"
    return tokens[j].text in LINKS or co


def _english_head(tokens: list[Token], i: int, j: int, words: ModuleType) -> bool:
    """Words before an English organisation word that are a name's: no German function or
    role word, and not all of them German words ('Deutsche Band')."""
    before = [t.text for t in tokens[i : j - 1] if t.text not in LINKS]
    if not before:
        return True  # 'Council on ...': the English link says the name is English
    if any(evidence.is_role(w, words) or function_word(w, words) for w in before):
        return before[0] == "The" and len(before) > 1
    return not all(lexicon.is_word(w, words.NAME) and not english_word(w) for w in before)


def _describing(tokens: list[Token], i: int, j: int, words: ModuleType) -> int:
    """How many words open the run that describe the name after them: a German firm's noun,
    organisation or role word ('Spartensender'), or a town's adjective ('New Yorker')."""
    word = tokens[i].text
    if word.lower().endswith(tuple(words.ORG_NOUNS)) or evidence.is_role(word, words):
        return 0 if english_word(word) else 1
    last = word.rpartition("-")[2]
    if "-" in word and lexicon.is_word(last, words.NAME) and not english_word(last):
        return 1  # 'Journalismus-Plattform News+': a German compound, the name's description
    for n in (1, 2):
        adjective = " ".join(t.text for t in tokens[i : i + n])
        town = adjective[: -len(words.TOWN_ADJECTIVE[0])]
        if i + n < j and adjective.endswith(tuple(words.TOWN_ADJECTIVE)) and big_town(town):
            return n  # (a big town's: 'Bauer Media Group' is named for no town 'Bau')
    return 0


def function_word(word: str, words: ModuleType) -> bool:
    """A German article, preposition or other function word ('Die', 'Im', 'Auch'); not one
    English writes too ('San', 'New' are on German's stop list)."""
    lower = word.lower()
    if lower in words.ARTICLES or lower in words.PREPOSITIONS:
        return True
    return evidence.is_stop_word(word, words) and not english_word(word)


def _of_end(tokens: list[Token], k: int, j: int) -> int:
    """Where a body's name ends: after 'of' and its words ('Institute of Technology')."""
    return j if k < j and tokens[k].text in LINKS else k


def _team(tokens: list[Token], i: int, j: int, words: ModuleType) -> int:
    """The end of a town and one or two English words, the last a plural ('Detroit Red
    Wings', 'San Antonio Spurs'): a team; 0 when the run is none, or when a preposition
    stands right before the town and the plural is a German word too ('in Hamburg Tickets',
    'für Köln Fans': the town, then the noun; a team takes an article, 'bei den Bulls'; a
    club's word may go without, 'an Stoke City')."""
    placed = i > 0 and tokens[i - 1].text.lower() in words.PREPOSITIONS
    last = tokens[j - 1].text
    if placed and last not in CLUB_ENDS and lexicon.is_word(last, words.NAME):
        return 0
    for tail in range(1, TEAM_TAIL + 1):
        k = j - tail
        if k <= i or any(t.text in LINKS for t in tokens[i:j]):
            continue
        town = " ".join(t.text for t in tokens[i:k])
        rest = [t.text for t in tokens[k:j]]
        plural = rest[-1].endswith("s") and english_word(rest[-1][:-1])
        plural = plural and rest[-1] not in words.ENGLISH_LAND_WORDS  # 'Bedford Falls'
        english = plural and all(english_word(w) or w == rest[-1] for w in rest)
        whole = " ".join(t.text for t in tokens[i:j])
        if rest[-1] in CLUB_ENDS and tail == 1 and evidence.place_name(whole, words) is None:
            english = True  # 'Northampton Town', 'Stoke City'; not 'Mexico City', a place
        if english and evidence.place_name(town, words) == "city" and town[-1:] != "s":
            return j  # (no town's genitive: 'Bremerhavens Guards')
    return 0


def english_word(word: str) -> bool:
    """An English word."""
    return lexicon.is_word(word, ENGLISH)


def untitled(s: Span) -> Span:
    """A span of English everyday words read as a body for want of evidence ('Elven
    Prophecy', 'Visual Sciences'): a work's title more often, no name."""
    parts = s.text.split()
    if s.label != ORG or s.reason != "capitals" or len(parts) < TEAM_TAIL:
        return s
    if all(lexicon.is_common_word(w, ENGLISH) and not w.isupper() for w in parts):
        return Span(s.text, s.start, s.end, None, "", s.role, s.initial)
    return s
