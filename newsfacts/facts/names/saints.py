"""A saint's abbreviated title before a name ('St. Gallen', 'die St. Nikolauskapelle', 'Kirche
St. Peter'): the dot ends no run there, and the name with its title is a place, a town, a
church or a quarter named for the saint; after a club's acronym it is the club's name ('FC St.
Pauli'). A run of capitals ending in the title ('Kirche St') gives it up."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import cldr, lexicon
from newsfacts.facts import evidence
from newsfacts.facts.evidence import first_name, is_role
from newsfacts.facts.names.english_bodies import english_word
from newsfacts.facts.names.inflection import loose_name
from newsfacts.facts.names.model import LOC, ORG, PLACE_WORD
from newsfacts.facts.names.reading import Span, is_cap
from newsfacts.facts.tokens import Token

PLACE = PLACE_WORD  # kept unsure: the table shows it when the gazetteer knows it
TOWN = "town"
ADJECTIVE = "er"  # a town's adjective ends so ('St. Galler')


def saint_names(text: str, tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """The spans of one text with each name after a saint's abbreviated title read whole."""
    titles: frozenset[str] = getattr(words, "SAINT_ABBREVIATIONS", frozenset())
    for k in range(len(tokens) - 2) if titles else ():
        end = _name_end(tokens, k, titles, words)
        if end:
            spans = _with_saint(text, tokens, spans, (k, end), words)
    return spans


def _name_end(tokens: list[Token], k: int, titles: frozenset[str], words: ModuleType) -> int:
    """The end of the name a title at k opens ('St' '.' 'Johann' 'Baptist'), or 0."""
    dot, first = tokens[k + 1], tokens[k + 2]
    if tokens[k].text not in titles or dot.text != "." or dot.start != tokens[k].end:
        return 0
    if not is_cap(first) or first.start - dot.end > 1 or _adjective(tokens, k + 2):
        return 0  # 'der St. Galler Ständerat': the town's adjective, no name of its own
    end = k + 3
    while end < len(tokens) and _more(tokens[end - 1], tokens[end], words):
        end += 1
    return end


def _adjective(tokens: list[Token], i: int) -> bool:
    """A town's adjective before a noun ('St. Galler Ständerat'), not a name ('St. Peter')."""
    after = tokens[i + 1] if i + 1 < len(tokens) else None
    return tokens[i].text.endswith(ADJECTIVE) and after is not None and is_cap(after)


def _more(last: Token, token: Token, words: ModuleType) -> bool:
    """A word that goes on the saint's name: capitalised, right after it, no role word, first
    name, day or month, nor a noun of the language ('St. Gallen Markus …', 'St. Moritz
    Urlaub', 'St. Pölten Sonntag'); an English one may ('St. Johann Baptist')."""
    if not is_cap(token) or token.start - last.end > 1:
        return False
    word = token.text
    if is_role(word, words) or first_name(word, words) or _date_word(word, words):
        return False
    if evidence.is_plain(word, words) or evidence.noun_shape(word, words):
        return False
    return not lexicon.is_word(word, words.NAME) or loose_name(word, words) or english_word(word)


def _date_word(word: str, words: ModuleType) -> bool:
    """A weekday's or month's name in the language ('Sonntag', 'März')."""
    months, weekdays = cldr.calendar_names(words.CODE)
    return word.lower() in weekdays or word.lower() in months


def _with_saint(
    text: str, tokens: list[Token], spans: list[Span], run: tuple[int, int], words: ModuleType
) -> list[Span]:
    """The spans with the saint's name from run in place of those it overlaps."""
    k, end = run
    name = text[tokens[k].start : tokens[end - 1].end]
    out: list[Span] = []
    saint = Span(name, k, end, LOC, PLACE, None, False)
    for s in spans:
        if s.end <= k or s.start >= end:
            out.append(s)
        elif s.start < k and s.label == ORG and tokens[s.start].is_acronym:
            club = text[tokens[s.start].start : tokens[end - 1].end]  # 'FC St. Pauli'
            saint = replace(s, text=club, end=end)
        elif k - s.start > 1:  # 'Evangelische Kirche St': the words before the title
            out.append(replace(s, text=text[tokens[s.start].start : tokens[k - 1].end], end=k))
    out.append(saint)
    return sorted(out, key=lambda s: s.start)
