"""CLDR data through Babel: country and region names as each language writes them.

The only module that imports babel (lazily: only an article in another language than English
needs it; CLDR ships inside the package, nothing is downloaded).
"""

from __future__ import annotations

import functools

from newsfacts.cache import PER_LANGUAGE

WORLD = frozenset(("001", "EU", "EZ", "UN", "ZZ"))  # "Welt", "EU", "Vereinte Nationen": no places


@functools.lru_cache(maxsize=PER_LANGUAGE)
def territory_names(code: str) -> frozenset[str]:
    """Country, region and continent names in one language ('Deutschland', 'Estados Unidos',
    'Europa'); empty if none."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code)
    except (UnknownLocaleError, ValueError):
        return frozenset()
    return frozenset(name for key, name in locale.territories.items() if key not in WORLD)


@functools.cache
def currency_codes() -> frozenset[str]:
    """ISO 4217 currency codes CLDR knows ('EUR', 'USD'): capitals, but no names."""
    from babel import Locale

    return frozenset(Locale.parse("en").currencies)


@functools.lru_cache(maxsize=PER_LANGUAGE)
def number_marks(code: str) -> tuple[str, str]:
    """The decimal mark and the thousands mark of a language ('de': ',' and '.')."""
    from babel import Locale, UnknownLocaleError

    try:
        symbols = Locale.parse(code).number_symbols["latn"]
    except (UnknownLocaleError, ValueError, KeyError):
        return ".", ","
    return str(symbols["decimal"]), str(symbols["group"])


@functools.lru_cache(maxsize=PER_LANGUAGE)
def calendar_names(code: str) -> tuple[dict[str, int], dict[str, int]]:
    """Lower-case month names -> 1..12 and weekday names -> 0..6 (Monday 0), written out."""
    from babel import Locale, UnknownLocaleError

    try:
        locale = Locale.parse(code)
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
