"""Body finding: the layout of the text (html, page, plain) and the span of the article in it.

On a whole-page copy the article is the run of paragraphs with the largest total weight; on
the extractor's output only the two ends are trimmed; a plain story keeps all but what the rules
name, and its headline on top.
"""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts.clean.blocks import Block, has_unspaced, sentence_like
from newsfacts.clean.headline import (
    TITLE_LOOKBACK,
    echoes_title,
    headline_start,
    title_candidates,
    title_like,
)
from newsfacts.clean.kinds import PAGE_KINDS, TAIL_MARKERS, RemovalKind
from newsfacts.clean.rules import more_stories_heading
from newsfacts.clean.weigh import best_span, escalate
from newsfacts.model import Article
from newsfacts.words.en.boilerplate import MENU_JOINERS

PROSE_RUN = 2  # this many sentences in a row after a pointer line: the article goes on
MENU_RUN = 3  # this many short unpunctuated lines in a row: a menu, so the text is a whole page
MENU_ITEM_WORDS = 3


def _menu_word(word: str) -> bool:
    """A word of a navigation link: capitalised letters (`News`, `U.S.`), or a joiner."""
    bare = word.strip(".'’-")
    return word in MENU_JOINERS or (bare[:1].isupper() and bare.replace(".", "").isalpha())


def _menu_item(block: Block) -> bool:
    """A navigation link: one to three capitalised words, no digits, nothing at the end.

    Several capitalised words all in capitals are a table header or a fixture, not a link.
    """
    words = block.text.split()
    shouted = len(words) > 1 and block.text.upper() == block.text
    return (
        0 < len(words) <= MENU_ITEM_WORDS
        and block.text[-1:].isalnum()
        and not shouted
        and (has_unspaced(block.text) or all(_menu_word(w) for w in words))
    )


def _menu_run(blocks: Sequence[Block]) -> bool:
    """A run of navigation links, as a page's menus and footers have.

    Links are mostly single words (Home, World, Sport); a list of names or fixtures is not.
    """
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and _menu_item(block):
            run.append(block)
            continue
        single = sum(len(b.text.split()) == 1 for b in run)
        if len(run) >= MENU_RUN and 2 * single >= len(run):
            return True
        run = []
    return False


def _title_recurs(blocks: Sequence[Block]) -> bool:
    """The first line (a page's <title>) or a part of it comes back as a line of its own."""
    titles = title_candidates(blocks[0].text) if blocks else set()
    return any(b.text.strip() in titles for b in blocks[1:])


def looks_like_page(blocks: Sequence[Block], kinds: Sequence[RemovalKind | None]) -> bool:
    """Whether the text shows web-page furniture: a web-only rule kind, menus, a repeated title.

    Without such evidence it is a plain article (wire copy, a pasted story), and only what the
    rules name may go: results tables, score lists and short lines are content there.
    """
    return bool(PAGE_KINDS.intersection(kinds)) or _menu_run(blocks) or _title_recurs(blocks)


def prose_after(
    blocks: Sequence[Block],
    kinds: Sequence[RemovalKind | None],
    weights: Sequence[float],
    at: int,
) -> int:
    """Where the article's prose after the pointer line at `at` ends (`at` when none follows).

    A `Read more: …` line stands inside an article as well as after it: sentences in the
    document's language (positive weight: its stop words) right after it, several in a row or
    running up to the end or to named furniture, are the story going on; a list of headlines,
    or a teaser's lone blurb before the next headline, is not.
    """
    if kinds[at] is not RemovalKind.RELATED:
        return at
    end = at + 1
    while (
        end < len(blocks) and kinds[end] is None and weights[end] > 0 and sentence_like(blocks[end])
    ):
        end += 1
    closed = end == len(blocks) or kinds[end] is not None
    return end if end - at - 1 >= PROSE_RUN or (end > at + 1 and closed) else at


def through_pointers(
    blocks: Sequence[Block],
    kinds: Sequence[RemovalKind | None],
    weights: Sequence[float],
    end: int,
) -> int:
    """The body's end moved past the pointer lines that the article's prose goes on after."""
    while end < len(blocks) and (after := prose_after(blocks, kinds, weights, end)) > end:
        end = after
    return end


def trim_edges(
    blocks: Sequence[Block],
    kinds: Sequence[RemovalKind | None],
    weights: Sequence[float],
    title: str | None = None,
) -> tuple[int, int, float]:
    """The extractor already chose the body: only trim furniture at its two ends.

    Leading lines that are neither sentences nor data go when they repeat the headline
    (a subheading or a dateline in capitals is the article's own);
    at the end, lists go only after a rule names a related/newsletter/share/footer block,
    because a trailing list may be content (a table of results, a list of teams).
    """
    positive = [i for i, w in enumerate(weights) if w > 0]
    if not positive:
        # Nothing reads as prose (a calendar, a table): only the headline said again goes.
        same = title is not None and bool(blocks) and blocks[0].text == title
        return (1 if same and len(blocks) > 1 else 0), len(blocks), 0.0
    start = 0
    while start < positive[0] and (
        kinds[start] or (title_like(blocks[start]) and echoes_title(blocks[start].text, title))
    ):
        start += 1
    end = len(blocks)
    substantial = [i for i in positive if weights[i] > 1.0] or positive
    cut = _tail_cut(blocks, kinds, weights, substantial[-1] + 1)
    heading = next(
        (i for i in range(positive[0] + 1, end) if more_stories_heading(blocks[i])), None
    )
    cut = heading if heading is not None and (cut is None or heading < cut) else cut
    if cut is not None:
        end = cut
    return start, end, sum(w for w in weights[start:end] if w > 0)


def _tail_cut(
    blocks: Sequence[Block],
    kinds: Sequence[RemovalKind | None],
    weights: Sequence[float],
    at: int,
) -> int | None:
    """The first block from `at` on whose kind ends the body, skipping a pointer line that the
    article's prose goes on after."""
    while at < len(blocks):
        if kinds[at] not in TAIL_MARKERS:
            at += 1
        elif (after := prose_after(blocks, kinds, weights, at)) == at:
            return at
        else:
            at = after
    return None


def page_body(blocks: Sequence[Block], weights: Sequence[float]) -> tuple[int, int, float]:
    """The best span; when the page title recurs as a headline, the best span right after it.

    A copied page often starts with its <title>; where the same words come back as a line of
    their own, the article starts a few lines below (after byline and date).
    """
    overall = best_span(weights)
    titles = title_candidates(blocks[0].text) if blocks else set()
    heads = [i for i in range(1, len(blocks)) if blocks[i].text.strip() in titles]
    for head in heads:
        start, end, total = best_span(weights[head + 1 :])
        if total > 0 and start < TITLE_LOOKBACK:
            return head + 1 + start, head + 1 + end, total
    return overall


def layout_of(
    article: Article, blocks: Sequence[Block], kinds: Sequence[RemovalKind | None]
) -> str:
    """`html` (the extractor chose the body), `page` (a whole-page copy) or `plain` (a story)."""
    if article.is_html:
        return "html"
    return "page" if looks_like_page(blocks, kinds) else "plain"


def body_span(
    blocks: Sequence[Block],
    kinds: Sequence[RemovalKind | None],
    weights: Sequence[float],
    layout: str,
    title: str | None = None,
) -> tuple[int, int, float]:
    """The [start, end) span of the article body and its weight."""
    if layout == "html":
        return trim_edges(blocks, kinds, weights, title)
    if layout == "page":
        # a caption set as a paragraph inside the story ('FILE PHOTO: …') is removed by its
        # kind, but weighs nothing for the span: the lead before it stays the story's
        spanned = [
            0.0 if k == RemovalKind.CAPTION else w for w, k in zip(weights, kinds, strict=True)
        ]
        start, end, total = page_body(blocks, escalate(spanned))
        return start, through_pointers(blocks, kinds, weights, end), total
    # A plain article: nothing to cut but what the rules name, and a headline on top.
    start = headline_start(blocks, kinds)
    return start, len(blocks), sum(max(w, 0.0) for w in weights)
