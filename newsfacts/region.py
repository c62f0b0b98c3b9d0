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
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from functools import cached_property
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
NOT_INLINE = BLOCK_TAGS | SKIPPED_TAGS
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
# Parts of a class or id naming a consent banner ("cookie-banner", "cookiebar", "gdpr-notice",
# "cmp-consent"): the site's notice about cookies, never the article's lead, in any language.
BANNER_PARTS = ("cookie", "consent", "gdpr")
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
# Further up, only a lead the page marks as one: inside the article's <header> (not the site's),
# or under a class or id naming a lead, an intro, a teaser or a summary (INTRO_DEPTH levels up).
LEAD_SCAN = 15
INTRO_DEPTH = 3
INTRO_WORDS = frozenset(
    (
        *("lead", "intro", "teaser", "standfirst", "summary", "dek", "deck", "excerpt"),
        *("chapo", "subtitle", "description", "abstract", "entradilla", "bajada"),
    )
)
LEAD_CHARS = 40  # a marked lead may be one short question or sentence
NEXT_TO_KEPT = 2  # within the region: only a block at most this near a kept one is taken back
SAME_PARENT = True  # prose beside kept paragraphs (same parent element) is taken at any distance
AFTER_SCAN = 30  # blocks read after the last kept one for the article's continuation
SEEN_CHARS = 30  # a block whose first or last this many characters are in the text is in it


@dataclass(frozen=True)
class PageBlock:
    """One block of text of the page, in document order."""

    text: str  # whitespace-normalised, one line per <br>
    tag: str
    node: Any = field(default=None, compare=False, repr=False)
    context: Context | None = field(default=None, compare=False, repr=False)

    @cached_property
    def flat(self) -> str:
        """The text without any whitespace, for matching against the extractor's output."""
        return "".join(self.text.split())

    @cached_property
    def link_chars(self) -> int:
        """Characters of the block's own text inside links (read from the page when asked)."""
        return 0 if self.node is None else _own_links(self.node)

    @cached_property
    def _where(self) -> tuple[bool, bool]:
        """(furniture, comment), read from the page only when asked."""
        if self.node is None or self.context is None:
            return False, False
        return self.context.of(self.node)

    @property
    def furniture(self) -> bool:
        """Inside a figure, caption, byline, quote box, link, navigation, footer, aside or form."""
        return self._where[0]

    @property
    def comment(self) -> bool:
        """Inside an element whose class or id names comments."""
        return self._where[1]


def _inline(child: Any) -> bool:
    """Whether a child element runs inline in its block (its text is the block's own)."""
    tag = child.tag
    return isinstance(tag, str) and tag not in NOT_INLINE


def _own_text(node: Any) -> str:
    """The text of this block itself, not of a nested block (each text and tail read once)."""
    text = node.text
    pieces = [text] if text else []
    for child in node:
        tag = child.tag
        if isinstance(tag, str) and tag not in NOT_INLINE:
            # A leaf's text is its whole text: no XPath evaluation for a plain link or span.
            pieces.append(child.text_content() if len(child) else (child.text or ""))
        tail = child.tail
        if tail:
            pieces.append(tail)
    return "".join(pieces)


def _own_links(node: Any) -> int:
    """Characters of the block's own text that are inside links."""
    links = 0
    for child in node:
        if _inline(child):
            links += len(child.text_content()) if child.tag == "a" else _links_in(child)
    return links


def _links_in(node: Any) -> int:
    """Characters of link text inside an inline element."""
    return sum(len(a.text_content()) for a in node.iter("a"))


def _class_words(node: Any) -> str:
    """The class and id of an element, lower-cased."""
    return f"{node.get('class') or ''} {node.get('id') or ''}".lower()


def _furniture_names(names: str) -> bool:
    """Whether a class/id names an image, a caption, a byline or a quote box."""
    return bool(names.strip()) and not FURNITURE_WORDS.isdisjoint(_NAME_SPLIT.split(names))


def _in_article(node: Any) -> bool:
    """Whether an element sits in an <article> or <main> (a page's own top header does not)."""
    return next(node.iterancestors("article", "main"), None) is not None


def in_intro(node: Any) -> bool:
    """Whether the element is, or sits within INTRO_DEPTH levels of, an article's intro."""
    el = node
    for _ in range(INTRO_DEPTH + 1):
        if el is None or not isinstance(el.tag, str):
            return False
        if el.tag == "header" and _in_article(el):
            return True
        names = _class_words(el)
        if names.strip() and not INTRO_WORDS.isdisjoint(_NAME_SPLIT.split(names)):
            return True
        el = el.getparent()
    return False


def _consent_banner(node: Any, names: str) -> bool:
    """A box named for cookies or consent that holds no article: a page's <body> or wrapper
    named for the visitor's state ("cookies-not-set", "no-cookie") holds the whole page."""
    if not any(part in names for part in BANNER_PARTS) or node.tag in ("html", "body"):
        return False
    return next(node.iter("article", "main", "h1"), None) is None


def _own_context(node: Any) -> tuple[bool, bool]:
    """(furniture, comment) by the element itself: its tag, class and id."""
    tag = node.tag if isinstance(node.tag, str) else ""
    if not (node.get("class") or node.get("id")):
        return tag in FURNITURE_TAGS, False
    names = _class_words(node)
    furniture = tag in FURNITURE_TAGS or _furniture_names(names)
    furniture = furniture or _consent_banner(node, names)
    return furniture, "comment" in names or "kommentar" in names


class Context:
    """(furniture, comment) of elements, each ancestor read once per page."""

    def __init__(self) -> None:
        self.known: dict[Any, tuple[bool, bool]] = {}

    def of(self, node: Any) -> tuple[bool, bool]:
        """Whether the node sits in page furniture, and whether in a comments section."""
        chain = []
        el = node
        while el is not None and el not in self.known:
            chain.append(el)
            el = el.getparent()
        furniture, comment = self.known[el] if el is not None else (False, False)
        for el in reversed(chain):
            own = _own_context(el)
            furniture, comment = furniture or own[0], comment or own[1]
            self.known[el] = (furniture, comment)
        return furniture, comment


def _tidy(raw: str, line_break: str) -> str:
    """Whitespace-normalised text, one line per line-break mark."""
    if line_break not in raw:
        return " ".join(raw.split())
    lines = (" ".join(part.split()) for part in raw.split(line_break))
    return "\n".join(line for line in lines if line)


def _raw_blocks(tree: Any) -> list[tuple[str, Any]]:
    """(own text as on the page, element) of every block with text, in document order."""
    out = []
    for node in tree.iter(*BLOCK_TAGS):
        raw = _own_text(node)
        if raw and not raw.isspace():
            out.append((raw, node))
    return out


class Blocks:
    """The page's blocks by index, each made (text tidied) only when the region reads it."""

    def __init__(self, tree: Any, line_break: str) -> None:
        self.raw = _raw_blocks(tree)
        self.line_break = line_break
        self.context = Context()
        self.made: dict[int, PageBlock] = {}
        self.flats: dict[int, str] = {}

    def __len__(self) -> int:
        return len(self.raw)

    def __getitem__(self, i: int) -> PageBlock:
        block = self.made.get(i)
        if block is None:
            raw, node = self.raw[i]
            block = PageBlock(_tidy(raw, self.line_break), node.tag, node, self.context)
            self.made[i] = block
        return block

    def flat(self, i: int) -> str:
        """The block's text without whitespace (the same as its PageBlock's `flat`)."""
        flat = self.flats.get(i)
        if flat is None:
            raw = self.raw[i][0]
            if self.line_break in raw:
                raw = raw.replace(self.line_break, " ")
            flat = self.flats[i] = "".join(raw.split())
        return flat


def page_blocks(tree: Any, line_break: str) -> list[PageBlock]:
    """Every block of text of the page, in document order."""
    blocks = Blocks(tree, line_break)
    return [blocks[i] for i in range(len(blocks))]


def _anchors(blocks: Blocks, paragraphs: Sequence[str]) -> dict[int, int]:
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
    for i, (raw, _) in enumerate(blocks.raw):
        if len(raw) < MIN_ANCHOR_CHARS:  # its flat text is no longer
            continue
        flat = blocks.flat(i)
        where = joined.find(flat) if len(flat) >= MIN_ANCHOR_CHARS else -1
        if where >= 0:
            found[i] = bisect.bisect_right(starts, where) - 1
    return found


def _partly_kept(block: PageBlock, joined: str) -> bool:
    """Whether the text already has the block's first or last words (the extractor cut it)."""
    flat = block.flat
    return flat[:SEEN_CHARS] in joined or flat[-SEEN_CHARS:] in joined


def stop_density(text: str, stop: Collection[str]) -> float:
    """Share of the words of a text that are stop words."""
    words = _WORD.findall(text.lower())
    return sum(w in stop for w in words) / len(words) if words else 0.0


def looks_like_prose(block: PageBlock) -> bool:
    """The cheap half of `is_prose`: long, a sentence end, no credit, few links, no furniture."""
    text = block.text
    return (
        len(text) >= PROSE_CHARS
        and _SENTENCE_END.search(text) is not None
        and not text.startswith("©")
        and block.link_chars <= PROSE_LINK_DENSITY * len(text)
        and not block.furniture
        and not block.comment
    )


def is_prose(block: PageBlock, stop: Collection[str]) -> bool:
    """Whether a block reads as article prose: `looks_like_prose` and the stop words of text."""
    return looks_like_prose(block) and (
        not stop or stop_density(block.text, stop) >= PROSE_STOP_DENSITY
    )


def looks_like_lead(block: PageBlock) -> bool:
    """A lead the page marks as one: in its intro, a sentence, few links (the stop words of
    running text, the costlier half, are `Scan.lead`'s)."""
    text = block.text
    return (
        len(text) >= LEAD_CHARS
        and block.tag not in ("h1", "li")
        and _SENTENCE_END.search(text) is not None
        and block.link_chars <= PROSE_LINK_DENSITY * len(text)
        and not block.furniture
        and not block.comment
        and in_intro(block.node)
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


def _language_stops(text: str) -> Collection[str]:
    """The stop words of the text's language (guessed from its lower-case words)."""
    words = Counter(w for w in _WORD.findall(text) if w.isalpha() and w == w.lower())
    return lexicon.stopwords(lexicon.guess_language(words))


def _record(dropped: list[Removal], removal: Removal) -> None:
    """Add a record; a run of blocks of one kind (a link list, a gallery) is one record."""
    if dropped and dropped[-1].kind == removal.kind:
        dropped[-1] = Removal(removal.kind, f"{dropped[-1].text}\n{removal.text}")
    else:
        dropped.append(removal)


def _new_lead(block: PageBlock, leads: list[str], scan: Scan) -> bool:
    """Whether a block is no part of the text nor of a lead already taken (a header may hold
    the lead as its own text and again as a subheading)."""
    return not _partly_kept(block, scan.joined) and not any(block.text in t for t in leads)


@dataclass
class Scan:
    """What the region reading knows: the kept text, the blocks seen, the language's stop words."""

    text: str
    joined: str
    seen: set[str]
    stop: Collection[str] | None = None

    def stops(self) -> Collection[str]:
        """The stop words of the text's language (guessed once, when first needed)."""
        if self.stop is None:
            self.stop = _language_stops(self.text)
        return self.stop

    def lead(self, block: PageBlock) -> bool:
        """Whether a block that looks like a lead has the stop words of running text."""
        stop = self.stops()
        return not stop or stop_density(block.text, stop) >= PROSE_STOP_DENSITY

    def taken_back(self, block: PageBlock) -> bool:
        """Whether a dropped block is article prose the extractor cut no part of."""
        return (
            looks_like_prose(block)
            and not _partly_kept(block, self.joined)
            and is_prose(block, self.stops())
        )


def _continuation(blocks: Blocks, last: int, parents: set[Any], scan: Scan) -> list[str]:
    """Prose right after the last kept block, beside the kept paragraphs (same parent): the
    article goes on (the extractor stopped at a pull quote)."""
    taken: list[str] = []
    for j in range(last + 1, min(last + 1 + AFTER_SCAN, len(blocks))):
        block = blocks[j]
        if block.text in scan.seen or block.flat in scan.joined:
            continue
        if block.node.getparent() not in parents or not scan.taken_back(block):
            break
        taken.append(block.text)
        scan.seen.add(block.text)
    return taken


def recover(text: str, tree: Any, line_break: str) -> Region:
    """Take back the article prose the extractor dropped; record the rest of the region."""
    paragraphs = text.split("\n\n")
    blocks = Blocks(tree, line_break)
    anchors = _anchors(blocks, paragraphs)
    placed = sorted(anchors)
    if not placed:
        return Region(text, (), ())
    first, last = placed[0], placed[-1]
    scan = Scan(text, "".join(text.split()), set(paragraphs))
    inserts: dict[int, list[str]] = {}  # paragraph index -> blocks taken back before it
    dropped: list[Removal] = []
    # Short kept blocks (a subheading) inside the region: kept, though too short to place it.
    kept = set(anchors) | {i for i in range(first, last) if blocks.flat(i) in scan.joined}
    parents = {blocks[i].node.getparent() for i in placed}
    after = _continuation(blocks, last, parents, scan)
    if after:
        inserts[len(paragraphs)] = after
    for i in range(max(0, first - LEAD_SCAN), last):
        block = blocks[i]
        if i in kept or block.text in scan.seen:
            continue
        if i < first - LEAD_WINDOW or (i < first and not looks_like_prose(block)):
            leads = inserts.get(anchors[first], [])
            if looks_like_lead(block) and _new_lead(block, leads, scan) and scan.lead(block):
                scan.seen.add(block.text)
                inserts[anchors[first]] = [*leads, block.text]
            continue
        scan.seen.add(block.text)
        k = bisect.bisect_left(placed, i)
        near = min(abs(i - j) for j in placed[max(k - 1, 0) : k + 1])
        # A list item above the article is a summary bullet, not its lead.
        window = (i < first and block.tag != "li") or near <= NEXT_TO_KEPT
        window = window or (SAME_PARENT and block.node.getparent() in parents)
        if window and scan.taken_back(block):
            inserts.setdefault(anchors[placed[k]], []).append(block.text)
        elif i > first:
            _record(dropped, Removal(drop_kind(block), block.text))
    if not inserts:
        return Region(text, (), tuple(dropped))
    out: list[str] = []
    for k, paragraph in enumerate(paragraphs):
        out.extend(inserts.get(k, ()))
        out.append(paragraph)
    out.extend(inserts.get(len(paragraphs), ()))
    taken = tuple(t for k in sorted(inserts) for t in inserts[k])
    return Region("\n\n".join(out), taken, tuple(dropped))
