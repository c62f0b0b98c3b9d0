"""Organisations a language that capitalises its nouns (German) names by their shape.

A paper or a body is often named in quote marks after its article ('sagte er dem „Kölner
Boten“', 'heißt es in der „Lübecker Rundschau“'), and a public body by its kind and its seat
('Stadtwerke Hannover', 'Mieterbund Niedersachsen'): the whole run is the organisation, not only
the place inside it.
"""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts import evidence, name_words
from newsfacts.facts.names.model import ORG
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

OPENING = frozenset(('"', "„", "“", "»", "«"))
CLOSING = frozenset(('"', "“", "”", "«", "»"))
SHORT = 2  # letters of an abbreviation after a firm noun ("Verlag Dr."), no firm's name
QUOTED_BODY = "quoted body"  # the evidence of a paper's or body's name in quote marks


def quoted_body(
    text: str, tokens: list[Token], run: tuple[int, int], words: ModuleType
) -> Span | None:
    """A run of two words or more that fills a pair of quote marks right after a definite
    article, ending in a press or organisation word ('dem „Kölner Boten“', 'der „Lübecker
    Rundschau“'): a paper's or a body's name, else None."""
    i, j = run
    articles: frozenset[str] = getattr(words, "BODY_ARTICLES", frozenset())
    if not articles or i < 2 or j >= len(tokens) or j - i < 2:
        return None
    if tokens[i - 1].text not in OPENING or tokens[j].text not in CLOSING:
        return None
    if tokens[i - 2].text.lower() not in articles:
        return None
    last = tokens[j - 1].text
    if not (name_words.is_org_word(last, words) or last in getattr(words, "PRESS_WORDS", ())):
        return None  # 'den „Aachener Vertrag“', 'die „Berliner Ehrennadel“': a treaty, an award
    return Span(text[tokens[i].start : tokens[j - 1].end], i, j, ORG, QUOTED_BODY, None, False)


def numbered_club(text: str, tokens: list[Token], span: Span, words: ModuleType) -> Span:
    """A club's span with the '1.' written before its short word ('1. FC Kronach'): the number
    is the name's own."""
    clubs: frozenset[str] = getattr(words, "NUMBERED_CLUBS", frozenset())
    i = span.start
    if span.label != ORG or i < 2 or tokens[i].text not in clubs:
        return span
    number, dot = tokens[i - 2], tokens[i - 1]
    if number.text != "1" or dot.text != "." or dot.start != number.end:
        return span
    return replace(span, text=text[number.start : tokens[span.end - 1].end], start=i - 2)


SIGNS = frozenset(("+", "-", "−", "–", "±"))
SHARE_PRICE = "share price"  # the evidence of a company named before its share's move


def share_moved(tokens: list[Token], j: int, words: ModuleType) -> bool:
    """A signed per cent in brackets right after a run ('Lufthansa (+3,1%)', 'Kronberg (-2
    Prozent)'): a market report's move of the company's share."""
    after = [t.text for t in tokens[j : j + 5]]
    if len(after) < 5 or after[0] != "(" or after[1] not in SIGNS or after[4] != ")":
        return False
    return after[2][:1].isdigit() and (after[3] == "%" or after[3] in words.PERCENT)


def share_span(text: str, tokens: list[Token], run: tuple[int, int], span: Span | None) -> Span:
    """A company's span before its share's move: the name read from the run, else the run's
    one word ('Siemens (+2%)', a word the lists also know), on the share's evidence."""
    i, j = (span.start, span.end) if span is not None else run
    return Span(text[tokens[i].start : tokens[j - 1].end], i, j, ORG, SHARE_PRICE, None, False)


def described_body(text: str, tokens: list[Token], span: Span, words: ModuleType) -> Span:
    """Where nouns are capitalised (German), a noun for a kind of firm before one name ('der
    Konzern Bombardier', 'beim Label Vertigo'): the firm is the name, the noun its kind."""
    i = span.start
    nouns: tuple[str, ...] = getattr(words, "ORG_NOUNS", ())
    if not words.CAPITALISED_NOUNS or span.end - i != 2 or tokens[i].text.lower() not in nouns:
        return span
    name = tokens[i + 1].text
    if not name[:1].isupper() or name_words.is_org_word(name, words) or not name.isalpha():
        return span
    if len(name) <= SHORT or evidence.is_plain(name, words):
        return span  # 'Verlag Geld', 'Verlag Dr.': an everyday word or a title, no firm's name
    return Span(name, i + 1, span.end, ORG, "body noun", None, False)
