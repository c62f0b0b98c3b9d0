"""The lead's clause: where its subject ends, and the verb phrase that tells what happened."""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from newsfacts.facts.tokens import PRONOUN_CONTRACTION
from newsfacts.model import Fact
from newsfacts.words import split_words
from newsfacts.words.en.calendar import WEEKDAYS
from newsfacts.words.en.function import DETERMINERS, STOPWORDS

# Words that end the short verb phrase: a new clause at once, a setting after two words.
_CLAUSE_STOPS = frozenset(
    split_words(
        """
    as after while amid ahead despite following since before because when where which who that
    according and but"""
    )
)
_PHRASE_STOPS = frozenset(split_words("at in on over with during near"))
_MAX_WHAT = 8
# Words ("108-year", "Trump's", "U.S."), and the marks that end a phrase. A quote mark is a
# mark of its own, not the start of a word: "who 'fell down a well'" still shows its verb.
_WORD = re.compile(r"\d[\d,.]*\d(?:-\w+)*|[\w$%.-](?:[\w'’$%.-]*[\w$%.])?|[,;:—–'‘’\"“”-]")
_PAST = frozenset(
    split_words(
        """
    said met won lost took made gave held left went came told sold beat hit set put saw became
    began fell rose led ran drew thrown shown known taken given seen done struck broke"""
    )
)
_AUXILIARIES = frozenset(
    split_words("is are was were has have had will would can could must should did does do")
)
DETERMINERS_OF = DETERMINERS | {"of"}
_PREPOSITIONS = frozenset(split_words("to for with from about against by"))
_BREAKS = frozenset(split_words("the a an of in on at for to with by from into its their"))


def _strong_verb(words: list[str], i: int) -> bool:
    """An auxiliary or a past form not led by a determiner ("are trying", "opened fire")."""
    w, prev = words[i].lower(), words[i - 1].lower()
    if w in _AUXILIARIES:
        return True
    if prev in DETERMINERS_OF or prev in _PREPOSITIONS:  # "an aide to failed contender X"
        return False
    return w in _PAST or (w.endswith("ed") and len(w) > 4)


def _s_verb(word: str) -> bool:
    """A third-person verb form ("blames", "sparks")."""
    w = word.lower()
    return (
        w.endswith("s")
        and not w.endswith(("ss", "us", "is", "'s", "’s"))
        and len(w) > 3
        and w not in _S_NOUNS
    )


_S_NOUNS = frozenset(split_words("news series species means"))  # '-s' words that are no verb


_BASE = frozenset(
    split_words(
        """
    agree meet sign win lose take make give hold leave go come tell sell face kill vow urge seek
    reach hail back slam warn say call name plan open break beat hit set cut raise join end"""
    )
)


_VERB_REACH = 20  # lower-case words searched for the verb: a subject can be a long phrase
# Words after which an '-s' word is a plural noun, not a verb: "Aid workers in Tarvik ...".
_NOUN_FOLLOWERS = frozenset(split_words("of in at from and who whose which"))


def subject_end(words: list[str]) -> int:
    """Index of the first word after the subject (the verb)."""
    lower = [i for i in range(1, len(words)) if words[i][:1].islower()]
    head = words[lower[0] - 1] if lower else ""
    if head[:1].isupper() and head.lower() not in DETERMINERS_OF:  # "Trump slams", "Police name"
        w, after = words[lower[0]], words[lower[0] + 1 : lower[0] + 2]
        noun = bool(after) and after[0].lower() in _NOUN_FOLLOWERS  # "Dock workers in Tarvik"
        opening = lower[0] == 1 and _s_verb(w)  # "Stock markets ... have": the first word's
        noun = noun or (opening and _verb_follows(words, lower[0]))  # capital is the sentence's
        if _plural_then_verb(words, lower[0]):  # "Global markets surge": the verb is next
            return lower[0] + 1
        if (_s_verb(w) or w.lower() in _BASE) and not noun:
            return lower[0]
    for i in lower[:_VERB_REACH]:
        if _ADVERB.fullmatch(words[i]) and i + 1 < len(words) and _s_verb(words[i + 1]):
            return i + 1  # "finally delivers", "reportedly plans": the verb after its adverb
        if _strong_verb(words, i) or _verb_before_object(words, i):
            return i
        if PRONOUN_CONTRACTION.fullmatch(words[i - 1]):  # "She's been living": the verb is in "'s"
            return i
    content = [i for i in lower if words[i].lower() not in STOPWORDS]
    if not content:
        return len(words)
    first = content[0]
    for i in range(first, min(first + 5, len(words))):  # "Clinton aide blames ..."
        if i > first and (words[i].lower() in _BREAKS or not words[i][:1].isalpha()):
            break
        if _plural_then_verb(words, i):  # "US stock markets reach": "reach"
            return i + 1
        if i > first and _s_verb(words[i]):
            return i
    return first


# Base verbs after a plural subject ("Markets reach", "Shares have") that are rarely a noun
# object of an '-s' verb; and verbs of a move that are one ("slams rise in fees", "blames drop
# on"), a verb only when no preposition of a noun follows ("Stocks fall to new lows").
_PLURAL_VERBS = _AUXILIARIES | frozenset(
    split_words(
        """
    agree meet sign reach vow urge seek warn say face take make give hold go come tell sell
    join plunge soar slump tumble climb"""
    )
)
_MOVES = frozenset(split_words("fall rise drop gain surge slide dip"))
_NOUN_PREPOSITIONS = frozenset(split_words("in of for over on after"))
# An adverb of manner or time before a verb: "finally delivers", "reportedly plans".
_ADVERB = re.compile(r"[a-z]{2,}(?:ally|edly|ously|ently|antly|ively)")


def _verb_follows(words: list[str], i: int) -> bool:
    """An auxiliary or a past form follows the '-s' word within four lower-case words, nothing
    between that opens a clause: "Stock markets across the world have fallen", "Oil prices
    rose" (an '-ed' word is not sure enough: "adds more jobs than expected")."""
    for k in range(i + 1, min(i + 5, len(words))):
        w = words[k]
        if not w[:1].islower() or w in _CLAUSE_STOPS:
            return False
        if w in _AUXILIARIES or w in _PAST:
            return True
    return False


def adverb(word: str) -> bool:
    """An adverb of manner or time ("finally", "reportedly"), which may stand before a verb."""
    return bool(_ADVERB.fullmatch(word))


def _plural_then_verb(words: list[str], i: int) -> bool:
    """An '-s' word followed by a base verb is the subject's plural noun: "markets reach"."""
    nxt, after = (words[i + 1 : i + 3] + ["", ""])[:2]
    move = nxt in _MOVES and after.lower() not in _NOUN_PREPOSITIONS
    return _s_verb(words[i]) and (nxt in _PLURAL_VERBS or move)


def _verb_before_object(words: list[str], i: int) -> bool:
    """An '-s' word followed by a determiner is a verb with its object ("the treatment
    promises a cure", "the mayor blames the council"); a plural noun rarely is."""
    nxt = words[i + 1].lower() if i + 1 < len(words) else ""
    return (
        _s_verb(words[i]) and nxt in _OBJECT_STARTS and words[i - 1].lower() not in DETERMINERS_OF
    )


_OBJECT_STARTS = frozenset(split_words("the a an his her its their our this these those"))


def what_of(text: str) -> str | None:
    """A short verb phrase: the first verb after the subject, up to a clause break."""
    words = _WORD.findall(text)
    return _phrase_from(words, subject_end(words))


def _phrase_from(words: list[str], start: int) -> str | None:
    """The verb phrase starting at words[start], up to a clause break or eight words."""
    picked: list[str] = []
    last = len(words) - 1
    for at, w in enumerate(words[start:], start):
        low = w.lower()
        if not w[:1].isalnum() or (picked and low in _CLAUSE_STOPS):
            break
        if len(picked) >= 2 and low in _PHRASE_STOPS:
            break
        picked.append(w)
        if at == last and w.endswith(".") and w.count(".") == 1:
            picked[-1] = w[:-1]  # the sentence's full stop ("crossing."), not "U.S." or "Gov."
        if len(picked) >= _MAX_WHAT:
            break
    while picked and picked[-1].lower() in STOPWORDS:
        picked.pop()
    return " ".join(picked) if len(picked) >= 1 else None


def clause_subject(text: str) -> str:
    """The words before the first verb-like word, up to a day named after the subject ("The
    council Friday strongly condemned ...": "The council")."""
    words = _WORD.findall(text)
    head = words[: subject_end(words)]
    if len(head) > 1 and _ADVERB.fullmatch(head[-1]):
        head = head[:-1]  # "The mayor reportedly plans": "The mayor"
    day = len(head) - (2 if head and head[-1].endswith("ly") else 1)
    named = day > 0 and head[day].lower() in DAY_WORDS and head[day - 1].islower()
    if named and "," not in head[:day]:  # a day after a common noun, no clause opened before
        head = head[:day]  # ("Masters Wednesday" is a day's name, left whole)
    return " ".join(head)


DAY_WORDS = frozenset((*WEEKDAYS, "today", "yesterday", "tonight", "tomorrow"))

_BE = frozenset(split_words("is are was were"))


_SPEECH = frozenset(split_words("says said tells told claims claimed warns warned insists"))


def happening(what: str | None) -> str | None:
    """A verb phrase that tells something happen: not a copula before a noun or a word
    ("is a complex dance", "was nothing", "is the situation"), which describes."""
    words = (what or "").split()
    if len(words) == 1 and words[0].lower() in _SPEECH:
        return None  # "Obama says": who says what is told further on, not in the bare verb
    if not words or words[0].lower() not in _BE:
        return what
    rest = [w for w in words[1:] if not w.lower().endswith("ly")]  # "are finally starting"
    verb = rest[0].lower() if rest else ""
    return what if verb.endswith(("ing", "ed")) or verb in _PAST else None


def sentence_case_verb(title: str) -> bool:
    """A headline in sentence case whose subject ends at a word that is surely a verb
    ("First A380 enters ...", "Markets have ..."), so capitals before it make a name."""
    words = _WORD.findall(title)
    i = subject_end(words)
    if not title or title_case(title) or i >= len(words):
        return False
    w = words[i].lower()
    return _s_verb(w) or w in _PLURAL_VERBS or w in _BASE or _strong_verb(words, i)


def title_case_what(title: str, facts: Sequence[Fact]) -> str | None:
    """In a Title Case headline, the verb is the first '-s' word outside the names."""
    names = {w for f in facts for n in (f.text, *f.aliases) for w in n.split()}
    words = _WORD.findall(title)
    for i in range(1, len(words)):
        if _s_verb(words[i]) and words[i] not in names and words[i - 1][:1].isupper():
            return _phrase_from([*words[:i], words[i].lower(), *words[i + 1 :]], i)
    return None


def title_case(text: str) -> bool:
    """Headline in Title Case (no lower-case content word): case cannot mark the verb."""
    words = [w for w in text.split() if w[:1].isalpha() and w.lower() not in STOPWORDS]
    return bool(words) and not any(w[:1].islower() for w in words)


# A page title's parts around bars: the headline is the one long part, the short ones the
# site's or the section's labels ('Headline words here | Sociedad', 'KURIER | Headline ...').
_BAR = " | "
_MIN_HEADLINE_WORDS = 4
_MAX_LABEL_WORDS = 3
# A date and time stamp glued after the headline: 'Headline : 06.11.2023, 11.41 Uhr'.
_STAMP = re.compile(
    r"\s+[:|–—-]\s+\d{1,2}\.\d{1,2}\.\d{2,4}(?:,?\s+\d{1,2}[.:]\d{2}(?:\s*Uhr|\s*h)?)?\s*$"
)


def without_brand(title: str, is_site: Callable[[str], bool] = lambda part: False) -> str:
    """The headline without the short labels a bar sets off, nor a date stamp after it; a part
    naming the page's site is never the headline ('Homo Brandenburgensis | Landeszentrale für
    politische Bildung')."""
    title = _STAMP.sub("", title) or title
    parts = [p.strip() for p in title.split(_BAR)]
    candidates = [p for p in parts if not is_site(p)]
    if len(parts) < 2 or not candidates:
        return title
    longest = max(candidates, key=lambda p: len(p.split()))
    at = parts.index(longest)
    before = [p for p in parts[:at] if not is_site(p)]
    after = [p for p in parts[at + 1 :] if not is_site(p)]
    short = all(len(p.split()) <= _MAX_LABEL_WORDS for p in (*before, *after))
    if len(longest.split()) >= _MIN_HEADLINE_WORDS and short and all(map(_brand, before)):
        return longest
    return title


def _brand(part: str) -> bool:
    """A label before a headline: a word in capitals or a number ('NWX Magazin', '08.11.2021');
    a title's first part in plain words is the headline itself ('Homo Brandenburgensis')."""
    return any(c.isdigit() for c in part) or any(
        len(w) >= 2 and w.isupper() for w in re.findall(r"[^\W\d_]+", part)
    )
