"""Paragraph weighing: how sentence-like each block is, in the spirit of jusText without markup.

Weights are positive for article text and negative for furniture; `best_span` then finds the
run with the largest total in one linear pass.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from newsfacts.clean.blocks import SENTENCE_END, Block
from newsfacts.clean.kinds import INLINE_KINDS, RemovalKind

# jusText's defaults (characters, stop-word density), tuned on the dev set.
LENGTH_LOW = 70
STOP_LOW = 0.25
STOP_HIGH = 0.36
STOP_SENTENCE = 0.15  # a lead full of names still reads as a sentence
LONG_UNPUNCTUATED = 40  # a headline never runs this long; a paragraph may lack its final stop
NUMERIC = 0.3  # this share of numbers: a table row or results line, i.e. data
# Body span: runs of furniture cost more than their parts; a lone blurb counts less.
GAP_GROWTH = 0.5
ISOLATED = 0.4


def stop_density(block: Block, stop: Collection[str]) -> float:
    """Share of the block's words that are stop words."""
    words = block.words
    return sum(map(stop.__contains__, map(str.lower, words))) / len(words) if words else 0.0


def weight(block: Block, stop: Collection[str], kind: RemovalKind | None) -> float:
    """How much this paragraph looks like article text (>0) or page furniture (<0)."""
    n = block.size
    if kind is not None:
        # Named furniture is removed anyway; captions and pointers even sit inside articles,
        # so they only weigh a little against the span.
        return -(2.0 + 0.5 * n) if kind in INLINE_KINDS else -(n + 3.0)
    sentence = bool(SENTENCE_END.search(block.text))
    density = stop_density(block, stop) if stop else (0.4 if sentence else 0.0)
    if n >= 3 and sum(map(str.isdigit, block.words)) / n >= NUMERIC:
        return 0.3 * n  # a table row or a results line: data, not furniture
    if n < LENGTH_LOW / 6 or (not sentence and n < LONG_UNPUNCTUATED):
        if sentence and n >= 3 and density > 0:
            return 0.2 if block.bullet else 1.0
        return -2.0 - 0.2 * n - (2.0 if block.bullet else 0.0)
    if density >= STOP_HIGH or (not stop and sentence):
        return float(n)
    if density >= STOP_LOW or (sentence and density >= STOP_SENTENCE):
        return 0.5 * n
    return -0.5 * n


def escalate(weights: Sequence[float]) -> list[float]:
    """Make long runs of furniture cost more than their parts, and isolated text count less.

    Inside an article, junk comes one or two lines at a time (a caption, a subheading); between
    the article and a list of teasers it comes in long runs; a teaser's blurb stands alone.
    """
    out: list[float] = []
    run = 0
    for i, w in enumerate(weights):
        if w <= 0:
            run += 1
            out.append(w * (1.0 + GAP_GROWTH * (run - 1)))
            continue
        run = 0
        prev_bad = i == 0 or weights[i - 1] <= 0
        next_bad = i + 1 == len(weights) or weights[i + 1] <= 0
        out.append(w * ISOLATED if prev_bad and next_bad else w)
    return out


def best_span(weights: Sequence[float]) -> tuple[int, int, float]:
    """The run [start, end) with the largest total weight (Kadane, linear)."""
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_start, best_end = total, start, i + 1
    return best_start, best_end, best
