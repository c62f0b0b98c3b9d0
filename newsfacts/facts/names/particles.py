"""Surnames that open with a capitalised particle inside a sentence ('zegt Van Diepenbeek',
'sluit De Coster niet uit'): Flemish news writes the particle so when the first name is left
out, and a capital 'Van' or 'De' inside a sentence opens nothing else but a paper's title ('in
De Morgen'). In the languages that write their surnames so (Dutch)."""

from __future__ import annotations

from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import evidence
from newsfacts.facts.name_cues import body_noun
from newsfacts.facts.names.model import ORG, PER
from newsfacts.facts.tokens import Token

ENDS = frozenset((".", "!", "?", ")"))  # a sentence's end before a word, or a credit's
Found = tuple[int, str | None, str, str]  # the name's first token, its role, kind, evidence


def particle_surname(
    tokens: list[Token], run: tuple[int, int], initial: bool, words: ModuleType
) -> Found | None:
    """A run that is role words at most, a capitalised particle and one capitalised word after
    the particle's small words ('Professor Van der Voort', 'De Prins'), not opening a sentence
    ('Van Brussel tot Gent'): where the name starts, its role, kind and evidence; else None."""
    particles: frozenset[str] = getattr(words, "CAPITAL_PARTICLES", frozenset())
    i, j = run
    k, role = i, None
    while k < j - 1 and evidence.is_role(tokens[k].text, words):
        role, k = tokens[k].text, k + 1
    if k == j or tokens[k].text not in particles:
        return None
    if k == i and (initial or (i > 0 and tokens[i - 1].text in ENDS)):
        return None  # a sentence's first word: 'Van' and 'De' there are no name's
    m = k + 1
    while m < j - 1 and tokens[m].text.lower() in words.PARTICLES:
        m += 1
    last = tokens[m].text if m == j - 1 else ""
    if not last[:1].isupper() or last.isupper() or last.lower().endswith(words.STREET_ENDINGS):
        return None  # 'de Van Kerckhovestraat': a street
    if k > 0 and body_noun(tokens[k - 1].text, words):
        return k, role, ORG, "body noun"  # 'mediaholding De Beukelaar'
    if tokens[k].text in words.TITLE_ARTICLES and m == k + 1 and _everyday(last, words):
        return k, role, ORG, "title"  # 'in De Morgen': a paper, or a person's short form
    return k, role, PER, "surname"


def _everyday(word: str, words: ModuleType) -> bool:
    """A frequent word of the language ('morgen', 'tijd'): a title's, where a surname's word
    is rarer ('Coster', 'Leede')."""
    return lexicon.is_frequent_word(word.lower(), words.NAME, words.FREQUENT_FROM)
