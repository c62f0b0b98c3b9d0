"""Segment stage: paragraphs -> sentences, offline, with a rule-based boundary detector.

Candidate boundaries are runs of terminal punctuation (plus closing quotes/brackets) and
line breaks; an ordered registry of small rules decides each one (first opinion wins).
Sentences are returned as spans, so every sentence is verbatim text of the article.
"""

from __future__ import annotations

import bisect
import itertools
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from itertools import pairwise

from newsfacts.abbreviations import rejoin
from newsfacts.lines import BULLETS, CLOSERS, line_break_splits, list_items, protected, toc_entries
from newsfacts.memo import cached_attribute
from newsfacts.model import Article, Document, Sentence

# --- word lists ------------------------------------------------------------------------------


def _wordset(words: str) -> frozenset[str]:
    """A frozenset from a whitespace-separated word list (keeps long lists readable)."""
    return frozenset(words.split())


# Titles and place prefixes that precede a name: a period after them never ends a sentence.
PREPOSITIVE = _wordset(
    """mr mrs ms messrs mme mlle dr prof sen rep gov gen col lt sgt capt cpl maj adm cmdr brig
    rev hon pres supt det insp mt ft fr vs v cf ca approx univ
    """
)
# Reference abbreviations that precede a number (`No. 5`, `Fig. 2`, `p. 55`); elsewhere they
# are ordinary words (`he said no. Gen. Kim ...`).
NUMERIC = _wordset("no nos nr n° fig figs vol vols pp p op art ch sec")
# Abbreviations that end a sentence when a sentence-starter follows (`in the U.S. The...`).
AMBIGUOUS = _wordset(
    """jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat
    sun a.m p.m e.g i.e u.s u.k u.n e.u u.s.a etc inc ltd co corp bros plc llc jr sr esq
    dept min max govt intl natl assn st ave blvd
    """
)
# Titles are never sentence-final before a name; `Jr.`/`Sr.` follow a name and may end one.
POSTPOSITIVE = frozenset({"jr", "sr", "etc", "inc", "ltd", "co", "corp", "bros", "plc", "llc"})

# Closed-class words (and titles) that typically open a sentence: after an ambiguous
# abbreviation, one of these signals a new sentence while a content word (`U.S. Army`) does not.
STARTERS = _wordset(
    """the a an this that these those he she it they we i you his her its their our my your
    there here but and or so yet however in on at for from by with after before when while if
    as since although though because what who whom where why how which do does did is are was
    were will would can could should may might must has have had not no all some many most
    one both each every also then now still meanwhile mr mrs ms dr prof according last next
    earlier later today yesterday tomorrow such other another during despite under over
    until unless instead once let please"""
)

# After a clock time (`at 10 p.m.`) a capitalised word starts a new sentence unless it names
# the day, the month or the time zone (`at 8 p.m. Tuesday`, `6 a.m. GMT`).
CLOCK_SUFFIX = frozenset({"a.m", "p.m"})
CLOCK_FOLLOWERS = _wordset(
    """monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs
    fri sat sun january february march april may june july august september october november
    december jan feb mar apr jun jul aug sep sept oct nov dec today tonight local"""
)

TERMINATOR = re.compile(r"\.(?:[ \u00a0]\.){2,}|[.!?…]+|[。！？]+")
# Chinese and Japanese end a sentence with a wide mark and no space after it; one inside a
# quotation (「…。」) ends at the closing bracket instead.
WIDE_STOPS = "。！？"
WIDE_CLOSERS = "」』）】〉》"
OPENERS = "\"'“‘([«‹¿¡"
# Glued to the end mark, these close a quotation: German „…“, ‚…‘, »…« and ›…‹ (an English “
# and a French « open after a space, never straight after a full stop)
GLUED_CLOSERS = "“‘«‹"
# Low opening marks: a sentence may open with one after a full stop (never an English mark).
LOW_OPENERS = ("„", ",,")
# Closing tags, and line-break tags (a break ends its line): both stay with the sentence before.
HTML_CLOSE = re.compile(r"</[a-zA-Z][a-zA-Z0-9]*>|<(?:br|hr)\s*/?>", re.IGNORECASE)
HTML_OPEN = re.compile(r"^(?:<[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?>)+")
DOT_LEADER = re.compile(r"\.{4,}|(?:\. ){3,}\.")
NEXT_TOKEN = re.compile(r"\s*(\S*)")
TOKEN_REACH = 200  # characters read for the next token (text without spaces stays linear)
QUOTE_CLOSE = re.compile(r"[\"”][ \t]*(\S*)")
QUOTE_REACH = 200  # a run of short exclamations, not a long quoted passage
FULL_STOP = re.compile(r"(?<![A-Z])\.[ \t]+\S")  # a statement ends inside the quotation
# Verbs that follow a quotation's speaker (`"Why?" Tom asked`); within the next few words.
SPEECH_VERBS = _wordset(
    """said says asked asks shouted shouts screamed yelled cried roared called replied added
    whispered demanded chanted sang muttered exclaimed told wrote"""
)
SPEAKER_REACH, SPEAKER_WORDS = 60, 4
CLAUSE_OPENERS = _wordset(
    "that the a an his her their its my our your he she they it we i you this"
)
NO_SPACE_BOUNDARY = re.compile(r"(?<=[a-z]{2}[.!?])(?=[A-Z][a-z])|(?<=\d[.!?])(?=[A-Z][a-z])")
BLANK_LINE = re.compile(r"\n[ \t\r]*\n\s*")


WORDS_WINDOW = 400  # characters looked back to count a sentence's words
QUOTE_WINDOW = 2000  # characters looked back for an open quotation (linear time on any text)


class Ranges:
    """Ranges where no boundary may fall, with a logarithmic "is [s, e) inside one?" test."""

    def __init__(self, ranges: Iterable[tuple[int, int]]) -> None:
        ordered = sorted(ranges)
        self.starts = [a for a, _ in ordered]
        self.reach = list(itertools.accumulate((b for _, b in ordered), max))

    def covers(self, start: int, end: int) -> bool:
        """True when one range holds [start, end): some range opening at or before start
        closes at or after end (the furthest reach among those opening early enough)."""
        i = bisect.bisect_right(self.starts, start) - 1
        return i >= 0 and self.reach[i] >= end


@dataclass(frozen=True)
class Candidate:
    """One possible boundary: terminator [start, end) and the span's end after closers."""

    text: str
    seg_start: int
    term_start: int
    term_end: int
    end: int
    protected: Ranges

    @property
    def terminator(self) -> str:
        """The punctuation run itself."""
        return self.text[self.term_start : self.term_end]

    @cached_attribute
    def prev_token(self) -> str:
        """The whitespace-delimited token the terminator ends, without its terminator."""
        start = self.text.rfind(" ", self.seg_start, self.term_start) + 1
        nl = self.text.rfind("\n", self.seg_start, self.term_start) + 1
        return self.text[max(start, nl, self.seg_start) : self.term_start]

    @cached_attribute
    def next_token(self) -> str:
        """The whitespace-delimited token after the candidate ('' at the end)."""
        m = NEXT_TOKEN.match(self.text, self.end, self.end + TOKEN_REACH)
        return m.group(1) if m else ""

    @property
    def words_before(self) -> int:
        """How many words the sentence would have if it ended here (counted in the last
        WORDS_WINDOW characters: rules ask about a few words, and a scan back to the sentence's
        start for every candidate is quadratic on text with no boundary, `U.S. U.S. ...`)."""
        start = max(self.seg_start, self.term_end - WORDS_WINDOW)
        return len(self.text[start : self.term_end].split())


Rule = Callable[[Candidate], "bool | None"]


def _core(token: str) -> str:
    """A token without opening quotes/brackets, lower-cased: the abbreviation lookup key."""
    return token.lstrip(OPENERS).lower()


def _word_start(token: str) -> str:
    """First letter or digit of a token after opening quotes/brackets ('' if none)."""
    stripped = HTML_OPEN.sub("", token).lstrip(OPENERS)
    return stripped[:1]


def _is_starter(token: str) -> bool:
    """A capitalised closed-class word (or title) that usually begins a sentence."""
    word = re.sub(r"[^\w]+$", "", HTML_OPEN.sub("", token).lstrip(OPENERS))
    word = re.split(r"['’]", word)[0]  # `I'm`, `We'll`: the pronoun decides
    return word[:1].isupper() and word.lower().rstrip(".") in STARTERS


# --- rules: each returns True (split), False (no split) or None (no opinion) ----------------


def rule_protected(c: Candidate) -> bool | None:
    """No boundary inside a parenthetical, a URL/e-mail, or a list marker."""
    return False if c.protected.covers(c.term_start, c.end) else None


def rule_end_of_text(c: Candidate) -> bool | None:
    """Nothing follows: the caller closes the last sentence anyway."""
    return False if not c.next_token else None


def rule_bracketed_ellipsis(c: Candidate) -> bool | None:
    """`[...]` marks an omission inside a quotation, never a boundary."""
    return False if c.text[c.term_start - 1 : c.term_start] == "[" else None


def rule_lowercase_next(c: Candidate) -> bool | None:
    """A following lower-case word continues the sentence (`"Great." she said`, `Yahoo! in`)."""
    first = _word_start(c.next_token)
    return False if first.islower() else None


def rule_ellipsis(c: Candidate) -> bool | None:
    """A bare three-dot ellipsis before `I` is a pause; a fourth dot is a full stop."""
    dots = c.terminator.count(".") + 3 * c.terminator.count("…")
    if dots < 3 or "?" in c.terminator or "!" in c.terminator:
        return None
    if dots == 3 and _core(c.next_token).rstrip(",.;:") in ("i", "i'm", "i’m"):
        return False
    return True if _word_start(c.next_token)[:1].isupper() else None


def rule_dot_leader(c: Candidate) -> bool | None:
    """A table of contents' dot leader (`Methods ...... 4`) runs to a page number, no boundary."""
    if DOT_LEADER.fullmatch(c.terminator) and _word_start(c.next_token).isdigit():
        return False
    return None


def rule_quoted_exclamations(c: Candidate) -> bool | None:
    """`"Run! Get out! Now!" he shouted`: a `!`/`?` inside a quotation that closes soon, with
    no full stop before the close, belongs to the quoted passage (one segment)."""
    closers = c.text[c.term_end : c.end]
    if "." in c.terminator or '"' in closers or "”" in closers:
        return None
    opened = c.text[max(c.seg_start, c.term_start - QUOTE_WINDOW) : c.term_start]
    if opened.count('"') % 2 == 0 and opened.count("“") <= opened.count("”"):
        return None
    m = QUOTE_CLOSE.search(c.text, c.end, min(len(c.text), c.end + QUOTE_REACH))
    if m is None or FULL_STOP.search(c.text, c.end, m.start()):
        return None  # a quoted passage of statements: its sentences split as usual
    return False


def rule_quote_speaker(c: Candidate) -> bool | None:
    """`"Fire! Fire!" Mrs. Hale screamed`: after a quoted exclamation or question, a speaker
    and a speech verb within the next few words continue the sentence, unless the verb opens
    a clause of its own (`Lawrence said his goal is ...`: a new sentence)."""
    closers = c.text[c.term_end : c.end]
    if "." in c.terminator or not any(q in closers for q in "\"”'’"):
        return None
    words = c.text[c.end : c.end + SPEAKER_REACH].split()[: SPEAKER_WORDS + 1]
    for i, word in enumerate(words[:SPEAKER_WORDS]):
        core = word.strip(".,;:!?").lower()
        if core in SPEECH_VERBS:
            after = words[i + 1].lower() if i + 1 < len(words) and word[-1:].isalpha() else ""
            return None if after in CLAUSE_OPENERS else False
        if word[-1:] in ".!?" and core not in PREPOSITIVE:
            return None
    return None


def rule_clock(c: Candidate) -> bool | None:
    """After a clock time (`at 10 p.m.`), a capitalised word starts a sentence unless it is a
    day, month or time zone, or the time is a fronted phrase (`At 5 a.m. Mr. Smith ...`)."""
    key = _core(c.prev_token)
    if c.terminator != "." or key not in CLOCK_SUFFIX:
        return None
    before = c.text[max(c.seg_start, c.term_start - WORDS_WINDOW) : c.term_start].split()
    if len(before) < 2:
        return None
    if not re.fullmatch(r"\d{1,2}(?:[:.]\d\d)?", before[-2]) or c.words_before <= 3:
        return None
    word = re.split(r"['’]", re.sub(r"[^\w]+$", "", c.next_token.lstrip(OPENERS)))[0]
    zone = word.isupper() and len(word) > 1
    if not word[:1].isupper() or word.lower() in CLOCK_FOLLOWERS or zone:
        return None
    return True


def rule_digit_next(c: Candidate) -> bool | None:
    """A number after an abbreviation belongs to it (`No. 5`, `Sept. 4`, `p. 55`)."""
    if not _word_start(c.next_token).isdigit():
        return None
    key = _core(c.prev_token)
    return not (key in PREPOSITIVE or key in AMBIGUOUS or key in NUMERIC or len(key) == 1)


def rule_single_letter(c: Candidate) -> bool | None:
    """An initial (`E. Smith`, `S. Korea`) does not end a sentence; pronoun `I` may."""
    token = c.prev_token.lstrip(OPENERS)
    if len(token) != 1 or not token.isalpha() or c.terminator != ".":
        return None
    before = c.text[max(c.seg_start, c.term_start - WORDS_WINDOW) : c.term_start - 1].split()
    after_lower = bool(before) and before[-1][:1].islower()
    return after_lower and token.isupper() and _is_starter(c.next_token)


def rule_prepositive(c: Candidate) -> bool | None:
    """Titles and reference abbreviations (`Mr.`, `Dr.`, `Mt.`, `No.`) never end a sentence."""
    key = _core(c.prev_token)
    if c.terminator == "." and key in PREPOSITIVE and key not in POSTPOSITIVE:
        return False
    return None


def rule_ambiguous(c: Candidate) -> bool | None:
    """After `U.S.`, `p.m.`, `Inc.`: a new sentence only if a sentence-starter follows."""
    key = _core(c.prev_token)
    dotted = re.fullmatch(r"(?:[a-z]\.)+[a-z]", key) is not None
    if c.terminator != "." or (key not in AMBIGUOUS and not dotted):
        return None
    if key in POSTPOSITIVE:
        return _word_start(c.next_token).isupper()
    if c.words_before <= 3:  # `At 5 a.m. Mr. Smith ...`: a fronted phrase, not a sentence
        return False
    return _is_starter(c.next_token)


def rule_default(c: Candidate) -> bool | None:
    """Otherwise a capital, a letter of a script without capitals, a digit or an opening
    quote/bracket after the punctuation starts one."""
    nxt = c.next_token
    if not nxt:
        return False
    if nxt.startswith(LOW_OPENERS):  # „Wir …“ (German), ,,De kade …'' (Dutch typewriter marks)
        if c.terminator == "." and c.prev_token.isdigit() and len(c.prev_token) <= 3:
            return False  # "Die 12. „Lange Nacht“": a number and its dot is an ordinal
        nxt = nxt.lstrip("„,")
        return _word_start(nxt)[:1].isupper()
    first = _word_start(nxt)[:1]
    return nxt[0] in OPENERS or nxt[0] in BULLETS or first.isupper() or _uncased(first)


def _uncased(char: str) -> bool:
    """A letter of a script without capitals (hangul, kana, Chinese): it may open a sentence."""
    return char.isalpha() and char.lower() == char.upper() == char


RULES: tuple[Rule, ...] = (
    rule_protected,
    rule_end_of_text,
    rule_bracketed_ellipsis,
    rule_lowercase_next,
    rule_ellipsis,
    rule_dot_leader,
    rule_quoted_exclamations,
    rule_quote_speaker,
    rule_clock,
    rule_digit_next,
    rule_single_letter,
    rule_prepositive,
    rule_ambiguous,
    rule_default,
)


def is_boundary(c: Candidate) -> bool:
    """Run the rule registry; the first rule with an opinion decides."""
    for rule in RULES:
        verdict = rule(c)
        if verdict is not None:
            return verdict
    return False


# --- splitting ------------------------------------------------------------------------------


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink a span to exclude surrounding whitespace."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _closers_end(text: str, pos: int, limit: int) -> int:
    """Extend past closing quotes, brackets, closing HTML tags and line-break tags."""
    while pos < limit:
        if text[pos] in CLOSERS or text[pos] in GLUED_CLOSERS:
            pos += 1
        elif text[pos] == "<" and (tag := HTML_CLOSE.match(text, pos, limit)):
            pos = tag.end()
        else:
            return pos
    return pos


def _attached_ellipsis_cut(text: str, start: int, term: re.Match[str]) -> int | None:
    """`word. . . . Next`: the first dot ends the sentence, the ellipsis opens the next."""
    attached = term.start() > start and not text[term.start() - 1].isspace()
    if attached and term.group().count(".") >= 4 and " " in term.group():
        return term.start() + 1
    return None


def _block_cuts(text: str, start: int, end: int) -> list[int]:
    """Boundary offsets inside one paragraph-like block."""
    brackets = protected(text, start, end)
    items = list_items(text, start, end)
    markers = tuple((a, b) for a, b in items if b > a) + toc_entries(text, start, end)
    guarded, inside = Ranges(brackets + markers), Ranges(brackets)
    cuts = {a for a, _ in items if a > start}
    cuts.update(line_break_splits(text, start, end, brackets))
    seg_start = start
    for term in TERMINATOR.finditer(text, start, end):
        after = _closers_end(text, term.end(), end)
        tagged = "<" in text[term.end() : after] or text[after : after + 1] == "<"
        if after < end and not text[after].isspace() and not tagged:
            wide = term.group()[-1] in WIDE_STOPS and text[after] not in WIDE_CLOSERS
            glued = (
                wide or NO_SPACE_BOUNDARY.match(text, after) is not None
            ) and after == term.end()
            if glued and not inside.covers(term.start(), term.start() + 1):
                cuts.add(after)
                seg_start = after
            continue
        early = _attached_ellipsis_cut(text, start, term)
        cand = Candidate(text, seg_start, term.start(), term.end(), after, guarded)
        if early is not None and rule_default(cand):
            cuts.add(early)
            seg_start = early
        elif is_boundary(cand):
            cuts.add(after)
            seg_start = after
    return sorted(cuts)


def _blocks(text: str) -> list[tuple[int, int]]:
    """Paragraph ranges: text between blank lines."""
    out, pos = [], 0
    for m in BLANK_LINE.finditer(text):
        out.append((pos, m.start()))
        pos = m.end()
    out.append((pos, len(text)))
    return out


def _block_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Sentence spans of one block, whitespace-trimmed, empty ones dropped."""
    bounds = [start, *_block_cuts(text, start, end), end]
    spans = (_trim(text, a, b) for a, b in pairwise(bounds))
    return [(a, b) for a, b in spans if b > a]


def split_spans(text: str) -> list[tuple[int, int]]:
    """Sentence spans (start, end) into `text`, stripped, in order; never across blank lines."""
    return [span for a, b in _blocks(text) for span in _block_spans(text, a, b)]


def split(text: str) -> list[str]:
    """Sentence strings of `text` (convenience for benchmarks and tests)."""
    return [text[a:b] for a, b in split_spans(text)]


def segment(article: Article) -> Document:
    """Split the article's paragraphs into indexed sentences with offsets into its text."""
    text = article.text
    sentences: list[Sentence] = []
    paragraph = 0
    for a, b in _blocks(text):
        spans = _block_spans(text, a, b)
        if article.language not in (None, "en"):  # hook: another language's abbreviations
            spans = rejoin(text, spans, article.language)
        for s, e in spans:
            sentences.append(Sentence(len(sentences), text[s:e], paragraph, s, e))
        paragraph += bool(spans)
    return Document(article=article, sentences=tuple(sentences))
