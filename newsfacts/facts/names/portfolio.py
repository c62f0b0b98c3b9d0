"""A role with its portfolio or body right before a person, in the languages that write their
nouns small: 'el ministro de Economía Carlos Cuerpo', "l'assessore ai Trasporti Franca Colombo";
and a ministry's name run into its minister's ('minister van Financiën Eelco Heinen')."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from types import ModuleType

from newsfacts.facts import evidence
from newsfacts.facts.names.model import ORG, PER, Text
from newsfacts.facts.names.reading import Span, is_cap
from newsfacts.facts.tokens import Token


def with_portfolio(text: str, tokens: list[Token], span: Span, words: ModuleType) -> Span:
    """A person's span with the role and portfolio before it, where it has no role yet."""
    if span.label != PER or span.role is not None:
        return span
    role = portfolio_role(text, tokens, span.start, words)
    return span if role is None else replace(span, role=role)


def named_ministers(
    spans: list[tuple[Text, list[Token], Span]], items: list[Text], words: ModuleType
) -> list[tuple[Text, list[Token], Span]]:
    """Ministries' names run into their ministers' names whose surname the story gives
    again ('minister van Financiën Eelco Heinen' ... 'aldus Heinen'): the ministry, then the
    person with the role and portfolio before it."""
    if not any(s.label == ORG and s.end - s.start >= MINISTRY_AND_NAME for _, _, s in spans):
        return spans  # no body's name long enough to hold a minister's: nothing to count
    seen = Counter(w for item in items for w in WORD.findall(item.text))
    twice = {w for w, n in seen.items() if n > 1}
    out = []
    for item, tokens, s in spans:
        cut = _minister_at(item.text, tokens, s, twice, words)
        if cut is None:
            out.append((item, tokens, s))
            continue
        body = Span(item.text[tokens[s.start].start : tokens[cut - 1].end], s.start, cut, ORG,
                    s.reason, None, s.initial)  # fmt: skip
        person = Span(item.text[tokens[cut].start : tokens[s.end - 1].end], cut, s.end, PER,
                      "role", None, False)  # fmt: skip
        out += [
            (item, tokens, body),
            (item, tokens, with_portfolio(item.text, tokens, person, words)),
        ]
    return out


def _minister_at(
    text: str, tokens: list[Token], s: Span, twice: set[str], words: ModuleType
) -> int | None:
    """Where a ministry's name after 'minister van' ends in a first name and a surname the
    story gives twice, the first name's token; else None."""
    i, j = s.start, s.end
    if (
        s.label != ORG
        or j - i < MINISTRY_AND_NAME
        or text[tokens[i].start : tokens[j - 1].end] != s.text
    ):
        return None  # a name read from another text than the sentence's own
    if i < 2 or tokens[i - 1].text != words.PORTFOLIO_LINK:
        return None
    if not tokens[i - 2].text.lower().endswith(words.PORTFOLIO_ROLES):
        return None
    first, last = tokens[j - 2], tokens[j - 1]
    if last.text not in twice or not (is_cap(first) and evidence.surname_word(first.text, words)):
        return None
    return j - 2


def portfolio_role(text: str, tokens: list[Token], i: int, words: ModuleType) -> str | None:
    """A role with its portfolio or body just before a person ('el ministro de Economía Carlos
    Cuerpo', "il ministro dell'Economia Giulio Verdi", "l'assessore ai Trasporti Franca
    Colombo"): the role's words, where the language writes its nouns small."""
    if words.CAPITALISED_NOUNS or i < 2 or not portfolio_word(tokens[i - 1]):
        return None
    k = i - 1
    while k > max(0, i - PORTFOLIO_WORDS) and (
        portfolio_word(tokens[k]) or tokens[k].text in words.JOINERS or tokens[k].text in LINKS
    ):
        k -= 1
    link = tokens[k + 1].text
    if not (link in LINKS or link in words.JOINERS or link.lower().startswith(ELIDED_LINKS)):
        return None  # a role word, its link ('de', 'ai', "dell'"), then the portfolio
    head = tokens[k].text.split("'", 1)[-1]  # "l'assessore": the role word after its article
    if not head.islower() or not evidence.is_role(head, words):
        return None
    return text[tokens[k].start + len(tokens[k].text) - len(head) : tokens[i - 1].end]


def portfolio_word(token: Token) -> bool:
    """A capitalised word, also after a glued elided article ("l'Intérieur", "dell'Economia")."""
    word = token.text.replace("’", "'")
    return is_cap(token) or ("'" in word[:6] and word.rsplit("'", 1)[1][:1].isupper())


PORTFOLIO_WORDS = 6  # tokens at most from a role word to its person
LINKS = frozenset(("ai", "al", "alla", "agli", "aux", "à", "a", "van", "voor"))
ELIDED_LINKS = ("dell'", "dell’", "all'", "all’", "d'", "d’")
WORD = re.compile(r"\w+")
MINISTRY_AND_NAME = 3  # a ministry's word, a first name and a surname at least
