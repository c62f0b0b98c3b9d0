"""Names with a noun stuck on, and words glued to a dot, where every noun is capitalised
(German): a noun for a doer before a person's two names is that person's role, not the first of
their names ('Biowinzer Kolja Varn', 'Rapper Kolja Varn': the person is 'Kolja Varn'); a word
glued to a country's or a generic web domain ('Kronwalder.de') is a web address, no name; one
glued by a dot to a small word of no domain ('Ver.di') is one name, dot and all, a body's, cut
of the body's word before it ('die Gewerkschaft Ver.di'); a body's everyday word with only nouns
after it ('die Feuerwehr Anfang der 1990er') and a hyphened compound ending in a noun
('Garmin-Community') are no name.
"""

from __future__ import annotations

import functools
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts.evidence import is_plain
from newsfacts.facts.name_words import (
    ends_in_word,
    first_name,
    has_evidence,
    is_listed,
    is_org_word,
    is_role,
    place_shaped,
    town_adjective,
)
from newsfacts.facts.name_words import surname as census_surname
from newsfacts.facts.names.model import ORG, PER
from newsfacts.facts.names.reading import Span
from newsfacts.facts.place_names import place_name
from newsfacts.facts.tokens import Token
from newsfacts.words.en.orgs import ORG_SUFFIXES

WEAK = frozenset(("capitals",))  # evidence a span's kind rests on no more than its capitals
DOER_ENDS = ("er", "erin")  # a noun for a doer ('Winzer', 'Rapperin')
NAMES_AFTER = 2  # a person's first name and surname after the doer's noun
GENERIC_DOMAINS = frozenset(("com", "org", "net", "info", "biz", "edu", "gov", "eu", "uk"))


def noun_words(text: str, tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """One text's spans, each web address dropped, each dotted name read whole and each doer's
    noun before a person's names cut off."""
    if not words.CAPITALISED_NOUNS:
        return spans
    out: list[Span] = []
    for s in spans:
        dotted = _dotted(text, tokens, s, words)
        if dotted is None:
            continue  # 'unter Kronwalder.de': a web address
        if _hyphen_noun(dotted, words):
            continue  # 'Garmin-Community': a compound noun
        if _noun_phrase(tokens, dotted, words):
            continue  # 'die Feuerwehr Anfang der 1990er': a body's word and a noun
        out.append(_doer_cut(text, tokens, dotted, words))
    return out


def _dotted(text: str, tokens: list[Token], s: Span, words: ModuleType) -> Span | None:
    """The span glued by a dot to a small word after it: a web address (None) or one dotted
    name ('Ver.di'), the body's words before it cut; else the span as it was."""
    j = s.end
    if j + 1 >= len(tokens) or tokens[j].text != "." or s.end - s.start > NAMES_AFTER + 1:
        return s
    dot, small = tokens[j], tokens[j + 1]
    if dot.start != tokens[j - 1].end or small.start != dot.end:
        return s
    if not (small.text.isalpha() and small.text.islower()):
        return s
    if _domain(small.text):
        return None if s.end - s.start == 1 else s
    i = s.start
    while i < j - 1 and (is_org_word(tokens[i].text, words) or is_role(tokens[i].text, words)):
        i += 1  # 'Gewerkschaft Ver.di': the union's word before its name
    word = tokens[i].text
    if i < j - 1 or not (word.isalpha() and word[1:].islower()):
        return s  # 'MMag.a', 'Bericht_2020.pdf': a title's abbreviation, a file's name
    if f"{word.lower()}." in getattr(words, "ABBREVIATIONS", ()):
        return s  # 'Dr.med.': a title's abbreviation
    name = text[tokens[i].start : small.end]
    return Span(name, i, j + 2, ORG, s.reason, s.role, s.initial and i == s.start)


@functools.cache
def _country_codes() -> frozenset[str]:
    """Two-letter country codes, lower-cased: the countries' web domains ('de', 'at')."""
    import pycountry

    return frozenset(c.alpha_2.lower() for c in pycountry.countries)


def _domain(word: str) -> bool:
    """A web domain's last part: a country's code or a generic one ('de', 'com')."""
    return word in GENERIC_DOMAINS or word in _country_codes()


def _noun_phrase(tokens: list[Token], s: Span, words: ModuleType) -> bool:
    """A body's everyday word with nouns only after it, none a name's, on no evidence but the
    body's word ('Feuerwehr Anfang', 'Gruppe von Stickstoffverbindungen'): words, no name."""
    if s.label != ORG or s.reason != "loose organisation word" or s.end - s.start < NAMES_AFTER:
        return False
    head = tokens[s.start].text
    if head.isupper() or not (is_org_word(head, words) and is_plain(head, words)):
        return False
    rest = [t.text for t in tokens[s.start + 1 : s.end] if t.text not in words.PARTICLES]
    return bool(rest) and all(_plain_noun(w, words) for w in rest)


def _hyphen_noun(s: Span, words: ModuleType) -> bool:
    """One hyphened word on no evidence but its capitals whose last part is a noun, no name's
    part ('Opel-Special', 'Strava-Nutzer', 'BDSM-Parties'): a compound noun, no name; a body's
    word ('Max-Planck-Gesellschaft', 'LGB-Alliance') or a name ('Müller-Thoms') last keeps it."""
    if s.reason not in WEAK or " " in s.text or "-" not in s.text:
        return False
    last = s.text.rpartition("-")[2]
    if not last.isalpha() or not last[:1].isupper() or last.isupper():
        return False
    if first_name(last, words) or census_surname(last) or has_evidence(last):
        return False
    if is_org_word(last, words) or place_shaped(last, words) or _english_body(last):
        return False  # 'LGB-Alliance', 'Marini-Store': a body's word, English too
    low = last.lower()
    return (
        is_listed(last, words) or ends_in_word(low, words) or lexicon.is_common_word(low, "English")
    )


def _english_body(word: str) -> bool:
    """An English word that ends a body's name, or its singular ('Alliance', 'Store')."""
    return word in ORG_SUFFIXES or f"{word}s" in ORG_SUFFIXES


def _plain_noun(word: str, words: ModuleType) -> bool:
    """A noun of the language no name's word: listed, or a compound ending in a listed word."""
    if not word.isalpha() or word.isupper() or has_evidence(word) or first_name(word, words):
        return False
    if census_surname(word) or place_shaped(word, words) or place_name(word, words) is not None:
        return False  # 'Universität Hohenheim', 'Universität Greifswald': a town's name
    return is_listed(word, words) or ends_in_word(word.lower(), words)


def _doer_cut(text: str, tokens: list[Token], s: Span, words: ModuleType) -> Span:
    """A span of a doer's noun and two names after it, on no evidence but its capitals
    ('Biowinzer Kolja Varn'): the person, the noun their role."""
    if s.label not in (PER, ORG) or s.reason not in WEAK or s.end - s.start != NAMES_AFTER + 1:
        return s
    head, rest = tokens[s.start].text, [t.text for t in tokens[s.start + 1 : s.end]]
    if not doer_noun(head, words):
        return s
    if not all(w.isalpha() and w[:1].isupper() and not w.isupper() for w in rest):
        return s
    if any(is_listed(w, words) or is_org_word(w, words) for w in rest):
        return s  # 'Biobauer Alpen Milch': words, maybe a firm's
    name = text[tokens[s.start + 1].start : tokens[s.end - 1].end]
    return Span(name, s.start + 1, s.end, PER, s.reason, head, False)


def doer_noun(word: str, words: ModuleType) -> bool:
    """A noun for a doer, no name: a role word, or a word ending as doers do that is a compound
    of the language's words or an English word ('Biobauer', 'Rapper'); no first name, surname,
    town's adjective ('Hamburger') or word of another evidence."""
    if not word.isalpha() or not word[:1].isupper() or word.isupper():
        return False
    if first_name(word, words) or census_surname(word) or has_evidence(word):
        return False
    if is_role(word, words):
        return True
    low = word.lower()
    if not low.endswith(DOER_ENDS) or town_adjective(word, words):
        return False
    return ends_in_word(low, words) or lexicon.is_word(low, "English")
