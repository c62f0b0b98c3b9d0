"""Numbers, money and percentages: value, unit, what they count, and changes ("from 12 to 53")."""

from __future__ import annotations

import functools
import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass

from newsfacts.facts.claimed import Claimed
from newsfacts.facts.dates import CLOCK
from newsfacts.facts.names.cues import date_word
from newsfacts.facts.number_patterns import (
    CHANGE,
    MONEY_SCALED,
    MONEY_SIGN,
    MONEY_WORD,
    TALLY,
    figure_value,
    numbers_in,
    percents,
)
from newsfacts.facts.number_phrases import Phrase, find_phrases
from newsfacts.lazyre import LazyPattern, matched_key
from newsfacts.words import split_words
from newsfacts.words.en.function import DETERMINERS, STOPWORDS
from newsfacts.words.en.numbers import (
    CURRENCY_NOUNS,
    CURRENCY_SIGNS,
    CURRENCY_WORDS,
    FIGURE_LINKS,
    HEDGES,
    ING_NOUNS,
    MEASURES,
    NUMBER_WORDS,
    PLURAL_MODIFIERS,
    SCORE_CUES,
    TALLY_NOUNS,
    VOTE_CUES,
)

_TALLY_UNITS = {"votes": "vote", "seats": "seats"}  # other units are a game's score
_CUE_WORD = re.compile(r"[A-Za-z]+")
_VERBS_BEFORE = frozenset(split_words("to increase raise cut reduce boost lift lower expand"))


@dataclass(frozen=True)
class NumberHit:
    """One quantity in a sentence."""

    kind: str  # number | money | percent
    text: str
    start: int
    end: int
    value: float
    unit: str | None
    about: str | None
    changed_from: str | None = None


_WINDOW = 600  # characters around a number that its phrases are looked for in


_AFTER_WORD = re.compile(r"[A-Za-z][\w'-]*|[^\w\s]")


def _words_after(text: str, end: int, limit: int = 3) -> list[str]:
    """Lower-case content words right after a position (a noun phrase, roughly)."""
    out: list[str] = []
    # A bounded window: scanning the whole rest of the text per number is quadratic.
    found = _AFTER_WORD.finditer(text, end, end + _WINDOW)
    for w in (m.group() for m in itertools.islice(found, limit + 3)):
        if not w[0].isalpha() or (w.lower() in STOPWORDS and w.lower() not in ("in", "of")):
            break
        out.append(w)
        if len(out) >= limit:
            break
    while out and out[-1].lower() in ("in", "of"):
        out.pop()
    return out


_PHRASE_WORD = re.compile(r"\w(?:[\w&-]|['’]\w|(?<=s)['’](?!\w))*|[^\w\s]")


def _phrase_before(text: str, start: int, limit: int = 6) -> str | None:
    """The noun phrase just before a position, stopping at a determiner or clause break."""
    # "S&P 500", "Mercedes' brands"; not the quote mark of "'thief' Mila Kunis"
    words = _PHRASE_WORD.findall(text[max(0, start - _WINDOW) : start])
    picked: list[str] = []
    for w in reversed(words[-limit * 2 :]):
        low = w.lower()
        if low in DETERMINERS and picked and len(words) > 1 and _after_preposition(words, w):
            picked.insert(0, w)  # "in the UNC": the determiner belongs to an inner phrase
            continue
        if low in DETERMINERS or low in _VERBS_BEFORE or not (w[0].isalnum()):
            break
        picked.insert(0, w)
        if len(picked) >= limit:
            break
    while picked and picked[0].lower() in ("in", "of", "and"):
        picked.pop(0)
    return " ".join(picked) or None


def _after_preposition(words: list[str], word: str) -> bool:
    """Whether the last occurrence of `word` follows 'in', 'of', 'at' or 'for'."""
    i = len(words) - 1 - words[::-1].index(word)
    return i > 0 and words[i - 1].lower() in ("in", "of", "at", "for", "on")


def _about(text: str, start: int, end: int, unit: str | None) -> str | None:
    """What the quantity counts: the phrase after it ('53 soldiers in the UNC')."""
    rest = text[end:]
    if unit and rest.lstrip().startswith(f"of {unit}"):  # "dozens of rescuers in China"
        rest = rest.lstrip()[3:]
    if unit and rest.lstrip().startswith(unit):
        rest = rest.lstrip()[len(unit) :]
    tail = _TAIL.match(rest)
    if not tail:
        return None  # the unit alone says it: no need to repeat it as 'about'
    return " ".join([*([unit] if unit else []), *tail.group(0).split()])


_TAIL = re.compile(
    r"(?:\s+(?:north|south|east|west)(?:east|west)?)?\s+(?:in|of|at|for|from)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*)*"
)
# The lookbehind and the bound keep this linear on long runs of capitalised words.
_AGE = re.compile(r"(?<![\w'-])(?P<name>[A-Z][\w'-]+(?:\s+[A-Z][\w'-]+){0,4}),\s(?P<num>\d{1,3}),")
# Words the counted noun may follow though they are function words ("85 new teachers").
_MORE = re.compile(r"\s+(new|more|additional|extra)(?=\s+[a-z])")


def _unit_after(text: str, end: int) -> str | None:
    """The counted noun right after a number ('53 soldiers', '4,200 train drivers')."""
    words = _words_after(text, end, 2)
    more = None if words else _MORE.match(text, end)  # "85 new teachers": the noun after "new"
    tail = [w for w in _words_after(text, more.end(), 1) if not verb_like(w)] if more else []
    words = [more.group(1), *tail] if more and tail else words
    if words[:1] == ["of"]:  # "dozens of rescuers" counts rescuers ("two of three" nothing)
        words = [w for w in _words_after(text, end, 3)[1:] if w.lower() not in NUMBER_WORDS]
    words = [w for w in words if w.islower()]
    cut = next((i for i, w in enumerate(words) if verb_like(w)), len(words))
    words = words[:cut]  # "thousands marched": no noun counted
    if len(words) == 2 and (
        words[1] in ("in", "of")
        or words[1].endswith(("ing", "ed"))
        or (_plural(words[0]) and words[0] not in PLURAL_MODIFIERS and words[1] not in MEASURES)
    ):
        words = words[:1]  # "investors | hold its shares": a plural noun ends the phrase
    return " ".join(words) or None


def find_numbers(text: str, taken: list[tuple[int, int]]) -> list[NumberHit]:
    """Money, percentages and counted numbers in a sentence (skipping date spans in `taken`)."""
    hits: list[NumberHit] = []
    spans = Claimed(len(text), taken)
    free = spans.free

    for m in _with_digits(MONEY_SIGN, text):
        if free(*m.span()):
            value = figure_value(m.group("num"), m.group("scale"))
            unit = CURRENCY_SIGNS[m.group("cur")]
            hits.append(_hit("money", text, m, value, unit))
            spans.append(m.span())
    for m in _with_digits(MONEY_WORD, text):
        if free(*m.span()):
            value = figure_value(m.group("num"), m.group("scale"))
            hits.append(
                _hit("money", text, m, value, CURRENCY_WORDS[matched_key(m.group("curword"))])
            )
            spans.append(m.span())
    for m in _with_digits(MONEY_SCALED, text):
        if free(*m.span()):
            value = figure_value(m.group("num"), m.group("scale"))
            hits.append(
                _hit("money", text, m, value, CURRENCY_NOUNS[matched_key(m.group("curword"))])
            )
            spans.append(m.span())
    for m in percents(text):
        if free(*m.span()):
            unit = "percentage points" if m.group("pts") else "%"
            hits.append(_hit("percent", text, m, figure_value(m.group("num"), None), unit))
            spans.append(m.span())
    for m in _with_digits(_AGE, text):
        span = m.span("num")
        if free(*span):
            about = f"age of {m.group('name')}"
            hits.append(
                NumberHit("number", m.group("num"), *span, float(m.group("num")), "years", about)
            )
            spans.append(span)
    for m in _with_digits(CLOCK, text):
        spans.append(m.span())  # "at 6 a.m.": a time of day, not a quantity
    for run in _tally_runs(text):
        tally = _tally_hit(text, run) if free(run[0].start(), run[-1].end()) else None
        if tally:
            hits.append(tally)
            spans.append((tally.start, tally.end))
    for m in _with_digits(CHANGE, text):
        spans.append(m.span("old"))  # the old value is told with the new one
    for phrase in find_phrases(text):
        if free(phrase.start, phrase.end):
            hits.append(_phrase_hit(text, phrase))
            spans.append((phrase.start, phrase.end))
    for m in numbers_in(text, _has_digit(text)):
        if not free(*m.span()) or _is_year(m.group("num")):
            continue
        if m.group("hyph") in ("way", "time", "fold"):
            continue  # "two-way trade": a manner, not a quantity
        if _metres(text, m):  # "the 40m well": a length, not 40 million
            noun = " ".join(_noun_after(text, m.end())) or None
            metres = figure_value(m.group("num"), None)
            hits.append(NumberHit("number", m.group(0), *m.span(), metres, "m", noun))
            spans.append(m.span())
            continue
        age = _age_hit(text, m)
        if age:  # "a five-year-old boy": the boy's age
            hits.append(age)
            spans.append((age.start, age.end))
            continue
        if m.group("hyph"):  # "two-day visit": the day count of the visit
            after = " ".join(_noun_after(text, m.end())) or None
            hits.append(
                NumberHit(
                    "number",
                    m.group(0),
                    *m.span(),
                    figure_value(m.group("num"), None),
                    m.group("hyph"),
                    after,
                )
            )
            spans.append(m.span())
            continue
        counted = _unit_after(text, m.end())
        if m.group("num")[:1].isalpha() and (not counted or _definite(text, m.start())):
            continue  # "two" alone, "the two leaders": a reference, not a quantity
        hits.append(
            _hit("number", text, m, figure_value(m.group("num"), m.group("scale")), counted)
        )
        spans.append(m.span())
    changes = _changes_by_position(text)
    return [_with_change(text, h, changes) for h in sorted(hits, key=lambda h: h.start)]


def _phrase_hit(text: str, phrase: Phrase) -> NumberHit:
    """A number phrase's hit: a count with its counted noun, or a share with what it is of."""
    said = text[phrase.start : phrase.end]
    if not phrase.fraction:
        unit = _unit_after(text, phrase.end)
        return NumberHit("number", said, phrase.start, phrase.end, phrase.value, unit,
                         _about(text, phrase.start, phrase.end, unit))  # fmt: skip
    whole = _OF_WHAT.match(text, phrase.end)
    about = " ".join(_noun_phrase(_words_after(text, whole.end(), 3) if whole else []))
    return NumberHit("number", said, phrase.start, phrase.end, phrase.value, None, about or None)


def _noun_phrase(words: list[str]) -> list[str]:
    """Words up to a verb, or up to a plural or possessed head noun ("town's homes | lost")."""
    out: list[str] = []
    for i, w in enumerate(words):
        owned = i >= 2 and words[i - 2].endswith(("'s", "’s"))  # the head after "town's"
        if i and (verb_like(w) or _plural(words[i - 1]) or owned):
            break
        out.append(w)
    return out


def _plural(word: str) -> bool:
    """A plural noun ('boats', not 'glass', 'gas', 'basis' or "town's")."""
    return (
        word.islower()
        and len(word) > 3
        and word.endswith("s")
        and not word.endswith(("ss", "'s", "us", "is"))
    )


# "two-thirds of the town's homes": what the share is of, after "of" and a determiner.
_OF_WHAT = re.compile(r"\s+of\s+(?:(?:the|a|an|its|their|his|her|our|this|these|those|all)\s+)?")


_AGE_UNITS = frozenset(("year", "month", "week", "day"))
# Common verbs right after a short noun phrase: "the 40-year-old driver fled".
_VERBISH = frozenset(
    split_words(
        """
    is was are were has had have fled died fell ran went left won lost made took came told got
    said says saw sent hit met rose grew began stood sat led spent bought sold gave put kept
    brought sank"""
    )
)


def _noun_after(text: str, end: int, common: bool = False) -> list[str]:
    """One or two words after a position, without a verb ("visit", "bus driver"); with
    `common`, lower-case ones only (whose age: "boy", not "Fort Worth")."""
    words = _words_after(text, end, 2)
    if common:
        words = list(itertools.takewhile(str.islower, words))
    if len(words) == 2 and (words[1] in _VERBISH or words[1].endswith(("ed", "ing"))):
        words = words[:1]
    return words


def _age_hit(text: str, m: re.Match[str]) -> NumberHit | None:
    """'a five-year-old boy' -> 5 years, about 'age of boy'; else None."""
    unit, _, old = (m.group("hyph") or "").partition("-")
    unit = unit.removesuffix("s")  # "17-years-old"
    if unit not in _AGE_UNITS or old != "old":
        return None
    end = m.end()
    noun = _noun_after(text, end, common=True)
    about = f"age of {' '.join(noun)}" if noun else "age"
    return NumberHit("number", text[m.start() : end], m.start(), end,
                     figure_value(m.group("num"), None), f"{unit}s", about)  # fmt: skip


def _metres(text: str, m: re.Match[str]) -> bool:
    """'the 40m well', 'a 100m sprint': a glued 'm' after a determiner is metres (a money
    figure has its currency sign, and a count of millions no determiner: "40m people")."""
    scale = m.group("scale") or ""
    if scale != "m" or m.group("hyph") or not _definite(text, m.start()):
        return False
    after = _words_after(text, m.end(), 1)
    return not (after and after[0].endswith("s") and not after[0].endswith("ss"))


_BETWEEN_SETS = re.compile(r"[\s,;()]*")


def _tally_runs(text: str) -> list[list[re.Match[str]]]:
    """Tallies in runs: the sets of one match ("6-7 (3-7) 6-3 6-4") make a single score."""
    runs: list[list[re.Match[str]]] = []
    for m in _with_digits(TALLY, text):
        if runs and _BETWEEN_SETS.fullmatch(text, runs[-1][-1].end(), m.start()):
            runs[-1].append(m)
        else:
            runs.append([m])
    return runs


def _tally_hit(text: str, run: list[re.Match[str]]) -> NumberHit | None:
    """A vote or a score ("7 to 2": 7 votes, about "vote 7 to 2"), else None (a range)."""
    first = run[0]
    kind = _tally_kind(text, first)
    if kind is None:
        return None
    unit = first.group("unit") or ("votes" if kind == "vote" else None)  # a bare score: no unit
    start, end = first.start(), run[-1].end()
    if text.count("(", start, end) > text.count(")", start, end) and text[end : end + 1] == ")":
        end += 1  # "7-6 (7-4)": close the tie-break
    if len(run) == 1:
        about = f"{kind} {first.group('a')} to {first.group('b')}"
    else:
        about = f"{kind} {text[start:end]}"
    return NumberHit("number", text[start:end], start, end, figure_value(first.group("a"), None),
                     unit, about)  # fmt: skip


def _tally_kind(text: str, m: re.Match[str]) -> str | None:
    """'vote', 'seats' or 'score' when the words around a tally say which: a cue among the
    six words before it, or a noun it qualifies right after it ("a 2-0 win")."""
    before = _CUE_WORD.findall(text, max(0, m.start() - 70), m.start())[-6:]
    if before and before[-1].lower() in ("from", "between", "aged", "ages"):
        return None  # "rose from 7 to 9": a change; "aged 5-11": a range
    if m.group("unit"):
        return _TALLY_UNITS.get(m.group("unit"), "score")
    after = _CUE_WORD.findall(text, m.end(), m.end() + 30)[:1]
    words = {w.lower() for w in before} | ({after[0].lower()} & TALLY_NOUNS if after else set())
    if words & VOTE_CUES:
        return "vote"
    return "score" if words & SCORE_CUES else None


def _changes_by_position(text: str) -> dict[int, re.Match[str]]:
    """For each position a change's new value may start at, the first change covering it."""
    by_pos: dict[int, re.Match[str]] = {}
    for m in _with_digits(CHANGE, text):
        for pos in range(m.start("new"), m.end("new") + 1):
            by_pos.setdefault(pos, m)
    return by_pos


def _with_digits(pattern: re.Pattern[str] | LazyPattern, text: str) -> Iterator[re.Match[str]]:
    """Matches of a pattern that needs a digit: none, without a scan, in a text with no digit."""
    return pattern.finditer(text) if _has_digit(text) else iter(())


# Eight patterns of a sentence ask this in turn: one search per sentence is enough.
@functools.lru_cache(maxsize=64)
def _has_digit(text: str) -> bool:
    """Whether a text has a digit."""
    return bool(_DIGIT.search(text))


_DIGIT = re.compile(r"\d")


def _definite(text: str, start: int) -> bool:
    """Preceded by 'the' or a possessive ('the two leaders', 'its four members')."""
    before = text[:start].split()
    return bool(before) and before[-1].lower() in DETERMINERS


def _is_year(num: str) -> bool:
    """A bare year (1900-2099) is a date, not a quantity."""
    return num.isdigit() and len(num) == 4 and num[:2] in ("19", "20")


def _hit(kind: str, text: str, m: re.Match[str], value: float, unit: str | None) -> NumberHit:
    """A NumberHit with its 'about' phrase."""
    if kind == "number":
        about = _about(text, m.start(), m.end(), unit)
    else:  # "$312 million budget" -> budget; "a pay rise of 6.5%" -> pay rise
        after = _words_after(text, m.end(), 1)
        noun = after[0] if after and after[0].islower() and after[0] not in FIGURE_LINKS else None
        if noun and verb_like(noun) and not (noun.endswith("ing") and _definite(text, m.start())):
            noun = None  # "$5 million making ...", "20% covering": a verb, not what is counted
        if noun and noun in CURRENCY_WORDS:
            noun = None  # "a $75 billion dollar hit": the currency again, not what it is
        about = noun or _subject(_phrase_before(text, m.start(), 4))
        about = None if about and _code_or_pronoun(about) else about
    return NumberHit(kind, m.group(0), m.start(), m.end(), value, unit, about)


_CODE_WORD = re.compile(r"[A-Za-z]+\d\w*|\w*\d[A-Za-z]+")  # "LCOc1", "CMAL3", "MIWD00000PUS"
_POINTING = frozenset(split_words("that's it's there's this that it these those"))


def _code_or_pronoun(about: str) -> bool:
    """A phrase that names no counted thing: a market code ("Brent LCOc1") or a pronoun
    ("that's less than 2%")."""
    words = about.split()
    return any(_CODE_WORD.fullmatch(w) for w in words) or words[0].lower() in _POINTING


def _subject(phrase: str | None) -> str | None:
    """A phrase without its trailing verbs and links ('the deal worth' -> 'deal')."""
    words = (phrase or "").split()
    while words and (_linking(words[-1]) or verb_like(words[-1])):
        words.pop()  # "shares closed at", "options ranged from approximately" -> the noun
    while words and (_linking(words[0]) or verb_like(words[0]) or date_word(words[0])):
        words.pop(0)  # "while DSB has offered" -> "DSB has offered"; "on Thursday fined X"
    cut = next((i for i, w in enumerate(words) if i and verb_like(w)), len(words))
    words = words[:cut]  # "company earned record" -> "company"
    if len(words) == 1 and words[0][:1].isdigit():
        return None  # "1985 started at $200": a year, not what is counted
    return " ".join(words) or None


def _linking(word: str) -> bool:
    """A link, function word, hedge or adverb ('at', 'approximately', 'currently')."""
    low = word.lower()
    return (
        low in FIGURE_LINKS
        or low in STOPWORDS
        or low in HEDGES
        or (low.endswith("ly") and len(low) > 4)
    )


def verb_like(word: str) -> bool:
    """A past form, a participle or a common verb: no noun of what a figure counts."""
    low = word.lower()
    if low in _VERBISH or low in FIGURE_LINKS:
        return True
    return word.islower() and len(low) > 4 and low.endswith(("ed", "ing")) and low not in ING_NOUNS


def _with_change(text: str, hit: NumberHit, changes: dict[int, re.Match[str]]) -> NumberHit:
    """'from 12 to 53 soldiers': the new value, with what it changed from and what changed."""
    m = changes.get(hit.start)
    if m is None:
        return hit
    subject = _phrase_before(text, m.start())
    about = f"{subject or hit.about or hit.unit}, up from {m.group('old')}"
    if figure_value(m.group("old").lstrip("$€£¥"), None) > hit.value:
        about = about.replace(", up from", ", down from")
    end = hit.end + (
        len(hit.unit) + 1 if hit.unit and text[hit.end :].lstrip().startswith(hit.unit) else 0
    )
    return NumberHit(
        hit.kind,
        text[m.start() : end],
        hit.start,
        hit.end,
        hit.value,
        hit.unit,
        about,
        m.group("old"),
    )
