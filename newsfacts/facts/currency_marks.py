"""Currency marks beyond the language's own words: CLDR's symbols ('HK$', 'MX$', '$US', 'CN¥')
and the ISO codes of the currencies in use ('CHF 2.40', '20 millions CHF', 'SEK 300')."""

from __future__ import annotations

import functools

from newsfacts import cldr, lexicon
from newsfacts.cache import PER_LANGUAGE


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
