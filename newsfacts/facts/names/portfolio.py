"""A role with its portfolio or body right before a person, in the languages that write their
nouns small: 'el ministro de Economía Carlos Cuerpo', "l'assessore ai Trasporti Franca Colombo"."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts import evidence
from newsfacts.facts.names.model import PER
from newsfacts.facts.names.reading import Span, is_cap
from newsfacts.facts.tokens import Token


def with_portfolio(text: str, tokens: list[Token], span: Span, words: ModuleType) -> Span:
    """A person's span with the role and portfolio before it, where it has no role yet."""
    if span.label != PER or span.role is not None:
        return span
    role = portfolio_role(text, tokens, span.start, words)
    return span if role is None else replace(span, role=role)


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
