"""The headline: the page title's parts, title-like lines, and which block is the headline."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfacts.clean.blocks import WORD, Block, sentence_like, shouted
from newsfacts.clean.kinds import ABOVE_BODY, UNDER_HEADLINE, RemovalKind
from newsfacts.clean.rules import rule_kind

MAX_TITLE_WORDS = 30
MIN_TITLE_WORDS = 3
PLAIN_TITLE_WORDS = 15  # a headline over a plain article: longer, it is a lead without a stop
TITLE_LOOKBACK = 8  # the body starts at most this many lines below its headline
ECHO_SHARE = 0.5  # a line sharing this share of its words with the title repeats it
WIRE_HEADER = 3  # a wire story's dateline comes at most two lines below its headline
_TITLE_SEPARATORS = re.compile(r"\s+[|–—·:-]\s+|\s+[-–—]\s*$")


def title_candidates(first: str) -> set[str]:
    """The page title (a whole-page copy starts with it) and its parts around `|`, `-`, `:`."""
    parts = {p.strip() for p in _TITLE_SEPARATORS.split(first)}
    return {p for p in {first.strip(), *parts} if len(p.split()) >= MIN_TITLE_WORDS}


def echoes_title(text: str, title: str | None) -> bool:
    """A line saying the headline again in other words: half its words are the title's."""
    if title is None:
        return True  # no known title: any headline-like line may be one
    words = {w.lower() for w in WORD.findall(text)}
    known = {w.lower() for w in WORD.findall(title)}
    return bool(words) and len(words & known) >= ECHO_SHARE * min(len(words), len(known))


def title_like(block: Block) -> bool:
    """A headline: a few words, not a full sentence ending in a period, not a list item."""
    n = len(block.words)
    return (
        2 <= n <= MAX_TITLE_WORDS
        and not block.bullet
        and (not block.text.endswith((".", ",", ":", ";")) or shouted(block))
        and rule_kind(block) is None
    )


def find_headline(blocks: Sequence[Block], start: int) -> int | None:
    """Index of the headline just before the body start, skipping bylines, dates, captions.

    The page title (a copied page's first line) recurring there wins over any guess.
    """
    titles = title_candidates(blocks[0].text) if blocks else set()
    window = range(start - 1, max(start - TITLE_LOOKBACK, 1) - 1, -1)
    recurring = next((i for i in window if blocks[i].text.strip() in titles), None)
    if recurring is not None:
        return recurring
    for i in range(start - 1, max(start - TITLE_LOOKBACK, 0) - 1, -1):
        block = blocks[i]
        if title_like(block):
            return i
        if rule_kind(block) not in ABOVE_BODY and len(block.words) > 3:
            return None
    return None


def place_line(block: Block) -> bool:
    """A dateline of names alone on its line ("Hamburg / Kiel", "LISBON"): it may stand
    between a headline and its body."""
    words = block.words
    return 0 < len(words) <= 4 and not sentence_like(block) and all(w[:1].isupper() for w in words)


def section_label(block: Block) -> bool:
    """A section's name alone on the first line, over a headline ("Politik", "World")."""
    words = block.words
    return (
        len(words) == 1
        and block.text.strip() == words[0]
        and words[0][:1].isupper()
        and not block.bullet
        and rule_kind(block) is None
    )


def headline_start(blocks: Sequence[Block], kinds: Sequence[RemovalKind | None]) -> int:
    """Where a plain story's body starts: below its headline (and the section name over it)."""
    if starts_with_headline(blocks, kinds):
        return 1
    if len(blocks) > 2 and kinds[0] is None and section_label(blocks[0]):
        return 2 if starts_with_headline(blocks[1:], kinds[1:]) else 0
    return 0


def starts_with_headline(blocks: Sequence[Block], kinds: Sequence[RemovalKind | None]) -> bool:
    """A short first line over a longer paragraph or a dateline: a headline, not a lead.

    A dateline or byline may sit between the two; wire copy (headline, dateline, body) and a
    headline in capitals may end in a stop.
    """
    if len(blocks) < 2 or kinds[0] is not None or blocks[0].bullet:
        return False
    first = blocks[0]
    dated = RemovalKind.DATE in kinds[1:WIRE_HEADER]
    if not (title_like(first) or (dated and 2 <= len(first.words) <= MAX_TITLE_WORDS)):
        return False
    if first.size > PLAIN_TITLE_WORDS or first.text.endswith(("?", "!", '"', "”")):
        return False
    rest = zip(blocks[1:], kinds[1:], strict=True)
    below = next((b for b, k in rest if k not in UNDER_HEADLINE and not place_line(b)), None)
    if below is None:
        return False
    if dated or sentence_like(below):
        return dated or below.size >= 2 * first.size
    return shouted(first) and not shouted(below) and below.size > first.size


def headline_index(
    blocks: Sequence[Block], start: int, layout: str, title: str | None
) -> int | None:
    """Which block is the headline: a plain story's first line, else a title-like line above."""
    if title is not None:
        return None
    if layout == "plain":
        return start - 1 if start in (1, 2) else None
    return find_headline(blocks, start)
