"""The main event: who did what, when and where, from the headline, the lead and the facts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfacts.facts.tokens import STOPWORDS, split_words, split_words
from newsfacts.model import Event, Fact

# Words that end the short verb phrase: a new clause, a setting, a second verb.
_STOPPERS = frozenset(
    split_words(
        """
    at in on as after during while amid ahead despite following since before over and but
    because when where which who that with according"""
    )
)
_MAX_WHAT = 8
_WORD = re.compile(r"[\w'’$%.-]+|[,;:—–-]")


_IRREGULAR = frozenset(
    split_words(
        """
    said met won lost took made gave held left went came told sold beat hit set put saw became
    began fell rose led ran drew agree meet sign win lose take make give hold leave go come tell
    sell face kill vow urge seek reach hail back slam warn say call name plan open"""
    )
)


def _verb_like(word: str) -> bool:
    """Looks like a finite verb: past tense, third person, or a common headline verb."""
    w = word.lower()
    return w in _IRREGULAR or w.endswith("ed") or (w.endswith("s") and not w.endswith("ss"))


def _subject_end(words: list[str]) -> int:
    """Index of the first word after the subject (the verb)."""
    content = [
        i for i, w in enumerate(words) if i > 0 and w[:1].islower() and w.lower() not in STOPWORDS
    ]
    if not content:
        return len(words)
    first = content[0]
    if words[0].lower() in ("the", "a", "an") and not _verb_like(words[first]):
        later = [i for i in content[1:6] if _verb_like(words[i])]
        return later[0] if later else first  # "The mayor unveiled ...": skip the noun phrase
    return first


def what_of(text: str) -> str | None:
    """A short verb phrase: the first verb after the subject, up to a clause break."""
    words = _WORD.findall(text)
    start = _subject_end(words)
    picked: list[str] = []
    for w in words[start:]:
        if not w[:1].isalnum() or (len(picked) >= 2 and w.lower() in _STOPPERS):
            break
        picked.append(w)
        if len(picked) >= _MAX_WHAT:
            break
    while picked and picked[-1].lower() in STOPWORDS:
        picked.pop()
    return " ".join(picked) if len(picked) >= 1 else None


def _subject(text: str) -> str:
    """The words before the first verb-like word."""
    words = _WORD.findall(text)
    return " ".join(words[: _subject_end(words)])


def who_of(texts: Sequence[str], persons: Sequence[Fact], others: Sequence[Fact]) -> str | None:
    """People named in the headline's or lead's subject, else organisations or places there."""
    subjects = [_subject(t) for t in texts if t]
    for group in (persons, others):
        for subject in subjects:
            named = [f.text for f in group if _named_in(f, subject)]
            if named:
                return " and ".join(dict.fromkeys(named[:2]))
    return persons[0].text if persons else None


def _named_in(fact: Fact, text: str) -> bool:
    """The fact's name (or an alias) occurs in the text."""
    return any(re.search(rf"\b{re.escape(n)}\b", text) for n in (fact.text, *fact.aliases))


def build_event(
    title: str | None,
    lead: str,
    facts: Sequence[Fact],
    when: str | None,
    where: str | None,
) -> Event:
    """The main event from the headline, the lead sentence and the ranked facts."""
    persons = [f for f in facts if f.kind == "person"]
    others = [f for f in facts if f.kind in ("organization", "place")]
    who = who_of([title or "", lead], persons, others)
    what = (what_of(title) if title and not _title_case(title) else None) or what_of(lead)
    return Event(who=who, what=what, when=when, where=where)


def _title_case(text: str) -> bool:
    """Headline in Title Case: its lower-case words cannot mark the verb."""
    words = [w for w in text.split() if w[:1].isalpha() and w.lower() not in STOPWORDS]
    return bool(words) and sum(w[:1].isupper() for w in words) >= 0.8 * len(words)
