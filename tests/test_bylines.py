"""newsfacts.bylines gives trafilatura's extract_author answer (its rules, read in Python):
hand-made pages for each rule, and generated pages compared with trafilatura itself."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts.bylines import byline
from newsfacts.extract import import_trafilatura


def _tree(body: str) -> Any:
    import_trafilatura()
    from trafilatura.utils import load_html

    return load_html(f"<html><head><title>t</title></head><body>{body}</body></html>")


def _theirs(body: str) -> str | None:
    from trafilatura.metadata import extract_author

    return extract_author(_tree(body))


def _ours(body: str) -> str | None:
    from trafilatura.metadata import normalize_authors

    text = byline(_tree(body))
    return normalize_authors(None, text) if text else None


CASES = [
    # (page body, the author trafilatura finds)
    ('<p>Story.</p><span class="author-name">Mara Quill</span>', "Mara Quill"),
    ('<div class="byline">By Tomas Reede</div>', "Tomas Reede"),
    ('<h4 id="zuozhe-box">Lin Bao</h4>', "Lin Bao"),
    ('<section class="story-writer">Ada Fenn</section>', "Ada Fenn"),
    ('<em data-component="Byline">Ola Brandt</em>', "Ola Brandt"),
    ('<a rel="author" href="/x">Ines Karr</a><div class="byline">Other Person</div>', "Ines Karr"),
    ('<p itemprop="author name">Wim Dorn</p>', "Wim Dorn"),
    ("<author>Pia Laine</author>", "Pia Laine"),
    ('<span><rel>me</rel> Jon Vale</span><div class="byline">Kai Moss</div>', "Me Jon Vale"),
    # discarded parts: comments, sidebars, quotes, dates, figures
    ('<div id="comments"><span class="author">Reader Name</span></div>', None),
    ('<div id="comment-list"><span class="author">Reader Two</span></div>', None),
    ('<div data-component="FigureBox"><span class="author">Pic Person</span></div>', None),
    ('<div class="sidebar"><span class="author">Side Person</span></div>', None),
    ('<figure><span class="author">Photo Person</span></figure>', None),
    ('<span class="date"><a class="author">By Ana Roth</a></span>', None),
    ('<span class="author">Rosa <time>May 2</time>Lind</span>', "Rosa Lind"),
    # too short or too long: the next candidate
    ('<span class="author">AB</span><div class="byline">Eli Stone</div>', "Eli Stone"),
    (f'<span class="author">{"word " * 30}</span><p class="writer">Noor Amin</p>', "Noor Amin"),
    ("<p>No byline on this page at all.</p>", None),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_byline_rules(body: str, expected: str | None) -> None:
    assert _ours(body) == expected
    assert _theirs(body) == expected


TAGS = ["a", "div", "span", "p", "section", "h3", "h4", "strong", "em", "address", "time"]
TAGS += ["figure", "author", "rel", "li"]
# (attribute, value) pairs each rule reads, and some no rule reads
PAIRS = [("class", v) for v in ("author", "Author", "post-author-name", "authorName", "byline")]
PAIRS += [("class", v) for v in ("Byline", "byl", "BBL", "username", "screenname", "writer")]
PAIRS += [("class", v) for v in ("comments", "Comments-area", "commentlist", "sidebar", "quote")]
PAIRS += [("class", v) for v in ("print", "title", "date", "meta-date", "is-hidden", "news")]
PAIRS += [("class", v) for v in ("channel-name", "posted-by", "article-share", "x-zuozhe")]
PAIRS += [("id", v) for v in ("author", "Author-box", "comments", "comment-list", "commentlist")]
PAIRS += [("id", v) for v in ("ProductReviews", "bianji", "main", "old-comments")]
PAIRS += [("itemprop", v) for v in ("author", "author name", "headline")]
PAIRS += [("rel", "author"), ("rel", "me"), ("data-testid", "AuthorCard")]
PAIRS += [("data-testid", "AuthorURL"), ("data-testid", "card")]
PAIRS += [("data-component", v) for v in ("Byline", "Figure", "Text")]
TEXTS = ["Mara Quill", "by Tomas Reede", "AB", "me", "Ines", "", "x " * 70, "Lin Bao and Ada Fenn"]


@st.composite
def elements(draw: Any, depth: int = 0) -> str:
    """One element with random attributes, text, children and tail."""
    tag = draw(st.sampled_from(TAGS))
    pairs = draw(st.lists(st.sampled_from(PAIRS), max_size=1))
    attrs = "".join(f' {name}="{value}"' for name, value in pairs)
    text = draw(st.sampled_from(TEXTS))
    children = draw(st.lists(elements(depth + 1), max_size=2)) if depth < 2 else []
    tail = draw(st.sampled_from(TEXTS))
    return f"<{tag}{attrs}>{text}{''.join(children)}</{tag}>{tail}"


@settings(
    max_examples=250,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(st.lists(elements(), min_size=1, max_size=3))
def test_byline_is_trafilaturas(parts: list[str]) -> None:
    body = "".join(parts)
    assert _ours(body) == _theirs(body)
