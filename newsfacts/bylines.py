"""The page's byline when its meta tags and JSON-LD name no author: trafilatura's author
search (`trafilatura.metadata.extract_author`), the same rules read in two walks over the tree.

trafilatura asks libxml2 five XPath expressions, each a chain of tag and attribute tests that
its XPath engine evaluates at some 4 µs an element: about 10 ms a page that reaches this
search (41 of the 92 dev pages), the costliest part of the metadata pass. The same tests in
Python, with the same regular expressions (lxml's EXSLT `re:test` runs Python's `re.search` on
the attribute's value, "" when it is missing), take about 2.5 ms. The answer is trafilatura's:
tests/test_bylines.py compares the two on generated pages, so a change of trafilatura's rules
fails a test instead of passing unnoticed.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from copy import deepcopy
from typing import Any

AUTHOR_LIMIT = 120  # characters: a longer text is no byline (trafilatura's len_limit)

Search = Callable[[str], Any]


def _search(pattern: str) -> Search:
    """A compiled pattern's `search`, as `re:test` applies it."""
    return re.compile(pattern).search


# AUTHOR_DISCARD_XPATHS[0]: comment threads, sidebars, quotes, titles, dates, figures.
_DROP_TAGS = frozenset(("a", "div", "section", "span"))
_DROP_CLASSES = frozenset(("comments", "title", "date"))
_DROP_ID = _search("^comments|comment-?list|ProductReviews")
_DROP_CLASS = _search(
    "^[Cc]omments|commentlist|comments-list|sidebar|is-hidden|quote|embedly-instagram|"
    "article-(?:share|support)|print|category|meta-date|meta-reviewer"
)
# AUTHOR_XPATHS[0], specific: rel/id/class "author", itemprop "author name", test ids.
_SPECIFIC_TAGS = frozenset(("a", "address", "div", "link", "p", "span", "strong"))
_SPECIFIC_TEST_IDS = frozenset(("AuthorCard", "AuthorURL"))
_SPECIFIC_CLASS = _search("author-?name|AuthorName|authorName")
# AUTHOR_XPATHS[1], almost generic.
_GENERIC_TAGS = frozenset(("a", "div", "h3", "h4", "p", "span"))
_GENERIC_CLASSES = frozenset(("byline", "username", "byl", "BBL"))
_GENERIC_ID = _search("author|zuozhe|bianji|xiaobian")
_GENERIC_CLASS = _search(
    "author|channel-name|zuozhe|bianji|xiaobian|submitted-by|posted-by|journalist-name"
)
# AUTHOR_XPATHS[2], last resort: any element.
_ANY_ID = _search("[Aa]uthor")
_ANY_CLASS = _search("[Aa]uthor|screenname|writer|[Bb]yline")


def _get(node: Any, name: str) -> str:
    """An attribute's value, "" when it is missing (as XPath's string())."""
    return node.get(name) or ""


def _dropped(node: Any) -> bool:
    """AUTHOR_DISCARD_XPATHS[0] for an element of _DROP_TAGS."""
    ident, cls = node.get("id") or "", node.get("class") or ""
    return (
        ident == "comments"
        or cls in _DROP_CLASSES
        or (ident and _DROP_ID(ident) is not None)
        or (cls and _DROP_CLASS(cls) is not None)
        or "Figure" in _get(node, "data-component")
    )


def _rel_me(node: Any) -> bool:
    """XPath's `rel='me'`: a child element <rel> whose text is "me"."""
    return any(child.xpath("string()") == "me" for child in node.iterchildren("rel"))


def _specific(node: Any, tag: str, ident: str, cls: str, rel: bool) -> bool:
    """AUTHOR_XPATHS[0] for one element (`rel`: the page has <rel> elements)."""
    if tag == "author":
        return True
    if tag not in _SPECIFIC_TAGS:
        return False
    return (
        node.get("rel") == "author"
        or ident == "author"
        or cls == "author"
        or node.get("itemprop") == "author name"
        or node.get("data-testid") in _SPECIFIC_TEST_IDS
        or _SPECIFIC_CLASS(cls) is not None
        or (rel and _rel_me(node))
    )


def _generic(node: Any, tag: str, ident: str, cls: str) -> bool:
    """AUTHOR_XPATHS[1] for one element."""
    if tag not in _GENERIC_TAGS:
        return False
    return (
        cls in _GENERIC_CLASSES
        or "author" in _get(node, "itemprop")
        or _GENERIC_ID(ident) is not None
        or _GENERIC_CLASS(cls) is not None
    )


def _any(node: Any, ident: str, cls: str) -> bool:
    """AUTHOR_XPATHS[2] for one element."""
    return (
        "Byline" in _get(node, "data-component")
        or "author" in _get(node, "itemprop")
        or _ANY_ID(ident) is not None
        or _ANY_CLASS(cls) is not None
    )


# What a class or an id needs for any of the three expressions to select its element: every
# literal of their tests, or a part of it ("uthor" for "author" and "Author", "yline" for
# "byline" and "Byline"). An element without one of those, without the other attributes the
# tests read and not an <author> is selected by none (a page with <rel> elements: every
# element is tested).
_CLASS_GATE = _search(
    "uthor|yline|byl|BBL|username|screenname|writer|channel-name|zuozhe|bianji|xiaobian|"
    "submitted-by|posted-by|journalist-name"
)
_ID_GATE = _search("uthor|zuozhe|bianji|xiaobian")


def _maybe(node: Any, tag: str, ident: str, cls: str) -> bool:
    """Whether any of the three expressions may select the element (a cheap superset)."""
    return (
        tag == "author"
        or (cls and _CLASS_GATE(cls) is not None)
        or (ident and _ID_GATE(ident) is not None)
        or node.get("itemprop") is not None
        or node.get("data-component") is not None
        or node.get("rel") is not None
        or node.get("data-testid") is not None
    )


def _delete(node: Any) -> None:
    """trafilatura's delete_element: the node goes, its tail text stays with the previous node."""
    parent = node.getparent()
    if parent is None:
        return
    if node.tail:
        previous = node.getprevious()
        if previous is None:
            parent.text = (parent.text or "") + node.tail
        else:
            previous.tail = (previous.tail or "") + node.tail
    parent.remove(node)


def _pruned(tree: Any) -> Any:
    """A copy of the tree without the parts no byline is taken from (in trafilatura's order)."""
    copy = deepcopy(tree)
    for node in [n for n in copy.iterdescendants() if n.tag in _DROP_TAGS and _dropped(n)]:
        _delete(node)
    for node in list(copy.iter("time", "figure")):
        _delete(node)
    return copy


def _candidates(tree: Any) -> tuple[list[Any], list[Any], list[Any]]:
    """The elements each of the three author expressions selects, in document order."""
    rel = next(tree.iter("rel"), None) is not None
    specific: list[Any] = []
    generic: list[Any] = []
    anywhere: list[Any] = []
    for node in tree.iter():
        tag = node.tag
        if not isinstance(tag, str):
            continue  # a comment or processing instruction
        ident, cls = node.get("id") or "", node.get("class") or ""
        if not rel and not _maybe(node, tag, ident, cls):
            continue
        if _specific(node, tag, ident, cls, rel):
            specific.append(node)
        if _generic(node, tag, ident, cls):
            generic.append(node)
        if _any(node, ident, cls):
            anywhere.append(node)
    return specific, generic, anywhere


def byline(tree: Any) -> str | None:
    """The first selected element's text of 3 to 119 characters, whitespace tidied, or None
    (trafilatura then normalises it with `normalize_authors`)."""
    for selected in _candidates(_pruned(tree)):
        for node in selected:
            text = " ".join(" ".join(node.itertext()).split())
            if 2 < len(text) < AUTHOR_LIMIT:
                return text
    return None
