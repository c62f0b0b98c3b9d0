"""CLDR data through Babel: country and region names as each language writes them.

The only module that imports babel (lazily: only an article in another language than English
needs it; CLDR ships inside the package, nothing is downloaded).
"""

from __future__ import annotations

import functools
from typing import Any

from newsfacts.cache import PER_LANGUAGE

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


@functools.lru_cache(maxsize=PER_LANGUAGE)
def territory_names(code: str) -> frozenset[str]:
    """Country, region and continent names in one language ('Deutschland', 'Estados Unidos',
    'Europa'); empty if none."""
    from babel import UnknownLocaleError

    try:
        locale = _locale(code)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(name for key, name in locale.territories.items() if key not in WORLD)


@functools.cache
def currency_codes() -> frozenset[str]:
    """ISO 4217 currency codes CLDR knows ('EUR', 'USD'): capitals, but no names."""
    return frozenset(_locale("en").currencies)


@functools.lru_cache(maxsize=PER_LANGUAGE)
def number_marks(code: str) -> tuple[str, str]:
    """The decimal mark and the thousands mark of a language ('de': ',' and '.')."""
    from babel import UnknownLocaleError

    try:
        symbols = _locale(code).number_symbols["latn"]
    except (UnknownLocaleError, ValueError, KeyError):
        return ".", ","
    return str(symbols["decimal"]), str(symbols["group"])


@functools.lru_cache(maxsize=PER_LANGUAGE)
def calendar_names(code: str) -> tuple[dict[str, int], dict[str, int]]:
    """Lower-case month names -> 1..12 and weekday names -> 0..6 (Monday 0), written out."""
    from babel import UnknownLocaleError

    try:
        locale = _locale(code)
    except (UnknownLocaleError, ValueError):
        return {}, {}
    months = {
        str(name).lower(): int(number)
        for context in ("format", "stand-alone")
        for number, name in locale.months[context]["wide"].items()
    }
    days = {
        str(name).lower(): int(number)
        for context in ("format", "stand-alone")
        for number, name in locale.days[context]["wide"].items()
    }
    return months, days
