"""Which way a clause points in time: the tense marker nearest to a date decides.

"will meet on Friday" looks ahead, "met on Friday" looks back; the nearest marker before the
date wins ("said the vote will be held Friday": "will"), else the nearest one after it in the
same clause ("Friday's vote was ..."). A date only says which Friday once its clause is read.
"""

from __future__ import annotations

import re

from newsfacts.words.en.calendar import AHEAD_WORDS, BACK_WORDS, SCHEDULED_WORDS

AHEAD, BACK, UNKNOWN = 1, -1, 0
NEAR = 2  # a plan told in the past ("planned a rally on Saturday"): the nearer of last and next
# A decision told in the past ("agreed to buy it in February"): its month may be still to come,
# its weekday is the decision's ("agreed to deepen ties at their meeting Tuesday").
DECIDED = 3
_REACH_BEFORE = 14  # words read before the date
_REACH_AFTER = 6  # words read after it
_WORD = re.compile(r"[A-Za-z][\w'’]*|[;:!?\"“”]")
_AFTER_WORD = re.compile(r"[A-Za-z][\w'’]*|[;:!?\"“”,]|\.(?=\s)")
_CLAUSE_BREAK = frozenset(';:!?"“”')
# "will be held", "was named": after "be"/"been" an -ed word is passive, not the past tense.
_BE = frozenset(("be", "been", "being"))
_GOVERNING = frozenset(("until", "till", "by", "from"))
_PERFECT = frozenset(("had", "has", "have"))
# Words that look ahead before "to"/"for" only: "set to", "due for", "planned to", "is to".
_BEFORE_TO = frozenset(
    ("set", "due", "plan", "plans", "planned", "planning", "is", "are", "ready", "prepared")
    + ("expects", "expect", "hopes", "hope", "aims", "wants", "seeks")
)
# "had been scheduled", "was expected": a plan told in the past says nothing of its day.
_PAST_AUXILIARIES = frozenset(("had", "was", "were"))
# Past forms of planning verbs: what was planned may be still to come ("planned a march Sunday").
_PLANNED = frozenset(("planned", "arranged"))
# Past verbs of deciding or promising, and nouns of an agreement, before "to": what was decided
# may be still to come ("decided to admit them in March", "agreed to meet on Friday", "an
# agreement to acquire the bank in January").
_COMMITTED = frozenset(
    ("decided", "agreed", "voted", "promised", "pledged", "vowed", "resolved", "offered")
    + ("threatened", "proposed", "undertook", "committed")
    + ("agreement", "deal", "accord", "pact", "decision", "promise", "pledge")
)
# "a still unspecified date", "its planned visit": an -ed word after a determiner describes a
# noun; it is no past tense.
_DETERMINERS = frozenset(
    ("a", "an", "the", "its", "their", "his", "her", "our", "this", "that", "these", "those")
)


def direction(text: str, start: int, end: int) -> int:
    """AHEAD, BACK or UNKNOWN for the date at text[start:end]."""
    if text.startswith(("'s", "’s"), end):
        return UNKNOWN  # "get around Wednesday's ruling": a day named for what it brought
    context = _WORD.findall(text, max(0, start - 200), start)[-_REACH_BEFORE - 2 :]
    before = context[-_REACH_BEFORE:]  # the words read; two more to tell "be named" from "named"
    own = text[start:end].split()[:1]  # "by September": the date's own preposition
    soon = [w.lower() for w in before[-2:]] in (["soon", "as"], ["early", "as"])
    governed = before[-1:] if text[:start].rstrip().endswith(tuple(before[-1:])) else []
    if any(w.lower() == "since" for w in (*own, *governed)):
        return BACK  # "since March": a span that began before
    after = _AFTER_WORD.findall(text, end, end + 120)
    if soon or any(w.lower() in _GOVERNING for w in (*own, *governed)):
        if _PERFECT & {w.lower() for w in (*before[-6:], *_clause(after)[:6])}:
            return BACK  # "had filed their reports by Wednesday", "Until Monday, no one had",
            # "prices have come down from mid-October"
        return AHEAD  # "until Friday", "by May", "as soon as Monday": still to come
    for i in range(len(context) - 1, len(context) - len(before) - 1, -1):
        if context[i] in _CLAUSE_BREAK:
            break
        found = _marker(context, i, scheduled=len(context) - i <= 2)
        if found:
            return found
    opens = not text[:start].strip()  # "In March, the company received ...": its clause follows
    after = after[: _REACH_AFTER + 1]
    for i, w in enumerate(after):
        if w == "," and i == 0 and opens:
            continue
        if w in _CLAUSE_BREAK or w in ",.":  # "Friday, when she set out plans": another clause
            break
        found = _marker(after, i)
        if found:
            return found
    return UNKNOWN


def _clause(words: list[str]) -> list[str]:
    """The words of a clause after a date that opens it ("Until Monday, police had ...")."""
    words = words[1:] if words[:1] == [","] else words
    for i, w in enumerate(words):
        if w in _CLAUSE_BREAK or w in ",.":
            return words[:i]
    return words


def _marker(words: list[str], i: int, scheduled: bool = False) -> int:
    """The direction the word at i marks, if any (a scheduling verb's only when `scheduled`:
    right before the date, "meet Monday", "meets separately Monday")."""
    low = words[i].lower().replace("’", "'")
    if low in AHEAD_WORDS or low.endswith("'ll"):
        told_before = {w.lower() for w in words[max(0, i - 2) : i]} & _PAST_AUXILIARIES
        planned = low.endswith("ed") or low == "due"  # "had been due to expire Friday"
        return NEAR if told_before and planned else AHEAD
    if low in _BEFORE_TO and words[i + 1 : i + 2] in (["to"], ["for"]):
        return AHEAD  # "set to resume Monday", "planned to leave on Thursday", "is to resume"
    if low in _COMMITTED and words[i + 1 : i + 2] == ["to"]:
        return DECIDED
    if low in _PLANNED:
        return NEAR  # "protesters planned a march on Saturday"
    if i >= 2 and [w.lower() for w in words[i - 2 : i]] == ["to", "be"] and words[i].islower():
        told_before = {w.lower() for w in words[max(0, i - 5) : i - 2]} & _PAST_AUXILIARIES
        return NEAR if told_before else AHEAD  # "guidelines to be published in November";
        # "he was due to be released in September": a plan told in the past
    if scheduled and low in SCHEDULED_WORDS and not _not_now(words, i):
        return AHEAD  # "the leaders meet Monday": a present tense that tells a plan (a caption's
        # present, "Pence arrives at the club on Wednesday", tells the past: not right before it)
    if low in BACK_WORDS and not (i > 0 and words[i - 1].lower() in _BE):
        return BACK  # "was paid on Friday"; not "will be paid on Friday"
    if low.endswith("ed") and len(low) > 4 and words[i].islower() and not _describes(words, i):
        return BACK
    return UNKNOWN


def _describes(words: list[str], i: int) -> bool:
    """The -ed word at i is passive ("will be reviewed") or describes a noun ("an unnamed
    city", "a still unspecified date"), not a verb in the past tense."""
    before = [w.lower() for w in words[max(0, i - 2) : i]]
    if before[-1:] and before[-1] in _BE | _DETERMINERS:
        return True
    return len(before) == 2 and before[0] in _DETERMINERS and before[1].endswith(("ly", "still"))


# Words before a present-tense verb that make it no plan ("did not meet", "agreed to meet"),
# and the words that make it a noun right after them ("the vote", "its visit").
_NOT_NOW = frozenset(("did", "didn't", "not", "never", "to"))


def _not_now(words: list[str], i: int) -> bool:
    """The scheduling verb at i is negated, an infinitive or a noun ("did not meet", "to meet",
    "the vote"), not a present tense telling a plan."""
    last = words[i - 1].lower() if i > 0 else ""
    if last in _DETERMINERS or last.endswith(("'s", "’s")):
        return True
    return any(w.lower() in _NOT_NOW for w in words[max(0, i - 2) : i])
