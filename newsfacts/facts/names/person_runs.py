"""Runs of capitalised words cut where a second name starts: before a person's first name after
an acronym or a town ('EFE Ricardo Zamora', 'Lleida Carles Busquets'), and in Dutch between a
person and the employer after 'van' ('Joris Hoekstra van de Rotterdamse Elektrische Tram').

A Dutch 'van' (with 'de'/'het') belongs to a surname only before one capitalised word ('Jan van
de Velde', 'Piet van Dijk'); after a first name and a surname, before two capitalised words or
more, or before a place's adjective ('Rotterdamse', 'Haagse'), it opens the person's employer:
the person ends before it, and the employer is a body."""

from __future__ import annotations

from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import evidence
from newsfacts.facts.name_words import place_adjective
from newsfacts.facts.names.body_split import body_then_person
from newsfacts.facts.names.model import LOC, ORG, PER
from newsfacts.facts.names.reading import Span, is_cap
from newsfacts.facts.tokens import Token, joined
from newsfacts.words.en.press import AGENCIES

SHORT_ACRONYM = 3  # an acronym this short before a first name is a name of its own
MIN_WORDS = 2  # capitalised words after 'van de' that name a body, not a surname


def employer_cuts(
    run: tuple[int, int], tokens: list[Token], words: ModuleType
) -> list[tuple[int, int]]:
    """The run as the person's words and the employer's, or the run whole."""
    i, j = run
    before: frozenset[str] = getattr(words, "EMPLOYER_BEFORE", frozenset())
    if not before:
        return [run]
    for k in range(i + 2, j - 1):
        if tokens[k].text not in before or not _person_before(tokens, i, k, words):
            continue
        start = k + 1
        while start < j and tokens[start].text in words.DEFINITE:
            start += 1
        if start == k + 1:
            return [run]  # 'van Petercam', 'van Dijk': read as before (names/reading.py)
        rest = [t.text for t in tokens[start:j]]
        if any(w in words.PARTICLES for w in rest) or not rest:
            return [run]
        if len(rest) >= MIN_WORDS or place_adjective(rest[0], words):
            return [(i, k), (start, j)]
        return [run]
    return [run]


def _person_before(tokens: list[Token], i: int, k: int, words: ModuleType) -> bool:
    """A first name, then a surname (maybe after its particles: 'Mieke de Graaf'), right before
    'van'; no second first name ('Johann Wolfgang von Goethe')."""
    for f in range(i, k - 1):
        if not evidence.first_name(tokens[f].text, words):
            continue
        between = [t.text for t in tokens[f + 1 : k]]
        last = between[-1]
        if last in words.PARTICLES or not last[:1].isupper():
            return False
        return not any(evidence.first_name(w, words) for w in between)
    return False


def person_runs(
    run: tuple[int, int], tokens: list[Token], words: ModuleType
) -> list[tuple[int, int]]:
    """A run cut between a person and the employer, then before a first name after an acronym
    or a town."""
    return [
        cut
        for part in employer_cuts(run, tokens, words)
        for cut in _cut_before_person(part, tokens, words)
    ]


def employer_span(
    text: str, tokens: list[Token], run: tuple[int, int], span: Span | None, words: ModuleType
) -> Span | None:
    """The whole run as a body when it is a person's employer a place's adjective opens ('van de
    Haagse Tram' after 'Joris Hoekstra'), which the reading dropped with the adjective."""
    i, j = run
    if span is not None and (span.label in (LOC, PER) or span.start == i):
        return span
    if j - i < MIN_WORDS or not place_adjective(tokens[i].text, words):
        return span
    if not _employer_run(tokens, i, j, words):
        return span
    return Span(
        text[tokens[i].start : tokens[j - 1].end], i, j, ORG, "organisation word", None, False
    )


def _employer_run(tokens: list[Token], i: int, j: int, words: ModuleType) -> bool:
    """A run after 'van de'/'van het' after a person's first name and surname."""
    before: frozenset[str] = getattr(words, "EMPLOYER_BEFORE", frozenset())
    k = i - 1
    while k > 0 and tokens[k].text in words.DEFINITE:
        k -= 1
    if not before or k == i - 1 or k < 2 or tokens[k].text not in before:
        return False
    start = k - 1
    while start > 0 and (is_cap(tokens[start - 1]) or tokens[start - 1].text in words.PARTICLES):
        start -= 1
    cuts = employer_cuts((start, j), tokens, words)
    return len(cuts) == 2 and cuts[1] == (i, j)


def _cut_before_person(
    run: tuple[int, int], tokens: list[Token], words: ModuleType
) -> list[tuple[int, int]]:
    """A run cut before a person's first name after one word that is an acronym or a town
    ('EFE Ricardo Zamora', 'PCE Santiago Carrillo', 'Lleida Carles Busquets'): two names."""
    i, j = run
    if j - i > 1 and tokens[i].text.title() in AGENCIES and _source_after(tokens[i + 1]):
        return [(i, i + 1), (i + 1, j)]  # 'informó a Efe Castellano': the agency, its source
    for k in range(i + 1, j - 1):
        head = tokens[k - 1].text
        if not evidence.first_name(tokens[k].text, words) or not joined(tokens[k - 1], tokens[k]):
            continue
        if evidence.is_org_word(head, words) or evidence.first_name(head, words):
            break  # 'FC Carl Zeiss Jena', 'Fundación Ramón Rubial': the person names the body
        if k - i == 1 and (_short_acronym(head) or evidence.known_town(head, "", words)):
            return [(i, k), (k, j)]
        if body_then_person(tokens, i, k, words):
            return [(i, k), (k, j)]
        break
    return [run]


def _source_after(token: Token) -> bool:
    """A name of its own after an agency's ('EFE Baleares', 'Efe Castellano'): no English word
    ('Getty Images', 'Reuters Breakingviews' are the agency's own names)."""
    return not lexicon.is_common_word(token.text, "English")


def _short_acronym(word: str) -> bool:
    """An acronym of a party or agency ('PCE', 'EFE'), not a surname in capitals ('KAHN')."""
    return len(word) <= SHORT_ACRONYM and evidence.is_acronym(word)
