"""Tokens with offsets, and the small word lists that every finder shares."""

from __future__ import annotations

import functools
import re
from collections.abc import Iterator
from typing import NamedTuple

from newsfacts.cache import PER_TEXT
from newsfacts.lexicon import UNSPACED_SCRIPTS, reaches_unspaced

# Abbreviations with dots (U.S., U.N.), an initial before a name (J. Smith), words with inner
# apostrophes and hyphens, numbers with separators, then any other single character.
_TOKEN = re.compile(
    r"(?:[A-Z]\.){2,}|[A-Z]\.(?=\s+[A-Z])|\d[\d,.:]*\d|\w+(?:[-&'’]\w+)*|\S",
)


# A named tuple, immutable like a frozen dataclass but built in half the time: a page has about
# a thousand tokens, and a frozen dataclass's __init__ (object.__setattr__ per field) made
# building them most of the tokenizer's time.
class Token(NamedTuple):
    """One token of a sentence; start/end are offsets into the sentence text."""

    text: str
    start: int
    end: int

    @property
    def is_cap(self) -> bool:
        """Starts with an upper-case letter."""
        return self.text[:1].isupper()

    @property
    def is_acronym(self) -> bool:
        """All capitals, two letters or more (NATO, U.S.)."""
        letters = self.text.replace(".", "")
        return len(letters) >= 2 and letters.isalpha() and letters.isupper()


def joined(a: Token, b: Token) -> bool:
    """Two tokens of one run: at most a space between them (or a dot that ends an
    abbreviation)."""
    return b.start - a.end <= 1


@functools.cache
def _token_mixed() -> re.Pattern[str]:
    """The token pattern for text with kana/CJK/hangul (compiled on first need: ~10 ms): a
    Latin name glued to them ("Apple社は", "App Storeにない") ends where the script changes."""
    word = rf"[^\W{UNSPACED_SCRIPTS}]"
    return re.compile(
        rf"(?:[A-Z]\.){{2,}}|[A-Z]\.(?=\s+[A-Z])|\d[\d,.:]*\d|{word}+(?:[-&'’]{word}+)*"
        rf"|[{UNSPACED_SCRIPTS}]+|\S"
    )


# Contractions: a pronoun with its auxiliary ("She's", "They're", "We've"), and more widely any
# contracted pronoun, auxiliary or "don't"/"can't": everyday words, never names. (fullmatch)
PRONOUN_CONTRACTION = re.compile(r"(?i:he|she|it|they|we|i|you)['’](?:s|re|ve|d|ll|m)")
CONTRACTION = re.compile(
    r"(?i:i|you|we|they|he|she|it|that|there|here|what|who|where|how|let|don|can|won|isn|aren"
    r"|wasn|weren|hasn|haven|hadn|doesn|didn|couldn|shouldn|wouldn|ain)['’](?:t|s|re|ve|d|ll|m)"
)
_WORD_CHAR = re.compile(r"\w")


def _word_char_at(text: str, at: int) -> bool:
    """Is there a word character at `at` (False outside the text)?"""
    return 0 <= at < len(text) and _WORD_CHAR.match(text, at) is not None


def contains_words(text: str, name: str) -> bool:
    """`name` occurs in `text` between word boundaries, as regex `\\bname\\b` would find it,
    without compiling a pattern per name (one per fact made ranking the slowest step)."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        left = _word_char_at(text, at - 1) != _word_char_at(text, at)
        right = _word_char_at(text, end - 1) != _word_char_at(text, end)
        if left and right:
            return True
        at = text.find(name, at + 1)
    return False


def standalone_spans(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Where `name` stands with no word character right before or after it, left to right
    and never overlapping: the spans regex `(?<!\\w)name(?!\\w)` finds, without compiling a
    pattern per name (each compile also pushed a shared pattern out of `re`'s small cache)."""
    if not name:
        yield from ((m.start(), m.end()) for m in re.finditer(r"(?<!\w)(?!\w)", text))
        return
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        if not _word_char_at(text, at - 1) and not _word_char_at(text, end):
            yield at, end
            at = text.find(name, end)
        else:
            at = text.find(name, at + 1)


def bounded_ends(text: str, name: str) -> Iterator[int]:
    """Where each occurrence of a non-empty `name` with a word boundary (regex `\\b`) at both
    of its ends ends, by start, overlapping ones too: the places `\\bname\\b` can match."""
    at = text.find(name)
    while at >= 0:
        end = at + len(name)
        left = _word_char_at(text, at - 1) != _word_char_at(text, at)
        if left and _word_char_at(text, end - 1) != _word_char_at(text, end):
            yield end
        at = text.find(name, at + 1)


def tokenize(text: str) -> list[Token]:
    """Split text into tokens, with possessive 's as a token of its own."""
    return list(_tokenize(text))


# Every finder tokenizes the same sentences: tokenize each text once (a fresh list per call,
# so callers may still change theirs). Bounded, so a long batch does not grow it for ever.
@functools.lru_cache(maxsize=PER_TEXT)
def _tokenize(text: str) -> tuple[Token, ...]:
    """The tokens of a text, computed once per text."""
    out: list[Token] = []
    pattern = _token_mixed() if reaches_unspaced(text) else _TOKEN
    # findall and str.find, not finditer's match objects (a third of the tokenizer's time):
    # every non-space character is in some token (the last alternative is \S), so only
    # white space lies between tokens and each word is found exactly where it matched.
    find, end = text.find, 0
    for word in pattern.findall(text):
        start = find(word, end)
        end = start + len(word)
        # A capitalised word ending in 's / ’s ("Yoon's") splits into the name and the 's.
        if len(word) > 2 and word[-1] == "s" and word[-2] in "'’" and word[0].isupper():
            cut = end - 2
            out += [Token(word[:-2], start, cut), Token(word[-2:], cut, end)]
        else:
            out.append(_new_tuple(Token, (word, start, end)))  # Token(...) less its Python frame
    return tuple(out)


_new_tuple = tuple.__new__


def is_all_caps(tokens: list[Token]) -> bool:
    """True for text in capitals ("LONDON 1996-08-30", "SOCCER - LEAGUE RESULTS")."""
    # Lazily, capitals first: running text fails at its first word in small letters.
    words = (t.text for t in tokens if t.text[:1].isalpha())
    return all(w.isupper() for w in words) and any(
        len(t.text) > 3 for t in tokens if t.text[:1].isalpha()
    )


def is_shouting(tokens: list[Token]) -> bool:
    """True for headline-style text: nearly every word capitalised (or all caps)."""
    words = [t for t in tokens if t.text[:1].isalpha() and len(t.text) > 3]
    if is_all_caps(tokens):
        return True
    if len(words) < 3:
        return False
    caps = sum(1 for t in words if t.is_cap)
    return caps >= 0.7 * len(words)
