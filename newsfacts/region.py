"""The article region of a page: its text blocks, which the extractor kept, and which it dropped.

trafilatura's precision mode drops some article paragraphs: a lead in a <header> or a teaser
box, a paragraph in a container it distrusts. Read back from the parsed page, the blocks that
lie between the kept ones (and a few just above the first) are the article region. Each block
of the region the extractor dropped is either taken back, when it reads as article prose
(length, sentence end, stop-word density, few links, right next to a kept block), or recorded
with the reason it stays out. Nothing of the region is lost silently.
"""

from __future__ import annotations

import bisect
import re
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any

from newsfacts import lexicon
from newsfacts.model import Removal

# Elements that start a block of text; everything else (a, span, em, ...) runs inline.
BLOCK_TAGS = frozenset(
    (
        *("p", "div", "li", "ul", "ol", "dl", "dd", "dt", "blockquote", "pre", "center"),
        *("h1", "h2", "h3", "h4", "h5", "h6", "table", "tr", "td", "th", "thead", "tbody"),
        *("section", "article", "aside", "header", "footer", "nav", "main", "address"),
        *("figure", "figcaption", "caption", "form", "fieldset", "details", "summary"),
    )
)
SKIPPED_TAGS = frozenset(("script", "style", "template", "noscript"))
FURNITURE_TAGS = frozenset(
    ("nav", "footer", "aside", "form", "button", "select", "figure", "figcaption", "a")
)
# Class or id words (split at spaces, hyphens and underscores) of elements around an image, a
# byline or a pull quote: their text is never the article's running prose.
FURNITURE_WORDS = frozenset(
    (
        *("caption", "credit", "credits", "image", "img", "photo", "picture", "gallery"),
        *("slideshow", "byline", "author", "bio", "quote", "pullquote"),
    )
)
_NAME_SPLIT = re.compile(r"[\s_-]+")
_WORD = re.compile(r"\w+")
_SENTENCE_END = re.compile(r"[.!?…:;\"“”»)]$")

# A dropped block is article prose when it is long, ends like a sentence, has the stop words
# of running text and few links. Chosen on half 0 of extraction-multi, checked on half 1.
MIN_ANCHOR_CHARS = 25  # a kept block this long places the region (short ones match anywhere)
PROSE_CHARS = 120
PROSE_STOP_DENSITY = 0.2
PROSE_LINK_DENSITY = 0.2
LEAD_WINDOW = 4  # blocks above the first kept one where a dropped lead is taken back
NEXT_TO_KEPT = 2  # within the region: only a block at most this near a kept one is taken back
SEEN_CHARS = 30  # a block whose first or last this many characters are in the text is in it


@dataclass(frozen=True)
class PageBlock:
    """One block of text of the page, in document order."""

    text: str  # whitespace-normalised, one line per <br>
    tag: str
    link_chars: int  # characters inside links
    furniture: bool  # inside a figure, caption, navigation, footer, aside or form
    comment: bool  # inside an element whose class or id names comments

    @property
    def flat(self) -> str:
        """The text without any whitespace, for matching against the extractor's output."""
        return "".join(self.text.split())


def _own_parts(node: Any) -> Iterator[tuple[str, int]]:
    """The text pieces of this block itself (not of a nested block), with their link sizes."""
    if node.text:
        yield node.text, 0
    for child in node:
        tag = child.tag if isinstance(child.tag, str) else ""
        if tag and tag not in BLOCK_TAGS and tag not in SKIPPED_TAGS:
            text = child.text_content()
            yield text, len(text) if tag == "a" else _links_in(child)
        if child.tail:
            yield child.tail, 0


def _links_in(node: Any) -> int:
    """Characters of link text inside an inline element."""
    return sum(len(a.text_content()) for a in node.iter("a"))


def _class_words(node: Any) -> str:
    """The class and id of an element, lower-cased."""
    return f"{node.get('class') or ''} {node.get('id') or ''}".lower()


def _furniture_names(names: str) -> bool:
    """Whether a class/id names an image, a caption, a byline or a quote box."""
    return bool(names.strip()) and not FURNITURE_WORDS.isdisjoint(_NAME_SPLIT.split(names))


def _context(node: Any) -> tuple[bool, bool]:
    """(furniture, comment): whether the node sits in page furniture or a comments section."""
    furniture = comment = False
    for el in (node, *node.iterancestors()):
        tag = el.tag if isinstance(el.tag, str) else ""
        names = _class_words(el)
        furniture = furniture or tag in FURNITURE_TAGS or _furniture_names(names)
        comment = comment or "comment" in names or "kommentar" in names
    return furniture, comment


def _tidy(raw: str, line_break: str) -> str:
    """Whitespace-normalised text, one line per line-break mark."""
    lines = (" ".join(part.split()) for part in raw.split(line_break))
    return "\n".join(line for line in lines if line)


def page_blocks(tree: Any, line_break: str) -> list[PageBlock]:
    """Every block of text of the page, in document order."""
    out: list[PageBlock] = []
    for node in tree.iter(*BLOCK_TAGS):
        parts = list(_own_parts(node))
        text = _tidy("".join(t for t, _ in parts), line_break)
        if text:
            furniture, comment = _context(node)
            out.append(PageBlock(text, node.tag, sum(n for _, n in parts), furniture, comment))
    return out


def _anchors(blocks: Sequence[PageBlock], paragraphs: Sequence[str]) -> dict[int, int]:
    """Block index -> index of the paragraph of the text where it starts, for the kept blocks.

    Matched without whitespace and across paragraph ends: the extractor may split a block.
    """
    flats = ["".join(p.split()) for p in paragraphs]
    starts, at = [], 0
    for flat in flats:
        starts.append(at)
        at += len(flat)
    joined = "".join(flats)
    found: dict[int, int] = {}
    for i, block in enumerate(blocks):
        flat = block.flat
        where = joined.find(flat) if flat else -1
        if where >= 0:
            found[i] = bisect.bisect_right(starts, where) - 1
    return found


def _partly_kept(block: PageBlock, joined: str) -> bool:
    """Whether the text already has the block's first or last words (the extractor cut it)."""
    flat = block.flat
    return flat[:SEEN_CHARS] in joined or flat[-SEEN_CHARS:] in joined


def stop_density(text: str, stop: frozenset[str]) -> float:
    """Share of the words of a text that are stop words."""
    words = _WORD.findall(text.lower())
    return sum(w in stop for w in words) / len(words) if words else 0.0


def is_prose(block: PageBlock, stop: frozenset[str]) -> bool:
    """Whether a block reads as article prose (long, a sentence end, stop words, few links)."""
    text = block.text
    return (
        not block.furniture
        and not text.startswith("©")
        and not block.comment
        and len(text) >= PROSE_CHARS
        and block.link_chars <= PROSE_LINK_DENSITY * len(text)
        and _SENTENCE_END.search(text) is not None
        and (not stop or stop_density(text, stop) >= PROSE_STOP_DENSITY)
    )


def drop_kind(block: PageBlock) -> str:
    """Why a block of the region stays out of the text (the kind of its removal record)."""
    if block.comment:
        return "comment"
    if block.furniture:
        return "furniture"
    if block.link_chars > 0.5 * len(block.text):
        return "links"
    return "extractor"


@dataclass(frozen=True)
class Region:
    """The text with the article's dropped prose taken back, and the rest of the region recorded."""

    text: str
    taken: tuple[str, ...]
    dropped: tuple[Removal, ...]


def _language_stops(text: str) -> frozenset[str]:
    """The stop words of the text's language (guessed from its lower-case words)."""
    words = Counter(w for w in _WORD.findall(text) if w.isalpha() and w == w.lower())
    return lexicon.stopwords(lexicon.guess_language(words))


def recover(text: str, tree: Any, line_break: str) -> Region:
    """Take back the article prose the extractor dropped; record the rest of the region."""
    paragraphs = text.split("\n\n")
    blocks = page_blocks(tree, line_break)
    anchors = _anchors(blocks, paragraphs)
    placed = sorted(i for i in anchors if len(blocks[i].flat) >= MIN_ANCHOR_CHARS)
    if not placed:
        return Region(text, (), ())
    first, last = placed[0], placed[-1]
    stop: frozenset[str] | None = None
    inserts: dict[int, list[str]] = {}  # paragraph index -> blocks taken back before it
    dropped: list[Removal] = []
    seen = set(paragraphs)
    joined = "".join(text.split())
    for i in range(max(0, first - LEAD_WINDOW), last):
        block = blocks[i]
        if i in anchors or block.text in seen:
            continue
        seen.add(block.text)
        k = bisect.bisect_left(placed, i)
        near = min(abs(i - j) for j in placed[max(k - 1, 0) : k + 1])
        # A list item above the article is a summary bullet, not its lead.
        window = (i < first and block.tag != "li") or near <= NEXT_TO_KEPT
        stop = _language_stops(text) if stop is None and window else stop
        if window and is_prose(block, stop or frozenset()) and not _partly_kept(block, joined):
            after = anchors[placed[k]]
            inserts.setdefault(after, []).append(block.text)
        elif i > first:
            dropped.append(Removal(drop_kind(block), block.text))
    if not inserts:
        return Region(text, (), tuple(dropped))
    out: list[str] = []
    for k, paragraph in enumerate(paragraphs):
        out.extend(inserts.get(k, ()))
        out.append(paragraph)
    taken = tuple(t for k in sorted(inserts) for t in inserts[k])
    return Region("\n\n".join(out), taken, tuple(dropped))
