"""Quotes: direct quotes with their speaker and cue, scare quotes marked as such."""

from __future__ import annotations

import bisect
import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass

from newsfacts.lazyre import lazy, matched_key
from newsfacts.model import Document, Fact, Sentence
from newsfacts.words import DETERMINERS

# Curly and straight marks pair with each other: pages mix them ("“a bullet," he said).
_QUOTE = re.compile(r"[“\"](?P<a>[^“”\"]{1,1500}?)[”\"]", re.S)
_NAME = r"(?:[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|(?:of|de|van|von|al)\b(?=\s+[A-Z])))*)"
# A common-noun speaker, whole: "a spokesperson", "an aide to Mayor Ortiz", "the city's lawyer".
_LINK = (
    r"(?:for|of|at|with|to|on|in|by|from|after|before|as|and|or|who|that|which|also|then|later"
    r"|earlier|previously|once|again|has|had|have|was|is|were|are|will|would)\b"
)
_NOUN = rf"(?!{_LINK})[a-z][\w'’-]*"
_COMMON = (
    rf"\b(?:[Aa]n?|[Oo]ne|[Tt]he)\s+(?:{_NOUN}\s+){{0,2}}(?!{_LINK})[a-z][\w-]*(?![\w-])"
    rf"(?:\s+(?:for|of|at|with|to)\s+(?:the\s+)?(?:{_NAME}|{_NOUN}(?:\s+{_NOUN})?)"
    rf"|(?!\s+[A-Z]))"  # "a buoyant Gen. Ola Berg": the name is the speaker, not "a buoyant"
)
_WHO = rf"(?P<who>{_NAME}|[Hh]e|[Ss]he|[Tt]hey|{_COMMON})"
# Words between a closing quote and its speaker's name ("party spokesman Ben Li said", "head of
# security Ben Li said"): never "a" or a preposition such as "for", so "a spokesperson for Ben
# Li said" is the spokesperson's quote.
_SKIP = r"(?:(?!(?i:a|an|one|for|to|with|at|from|by|in|on|after|before|as)\s)[\w.'’-]+\s+)"
# The cue verbs: a text without one of them (as a substring) matches no pattern that needs a cue.
CUE_WORDS = (
    "said", "says", "told", "added", "explained", "wrote", "argued", "noted", "stated", "insisted",
    "warned", "announced", "declared", "replied", "recalled", "claimed", "admitted", "stressed",
    "tweeted", "posted", "asked",
)  # fmt: skip
_CUE = "(?P<cue>" + "|".join(rf"{w}\s+\w+" if w == "told" else w for w in CUE_WORDS) + ")"
_ADVERB = r"(?:(?:also|later|then|again|previously|earlier|once)\s+)?"  # "Li also said"
# Each pattern with the words one of which it cannot match without: cheap tests that spare
# compiling and running the long patterns on text with no cue.
_ACCORDING = ("according to", "said", "says")
AFTER = (  # what follows the closing quote
    (CUE_WORDS, lazy(rf"^[,.]?\s*{_SKIP}{{0,4}}?{_WHO}\s+{_ADVERB}{_CUE}\b")),
    (CUE_WORDS, lazy(rf"^[,.]?\s*{_CUE}\s+(?:(?:an?|the|one)\s+)?(?:{_NOUN}\s+){{0,2}}?{_WHO}")),
)
BEFORE = (  # what precedes the opening quote
    (CUE_WORDS, lazy(rf"{_WHO}\s+{_ADVERB}{_CUE}(?:\s+\w+)?\s*[:,]?\s*$")),
    (_ACCORDING, lazy(rf"\b(?:according to|said|says)\s+{_WHO}\s*[:,]\s*$")),
)
ANYWHERE = (
    (_ACCORDING[:1], lazy(rf"\baccording to\s+{_WHO}")),
    (CUE_WORDS, lazy(rf"(?:^|,\s*){_WHO}\s+{_CUE}\b")),
)
SCARE_MAX_WORDS = 4
PHRASE_MAX_WORDS = 3  # a quoted phrase this short is never a quote, punctuated or not
FRAGMENT_MAX_WORDS = 6  # a lower-case phrase this short, with no speaker, is borrowed words
_UNNAMED_CUE_WHO = rf"{_CUE}\s+{_WHO}".replace("(?P<cue>", "(?:").replace("(?P<who>", "(?:")
# The words between two quotes, paired out of phase: ", the office said. Omar is…"
_OUTSIDE = lazy(
    rf"^[,.]?\s*(?!(?:He|She|They|I|We)\b)(?:{_SKIP}{{0,4}}?{_WHO}\s+{_ADVERB}{_CUE}|{_UNNAMED_CUE_WHO})"
    r"(?:\s+[\w’'-]+){0,4}[.,](?:\s|$)"
)  # "He said no. We…" is a quote that reports speech


@dataclass(frozen=True)
class QuoteHit:
    """One quote: its text, the sentence it starts in, the speaker as written, scare or not."""

    text: str
    sentence: int
    speaker: str | None
    scare: bool


def _sentence_at(starts: list[int], offset: int) -> int:
    """Index of the sentence containing a text offset."""
    return max(0, bisect_right(starts, offset) - 1)


def said_whole(inner: str, who: str | None, after: str) -> bool:
    """A whole short statement its attribution follows: '"Not before June", she said.', '"We
    will rebuild," a spokesperson said.', '„Nie wieder“, sagte Geiger.' (a capital, a comma,
    then who said it): said, not held at a distance."""
    closed = after.lstrip()[:1] == "," or inner.rstrip().endswith(",")
    return who is not None and inner[:1].isupper() and closed


def _is_scare(inner: str, who: str | None, after: str) -> bool:
    """A word or phrase held at a distance, or a title of a work: not a clause someone said."""
    words = inner.split()
    said = said_whole(inner, who, after)
    if len(words) <= PHRASE_MAX_WORDS and not (said and len(words) > 1 and not _is_title(words)):
        return True  # "This Week," said …: a show's title, not words said
    if len(words) <= SCARE_MAX_WORDS and not said and not re.search(r"[.!?,]\s*$", inner):
        return True
    if who is None and words[0][:1].islower() and len(words) <= FRAGMENT_MAX_WORDS:
        return True  # "end of an era", "subject to change without notice": a borrowed phrase
    return who is None and _is_title(words)


# Longer words a title leaves in lower case ("Dancing with the Stars").
_MINOR = frozenset(["with", "from", "into", "onto", "over", "upon", "than", "that"])


def _is_title(words: list[str]) -> bool:
    """Every longer word capitalised, no comma and no question: 'Wild Nights at the Pier'."""
    bare = [w.strip(".,:;!?'’") for w in words]
    long = [w for w in bare if len(w) > 3 and w.lower() not in _MINOR]
    text = " ".join(words).rstrip(".,")  # "the essay “The Case for Rail,” argued that…"
    return bool(long) and all(w[0].isupper() for w in long) and not re.search(r"[,?!]", text)


def _speaker(before: str, after: str, sentence: str) -> str | None:
    """The speaker as the text names it, from the cue after, before or around the quote."""
    tries = [*((p, after) for p in AFTER), *((p, before) for p in BEFORE)]
    for (needs, pattern), text in [*tries, *((p, sentence) for p in ANYWHERE)]:
        m = pattern.search(text) if _has_any(text, needs) else None
        if m and matched_key(m.group("who")) not in _NOT_SPEAKERS:
            return _tidy(m.group("who"))
    return None


# Words a cue can follow that name no one ("That said, ...", "This says more about ...").
_NOT_SPEAKERS = frozenset(("that", "this", "which", "what", "there", "here"))


def _has_any(text: str, words: tuple[str, ...]) -> bool:
    """Whether the text holds one of the words, anywhere (a superset of any regex need)."""
    return any(w in text for w in words)


def _tidy(who: str) -> str:
    """A speaker without the sentence's closing period ('Ana Ruiz.' -> 'Ana Ruiz'; 'U.S.' stays)."""
    last = who.split()[-1]
    return who[:-1] if who.endswith(".") and len(last) > 2 and "." not in last[:-1] else who


def find_quotes(text: str, sentences: Sequence[Sentence]) -> list[QuoteHit]:
    """Every quote in the article text, with the sentence it starts in."""
    starts = [s.start for s in sentences]
    out: list[QuoteHit] = []
    pos = 0
    while sentences and (m := _QUOTE.search(text, pos)):
        inner = m.group("a").strip()
        pos = m.end()
        if _has_any(inner, CUE_WORDS) and _OUTSIDE.match(
            inner
        ):  # an unpaired mark before: this closing mark opens the next
            pos = m.end() - 1
            continue
        if not inner:
            continue
        first = _sentence_at(starts, m.start())
        last = _sentence_at(starts, m.end() - 1)
        sent_start, sent_end = sentences[first].start, sentences[last].end
        before = text[sent_start : m.start()]
        after = text[m.end() : max(sent_end, m.end())]
        outside = before + " " + after  # the quote's own words never name its speaker
        who = _speaker(before, after, outside)
        clean = " ".join(inner.split()).rstrip(",")
        out.append(QuoteHit(clean, first, who, _is_scare(inner, who, after)))
    return out


class SpeakerIndex:
    """Resolves speakers in time independent of the article's length: built once per document,
    it looks people up by sentence and owners ("Yoon's office") by position."""

    def __init__(self, doc: Document, people: Sequence[Fact]) -> None:
        """Index the people by the sentence they are first named in."""
        self.doc = doc
        self.people = people
        first: dict[int, Fact] = {}
        for p in people:
            first.setdefault(p.sentence, p)  # max() keeps the first of equals: so does this
        self.sentences = sorted(first)
        self.first = first
        self.owners: dict[str, re.Match[str]] | None = None
        self.names: dict[tuple[str, str], int] | None = None

    def resolve(self, who: str | None, sentence: int) -> str | None:
        """'he' -> the last person named; 'the office' -> "Yoon's office"; 'Yoon' -> full name."""
        if who is None:
            return None
        low = who.lower()
        if low in ("he", "she", "they"):
            at = bisect.bisect_right(self.sentences, sentence)
            return self.first[self.sentences[at - 1]].text if at else None
        titled = self._titled(low, sentence)
        if titled is not None:
            return titled  # "said the finance minister, Ann Lee," -> Ann Lee
        if low.startswith("the ") and len(low.split()) <= 3 and low.split()[-1].isalpha():
            noun = low.split()[-1]
            cut = self.doc.sentences[sentence].end if self.doc.sentences else 0
            owner = self._owner(noun, cut)
            return f"{owner}'s {noun}" if owner else who
        return self._named(who)

    def _titled(self, low: str, sentence: int) -> str | None:
        """The person named by then whose role the speaker's words are ('the finance minister'
        for 'Ann Lee, finance minister'), the latest named; None when no role matches."""
        role = low.removeprefix("the ").strip()
        article, _, noun = role.partition(" ")  # "le ministre", "o presidente": another language's
        foreign = article in FOREIGN_ARTICLES and noun.isalpha()
        found = [p for p in self.people if p.role and _holds(p.role.lower(), role, noun, foreign)]
        found = [p for p in found if p.sentence <= sentence]
        return max(found, key=lambda p: p.sentence).text if found else None

    def _named(self, who: str) -> str:
        """The first person whose name, an alias or surname (after a space) `who` is, else who."""
        if self.names is None:
            self.names = {}
            for at, p in reversed(list(enumerate(self.people))):  # the first one wins
                keys = [("name", p.text), *(("name", a) for a in p.aliases)]
                keys += [("surname", p.text.split()[-1])] if p.text.split() else []
                self.names.update(dict.fromkeys(keys, at))
        _, space, last = who.rpartition(" ")
        hits = [self.names.get(("name", who)), self.names.get(("surname", last)) if space else None]
        found = [at for at in hits if at is not None]
        return self.people[min(found)].text if found else who

    def _owner(self, noun: str, cut: int) -> str | None:
        """The first "X's noun" in the text before offset `cut` (X), else None."""
        text = self.doc.article.text
        if not _WORD.fullmatch(noun) or text.endswith(noun, 0, cut):
            # Rare: an odd noun, or a match that could end right at the cut: search the cut text.
            pattern = re.compile(rf"\b([A-Z][\w-]+)['’]s\s+{re.escape(noun)}\b")
            owners = pattern.findall(text, 0, cut)
            return owners[0] if owners else None
        # A match ending before the cut is the same in the cut text; matches never overlap,
        # so the first one in the whole text decides.
        m = self._first_owners().get(noun)
        return m.group(1) if m and m.end() + len(noun) < cut else None

    def _first_owners(self) -> dict[str, re.Match[str]]:
        """The first "X's " before each word of the text, by that word (one scan, on demand)."""
        if self.owners is None:
            text = self.doc.article.text
            self.owners = {}
            for m in _OWNER.finditer(text):
                word = _WORD_AT.match(text, m.end())
                self.owners.setdefault(word.group() if word else "", m)
        return self.owners


_OWNER = re.compile(r"\b([A-Z][\w-]+)['’]s\s+")
_WORD = re.compile(r"\w+")
_WORD_AT = re.compile(r"\w*")


# The articles of the other languages (English's own, and "a" that Portuguese shares, left out:
# English speakers resolve as before).
MIN_COMPOUND_ROLE = 5  # a role word this long ends a compound one ('Bundesinnenministerin')
FOREIGN_ARTICLES = DETERMINERS - {"the", "a", "an", "his", "her", "its", "their", "our"}


def _holds(held: str, role: str, noun: str, foreign: bool) -> bool:
    """Whether a person's role is the one a speaker is called by: the same words, or in another
    language the role word alone after its article ('le ministre' for 'ministre des Transports')."""
    compound = foreign and len(noun) >= MIN_COMPOUND_ROLE and held.endswith(noun)
    return held == role or compound or (foreign and (held == noun or held.startswith(noun + " ")))
