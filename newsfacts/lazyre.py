"""Regexes compiled on first use: a one-page run pays only for the patterns its page needs; and
a cheap test that lets a text skip a scan that cannot match it."""

from __future__ import annotations

import re
from collections.abc import Iterator


class LazyPattern:
    """A regex that compiles its source the first time it matches anything; given `needs`
    (strings every match contains, in small letters if the pattern ignores case), finditer and
    search skip a text that has none of them."""

    __slots__ = ("compiled_pattern", "flags", "needs", "pattern")

    def __init__(self, pattern: str, flags: int = 0, needs: tuple[str, ...] = ()) -> None:
        """Keep the source and flags; compile nothing yet."""
        self.pattern = pattern
        self.flags = flags
        self.needs = needs
        self.compiled_pattern: re.Pattern[str] | None = None

    def may_match(self, text: str) -> bool:
        """False when the text lacks every string the pattern needs (no scan then)."""
        return not self.needs or may_contain(text, self.needs, bool(self.flags & re.IGNORECASE))

    def compiled(self) -> re.Pattern[str]:
        """The compiled pattern, compiled once."""
        if self.compiled_pattern is None:
            self.compiled_pattern = re.compile(self.pattern, self.flags)
        return self.compiled_pattern

    def search(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        """As re.Pattern.search."""
        return self.compiled().search(text, pos, endpos) if self.may_match(text) else None

    def match(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        """As re.Pattern.match."""
        return self.compiled().match(text, pos, endpos)

    def fullmatch(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> re.Match[str] | None:
        """As re.Pattern.fullmatch."""
        return self.compiled().fullmatch(text, pos, endpos)

    def finditer(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> Iterator[re.Match[str]]:
        """As re.Pattern.finditer."""
        return self.compiled().finditer(text, pos, endpos) if self.may_match(text) else iter(())

    def findall(self, text: str, pos: int = 0, endpos: int = 2**63 - 1) -> list[object]:
        """As re.Pattern.findall."""
        return self.compiled().findall(text, pos, endpos)


def lazy(pattern: str, flags: int = 0, needs: tuple[str, ...] = ()) -> LazyPattern:
    """A regex to compile on first use (same meaning as re.compile(pattern, flags)), scanning
    only texts with one of `needs` when given."""
    return LazyPattern(pattern, flags, needs)


# Case-blind matching (re.IGNORECASE) equates these non-ASCII letters with ASCII ones where
# str.lower() does not: "ı" with "i", "ſ" with "s"; "İ" lower-cases to two characters.
CASE_BLIND_EXTRAS = ("İ", "ı", "ſ")


def may_contain(text: str, needles: tuple[str, ...], ignore_case: bool = False) -> bool:
    """Whether the text has one of the needles (given in small letters when ignore_case): a
    pattern that needs one of them can only match then, so a text without any skips the scan."""
    if not ignore_case:
        return any(n in text for n in needles)
    low = text.lower()
    return any(n in low for n in needles) or any(c in text for c in CASE_BLIND_EXTRAS)


# The four letters an IGNORECASE match equates with ASCII ones ("ſterling" matches "sterling",
# "ı" matches "i", "İ" matches "i", the Kelvin sign "K" matches "k"); .lower() keeps them.
_AS_MATCHED = str.maketrans({"ſ": "s", "ı": "i", "İ": "i", "\u212a": "k"})


def matched_key(text: str) -> str:
    """A case-blind match's text as the lower-case key of the word it matched ('ſix' -> 'six'):
    a table of the pattern's words is read with this, never with .lower() alone."""
    return text.translate(_AS_MATCHED).lower()
