"""Boxes of calls for the reader's money: the short lines between two calls go with them.

A donation box speaks in several lines ('Ihre Hilfe zählt!', '1000 Dank!', 'Per Kreditkarte');
the rules name the lines holding a call (promo), and the short lines between two such lines a
few lines apart are the same box, not the story. (Newsletter prompts sit among a site's menus
and forms, whose own kinds stay theirs.)
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import pairwise

from newsfacts.clean.blocks import Block
from newsfacts.clean.kinds import RemovalKind

CALL_KINDS = frozenset((RemovalKind.PROMO,))
BOX_GAP = 3  # at most this many lines between two calls of one box
BOX_LINE_WORDS = 12  # a line of the box between them is this short


def fill_boxes(
    blocks: Sequence[Block], kinds: Sequence[RemovalKind | None]
) -> list[RemovalKind | None]:
    """The kinds, with the short unnamed lines between two nearby calls named as the calls."""
    out = list(kinds)
    calls = [i for i, kind in enumerate(kinds) if kind in CALL_KINDS]
    for before, after in pairwise(calls):
        between = range(before + 1, after)
        if not between or len(between) > BOX_GAP:
            continue
        if all(kinds[i] is None and len(blocks[i].words) <= BOX_LINE_WORDS for i in between):
            for i in between:
                out[i] = kinds[before]
    return out
