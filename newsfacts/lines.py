"""Line layout for the sentence splitter: protected ranges, lists, line breaks, contents pages.

Everything here looks at the shape of a block (its lines, markers, brackets) rather than at
terminal punctuation; `segment` asks these functions where no boundary may fall and which line
breaks end a segment on their own.
"""

from __future__ import annotations

import re

CLOSERS = "\"'”’)]»›"
BULLETS = "•⁃▪◦‣●■–"
LIST_MARKER = re.compile(r"(?:[•⁃▪◦‣●■]\s*)?(\d{1,3}|[a-z])(\.\)|\)|\.)\s")
# A marker opening a line anywhere in a block (`\n2. Budget`): a list item when its neighbour
# label (1 or 3) opens a line of the same block too.
LINE_MARKER = re.compile(r"(?:^|(?<=\n))[ \t]*(\d{1,3})(\.\)|\)|\.)[ \t]")
PARENTHETICAL = re.compile(r"\([^()]{0,300}\)")  # blocks never hold a blank line
BRACKETED = re.compile(r"\[[^\[\]]{0,300}\]")
WEB_TOKEN = re.compile(r"(?<!\S)\S*?(?:@|://|www\.)\S*?(?=[.!?,;:)\]\"'”’]*(?:\s|$))")
WEB_MARKS = ("@", "://", "www.")
# A table of contents' leader: dots (spaced or not) or ellipsis characters running to a page
# number (arabic or roman) at the end of the line. Tried only where a run of dots starts.
TOC_ENTRY = re.compile(
    r"(?<![.…])(?<!\. )(?:\.{4,}|(?:\. ){3,}\.|…{2,}|(?:\.…|…\.)[.…]*)"
    r"[ \t]*(?:\d{1,4}|[ivxlcIVXLC]{1,7})[ \t]*$",
    re.MULTILINE,
)
# A line ending in one of these words runs on into the next line (`the meeting with the` / ...).
WRAP_WORDS = frozenset(re.split(r"\s+", "the a an of and or to in on at for with by from as but"))
WRAP_WIDTH = 40  # narrowest column we take for hard-wrapped prose (mail wraps at 72, print ~60)


def protected(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Ranges where no boundary may fall: short parentheticals/brackets and web tokens."""
    ranges = [(m.start() + 1, m.end() - 1) for m in PARENTHETICAL.finditer(text, start, end)]
    if "[" in text[start:end]:
        ranges += [(m.start() + 1, m.end() - 1) for m in BRACKETED.finditer(text, start, end)]
    if any(mark in text[start:end] for mark in WEB_MARKS):  # the regex is slow; rarely needed
        ranges += [(m.start(), m.end()) for m in WEB_TOKEN.finditer(text, start, end)]
    return tuple(ranges)


def toc_entries(text: str, start: int, end: int) -> tuple[tuple[int, int], ...]:
    """Contents lines (`2. Budget ....... 7`): from the line's start to its page number."""
    block = text[start:end]
    if "...." not in block and ". . ." not in block and "…" not in block:
        return ()  # no leader: skip the regex (most blocks)
    out = []
    for m in TOC_ENTRY.finditer(text, start, end):
        line_start = max(text.rfind("\n", start, m.start()) + 1, start)
        out.append((line_start, m.end()))
    return tuple(out)


def next_label(label: str) -> str:
    """The label that follows in a list: 1 -> 2, a -> b."""
    return str(int(label) + 1) if label.isdigit() else chr(ord(label) + 1)


# A bullet opening a word: the bullet first, then the look behind it (a scan for the bullets
# alone, in C, instead of a look-behind at every position).
_BULLET = re.compile(rf"[{BULLETS[:-1]}](?<!\S[{BULLETS[:-1]}])")


def list_items(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Forced starts of list items and the marker ranges: bullets, a block that opens with a
    list, and numbered lines with a neighbour (`1.` and `2.` both open lines)."""
    ranges: list[tuple[int, int]] = []
    ranges += [(m.start(), m.start()) for m in _BULLET.finditer(text, start, end)]
    ranges += numbered_lines(text, start, end)
    lead = text[start:end]
    first = LIST_MARKER.match(lead.lstrip(" \t" + BULLETS[:-1]))
    if not first:
        return ranges
    label, style = first.group(1), first.group(2)
    pos = start
    while True:
        ranges.append((pos, pos + len(label) + len(style) + 3))
        label = next_label(label)
        pat = re.compile(rf"(?<=\s)(?:[{BULLETS[:-1]}]\s*)?{re.escape(label + style)}\s")
        m = pat.search(text, pos + 1, end)
        if not m:
            return ranges
        pos = m.start()


def numbered_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Markers `n.` opening a line whose label n-1 or n+1 also opens a line of the block."""
    if "\n" not in text[start:end]:
        return []
    found = {(m.group(1), m.group(2)): m for m in LINE_MARKER.finditer(text, start, end)}
    out = []
    for (label, style), m in found.items():
        up, down = str(int(label) + 1), str(int(label) - 1)
        if (up, style) in found or (down, style) in found:
            out.append((m.start(), m.end()))
    return out


_LINE_BREAK = re.compile(r"[ \t]*\n\s*")


def line_break_splits(
    text: str, start: int, end: int, guarded: tuple[tuple[int, int], ...] = ()
) -> list[int]:
    """Line breaks that end a header or list line which has no final punctuation (or a list's
    `...:` heading before a short line); never inside a parenthesis, never in wrapped prose."""
    cuts: list[int] = []
    block = text[start:end]
    if "\n" not in block:
        return cuts  # one line (most blocks): no scan
    for m in _LINE_BREAK.finditer(block):
        cut, nxt = start + m.start(), start + m.end()
        if any(a <= cut < b for a, b in guarded):
            continue
        if colon_heading(text, cut, nxt, end):
            cuts.append(cut)
            continue
        line_start = text.rfind("\n", start, cut)
        line = text[line_start + 1 if line_start >= 0 else start : cut]
        first = text[nxt : nxt + 1]
        if not line.strip() or not first or line.rstrip()[-1:] in ".!?…" + CLOSERS + ",;:-–—":
            continue
        words = line.split()
        wrapped = first.islower() and len(words) > 2 and not short_lines(line, text, nxt, end)
        if wrapped or words[-1].lower() in WRAP_WORDS:
            continue
        cuts.append(cut)
    return cuts


def short_lines(line: str, text: str, nxt: int, end: int) -> bool:
    """Two short lines in a row, neither with final punctuation (`the oil level` / `the
    lights`): list items, not prose broken before a lower-case word (`It was a cold` /
    `night in the city.`), nor a hard-wrapped line (at least WRAP_WIDTH long)."""
    line_end = text.find("\n", nxt, end)
    following = text[nxt : line_end if line_end >= 0 else end].strip()
    item = following[-1:] not in ".!?…" + CLOSERS
    return item and len(line.strip()) < WRAP_WIDTH and len(following) < WRAP_WIDTH


def colon_heading(text: str, cut: int, nxt: int, end: int) -> bool:
    """`What to bring:` over a short line without final punctuation (a list item)."""
    if text[cut - 1 : cut] != ":":
        return False
    line_end = text.find("\n", nxt, end)
    line = text[nxt : line_end if line_end >= 0 else end].strip()
    ends = line[-1:] in ".!?…" + CLOSERS
    return bool(line) and len(line.split()) <= 6 and not ends
