"""Extract stage: HTML -> main text + metadata with trafilatura; plain text passes through."""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from functools import cache
from typing import Any

from newsfacts.bylines import byline
from newsfacts.captions import (
    body_paragraphs,
    caption_kind,
    caption_texts,
    figure_captions,
    split_captions,
)
from newsfacts.errors import NoTextError, SourceError
from newsfacts.holes import fill_holes, tidy_marks
from newsfacts.load import MAX_TEXT_CHARS, shown
from newsfacts.model import Article, Options, Page, Removal
from newsfacts.region import recover
from newsfacts.xpaths import speed_up

# Measured on the extraction dev set (benchmarks/extraction.py): precision mode without
# comments beats trafilatura's defaults; tables stay because some articles are tables.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "with_metadata": True,
    # Only dates the page states in its markup: htmldate's free-text guess picks any year it
    # sees in the body ("December 2015" -> 2015-01-01), which is worse than no date.
    # With the time of day when the page gives one: an event "at 7 pm" in an article published
    # at 04:35 that names no day happened the evening before.
    "date_extraction_params": {
        "extensive_search": False,
        "original_date": True,
        "outputformat": "%Y-%m-%dT%H:%M:%S",
    },
    "prune_xpath": [
        # Hover cards and pop-ups: a name's card (its bio, its latest headlines) sits inside the
        # sentence that links the name, and trafilatura reads it as running text.
        # (The class attributes are selected, then their elements: the tests read each class
        # once, a third faster than testing every element's @class; the same elements.)
        "//@class[contains(., 'hovercard') or contains(., 'popover') or contains(., 'popup') "
        "or (contains(., 'rollover') and contains(., 'block'))]/.."
    ],
}

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")


def normalize_text(text: str) -> str:
    """Unify newlines and drop BOM/NUL characters."""
    # Plain replaces: str.translate with a dict is slow on non-ASCII text.
    text = text.replace("\ufeff", "").replace("\x00", "")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _paragraphs(text: str) -> str:
    """Trafilatura puts one block per line: make each block a paragraph (<br> -> newline)."""
    blocks = (_block(line) for line in normalize_text(text).split("\n"))
    return "\n\n".join(b for b in blocks if b)


def _block(line: str) -> str:
    """One block with its <br> marks as single newlines, whitespace tidied."""
    parts = (" ".join(part.split()) for part in line.split(LINE_BREAK))
    return "\n".join(p for p in parts if p)


def _iso_date(value: str | None) -> str | None:
    """Keep a YYYY-MM-DD date, or None."""
    match = _DATE.match(value or "")
    return "-".join(match.groups()) if match else None


_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}T(\d{2}):(\d{2})")


def _clock(value: str | None) -> str | None:
    """HH:MM of a datetime, or None (also for midnight: a date without a time reads as 00:00)."""
    match = _TIME.match(value or "")
    clock = ":".join(match.groups()) if match else None
    return None if clock == "00:00" else clock


def _clean_meta(value: str | None) -> str | None:
    """A one-line metadata string, or None when empty."""
    text = " ".join((value or "").replace(LINE_BREAK, " ").split())
    return text or None


def _captions_of(text: str, found: Extraction) -> tuple[str, tuple[Removal, ...]]:
    """split_captions, with the page's body paragraphs read only when a caption matched."""
    paragraphs = text.split("\n\n")
    if found.tree is None or not any(caption_kind(p, found.captions) for p in paragraphs):
        return split_captions(text, found.captions)
    return split_captions(text, found.captions, body_paragraphs(found.tree, LINE_BREAK))


# trafilatura turns <br> into the same newline that ends a paragraph; a printable mark
# survives its whitespace clean-up, so a <br> inside a paragraph stays a line break there
# ("situat<br>ion") and the clean stage can repair it.
LINE_BREAK = "\u241e"  # ␞, a printable symbol no news text uses


def _mark_line_breaks(tree: Any) -> None:
    """Replace every <br> by the line-break mark (in place)."""
    for br in tree.xpath("//br"):
        br.tail = LINE_BREAK + (br.tail or "")
        br.drop_tag()


# What tree.iter() yields (elements, comments, processing instructions), counted by libxml2:
# a third of the time of iterating in Python.
_NODES = (
    "count(descendant-or-self::*|descendant-or-self::comment()"
    "|descendant-or-self::processing-instruction())"
)


def _node_count(tree: Any) -> int:
    """The number of nodes tree.iter() would yield."""
    return int(tree.xpath(_NODES))


MAX_ELEMENTS = 30_000  # 3x the largest of 572 dev pages (9,748); extraction time grows with it


class PageTooBig(ValueError):
    """A page with more elements than MAX_ELEMENTS: analysing it would take minutes."""

    def __init__(self, size: int) -> None:
        super().__init__(f"{size} HTML elements, more than an article page ({MAX_ELEMENTS})")


@dataclass(frozen=True)
class Extraction:
    """trafilatura's document plus the captions the page marks up."""

    doc: Any
    captions: list[tuple[str, str]]
    figcaptions: list[str]
    tree: Any = None  # the page as parsed (holes in the text are filled from it)


# trafilatura imports py3langid when it is installed, for one use only: its `target_language`
# filter, which we never ask for. py3langid imports numpy (~0.15 s CPU, a fifth of a one-page
# run). Hidden while trafilatura loads, trafilatura runs as installed without that optional
# extra; our own detector (newsfacts.language) imports py3langid when a page needs it.
OPTIONAL_UNUSED = "py3langid"


@cache
def import_trafilatura() -> None:
    """Import trafilatura without its optional language detector; make its parser and its
    XPath expressions faster (newsfacts.xpaths: the same results)."""
    hidden = "trafilatura" not in sys.modules and OPTIONAL_UNUSED not in sys.modules
    if hidden:
        sys.modules[OPTIONAL_UNUSED] = None  # type: ignore[assignment]  # import fails: not loaded
    try:
        from trafilatura import xpaths
        from trafilatura.utils import HTML_PARSER
    finally:
        if hidden:
            del sys.modules[OPTIONAL_UNUSED]
    HTML_PARSER.set_element_class_lookup(html_classes())
    speed_up(v for v in vars(xpaths).values() if isinstance(v, list))  # the same nodes, faster


def html_classes() -> Any:
    """lxml.html's element classes, looked up in C.

    lxml.html's parser asks a Python method which class each node gets (HtmlElement, FormElement
    for <form>, HtmlComment...) every time an element is touched from Python: thousands of calls
    a page, about a tenth of the extract stage. This lookup gives every node the same class
    from C, so trafilatura's trees and results are unchanged.
    """
    from lxml import etree
    from lxml import html as lxml_html

    fallback = etree.ElementDefaultClassLookup(
        element=lxml_html.HtmlElement,
        comment=lxml_html.HtmlComment,
        pi=lxml_html.HtmlProcessingInstruction,
        entity=lxml_html.HtmlEntity,
    )
    lookup = etree.ElementNamespaceClassLookup(fallback)
    lookup.get_namespace(None).update(
        {
            "form": lxml_html.FormElement,
            "input": lxml_html.InputElement,
            "label": lxml_html.LabelElement,
            "select": lxml_html.SelectElement,
            "textarea": lxml_html.TextareaElement,
        }
    )
    return lookup


def _deep_tree(html: str) -> Any:
    """The page parsed without libxml2's nesting limit (256 levels cut the rest of the page)."""
    from lxml.html import HTMLParser, fromstring  # trafilatura's own parser library

    parser = HTMLParser(
        collect_ids=False, default_doctype=False, remove_comments=True, remove_pis=True,
        huge_tree=True,
    )  # fmt: skip
    parser.set_element_class_lookup(html_classes())
    try:
        return fromstring(html.encode("utf-8"), parser=parser)
    except (ValueError, SyntaxError):  # lxml's ParserError is a SyntaxError
        return None


# Never shown, never article text: dropped before anything reads the page (trafilatura would
# drop them too, after copying them several times). JSON-LD scripts stay: the metadata reads them.
INERT_TAGS = ("script", "style", "svg", "noscript", "template")


def strip_inert(tree: Any) -> None:
    """Remove scripts (not JSON-LD), styles, svg, noscript and templates, tails kept (in place)."""
    inert = [
        node
        for node in tree.iter(*INERT_TAGS)
        if node.tag != "script" or "ld+json" not in (node.get("type") or "")
    ]
    for node in inert:
        node.drop_tree()


# Elements trafilatura deletes when empty: in precision mode it deletes their tail with them, so
# the words after an editor's leftover <strong></strong> in a sentence vanish ("portrayed
# <em></em>by a rival in a profile" -> "portrayed"). Deleted here first, tails kept, when they
# have no attributes: an empty element with a class is an icon ("<i class='icon-x'></i>Share"),
# and the words after it a button's label, which precision mode is right to drop.
EMPTY_PRUNED = frozenset(
    (
        *("article", "b", "blockquote", "dd", "div", "dt", "em", "h1", "h2", "h3", "h4", "h5"),
        *("h6", "i", "li", "main", "p", "pre", "q", "section", "span", "strong"),
    )
)


_BARE_EMPTY = "//*[not(node()) and not(@*)]"


def drop_empty_keep_tails(tree: Any) -> None:
    """Remove the bare empty elements trafilatura would remove, their following text kept."""
    # libxml2 finds the bare empty elements; Python reads only those (a few per page).
    empty = [
        node
        for node in tree.xpath(_BARE_EMPTY)
        if node.tag in EMPTY_PRUNED and node.tail and not node.tail.isspace()
    ]
    for node in empty:
        node.drop_tree()


# Below this many characters, precision mode's own extraction may have missed the article: only
# then does trafilatura compare it with its fallback extractors (readability, justext), which
# cost a quarter of its time. Chosen on half 0 of both page sets, checked on half 1.
FALLBACK_BELOW: int | None = 2000  # None: always compare
# Below this many characters even after the comparison, precision mode has missed the article:
# trafilatura's balanced mode reads the page again, and the longer text wins.
BALANCED_BELOW = 500


# Only when the markup states no date: htmldate's search of the page's free text. Measured on
# extraction-multi: dates right 151 -> 158 / 143 -> 149 of 178 / 170 (halves).
GUESS = {"extensive_search": True}


def _guessed_day(value: str | None) -> str | None:
    """A free-text date guess, unless it is a bare year (htmldate gives January 1st for it)."""
    return None if value is None or value[5:10] == "01-01" else value


def lean_metadata(tree: Any, url: str | None, date_params: dict[str, Any]) -> tuple[Any, bool]:
    """trafilatura's metadata pass less what we never use (categories, tags, licence), and
    whether its date is only a guess from the page's free text."""
    from htmldate import find_date
    from trafilatura import metadata as meta

    found = meta.examine_meta(tree)
    if found.author and " " not in found.author:
        found.author = None  # as trafilatura: a one-word "author" is a handle or a site
    found = meta.extract_meta_json(tree, found)
    found.title = found.title or meta.extract_title(tree)
    if not found.author:  # trafilatura's extract_author, in two walks (newsfacts.bylines)
        text = byline(tree)
        found.author = meta.normalize_authors(None, text) if text else None
    found.url = found.url or meta.extract_url(tree, url)
    params = {**date_params, "url": found.url}
    found.date = find_date(tree, **params)
    guessed = not found.date
    if guessed:
        found.date = _guessed_day(find_date(tree, **{**params, **GUESS}))
    found.sitename = found.sitename or meta.extract_sitename(tree)
    if found.sitename:
        found.sitename = found.sitename.lstrip("@")
    elif found.url and (site := meta.META_URL.match(found.url)):
        found.sitename = site[1]
    found.clean_and_trim()
    return found, guessed and bool(found.date)


def reported_later(text: str, day: str) -> bool:
    """The text reports a full day after a guessed date: the guess is a day the story tells
    of (a history's "January 13, 2009"), not its publication, which comes on or after the
    last day it reports. Measured: Giveme5W1H without the date, `published` wrong 3 -> 1."""
    from newsfacts.facts import dates

    latest = dates.latest_full_date(text.split("\n"))
    return latest is not None and latest.isoformat() > day[:10]


def _bare_text(tree: Any, url: str | None, options: dict[str, Any]) -> Any:
    """trafilatura's text extraction, its fallback comparison only when the text is short."""
    import trafilatura

    if FALLBACK_BELOW is None:
        return trafilatura.bare_extraction(tree, url=url, **options)
    doc = trafilatura.bare_extraction(tree, url=url, fast=True, **options)
    if len(getattr(doc, "text", None) or "") < FALLBACK_BELOW:
        doc = trafilatura.bare_extraction(tree, url=url, **options)
    if len(getattr(doc, "text", None) or "") < BALANCED_BELOW:
        balanced = trafilatura.bare_extraction(
            tree, url=url, **{**options, "favor_precision": False}
        )
        if len(getattr(balanced, "text", None) or "") > len(getattr(doc, "text", None) or ""):
            doc = balanced
    return doc


def run_trafilatura(html: str, url: str | None, deep: bool = False, **overrides: Any) -> Extraction:
    """trafilatura's text and metadata, and the page's captions (imported lazily: slow import).

    `deep` parses without the nesting limit (for pages with long runs of opening tags).
    """
    import_trafilatura()
    from trafilatura.utils import load_html

    tree = _deep_tree(html) if deep else load_html(html)
    if tree is None:
        return Extraction(None, [], [])
    size = _node_count(tree)
    if size > MAX_ELEMENTS:
        raise PageTooBig(size)
    strip_inert(tree)  # scripts, styles, templates...: never shown, never article text
    drop_empty_keep_tails(tree)  # precision mode would drop the words after them
    captions, figcaptions = caption_texts(tree), figure_captions(tree)
    _mark_line_breaks(tree)
    options = {**TRAFILATURA_OPTIONS, **overrides}
    date_params = options.pop("date_extraction_params")
    found, guessed = lean_metadata(tree, url, date_params)
    doc = _bare_text(tree, url or found.url, {**options, "with_metadata": False})
    if doc is not None:
        for field in ("title", "author", "sitename", "date"):
            setattr(doc, field, getattr(found, field))
        if guessed and reported_later(doc.text or "", found.date):
            doc.date = None
    return Extraction(doc, captions, figcaptions, tree)


# One opening tag and the blanks after it. A run of 64 of them is a page nested too deeply for
# libxml2. The pattern starts with a literal "<" so the regex engine jumps from "<" to "<"
# (a leading repeat group made it try every character: 9 ms a dev page, now under 2 ms).
_OPENING = r"<(?:div|span|section|table|tr|td|ul|li|p|a|b|i)\b[^<>]*>\s*"
_NESTED = re.compile(_OPENING + "(?:" + _OPENING + "){63}")
_LINK_TEXT = re.compile(r"<a\b[^<>]*>([^<]*)</a>", re.IGNORECASE)
SHORT_TEXT = 200  # characters: below this, a text made only of link words is navigation


def _only_links(text: str, html: str) -> bool:
    """True when a short text is made only of the page's whole link texts ("Home World")."""
    if len(text) >= SHORT_TEXT:
        return False
    links = {" ".join(m.group(1).split()) for m in _LINK_TEXT.finditer(html)}
    rest = " ".join(text.split())
    for link in sorted(links - {""}, key=len, reverse=True):
        rest = rest.replace(link, " ")
    return bool(links) and re.search(r"\w", rest) is None


# U+0085 on a web page is a Windows-1252 ellipsis read as Latin-1 ("Idealen (\x85), hinter"):
# every whitespace split takes it for a line break and leaves a hole, "Idealen ( ), hinter".
MISREAD_ELLIPSIS = "\x85"


def _unrecorded(records: tuple[Removal, ...], recorded: set[str]) -> list[Removal]:
    """The region's records less the lines already recorded (the page's own captions)."""
    out = []
    for record in records:
        lines = [line for line in record.text.split("\n") if line not in recorded]
        if lines:
            out.append(Removal(record.kind, "\n".join(lines)))
    return out


def _from_html(page: Page) -> Article:
    """Main text and metadata of an HTML page; marked-up captions go to `removed`."""
    content = page.content.replace(MISREAD_ELLIPSIS, "…")
    deep = _NESTED.search(content) is not None  # libxml2 would cut it at 256 levels
    try:
        found = run_trafilatura(content, page.url, deep=deep)
    except PageTooBig as exc:
        raise SourceError(f"{shown(page.source)}: {exc}", "too-large") from None
    doc = found.doc
    text = _paragraphs(getattr(doc, "text", None) or "") if doc is not None else ""
    text, _ = fill_holes(text, found.tree, LINE_BREAK)  # inline words the extractor lost
    region = recover(text, found.tree, LINE_BREAK) if text and found.tree is not None else None
    text = tidy_marks(region.text if region else text)  # ", ," in the page itself
    text, removed = _captions_of(text, found)
    seen = {r.text for r in removed}
    unseen = (c for c in found.figcaptions if c not in seen and c not in text)
    removed = (*removed, *(Removal("caption", c) for c in unseen))
    recorded = {r.text for r in removed} | set(found.figcaptions)
    removed = (*removed, *_unrecorded(region.dropped if region else (), recorded))
    if not text or _only_links(text, page.content):
        raise NoTextError(f"no article text found in {page.source}")
    if len(text) > MAX_TEXT_CHARS:  # the same cap as pasted text: analysis stays bounded
        raise SourceError(
            f"{shown(page.source)}: {len(text)} characters of text, more than an article "
            f"({MAX_TEXT_CHARS})",
            "too-long",
        )
    return Article(
        source=page.source,
        text=text,
        removed=removed,
        url=page.url,
        title=_clean_meta(doc.title),
        author=_clean_meta(doc.author),
        site=_clean_meta(doc.sitename),
        language=_clean_meta(doc.language),
        published=_iso_date(doc.date),
        published_time=_clock(doc.date),
        is_html=True,
    )


def _from_text(page: Page) -> Article:
    """Plain text passes through, newlines normalised."""
    text = normalize_text(page.content)
    if not text.strip():
        raise NoTextError(f"no text in {page.source}")
    return Article(source=page.source, text=text, url=page.url, is_html=False)


def extract(page: Page, options: Options) -> Article:
    """Turn a loaded page into an Article (main text plus whatever metadata is known)."""
    del options  # no extraction knob is user-facing yet
    return _from_html(page) if page.is_html else _from_text(page)
