"""Captions and photo credits as the page marks them up (<figcaption>, a class naming a
caption or a credit): found in the page's tree, then taken out of the extracted text."""

from __future__ import annotations

from typing import Any

from newsfacts.model import Removal

# Figure captions and photo credits, as marked up by the page itself: <figcaption>, or a class
# naming a caption or a credit (any case).
_CLASSED = "//figcaption|//*[@class]"
MAX_CAPTION_WORDS = 80  # longer "captions" are layout wrappers, not captions


def caption_texts(tree: Any) -> list[tuple[str, str]]:
    """The page's own captions, then its credits, as (kind, whitespace-normalised text).

    One pass over the classed elements: an XPath `contains(translate(@class, ...))` per kind
    evaluates string functions on every element of the page and costs several times more.
    """
    captions: list[Any] = []
    credits: list[Any] = []
    for node in tree.xpath(_CLASSED):
        cls = (node.get("class") or "").lower()
        if node.tag == "figcaption" or "caption" in cls:
            captions.append(node)
        if "credit" in cls:
            credits.append(node)
    found = (
        (kind, " ".join(node.text_content().split()))
        for kind, nodes in (("caption", captions), ("credit", credits))
        for node in nodes
    )
    return [(k, t) for k, t in found if t and len(t.split()) <= MAX_CAPTION_WORDS]


_ARTICLE_FIGCAPTIONS = "//article//figcaption|//main//figcaption"
MAX_PAGE_CAPTIONS = 10


def figure_captions(tree: Any) -> list[str]:
    """The article's own figure captions (trafilatura drops them; facts read their dates)."""
    nodes = tree.xpath(_ARTICLE_FIGCAPTIONS) or tree.xpath("//figcaption")
    texts = (" ".join(node.text_content().split()) for node in nodes)
    unique = dict.fromkeys(t for t in texts if t and len(t.split()) <= MAX_CAPTION_WORDS)
    return list(unique)[:MAX_PAGE_CAPTIONS]


def caption_kind(paragraph: str, captions: list[tuple[str, str]]) -> str | None:
    """`caption`/`credit` when the paragraph is (part of) one the page marks up, else None."""
    return next(
        (k for k, c in captions if paragraph == c or (len(paragraph) >= 25 and paragraph in c)),
        None,
    )


def split_captions(
    text: str, captions: list[tuple[str, str]], body: frozenset[str] = frozenset()
) -> tuple[str, tuple[Removal, ...]]:
    """Drop the paragraphs the page marks up as captions; return the rest and the records.

    A paragraph the page also has as a body paragraph (`body`) stays: a caption that repeats
    the lead does not make the lead a caption.
    """
    kept: list[str] = []
    removed: list[Removal] = []
    for paragraph in text.split("\n\n"):
        kind = None if paragraph in body else caption_kind(paragraph, captions)
        if kind:
            removed.append(Removal(kind, paragraph))
        else:
            kept.append(paragraph)
    if not kept:
        return text, ()  # a "caption" holding the whole text is a wrapper, not a caption
    return "\n\n".join(kept), tuple(removed)


_BODY_PARAGRAPHS = (
    "//p[not(ancestor::figure or ancestor::figcaption or ancestor::*[@class]"
    "[contains(@class, 'caption') or contains(@class, 'credit')])]"
)


def body_paragraphs(tree: Any, line_break: str) -> frozenset[str]:
    """The text of the page's paragraphs that sit in no figure or caption."""
    texts = (n.text_content().replace(line_break, " ") for n in tree.xpath(_BODY_PARAGRAPHS))
    return frozenset(" ".join(t.split()) for t in texts)
