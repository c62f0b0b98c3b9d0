"""Currency marks beyond the language's own words: CLDR's symbols ('HK$', 'MX$', '$US', 'CN¥')
and the ISO codes of the currencies in use ('CHF 2.40', '20 millions CHF', 'SEK 300').

A code is read as a currency only where the amount fits one. The number before a code
hyphen-joined to a noun counts the compound ('2024 PHP-Entwickler', '5 EUR-Scheine'); an
amount with one decimal and no scale word is a version or a model ('PHP 8.3'). A code that is
also a word or a name in use (a listed company: 'AMD'; a word the language's or English word
list counts: 'CAD', 'SOS', 'RON') makes money only with a currency's context: cents ('AMD
7.50'), a scale word ('AMD 7 Millionen') or the currency's name in the sentence ('Dram'), and
never with a year ('2024 CAD')."""

from __future__ import annotations

import functools
import re

from newsfacts import cldr, lexicon
from newsfacts.cache import PER_LANGUAGE, persistent
from newsfacts.facts import companies
from newsfacts.words.en.numbers import CURRENCY_CODES

# pyspellchecker's lists count a rare listing 50 times (German's every word): a code counted
# more is a word in use ('cad', 'sos', 'ron'; Dutch 'nok', French 'ils'), not a stray entry.
WORD_IN_USE = 100
COMPOUND_AFTER = re.compile(r"-[^\W\d_]")  # 'PHP-Entwickler': the code opens a compound
ONE_DECIMAL = re.compile(r"[.,]\d$")  # '8.3', '8,3': a version or a model, not an amount
CENTS = re.compile(r"[.,]\d\d$")
# A price's verb right before a code and its number: 'kostet NOK 12,5', 'coûte CAD 3,5'.
PRICE_CUE = re.compile(r"\b(?i:kost\w*|co[uû]te\w*|cuesta\w*|custa\w*|costs?|costa)\s+$")
YEAR = re.compile(r"(?:19\d\d|20\d\d|2100)")


@functools.lru_cache(maxsize=PER_LANGUAGE)
def signs(code: str) -> dict[str, str]:
    """Symbols written before an amount -> ISO code, for one language."""
    return cldr.currency_signs(code)


@functools.lru_cache(maxsize=1)
def codes() -> dict[str, str]:
    """ISO codes of the currencies in use -> themselves, less those that are everyday English
    words: 'TOP 10', 'ALL 4', 'TRY 2' are words in capitals, not Tonga's, Albania's or
    Turkey's money."""
    return {c: c for c in cldr.tender_codes() if not lexicon.is_common_word(c, "English")}


@functools.lru_cache(maxsize=PER_LANGUAGE)
def worded(code: str) -> frozenset[str]:
    """The codes that are also a listed company ('AMD') or a word in use in the language's or
    English's word list ('CAD', 'SOS', 'RON', 'ZAR' in Spanish)."""
    return frozenset(_worded_table(code))


@persistent(
    "babel",
    "spellchecker",
    "pytickersymbols",
    "newsfacts.cldr",
    "newsfacts.lexicon",
    "newsfacts.facts.companies",
)
def _worded_table(code: str) -> list[str]:
    """worded, read from the word lists and the listed companies (a short list, kept)."""
    languages = ["English", *(n for n, c in lexicon.SPELL_CODES.items() if c == code)]
    return sorted(
        c
        for c in codes()
        if companies.is_listed(c)
        or any(lexicon.is_frequent_word(c, lang, WORD_IN_USE) for lang in languages)
    )


def is_amount(m: re.Match[str], code: str) -> bool:
    """Whether a match of a code and a number ('cur', 'num', 'scale' groups) is an amount."""
    iso, num, scaled = m.group("cur"), m.group("num"), m.groupdict().get("scale")
    code_first = m.start("cur") < m.start("num")
    if not code_first and COMPOUND_AFTER.match(m.string, m.end()):
        return False
    everyday = iso in CURRENCY_CODES and iso not in worded(code)
    priced = code_first and bool(PRICE_CUE.search(m.string, 0, m.start()))  # 'kostet NOK 12,5'
    if not (scaled or everyday or priced) and ONE_DECIMAL.search(num):
        return False  # 'PHP 8.3': a version; an everyday code's 'EUR 1,9' stays an amount
    if iso not in worded(code):
        return True
    if YEAR.fullmatch(num):
        return False
    return priced or bool(scaled) or bool(CENTS.search(num)) or _named(m.string, iso, code)


def _named(text: str, iso: str, code: str) -> bool:
    """Whether the sentence names the currency's unit ('Dram', 'Pesos', 'dollars')."""
    units = cldr.currency_units(code).get(iso, [])
    return any(re.search(rf"(?<!\w){re.escape(u)}\w{{0,2}}(?!\w)", text, re.I) for u in units)
