"""Sentence integrity: find the holes an extractor leaves where inline words (link text) were lost.

A hole is a function word or a comma followed by punctuation ("especially high for ." /
"pulling for , and ."), or an empty pair of brackets: no writer puts a space between "for" and
a full stop, but an extractor that drops a link's text does.
"""

from __future__ import annotations

import re

from newsfacts.lazyre import lazy

# Words that never end a clause before a stop or a comma: prepositions, articles, conjunctions
# (English, German, the Romance languages, Polish).
_FUNCTION_WORDS = (
    "of|for|to|in|on|at|by|with|from|about|into|as|than|via|including|between|through|towards?|"
    "and|or|the|a|an|"
    "von|vom|für|mit|bei|zu|zum|zur|auf|aus|nach|über|im|am|der|die|das|den|dem|des|und|oder|"
    "ein|eine|einer|einem|"
    "de|del|la|el|los|las|en|con|por|para|y|et|le|les|du|des|à|au|aux|avec|pour|sur|da|do|dos|"
    "em|na|no|"
    "w|z|ze|od|dla|przez|oraz"
)
_GAP = r"[^\S\n]+"  # spaces within one line
_END = r"(?=\s|$)"  # a lone mark: not "./path", ".tar" or "..."
HOLE = lazy(
    rf"(?<![\w'’-])(?:{_FUNCTION_WORDS}){_GAP}[,.;)]{_END}"  # "high for ." / "for , and"
    rf"|,{_GAP}[,.;)]{_END}"  # ", ," / ", ."
    rf"|\({_GAP}\)",  # "( )": a call "f()" has no space inside
    re.IGNORECASE,
)


# What every hole holds: a blank (not a newline) right before ",", ".", ";" or ")". Found by a
# plain scan, it lets most paragraphs skip HOLE's word list, tried at every word (a tenth of the
# time per paragraph).
_MAYBE_HOLE = re.compile(r"[^\S\n][,.;)]")


def has_hole(text: str) -> bool:
    """True when the text shows a hole left by lost inline words."""
    return _MAYBE_HOLE.search(text) is not None and HOLE.search(text) is not None


def hole_count(text: str) -> int:
    """How many holes the text shows."""
    return len(HOLE.findall(text))


# Split a holed paragraph before each lone mark: the pieces must all be in the page's block.
_PIECES = re.compile(rf"{_GAP}(?=[,.;)]{_END})")
BLOCK_TAGS = ("p", "li", "td", "dd", "blockquote", "h2", "h3", "h4", "div", "section")
MAX_GROWTH = 200  # characters a recovered paragraph may add (the lost words, not a whole page)


def _in_order(pieces: list[str], text: str) -> bool:
    """True when every piece occurs in the text, in order."""
    at = 0
    for piece in pieces:
        found = text.find(piece, at)
        if found < 0:
            return False
        at = found + len(piece)
    return True


def _source_block(paragraph: str, blocks: list[str]) -> str | None:
    """The shortest page block holding every piece of the paragraph in order, or None."""
    pieces = [p for p in _PIECES.split(paragraph) if p]
    limit = len(paragraph) + MAX_GROWTH
    fits = [b for b in blocks if len(paragraph) < len(b) <= limit and _in_order(pieces, b)]
    return min(fits, key=len, default=None)


def page_blocks(tree: object, line_break: str) -> list[str]:
    """The whitespace-normalised text of every block element of a parsed page."""
    nodes = tree.iter(*BLOCK_TAGS)  # type: ignore[attr-defined]
    return [" ".join(n.text_content().replace(line_break, " ").split()) for n in nodes]


# A comma before another mark with no word between ("projects, , some"): the page itself may
# have it (an empty element between two commas); no word is lost, so the comma goes.
_DOUBLED = re.compile(rf",{_GAP}(?=[,.;)]{_END})")


def tidy_marks(paragraph: str) -> str:
    """A comma directly before another mark dropped: ", ," -> ",", ", ." -> "."."""
    return _DOUBLED.sub("", paragraph)


def fill_holes(text: str, tree: object, line_break: str) -> tuple[str, int]:
    """Paragraphs with a hole replaced by their whole block from the page; (text, how many)."""
    paragraphs = text.split("\n\n")
    holed = [i for i, p in enumerate(paragraphs) if has_hole(p) and "\n" not in p]
    if not holed:
        return text, 0
    blocks = page_blocks(tree, line_break)
    filled = 0
    for i in holed:
        source = _source_block(paragraphs[i], blocks)
        if source and not has_hole(source):
            paragraphs[i], filled = source, filled + 1
    return "\n\n".join(paragraphs), filled
