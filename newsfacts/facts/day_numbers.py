"""A day told by its number alone ('no próximo dia 15', 'el día 3'): a day of the article's
month, or of the month before or after it; not where the number counts ('bebe al día 2 litros',
'treina por dia 5 horas') or numbers a stage ('el día 2 de la cumbre', 'no dia 1 da prova')."""

from __future__ import annotations

import datetime as dt
import re

from newsfacts import lexicon

NEXT_WORD = re.compile(r"\s+(?P<w>[^\W\d_]{3,})")

MONTHS = 12


def month_day(ref: dt.date, day: int, back: bool, ahead: bool) -> str | None:
    """The day numbered `day` nearest the article date `ref`: the last one on or before it
    (`back`), the first one on or after it (`ahead`), else the nearest; None for no such day."""
    options = [d for k in (-1, 0, 1) if (d := _in_month(ref, k, day)) is not None]
    if back:
        options = [d for d in options if d <= ref]
    elif ahead:
        options = [d for d in options if d >= ref]
    best = min(options, key=lambda d: abs((d - ref).days), default=None)
    return best.isoformat() if best else None


def _in_month(ref: dt.date, shift: int, day: int) -> dt.date | None:
    """That day in the month `shift` months from ref's, or None where the month is shorter."""
    months = ref.year * MONTHS + ref.month - 1 + shift
    try:
        return dt.date(months // MONTHS, months % MONTHS + 1, day)
    except ValueError:
        return None


def counts(text: str, end: int, language: str) -> bool:
    """Whether a plural noun of the language follows the number: '2 litros', '5 horas'."""
    m = NEXT_WORD.match(text, end)
    if m is None:
        return False
    word = m["w"]
    if not word.islower() or not word.endswith("s") or word in lexicon.stopwords(language):
        return False
    if _WE_FORM.search(word):
        return False  # 'no dia 22 jogamos', 'no próximo dia 15 vamos inaugurar': a verb
    stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
    return any(lexicon.is_word(stem, language) for stem in stems)  # 'litros': 'litro'


# A verb's 'we' form in Spanish and Portuguese ('vamos', 'jogamos', 'tenemos', 'vivimos'), no
# plural noun ('gramos' aside).
_WE_FORM = re.compile(r"(?<!gr)[aeiáéíâê]mos$")
