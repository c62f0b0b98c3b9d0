"""CLDR data through Babel: country and region names as each language writes them.

The only module that imports babel (lazily: only an article in another language than English
needs it; CLDR ships inside the package, nothing is downloaded).
"""

from __future__ import annotations

import functools
from typing import Any

from newsfacts.cache import PER_LANGUAGE, persistent

WORLD = frozenset(("001", "EU", "EZ", "UN", "ZZ"))  # "Welt", "EU", "Vereinte Nationen": no places
# Babel keeps every locale it has read (about 1 MB each) for the life of the process; the codes
# read since its cache was last emptied: past PER_LANGUAGE of them, it is emptied again.
_READ: set[str] = set()


def _locale(code: str) -> Any:
    """Babel's Locale for a code, its locale-data cache bounded to PER_LANGUAGE languages."""
    from babel import Locale
    from babel.localedata import clear_caches

    if code not in _READ and len(_READ) >= PER_LANGUAGE:
        clear_caches()
        _READ.clear()
    _READ.add(code)
    return Locale.parse(code)


# The tables below are kept on disk (newsfacts.cache): reading Babel's locale data costs 30-60 ms
# per language and about 0.5 s for the first (English, with the root locale), in every process
# whose article needs it; the table reads back in under a millisecond. In memory, one table per
# language code: codes are ISO 639 codes (checked, or the detector's), a closed set.


@functools.lru_cache(maxsize=PER_LANGUAGE)
def territory_names(code: str) -> frozenset[str]:
    """Country, region and continent names in one language ('Deutschland', 'Estados Unidos',
    'Europa'); empty if none."""
    return _territory_table(code)


@persistent("babel")
def _territory_table(code: str) -> frozenset[str]:
    """territory_names, read from CLDR."""
    from babel import UnknownLocaleError

    try:
        locale = _locale(code)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(name for key, name in locale.territories.items() if key not in WORLD)


@persistent("babel")
def currency_codes() -> frozenset[str]:
    """ISO 4217 currency codes CLDR knows ('EUR', 'USD'): capitals, but no names."""
    return frozenset(_locale("en").currencies)


@functools.lru_cache(maxsize=PER_LANGUAGE)
def number_marks(code: str) -> tuple[str, str]:
    """The decimal mark and the thousands mark of a language ('de': ',' and '.')."""
    return _number_table(code)


@persistent("babel")
def _number_table(code: str) -> tuple[str, str]:
    """number_marks, read from CLDR."""
    from babel import UnknownLocaleError

    try:
        symbols = _locale(code).number_symbols["latn"]
    except (UnknownLocaleError, ValueError, KeyError):
        return ".", ","
    return str(symbols["decimal"]), str(symbols["group"])


@functools.lru_cache(maxsize=PER_LANGUAGE)
def calendar_names(code: str) -> tuple[dict[str, int], dict[str, int]]:
    """Lower-case month names -> 1..12 and weekday names -> 0..6 (Monday 0), written out."""
    return _calendar_table(code)


@functools.lru_cache(maxsize=PER_LANGUAGE)
def month_abbreviations(code: str) -> dict[str, int]:
    """Lower-case month abbreviations without their dot -> 1..12 ('dic', 'déc', 'dez')."""
    return _abbreviation_table(code)


@persistent("babel")
def _abbreviation_table(code: str) -> dict[str, int]:
    """month_abbreviations, read from CLDR."""
    from babel import UnknownLocaleError

    try:
        locale = _locale(code)
    except (UnknownLocaleError, ValueError):
        return {}
    short = _names(locale.months, "abbreviated")
    return {name.rstrip("."): n for name, n in short.items() if len(name.rstrip(".")) >= 3}


@persistent("babel")
def _calendar_table(code: str) -> tuple[dict[str, int], dict[str, int]]:
    """calendar_names, read from CLDR."""
    from babel import UnknownLocaleError

    try:
        locale = _locale(code)
    except (UnknownLocaleError, ValueError):
        return {}, {}
    return _names(locale.months, "wide"), _names(locale.days, "wide")


def _names(table: Any, width: str) -> dict[str, int]:
    """Lower-case names of one width ('wide', 'abbreviated') in both contexts -> their number."""
    return {
        str(name).lower(): int(number)
        for context in ("format", "stand-alone")
        for number, name in table[context][width].items()
    }


@functools.lru_cache(maxsize=PER_LANGUAGE)
def day_periods(code: str) -> frozenset[str]:
    """Lower-case names of the parts of a day standing alone ('abend', 'nachmittag', 'avond'):
    German and Dutch glue them to a weekday ('Freitagabend', 'zondagavond')."""
    return frozenset(_day_period_table(code))


@persistent("babel")
def _day_period_table(code: str) -> list[str]:
    """day_periods, read from CLDR (the wide names, else the abbreviated ones without a dot)."""
    from babel import UnknownLocaleError

    try:
        table = _locale(code).day_periods["stand-alone"]
    except (UnknownLocaleError, ValueError, KeyError):
        return []
    names = {str(n).lower() for width in ("wide", "abbreviated") for n in table[width].values()}
    return sorted(n for n in names if n.isalpha())


@persistent("babel")
def currency_signs(code: str) -> dict[str, str]:
    """Currency symbols that are no plain word, in one language and in English -> their ISO
    code ('HK$': 'HKD', 'MX$': 'MXN', '$US': 'USD', 'CN¥': 'CNY'); the language's win."""
    from babel import UnknownLocaleError

    out: dict[str, str] = {}
    for lang in ("en", code):
        try:
            symbols = _locale(lang).currency_symbols
        except (UnknownLocaleError, ValueError):
            continue
        out.update({str(s): str(c) for c, s in symbols.items() if not str(s).isalpha()})
    return out


@persistent("babel")
def currency_units(code: str) -> dict[str, list[str]]:
    """ISO code -> the last words of its names in one language and in English, lower-cased:
    the currency's unit ('AMD': ['dram'], 'PHP': ['peso']; 'CAD': ['dollar'])."""
    from babel import UnknownLocaleError

    out: dict[str, set[str]] = {}
    for lang in ("en", code):
        try:
            names = _locale(lang).currencies
        except (UnknownLocaleError, ValueError):
            continue
        for iso, name in names.items():
            last = str(name).split()[-1].split("-")[-1].lower() if str(name).split() else ""
            if len(last) > 2 and last.isalpha():
                out.setdefault(str(iso), set()).add(last)
    return {iso: sorted(units) for iso, units in out.items()}


@persistent("babel")
def tender_codes() -> frozenset[str]:
    """ISO 4217 codes of the currencies some territory uses today ('CHF', 'SEK', 'JPY')."""
    from babel.numbers import get_territory_currencies

    codes: set[str] = set()
    for territory in _locale("en").territories:
        codes.update(get_territory_currencies(territory, tender=True))  # none for '001', 'EU'
    return frozenset(codes)


@persistent("babel")
def scale_words(code: str) -> dict[str, float]:
    """The words of a million, a billion and a trillion after a number, in the language and
    its regional variants ('bilhão' 1e9 in Brazil, 'bilião' 1e12 in Portugal, 'billón' 1e12):
    CLDR's long compact number formats ('0 Milliarden')."""
    from babel.localedata import locale_identifiers

    out: dict[str, float] = {}
    for name in (code, *(i for i in locale_identifiers() if i.startswith(f"{code}_"))):
        try:
            table = _locale(name).compact_decimal_formats["long"]
        except (ValueError, KeyError):
            continue
        for forms in table.values():
            for size, pattern in forms.items():
                text = str(pattern.pattern)
                if int(size) in SCALE_SIZES and text.startswith("0 "):
                    out[text[2:].strip()] = float(size)
    return out


SCALE_SIZES = (10**6, 10**9, 10**12)
