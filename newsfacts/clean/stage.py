"""The clean stage: blocks, rule kinds, weights, body span and headline, then the records."""

from __future__ import annotations

from collections.abc import Sequence

from newsfacts import lexicon
from newsfacts.clean.blocks import Block, build_vocabulary, sentence_like, split_lines
from newsfacts.clean.body import body_span, layout_of
from newsfacts.clean.boxes import fill_boxes
from newsfacts.clean.headline import headline_index, section_label
from newsfacts.clean.kinds import GROUPED, RemovalKind
from newsfacts.clean.lines import build_blocks
from newsfacts.clean.rules import rule_kind
from newsfacts.clean.weigh import weight
from newsfacts.errors import NoTextError
from newsfacts.model import Article, Removal


def _outside_kind(block: Block, before_body: bool) -> RemovalKind:
    """Name a paragraph outside the body that no rule named."""
    if before_body:
        return RemovalKind.MENU
    return RemovalKind.RELATED if len(block.words) >= 4 and not block.bullet else RemovalKind.FOOTER


def merge_removals(removals: Sequence[Removal]) -> tuple[Removal, ...]:
    """Merge consecutive list-like removals of the same kind into one record (one per line)."""
    groups: list[list[Removal]] = []
    for r in removals:
        if groups and r.kind in GROUPED and groups[-1][0].kind == r.kind:
            groups[-1].append(r)
        else:
            groups.append([r])
    return tuple(Removal(g[0].kind, "\n".join(r.text for r in g)) for g in groups)


def sort_blocks(
    blocks: Sequence[Block],
    kinds: Sequence[RemovalKind | None],
    span: tuple[int, int],
    headline: int | None,
    title: str | None,
    section: bool = False,
) -> tuple[list[str], list[Removal], str | None]:
    """Kept paragraphs, removal records (document order) and the title (`section`: the first
    line names the story's section, over its headline)."""
    start, end = span
    removed: list[Removal] = []
    kept: list[str] = []
    for i, (block, kind) in enumerate(zip(blocks, kinds, strict=True)):
        if i == headline or (title is not None and i < start and block.text == title):
            title = title or block.text
            removed.append(Removal(RemovalKind.HEADLINE.value, block.text))
        elif start <= i < end and kind is None:
            kept.append(block.text)
        else:
            label = i == 0 and section
            outside = RemovalKind.CATEGORY_HEADER if label else _outside_kind(block, i < start)
            named = kind or outside
            removed.append(Removal(named.value, block.text))
    return kept, removed, title


MIN_GLUED_WORDS = 3  # a removed line glued after the title is cut off when it is this long
# The removed lines that may be glued after a title: a byline, a date, a credit (a menu's or a
# related link's line may be the headline itself, repeated).
GLUED_KINDS = frozenset(("furniture", "date", "byline", "credit", "source-line"))


def title_without_removed(title: str, removed: Sequence[Removal]) -> str:
    """The title without a removed line glued on after it ('»…« Veröffentlicht von Ann am 2.
    März 2020': the page's byline line read into its headline)."""
    for r in removed:
        line = r.text.strip()
        glued = title.endswith(" " + line) and len(title) > len(line) + MIN_GLUED_WORDS * 3
        long = "\n" not in line and len(line.split()) >= MIN_GLUED_WORDS
        if r.kind in GLUED_KINDS and long and glued:
            return title[: -len(line)].rstrip(" -–|:")
    return title


def clean(article: Article) -> Article:
    """Return the article with repaired paragraphs, the body only, and what was removed."""
    vocab = build_vocabulary(article.text)
    blocks = build_blocks(split_lines(article.text), vocab)
    stop = lexicon.stopwords(vocab.language)
    kinds = fill_boxes(blocks, [rule_kind(b) for b in blocks])
    weights = [weight(b, stop, k) for b, k in zip(blocks, kinds, strict=True)]
    layout = layout_of(article, blocks, kinds)
    start, end, total = body_span(blocks, kinds, weights, layout, article.title)
    if total <= 0 and layout == "page" and not any(sentence_like(b) for b in blocks):
        raise NoTextError(f"no article text in {article.source}")
    if total <= 0 and layout == "page":
        start, end = 0, len(blocks)  # nothing stands out: keep what the rules do not name
    headline = headline_index(blocks, start, layout, article.title)
    section = layout == "plain" and start == 2 and section_label(blocks[0])
    kept, removed, title = sort_blocks(
        blocks, kinds, (start, end), headline, article.title, section
    )
    if not kept:
        raise NoTextError(f"no article text left after cleaning {article.source}")
    return article.with_changes(
        text="\n\n".join(kept),
        title=title and title_without_removed(title, (*article.removed, *removed)),
        removed=(*article.removed, *merge_removals(removed)),
        # The page's own language tag wins; pasted text gets the stop-word guess as a code.
        language=article.language or lexicon.language_code(vocab.language),
    )
