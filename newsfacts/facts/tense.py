"""Which way a clause points in time: the tense marker nearest to a date decides.

"will meet on Friday" looks ahead, "met on Friday" looks back; the nearest marker before the
date wins ("said the vote will be held Friday": "will"), else the nearest one after it in the
same clause ("Friday's vote was ..."). A date only says which Friday once its clause is read.
"""

from __future__ import annotations

import re

from newsfacts.words.en.calendar import AHEAD_WORDS, BACK_WORDS

AHEAD, BACK, UNKNOWN = 1, -1, 0
_REACH_BEFORE = 10  # words read before the date
_REACH_AFTER = 6  # words read after it
_WORD = re.compile(r"[A-Za-z][\w'’]*|[;:!?\"“”]")
_AFTER_WORD = re.compile(r"[A-Za-z][\w'’]*|[;:!?\"“”,]|\.(?=\s)")
_CLAUSE_BREAK = frozenset(';:!?"“”')
# "will be held", "was named": after "be"/"been" an -ed word is passive, not the past tense.
_BE = frozenset(("be", "been", "being"))
_GOVERNING = frozenset(("until", "till", "by", "from"))
# Words that look ahead before "to"/"for" only: "set to", "due for", "planned to", "is to".
_BEFORE_TO = frozenset(
    ("set", "due", "plan", "plans", "planned", "planning", "is", "are", "ready", "prepared")
)
# "had been scheduled", "was expected": a plan told in the past says nothing of its day.
_PAST_AUXILIARIES = frozenset(("had", "was", "were"))


def direction(text: str, start: int, end: int) -> int:
    """AHEAD, BACK or UNKNOWN for the date at text[start:end]."""
    if text.startswith(("'s", "’s"), end):
        return UNKNOWN  # "get around Wednesday's ruling": a day named for what it brought
    before = _WORD.findall(text, max(0, start - 120), start)[-_REACH_BEFORE:]
    own = text[start:end].split()[:1]  # "by September": the date's own preposition
    soon = [w.lower() for w in before[-2:]] in (["soon", "as"], ["early", "as"])
    governed = before[-1:] if text[:start].rstrip().endswith(tuple(before[-1:])) else []
    if any(w.lower() == "since" for w in (*own, *governed)):
        return BACK  # "since March": a span that began before
    if soon or any(w.lower() in _GOVERNING for w in (*own, *governed)):
        if "had" in (w.lower() for w in before[-6:]):
            return BACK  # "had filed their reports by Wednesday": done before then
        return AHEAD  # "until Friday", "by May", "as soon as Monday": still to come
    for i in range(len(before) - 1, -1, -1):
        if before[i] in _CLAUSE_BREAK:
            break
        found = _marker(before, i)
        if found:
            return found
    after = _AFTER_WORD.findall(text, end, end + 80)[: _REACH_AFTER + 1]
    opens = not text[:start].strip()  # "In March, the company received ...": its clause follows
    for i, w in enumerate(after):
        if w == "," and i == 0 and opens:
            continue
        if w in _CLAUSE_BREAK or w in ",.":  # "Friday, when she set out plans": another clause
            break
        found = _marker(after, i)
        if found:
            return found
    return UNKNOWN


def _marker(words: list[str], i: int) -> int:
    """The direction the word at i marks, if any."""
    low = words[i].lower().replace("’", "'")
    if low in AHEAD_WORDS or low.endswith("'ll"):
        told_before = {w.lower() for w in words[max(0, i - 2) : i]} & _PAST_AUXILIARIES
        planned = low.endswith("ed") or low == "due"  # "had been due to expire Friday"
        return UNKNOWN if told_before and planned else AHEAD
    if low in _BEFORE_TO and words[i + 1 : i + 2] in (["to"], ["for"]):
        return AHEAD  # "set to resume Monday", "planned to leave on Thursday", "is to resume"
    if low in BACK_WORDS:
        return BACK
    passive = i > 0 and words[i - 1].lower() in _BE
    if low.endswith("ed") and len(low) > 4 and words[i].islower() and not passive:
        return BACK
    return UNKNOWN
