"""Lines, paragraph blocks and the document's own vocabulary: what every cleaning step reads."""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass

from newsfacts import lexicon
from newsfacts.memo import cached_attribute

WORD = re.compile(r"\w+")
SENTENCE_END = re.compile(r"[.!?…。！？][\"”’»)」』]?$")
_BULLET = re.compile(r"^(?:[*+•·▪►–-]|o(?=\s))\s+|^[*+•·▪]$")
_COMPOUND = re.compile(r"\b\w+-\w+")  # \b: linear on very long tokens
MAX_PAIR_LOOKUPS = 50  # word-pair searches per document (each one reads the whole text)


@functools.cache
def _unspaced() -> re.Pattern[str]:
    """Kana, CJK ideographs and hangul: scripts written without spaces between words.

    Compiled on first need: a class spanning 40,000 code points takes ~8 ms to compile, and
    most texts never reach it (`has_unspaced` asks `lexicon.reaches_unspaced` first).
    """
    return re.compile(f"[{lexicon.UNSPACED_SCRIPTS}]")


def count_unspaced(text: str) -> int:
    """How many kana/CJK/hangul characters the text has."""
    return len(_unspaced().findall(text)) if lexicon.reaches_unspaced(text) else 0


def has_unspaced(text: str) -> bool:
    """Whether the text has any kana/CJK/hangul character."""
    return lexicon.reaches_unspaced(text) and bool(_unspaced().search(text))


@dataclass(frozen=True)
class Line:
    """One non-blank input line: its text and whether it was a list item."""

    text: str
    bullet: bool


@dataclass(frozen=True)
class Block:
    """One paragraph candidate after line repair."""

    text: str
    bullet: bool

    @cached_attribute
    def words(self) -> list[str]:
        """Word tokens."""
        return WORD.findall(self.text)

    @cached_attribute
    def size(self) -> int:
        """Length in words; unspaced scripts (CJK) count one word per two characters."""
        return len(self.words) + count_unspaced(self.text) // 2


@dataclass
class Vocabulary:
    """What the document itself shows about its words, for line-break decisions."""

    text: str
    words: Counter[str]
    hyphenated: frozenset[str]
    language: str | None
    pair_lookups: int = 0

    def has_pair(self, left: str, right: str) -> bool:
        """Whether the document writes these two words side by side on one line somewhere.

        Searched on demand (few breaks need it) and capped, so cleaning stays linear.
        """
        self.pair_lookups += 1
        if self.pair_lookups > MAX_PAIR_LOOKUPS:
            return False
        needle, at = f"{left} {right}", -1
        while (at := self.text.find(needle, at + 1)) >= 0:
            before = self.text[at - 1 : at] if at else " "
            after = self.text[at + len(needle) : at + len(needle) + 1] or " "
            if not (before.isalnum() or after.isalnum()):
                return True
        return False


def split_lines(text: str) -> list[Line | None]:
    """Input lines with indentation and list markers removed; None for a blank line."""
    out: list[Line | None] = []
    for raw in text.split("\n"):
        stripped = " ".join(raw.split())
        marker = _BULLET.match(stripped)
        content = stripped[marker.end() :].strip() if marker else stripped
        out.append(Line(content, marker is not None) if content or marker else None)
    return out


def build_vocabulary(text: str) -> Vocabulary:
    """Word counts, hyphenated compounds and language of the whole document."""
    tokens = WORD.findall(text)
    words = Counter(map(str.lower, tokens))
    compounds = frozenset(m.lower() for m in _COMPOUND.findall(text))
    # Function words are written in lower case; names and shouted headlines are not, and
    # stoplists of other languages hold many names (Van, Giovanni).
    plain = Counter(w for w in tokens if w.isalpha() and w == w.lower())
    return Vocabulary(text, words, compounds, lexicon.guess_language(plain or words))


def known(word: str, vocab: Vocabulary, seen_min: int = 1) -> bool:
    """Evidence that a word exists: the document uses it, or the lexicon lists it."""
    return vocab.words[word.lower()] >= seen_min or lexicon.is_word(word, vocab.language)


def shouted(block: Block | Line) -> bool:
    """Two or more words, all in capitals: a wire headline or a label."""
    text = block.text
    return len(text.split()) > 1 and text.upper() == text and text.lower() != text


def sentence_like(block: Block) -> bool:
    """A few words ending like a sentence."""
    return block.size >= 3 and bool(SENTENCE_END.search(block.text))
