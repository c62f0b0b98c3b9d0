"""Money, percentages and numbers written with another language's marks.

"3,5 Millionen Euro", "2.500 millones de euros", "365 000", "61 %", "12 Prozent": the decimal
and thousands marks come from CLDR (Babel), the scale, currency and per-cent words from
newsfacts/words/<code>/. Used instead of the English finder for an article in such a language.
"""

from __future__ import annotations

import functools
import re
from types import ModuleType

from newsfacts import cldr, lexicon
from newsfacts.cache import PER_LANGUAGE
from newsfacts.facts import currency_marks
from newsfacts.facts.numbers import NumberHit
from newsfacts.words import words_of

SIGNS = {"€": "EUR", "US$": "USD", "R$": "BRL", "$": "USD", "£": "GBP"}
SPACES = " \u00a0\u202f"  # a space-like thousands mark may be any of these in text
YEARS = re.compile(r"(?:1[89]|20)\d\d")  # a bare four-digit year is a date, not a figure
# A number that labels the word before it is no count: '§ 315', 'Abs. 3', 'Halle 10 auf dem
# Gelände', 'Windows 10 und', 'die Norm Euro 6 vor'. Only when no capitalised noun follows
# ('die Stadt 300 Einwohner': a count) and the label word does not open the sentence.
LABEL_BEFORE = re.compile(r"(?:§§?|(?<=[^\s:–—-]\s)[A-ZÀ-Ý][\w.-]*)\s$")  # "(ANSA) - Circa 400"
# What may follow a number that still counts or measures after a capitalised word: a unit
# ('Virngrund 10,33 m'), or the second end of a range ('Leistung 3.000 bis 8.000 Euro').
UNITS = "mm|cm|m|km|m²|qm|ha|g|kg|t|ml|l|s|sec|min|h|kW|MW|PS|V|W|°C|°"
MEASURED_AFTER = re.compile(rf"^\s+(?:(?:{UNITS})\.?(?!\S)|(?:bis|a|à|tot|al|-|–)\s+\d)")
# Digits that count nothing: an age in brackets after a capitalised name word ('Berg (17)'),
# a postcode (four or five digits, ungrouped, opening a line or after a comma or dash: 'Rund
# 5000 New Yorker' counts) before a town, a house number after a street word
# or before a postcode, and the halves of a decimal another finder split ('1,06').
AGE = re.compile(r"[A-ZÀ-Ý][\w'’-]+\s?\($")
POSTCODE = re.compile(r"(?:[A-Z]-)?\d{4,5}")
POSTCODE_BEFORE = re.compile(r"(?:^|[,|–—-])\s*$")
TOWN_AFTER = re.compile(r"\s[A-ZÀ-Ý][a-zß-ÿ]+(?:[\s,.;)]|$)(?!\s*[a-zß-ÿ])")
HOUSE_NUMBER = re.compile(r"\d{1,4}[a-z]?")
STREET = re.compile(
    r"(?i:stra(?:ß|ss)e|str\.|weg|platz|allee|gasse|damm|ufer|ring|wall|straat|laan|gracht|"
    r"plein|rue|avenue|calle|avenida|via|viale|piazza|rua)\s$"
)
POSTCODE_AFTER = re.compile(r",\s?(?:[A-Z]-)?\d{4,5}\s[A-ZÀ-Ý]")
SPLIT_BEFORE = re.compile(r"\d[,.]$")
SPLIT_AFTER = re.compile(r"[,.]\d")


@functools.lru_cache(maxsize=PER_LANGUAGE)
def patterns(code: str) -> tuple[re.Pattern[str], ...]:
    """Sign money, word money, per cent and plain numbers, for one language."""
    words = words_of(code)
    assert words is not None
    num = number_pattern(code, dot_decimal=True)  # money and shares: '4.9 %', 'CHF 458.90'
    plain = number_pattern(code)  # a plain '18.00' is a time ('18.00 Uhr'), '9.04' a version
    scales = scale_words(words, code)
    scale = alternation(scales)
    # Short scales written only before a currency: '12 M€', '3 Md€', '5 mi de reais'.
    money_scale = alternation({**scales, **getattr(words, "MONEY_SCALES", {})})
    link = rf"(?:(?:{words.SCALE_LINK})\s?)?" if words.SCALE_LINK else ""
    marks = {**currency_marks.signs(code), **currency_marks.codes()}  # 'HK$', 'CHF'
    cur = alternation(words.CURRENCIES) + "|" + alternation({**SIGNS, **marks})
    signs = alternation({**SIGNS, **marks})
    return (
        re.compile(
            rf"(?<![\w$])(?P<cur>{signs})\s?(?P<num>{num})(?:\s(?P<scale>{money_scale})(?!\w))?"
        ),
        re.compile(rf"(?P<num>{num})(?:\s(?P<scale>{money_scale}))?\s?{link}(?P<cur>{cur})(?!\w)"),
        re.compile(rf"(?P<num>{num})\s?(?:%|(?:{alternation(words.PERCENT)})\b)"),
        # Not an ordinal or a date piece: '2. Liga', '30.01.', '12:30', '01'.
        re.compile(
            rf"(?<![\w.,:/-])(?!0\d)(?P<num>{plain})(?:\s(?P<scale>{scale})(?!\w))?"
            rf"(?![\w%:/-]|\.(?!\s*$))"
        ),
    )


@functools.lru_cache(maxsize=PER_LANGUAGE)
def scale_words(words: ModuleType, code: str) -> dict[str, float]:
    """The language's scale words with CLDR's ('bilhão', 'biljoen', 'billón'; CLDR's value
    wins: 'bilião' is 1e12 in Portugal)."""
    return {**words.SCALES, **cldr.scale_words(code)}


def number_pattern(code: str, dot_decimal: bool = False) -> str:
    """A number with this language's marks: '3,5', '2.500', '365 000', '14.372,4'; with
    `dot_decimal`, also a dot before one or two digits where a comma is the decimal mark."""
    decimal, group = cldr.number_marks(code)
    groups = re.escape(group) + SPACES  # writers group with spaces in every language too
    dotted = ""
    if decimal != ".":
        groups += r"\."  # and with a dot where it is no decimal mark: French '10.000 euros'
    if decimal != "." and dot_decimal:
        dotted = rf"|{DOT_DECIMAL.pattern}(?!\d)"  # a dot before one or two digits: '4.9 %'
    dec = re.escape(decimal)
    return (  # never from inside a number ('10.000': not '000')
        rf"(?<!\d)(?<!\d[.,])(?:\d{{1,3}}(?:{dec}\d{{3}}){{2,}}(?!\d)"  # '73,320,000': the marks of
        rf"|\d{{1,3}}(?:[{groups}]\d{{3}})+(?:{dec}\d+)?{dotted}|\d+(?:{dec}\d+)?)"  # another place
    )


# A dot and one or two digits is a decimal dot in any language: it groups three ('4.9 %').
DOT_DECIMAL = re.compile(r"\d+\.\d{1,2}")


def alternation(words: object) -> str:
    """A regex alternation of words, longest first."""
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))  # type: ignore[call-overload]


def value_of(num: str, code: str, money: bool = False) -> float:
    """The value of a number written with the language's marks."""
    decimal, group = cldr.number_marks(code)
    if DOT_DECIMAL.fullmatch(num):
        return float(num)
    for mark in {group, *SPACES, *("." if decimal != "." else "")}:
        num = num.replace(mark, "")
    if num.count(decimal) > 1 or (
        money and re.fullmatch(rf"\d{{1,3}}{re.escape(decimal)}\d{{3}}", num)
    ):
        num = num.replace(decimal, "")  # '$150,000': no amount has three decimals of a cent
    return float(num.replace(decimal, "."))


def find_figures(text: str, taken: list[tuple[int, int]], code: str) -> list[NumberHit]:
    """Money, percentages and numbers in one sentence (skipping the date spans in `taken`)."""
    words = words_of(code)
    if words is None:
        return []
    spans = list(taken)
    hits: list[NumberHit] = []
    for kind, pattern in zip(("money", "money", "percent", "number"), patterns(code), strict=True):
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in spans):
                continue
            hit = figure(kind, m, words, code)
            if hit is not None:
                hits.append(hit)
                spans.append(m.span())
    return sorted(hits, key=lambda h: h.start)


def labels(m: re.Match[str]) -> bool:
    """Whether a plain number is the label of the word before it: '§ 315', 'Halle 10 auf'."""
    before, after = m.string[max(0, m.start() - 40) : m.start()], m.string[m.end() :]
    if not LABEL_BEFORE.search(before):
        return False
    if before.rstrip().endswith("§"):
        return True
    nxt = after.split()[0] if after.split() else ""
    return not (nxt[:1].isupper() and nxt[:1].isalpha()) and not MEASURED_AFTER.match(after)


def figure(kind: str, m: re.Match[str], words: ModuleType, code: str) -> NumberHit | None:
    """One hit from a match; a bare year or a short ordinal ('2.') is no figure."""
    groups = m.groupdict()
    if kind == "number" and not groups.get("scale") and YEARS.fullmatch(m.group("num")):
        return None
    if kind == "number" and len(m.group(0)) <= 2 and m.string[m.end() : m.end() + 1] == ".":
        return None  # an ordinal the sentence splitter cut after: 'Der 1.' + 'FC Köln ...'
    if kind == "number" and not groups.get("scale") and labels(m):
        return None
    if kind == "number" and not groups.get("scale") and time_of_day(m, words):
        return None
    if kind == "number" and not groups.get("scale") and no_quantity(m.string, *m.span()):
        return None
    value = value_of(m.group("num"), code, kind == "money") * scale_of(groups.get("scale"), words)
    unit = None
    if kind == "money":
        cur = groups["cur"]
        unit = (
            getattr(words, "LOCAL_SIGNS", {}).get(cur)
            or SIGNS.get(cur)
            or words.CURRENCIES.get(cur)
            or currency_marks.signs(code).get(cur)
        )
        if unit is None and not currency_marks.is_amount(m, code):
            return None  # 'PHP 8.3', '2024 PHP-Entwickler', 'AMD 7 Prozessoren'
        unit = unit or currency_marks.codes().get(cur)
    elif kind == "percent":
        unit = "%"
    else:
        unit = counted(m.string, m.end(), words)
    return NumberHit(kind, m.group(0), m.start(), m.end(), value, unit, None)


# After a number that the words before it may make an hour: an hour's word (words.HOUR_WORDS), or
# the clause's end where those words say 'at the hour' only (words.CLOCK_CLAUSE_END: 'a las 10.',
# not 'um 10,')
CLAUSE_END = re.compile(r"\s*(?:[,.;:)]|$)")
NEVER = re.compile(r"(?!)")
HOURS = 24  # an hour of the day is no larger


@functools.lru_cache(maxsize=PER_LANGUAGE)
def clock_patterns(code: str) -> tuple[re.Pattern[str], ...]:
    """The words before a number that make it an hour with an hour's word, those after it,
    those before it that make it one alone, and the hour's words."""
    words = words_of(code)
    found = (getattr(words, k, "") for k in ("CLOCK_BEFORE", "CLOCK_AFTER", "CLOCK_SURE_BEFORE"))
    before, after, sure = (re.compile(p, re.IGNORECASE) if p else NEVER for p in found)
    hours = "|".join(re.escape(w) for w in getattr(words, "HOUR_WORDS", ()))
    hour = re.compile(rf"\s*(?:{hours})\b") if hours else NEVER
    return before, after, sure, hour


def time_of_day(m: re.Match[str], words: ModuleType) -> bool:
    """A number that tells the hour ('a las 10 de la mañana', 'hasta las 10.', '10 Uhr', 'à 10
    heures'), not a count after the same words ('a las 10 empresas', 'à 10 ans')."""
    if not m.group(0).isdigit() or int(m.group(0)) > HOURS:
        return False  # 'à 1 607 heures': a count of hours
    before, after, sure, hour = clock_patterns(words.CODE)
    head = m.string[max(0, m.start() - 20) : m.start()]
    if after.match(m.string, m.end()) or sure.search(head):
        return True
    if not before.search(head):
        return False
    ends = getattr(words, "CLOCK_CLAUSE_END", True) and CLAUSE_END.match(m.string, m.end())
    return bool(hour.match(m.string, m.end()) or ends)


# The word after a count: "120.000 agricultores", "300 000 voyageurs", "600 Stellen", and
# after a scale's "de"/"di" ("3 millions de personnes") as a word apart ("40 dipendenti": no "di").
COUNTED = re.compile(r"\s+(?:(?:de|di)\s+|(?:d'|d’)\s*)?(?P<w>[^\W\d_][^\W\d_'’-]{2,})(?![\w'’-])")


def counted(text: str, end: int, words: ModuleType) -> str | None:
    """What a plain number counts: the word after it when that is a word of the language and no
    function word, capitalised only where the language capitalises its nouns (German)."""
    m = COUNTED.match(text, end)
    if m is None:
        return None
    word = m["w"]
    if words.NAME == "German":  # "600 Stellen"; small words after a number are verbs
        noun = word[0].isupper() and word[1:].islower()
        return word if noun and lexicon.is_word(word, words.NAME) else None
    if word[0].isupper() or word.lower() in lexicon.stopwords(words.NAME):
        return None  # a capital starts a name; "12 à 53", "40 hanno"
    return word if lexicon.is_word(word, words.NAME) or _plural(word, words) else None


def _plural(word: str, words: ModuleType) -> bool:
    """A plural in -s or -es whose singular is a word ('450 empleos', '30 trabajadores'): the
    Spanish word list holds few plurals."""
    if not words.PLURAL_S or not word.endswith("s"):
        return False
    stems = (word[:-1], word[:-2]) if word.endswith("es") else (word[:-1],)
    return any(len(stem) > 2 and lexicon.is_word(stem, words.NAME) for stem in stems)


def scale_of(scale: str | None, words: ModuleType) -> float:
    """The multiplier of a scale word, a money-only one ('M€') included."""
    scales = {**scale_words(words, words.CODE), **getattr(words, "MONEY_SCALES", {})}
    return float(scales.get(scale or "", 1))


def no_quantity(text: str, start: int, end: int) -> bool:
    """Whether plain digits are no quantity: an age in brackets after a name ('Anna Berg
    (17)'), a postcode before a town ('20459 Hamburg'), a house number after a street
    ('Baumwall 3, 20459 ...', 'Gartenstraße 12'), or a piece of a decimal the finder split
    ('1,06' read as '1' and '06')."""
    before, after = text[max(0, start - 40) : start], text[end:]
    return bool(
        (AGE.search(before) and after.startswith(")"))
        or (
            POSTCODE.fullmatch(text[start:end])
            and POSTCODE_BEFORE.search(before)
            and TOWN_AFTER.match(after)
        )
        or (HOUSE_NUMBER.fullmatch(text[start:end]) and STREET.search(before))
        or (HOUSE_NUMBER.fullmatch(text[start:end]) and POSTCODE_AFTER.match(after))
        or SPLIT_BEFORE.search(before)
        or SPLIT_AFTER.match(after)
    )


# Thousands grouped by spaces ('55 000', '1 250 000'), as most languages without word data
# here write them (Polish, Norwegian, Finnish, Russian...): one number, not '55' and '000'.
SPACE_GROUPED = re.compile(r"(?<![\d.,])\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?![\d]|[.,]\d)")


def space_grouped(text: str) -> str:
    """The text with the spaces inside space-grouped numbers written as commas (the English
    finder's grouping mark), each offset kept."""
    return SPACE_GROUPED.sub(lambda m: re.sub(r"\s", ",", m.group(0)), text)


def month_after(text: str, end: int, code: str) -> bool:
    """A day before a month's name in the page's language, as CLDR writes it ('17 kwietnia',
    '5 maja', '3 desember'): a date, no count (languages without word data here)."""
    after = text[end:].split(maxsplit=1)
    if not after:
        return False
    months, _ = cldr.calendar_names(code)
    return after[0].strip(".,;:()").lower() in months
