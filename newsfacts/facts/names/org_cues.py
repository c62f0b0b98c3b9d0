"""Organisations a German text names by cues the span reader does not weigh.

English bodies' names (names/english_bodies.py); names joined by '&' ('Ernst & Young'); a name
after a compound for a body ('die Fluggesellschaft Air One') or a noun for its kind after an
article ('die Band Kraftwerk'); a title in quote marks after the word for a paper or where the
press reports ('dem „Spiegel“ zufolge'); one compound for a federal body ('Bundestag'); a name
before an acronym ('Fraunhofer FIT'); a body's name with what it is for ('Ministerium für
Kultur und Sport'; names/body_tails.py). A news agency is written in small letters in brackets
after a dateline ('Berlin (dpa)') or after the word for an agency ('der Agentur dpa'). A name
before a verb of the stock market and a share ('Mizuho gaben um 1,9 Prozent nach') is a listed
company, whatever its words; an acronym before a number a product's model ('EC 135').
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import evidence
from newsfacts.facts.figures import UNITS
from newsfacts.facts.name_words import ROMAN, place_shaped
from newsfacts.facts.names.bodies import CLOSING, OPENING, QUOTED_BODY
from newsfacts.facts.names.body_tails import body_tails
from newsfacts.facts.names.english_bodies import (
    ENGLISH,
    english_bodies,
    english_word,
    function_word,
    untitled,
)
from newsfacts.facts.names.inflection import UMLAUTS, loose_name
from newsfacts.facts.names.model import ORG, Text
from newsfacts.facts.names.per_text import by_item
from newsfacts.facts.names.plurals import plural_noun, two_people
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token, joined
from newsfacts.words.en.orgs import LEGAL_SUFFIXES
from newsfacts.words.en.press import AGENCIES

Found = tuple[Text, list[Token], Span]
SHARE_REACH = 8  # tokens from a company's name to its share's per cent
TITLE_WORDS = 4  # words at most in a title in quote marks
SHORT = 3  # letters of an abbreviation before its dot ('St.')
NAME_WORDS = 3  # words at most in a body's name after the compound that describes it
INFLECTED = ("", "n", "s", "en", "es", "ern")  # a noun's case and plural endings
BODY_NOUN = "body noun"  # the evidence of a name a compound for a body describes
NO_NAME = ""  # the reason of words a cue says are no name ('dem Verein Bälle'), in its place
PLAIN_VOWELS = str.maketrans({v: k for k, v in UMLAUTS.items()})  # 'ä' -> 'a'
YEAR = re.compile(r"1[89]\d\d|20\d\d")  # a year after an acronym: no model's number
FIGURE_UNITS = frozenset(UNITS.split("|"))  # a unit after a number: a figure, no model's


def cued_bodies(spans: list[Found], items: list[Text], words: ModuleType) -> list[Found]:
    """The spans, with the bodies each text's cues name in place of the spans they overlap."""
    if not getattr(words, "ENGLISH_BODY_ENDS", ()):
        return spans
    return by_item(spans, items, lambda text, tokens, own: _cued_text(text, tokens, own, words))


def _cued_text(text: str, tokens: list[Token], own: list[Span], words: ModuleType) -> list[Span]:
    """One text's spans, with the bodies its cues name in place of the spans they overlap."""
    old = [_modelled(untitled(s), tokens, words) for s in own]
    new = list(_cued(text, tokens, old, words))
    if not new:
        return old
    kept = [s for s in old if not any(s.start < n.end and n.start < s.end for n in new)]
    return sorted(kept + new, key=lambda s: s.start)


def _cued(text: str, tokens: list[Token], old: list[Span], words: ModuleType) -> Iterator[Span]:
    """The bodies one text's cues name, none overlapping another."""
    taken: list[tuple[int, int]] = []
    found = [
        *english_bodies(tokens, words),
        *body_tails(tokens, old, words),
        *_agencies(tokens, words),
        *_shares(tokens, old, words),
        *_described(tokens, words),
        *_firms(tokens, words),
        *_titles(tokens, words),
        *_state_bodies(tokens, old, words),
        *_named_acronyms(tokens, old, words),
    ]
    for i, j, reason in found:
        if any(i < b and a < j for a, b in taken):
            continue
        taken.append((i, j))
        label = ORG if reason != NO_NAME else None
        yield Span(text[tokens[i].start : tokens[j - 1].end], i, j, label, reason, None, False)


def _agencies(tokens: list[Token], words: ModuleType) -> Iterator[tuple[int, int, str]]:
    """A news agency in brackets ('(dpa)', '(ots)') or after the word for an agency ('der
    Agentur dpa'); one the language writes in small letters anywhere ('so dpa')."""
    small: frozenset[str] = getattr(words, "SMALL_AGENCIES", frozenset())
    nouns: frozenset[str] = getattr(words, "AGENCY_NOUNS", frozenset())
    for k, t in enumerate(tokens):
        known = t.text in small or t.text.title() in AGENCIES
        if not known or (t.is_cap and t.text.title() == t.text):
            continue  # 'Reuters', 'Efe': the reader's own
        bracketed = 0 < k < len(tokens) - 1 and (tokens[k - 1].text, tokens[k + 1].text) == (
            "(",
            ")",
        )
        after = k > 0 and tokens[k - 1].text.lower().endswith(tuple(nouns))
        if t.text in small or bracketed or after:
            yield k, k + 1, "institution"


def _shares(
    tokens: list[Token], old: list[Span], words: ModuleType
) -> Iterator[tuple[int, int, str]]:
    """A name right before a verb of the stock market with a per cent after it ('Mizuho gaben
    um 1,9 Prozent nach'): a company; not a place the gazetteer knows after a preposition ('In
    München stiegen die Mieten um 5 Prozent'), nor a country ('Italien legte um 2 Prozent zu');
    a town's name alone may be a firm's ('Mizuho gaben … nach')."""
    for s in old:
        if s.label == ORG or _placed_share(tokens, s, words):
            continue
        k = s.end
        if k + 1 < len(tokens) and tokens[k].text == "(" and tokens[k + 1].text.isupper():
            k += 3  # 'General Motors (GM)'
        verb = k < len(tokens) and tokens[k].text in getattr(words, "SHARE_VERBS", ())
        if not verb and not _share_by(tokens, k, words):
            continue
        reach = [t.text for t in tokens[k + 1 : k + 1 + SHARE_REACH]]
        if "." in reach:
            reach = reach[: reach.index(".")]
        particles: frozenset[str] = getattr(words, "SHARE_PARTICLES", frozenset())
        if not verb and (not reach or reach[-1] not in particles):
            continue  # 'um 2,9% nach': the verb's particle ends the clause ('Haushalte um 12
            # Prozent teurer': no share)
        if "%" in reach or any(w in reach for w in words.PERCENT):
            yield s.start, s.end, "share price"


def _placed_share(tokens: list[Token], s: Span, words: ModuleType) -> bool:
    """A place the gazetteer knows before a share's verb: a country, or one after a preposition."""
    kind = evidence.place_name(s.text, words)
    before = tokens[s.start - 1].text.lower() if s.start else ""
    return kind is not None and (kind != "city" or before in words.PREPOSITIONS)


def _share_by(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """'um' and a number right after a name, in a clause that goes on to a share's move
    ('General Motors (GM) und Ford um 2,9% bzw 0,9% nach')."""
    by: frozenset[str] = getattr(words, "SHARE_BY", frozenset())
    return k + 1 < len(tokens) and tokens[k].text in by and tokens[k + 1].text[:1].isdigit()


def _described(tokens: list[Token], words: ModuleType) -> Iterator[tuple[int, int, str]]:
    """A name after a compound that says it is a body ('die Fluggesellschaft Air Lindos', 'dem
    Erstligisten Dinamo Zagreb'). (Not before a comma, an article and such a compound: 'X,
    der größte Dienstleister', measured, one half worse.)"""
    for k in range(len(tokens) - 1):
        typed = _type_noun(tokens, k, words)  # 'die Band Kraftwerk': shown, as the reader's
        described = typed or _body_compound(tokens[k].text, words)
        if not described or not joined(tokens[k], tokens[k + 1]):
            continue
        j = k + 1
        while j < len(tokens) and j - k <= NAME_WORDS and tokens[j].is_cap:
            if not joined(tokens[j - 1], tokens[j]):
                break
            j += 1
        names = [t.text for t in tokens[k + 1 : j]]
        short = j < len(tokens) and tokens[j].text == "." and len(tokens[j - 1].text) <= SHORT
        if short or (j < len(tokens) and (tokens[j].is_cap or tokens[j].text == "&")):
            continue  # a longer name, or an abbreviation ('Klosterkirche St.'): the reader's
        if typed and len(names) == 1 and _plural(names[0], words):
            yield k, j, NO_NAME  # 'dem Verein Bälle': the thing given, no club's name
            continue
        if names and _named(names, words):
            yield k + 1, j, "organisation word" if typed else BODY_NOUN


def _plural(word: str, words: ModuleType) -> bool:
    """A plural or case form of another word the list holds ('Bälle': 'Ball', 'Trikots':
    'Trikot'), no name's; a name is listed as it stands ('Kraftwerk')."""
    forms: tuple[str, ...] = getattr(words, "NOUN_FORMS", ())
    low = word.lower()
    plain = low.translate(PLAIN_VOWELS)
    for end in (*forms, "n", "s") if forms else ():
        for stem in {low.removesuffix(end), plain.removesuffix(end)}:
            if stem != low and len(stem) >= SHORT and lexicon.is_word(stem, words.NAME):
                return True
    return False


def _type_noun(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """A noun for a kind of body after an article or adjective ('seinem neuen Verein', 'die
    Band', 'der Pop-Band'): the name after it is the body's, without the noun."""
    nouns: frozenset[str] = getattr(words, "TYPE_NOUNS", frozenset())
    if k == 0 or not _before_type(tokens[k - 1].text, words):
        return False
    lower = tokens[k].text.rpartition("-")[2].lower()
    return any(lower.removesuffix(end) in nouns for end in INFLECTED)


def _before_type(word: str, words: ModuleType) -> bool:
    """A word before a noun for a kind of body: a small one, an article opening a sentence
    ('Die Band …'), or a place's adjective ('der Schweizer Versicherung …')."""
    if word.islower() or word.lower() in words.DEFINITE:
        return True
    return word.endswith("er") and evidence.place_name(word[:-2], words) is not None


def _body_compound(word: str, words: ModuleType) -> bool:
    """A capitalised compound that ends in an organisation word or a firm's noun, longer than
    that word ('Fluggesellschaft', 'Erstligisten'; not 'Verein', which opens names itself)."""
    lower = word.lower()
    if not word[:1].isupper() or lower in words.ORG_WORDS or "-" in word:
        return False
    stems = [lower.removesuffix(end) for end in INFLECTED]
    nouns = tuple(words.ORG_NOUNS)
    return any(st.endswith(nouns) and st not in nouns for st in stems) or (
        evidence.is_org_word(word, words) and not lower.endswith(tuple(words.ORG_SUFFIXES))
    )


def _named(names: list[str], words: ModuleType) -> bool:
    """Capitalised words that are a name's: none an everyday or function word, no place."""
    if evidence.place_name(" ".join(names), words) is not None:
        return False
    if any(evidence.is_org_word(w, words) for w in names):
        return False  # 'Stadtwerke Bremen GmbH': the compound is the name's own word
    if len(names) == 1 and place_shaped(names[0], words):
        return False  # 'Realschule Spaichingen': a body and its seat, the reader's
    if len(names) == 1 and plural_noun(names[0], words):
        return False  # 'das Unternehmen Investoren gegenüber': what it deals with, no name
    return all(
        w.isalpha()
        and not function_word(w, words)
        and not _noun(w, words)
        and not ROMAN.fullmatch(w)
        for w in names
    )  # (no numeral: 'Weltgruppe II')


def _noun(word: str, words: ModuleType) -> bool:
    """A word of the language's own, no name's: an everyday word or a noun by its shape
    ('Rechtsberatung', 'Grafiken'). (Not every word the list holds in a noun's forms: bands
    and clubs are named so, 'Lokomotive'.)"""
    return evidence.is_plain(word, words) or evidence.noun_shape(word, words)


def _firms(tokens: list[Token], words: ModuleType) -> Iterator[tuple[int, int, str]]:
    """Names joined by '&' ('Ernst & Young', 'Herzog & de Meuron'): a firm, with a legal form
    after it; not a firm's '& Co.', which the reader keeps with its name."""
    for k in range(1, len(tokens) - 1):
        if tokens[k].text != "&" or not tokens[k - 1].is_cap or tokens[k - 1].text == "&":
            continue
        j = k + 1
        while j < len(tokens) - 1 and tokens[j].text in words.PARTICLES | words.JOINERS:
            j += 1
        if not tokens[j].is_cap or tokens[j].text.rstrip(".") == "Co":
            continue
        if _plain_pair(tokens[k - 1].text, tokens[j].text, words) or two_people(tokens, k, words):
            continue
        j += 1
        while j < len(tokens) and tokens[j].is_cap and joined(tokens[j - 1], tokens[j]):
            j += 1  # 'P & O Nedlloyd NV'
        while j < len(tokens) and tokens[j].text in words.ORG_SUFFIXES | LEGAL_SUFFIXES:
            j += 1
        i = k - 1
        if i > 0 and _name_before(tokens, i, words):
            i -= 1  # 'Royal P & O', not 'Architekten Herzog & de Meuron'
        yield i, j, "organisation word"


def _name_before(tokens: list[Token], i: int, words: ModuleType) -> bool:
    """A capitalised word right before, no word of the language or an English one."""
    before = tokens[i - 1]
    if not before.is_cap or not joined(before, tokens[i]):
        return False
    return not lexicon.is_word(before.text, words.NAME) or english_word(before.text)


def _plain_pair(left: str, right: str, words: ModuleType) -> bool:
    """Words joined by '&' of which one is an everyday word or noun and no one's name ('Rock &
    Pop', 'Grafiken & Tabellen'), or compounds ('CH-Rock'): no firm's names ('Ernst & Young'
    are names too)."""
    if "-" in left or "-" in right:
        return True
    named = evidence.first_name(left, words) or evidence.surname(left)
    if left == right and lexicon.is_word(left, words.NAME) and not named:
        return True  # 'Kissen & Kissen': a word said twice, no firm ('Johnson & Johnson' is)
    return any(
        (lexicon.is_common_word(w, ENGLISH) or _noun(w, words) or _listed_noun(w, words))
        and not (evidence.first_name(w, words) or evidence.surname(w))
        for w in (left, right)
    )


def _listed_noun(word: str, words: ModuleType) -> bool:
    """A word the list holds in a noun's forms ('Kissen', 'Grafiken'), no English word."""
    listed = lexicon.is_word(word, words.NAME) and not english_word(word)
    return listed and not loose_name(word, words)


def _titles(tokens: list[Token], words: ModuleType) -> Iterator[tuple[int, int, str]]:
    """A paper's, magazine's or channel's name in quote marks after the word for it ('im
    Magazin „Nordlicht“'), or after an article where the press reports ('dem „Boten“ zufolge',
    'schreibt die „Abendpost“'): the title, a body."""
    for k in range(len(tokens) - 3):
        if tokens[k + 1].text not in OPENING or not _press_before(tokens, k, words):
            continue
        j = k + 2
        while j < len(tokens) and j - k <= TITLE_WORDS + 1 and tokens[j].text not in CLOSING:
            j += 1
        closed = j < len(tokens) and j > k + 2 and tokens[j].text in CLOSING
        if not closed or not tokens[k + 2].is_cap:
            continue
        if tokens[k].text.lower() not in words.DEFINITE or _reported(tokens, k, j, words):
            yield k + 2, j, QUOTED_BODY


def _press_before(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """The word for a paper or channel ('Magazin'), or an article, right before a quote mark."""
    press = tuple(w.lower() for w in getattr(words, "PRESS_NOUNS", ()))
    word = tokens[k].text.lower()
    return bool(press) and (word.removesuffix("s").endswith(press) or word in words.DEFINITE)


def _reported(tokens: list[Token], k: int, j: int, words: ModuleType) -> bool:
    """A verb of the press before the article at k ('schreibt die'), or 'zufolge' after the
    closing mark at j ('dem „Boten“ zufolge')."""
    verbs: frozenset[str] = getattr(words, "PRESS_VERBS", frozenset())
    after = tokens[j + 1].text if j + 1 < len(tokens) else ""
    return (k > 0 and tokens[k - 1].text.lower() in verbs) or after in verbs


def _state_bodies(
    tokens: list[Token], old: list[Span], words: ModuleType
) -> Iterator[tuple[int, int, str]]:
    """One word for a federal or state body ('Bundestag', 'Bundesärztekammer',
    'Landeskriminalamt'): the one body of that name, an institution."""
    prefixes = tuple(getattr(words, "STATE_PREFIXES", ()))
    heads = tuple(getattr(words, "STATE_BODY_HEADS", ()))
    for k, t in enumerate(tokens):
        if not prefixes or not t.text.startswith(prefixes) or "-" in t.text:
            continue
        inside = any(s.start <= k < s.end and s.end - s.start > 1 for s in old)
        if inside or _complement(tokens, k + 1, words) > k + 1:
            continue  # 'Deutschen Bundestag', 'Bundesanstalt für Arbeitsschutz': the reader's
        if _state_head(t.text, prefixes, heads, words):
            yield k, k + 1, "institution"


def _state_head(
    word: str, prefixes: tuple[str, ...], heads: tuple[str, ...], words: ModuleType
) -> bool:
    """A state prefix's compound ending in a body's head (not a genitive, 'Bundestags': one
    row a body); a day's head right after the prefix only ('Bundestag', not the event
    'Bundesparteitag')."""
    lower = word.lower()
    if not lower.endswith(heads):
        return False
    days: tuple[str, ...] = getattr(words, "STATE_DAY_HEADS", ())
    rest = next(lower[len(p) :] for p in prefixes if word.startswith(p))
    return not rest.endswith(days) or rest in days


def _complement(tokens: list[Token], j: int, words: ModuleType) -> int:
    """Where a body's name would end after its word: after 'für' and capitalised words joined
    by 'und' ('Bundesanstalt für Arbeitsschutz und Arbeitsmedizin'), else at j. (Such a name
    is left to the reader: taken whole here, one half showed one wrong name more.)"""
    link = getattr(words, "BODY_LINK", "")  # 'für'; not 'zum' ('die Bundespolizei zum Konsum …')
    if j + 1 >= len(tokens) or tokens[j].text != link or not tokens[j + 1].is_cap:
        return j
    end = j + 2
    while end + 1 < len(tokens) and tokens[end].text == "und" and tokens[end + 1].is_cap:
        end += 2
    return end


ACRONYM_REASONS = frozenset(("acronym", "bare acronym", "initials"))


def _named_acronyms(
    tokens: list[Token], old: list[Span], words: ModuleType
) -> Iterator[tuple[int, int, str]]:
    """An acronym with a name right before it ('Fraunhofer FIT', 'Mitsubishi UFJ'): one body,
    the name its first word; not a noun, role, place or first name before it ('Konzern VW')."""
    for s in old:
        if s.reason not in ACRONYM_REASONS or s.end - s.start != 1 or s.start == 0:
            continue
        before = tokens[s.start - 1]
        word = before.text
        if not before.is_cap or not joined(before, tokens[s.start]) or not word.isalpha():
            continue
        if word.isupper() or function_word(word, words) or evidence.is_role(word, words):
            continue
        if evidence.is_plain(word, words) or evidence.noun_shape(word, words):
            continue
        if len(word) <= SHORT or (
            lexicon.is_word(word, words.NAME) and not loose_name(word, words)
        ):
            continue  # 'Vw GO', 'Interessent BAIC', 'Moleküle ATP': an abbreviation, a noun
        if evidence.is_org_word(word, words) or evidence.first_name(word, words):
            continue
        if evidence.place_name(word, words) is not None or word.lower().endswith(
            tuple(words.ORG_NOUNS)
        ):
            continue
        yield s.start - 1, s.end, s.reason


def _modelled(s: Span, tokens: list[Token], words: ModuleType) -> Span:
    """An acronym right before a number ('EC 135', 'ATR 72'): a product's model, no body; not
    before a year ('die NASA 1969') or a figure ('die SPD 15 Prozent', 'die ÖVP 12 %')."""
    if s.label != ORG or s.reason not in ACRONYM_REASONS or s.end >= len(tokens):
        return s
    number = tokens[s.end]
    if not number.text.isdigit() or number.start - tokens[s.end - 1].end != 1:
        return s
    after = tokens[s.end + 1].text if s.end + 1 < len(tokens) else ""
    figure = after == "%" or after in words.PERCENT or after in FIGURE_UNITS
    if figure or YEAR.fullmatch(number.text):
        return s
    return Span(s.text, s.start, s.end, None, "", s.role, s.initial)
