"""Faster XPath forms (newsfacts.xpaths) select exactly the nodes of the original expressions."""

from __future__ import annotations

import importlib.util
import itertools
import random
import re
from types import ModuleType

import pytest
from lxml import etree, html

from newsfacts.extract import import_trafilatura
from newsfacts.xpaths import (
    REGEXP_NS,
    faster_path,
    guard_regex_tests,
    name_union,
    required_literals,
    speed_up,
)


@pytest.mark.parametrize(
    ("pattern", "words"),
    [
        ("comment-?list", {"comment"}),
        ("^[Cc]omment(?!ary)|(?:article|post)-comments", {"omment", "-comments"}),
        (r"(^|\s)bottom|bottom(\s|$)", {"bottom"}),
        ("^(?:jp-|dpsp-content)", {"jp-", "dpsp-content"}),
        ("(?:entry|article|art)-content", {"-content"}),
        ("a{2,3}b", {"b"}),
        (r"ab\.c", {"ab.c"}),
        ("[Aa]uthor", {"uthor"}),
    ],
)
def test_required_literals_of_patterns(pattern: str, words: set[str]) -> None:
    assert required_literals(pattern) == frozenset(words)


@pytest.mark.parametrize("pattern", ["x|", "a*", "(?i)abc", r"\d+", "[ab]", "(a", "a)", r"\1a"])
def test_patterns_without_known_literals(pattern: str) -> None:
    assert required_literals(pattern) is None


def pristine_xpaths() -> ModuleType:
    """trafilatura's XPath module as written (the imported one has been sped up in place)."""
    import_trafilatura()
    from trafilatura import xpaths

    spec = importlib.util.spec_from_file_location("pristine_xpaths", xpaths.__file__)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _patterns() -> list[str]:
    """Every re:test pattern of trafilatura's expressions, and some of our own."""
    found = {"comment-?list", "(?:a|b)c+d?", r"(^|\s)x(\s|$)", "^(?:p|q-)r"}
    for items in vars(pristine_xpaths()).values():
        for expr in items if isinstance(items, list) else ():
            found.update(re.findall(r"re:test\([^,]+,\s*'([^']*)'\)", getattr(expr, "path", "")))
    return sorted(found)


def test_every_match_holds_a_required_literal() -> None:
    rng = random.Random(7)
    for pattern in _patterns():
        words = required_literals(pattern)
        if words is None:
            continue
        pieces = [*words, *re.findall(r"[\w-]+", pattern), " ", "-", "x"]
        for _ in range(300):
            text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 4)))
            if re.search(pattern, text):
                assert any(w in text for w in words), (pattern, text)


def test_guard_keeps_flagged_and_empty_matching_tests() -> None:
    flagged = "//*[re:test(@class, 'abc', 'i')]"
    assert guard_regex_tests(flagged) == flagged
    empty = "//*[re:test(@class, 'a*')]"
    assert guard_regex_tests(empty) == empty
    assert guard_regex_tests("//*[re:test(@id, 'side-?bar')]") == (
        "//*[((contains(@id, 'side')) and re:test(@id, 'side-?bar'))]"
    )


def test_name_union_only_without_positions() -> None:
    assert name_union(".//*[self::div or self::p][@id='x']") == "(.//div|.//p)[@id='x']"
    positional = ".//*[self::div or self::p][@id='x'][1]"
    assert name_union(positional) == positional


PAGE = """<html><body>
<div id="comments" class="comment-list"><p class="author-name">Ann Teller</p></div>
<section class="post-comments social-bar"><ul class="commentary"><li>one</li></ul></section>
<div class="Byline bottom"><span class="hidden">x</span><span class="share-tools">y</span></div>
<aside id="sidebar"><p class=" link">a</p><div style="display:none">b</div></aside>
<article class="article-body"><h1 class="entry-title">Title</h1><p>Body text.</p>
<div class="related-stories mvp-post-add-box"><p>more</p></div></article>
<div id="disqus_thread" class="teaser"><ol class="comments-list"><li>c</li></ol></div>
<div class="caption">cap</div><span id="ad-1" class="nav navbar">n</span>
<div class="infinite-scroll"><h1>h</h1></div><footer class="entry-meta"><a href="/t">t</a></footer>
</body></html>"""


def test_trafilatura_expressions_select_the_same_nodes() -> None:
    tree = html.fromstring(PAGE)
    rewritten = 0
    for items in vars(pristine_xpaths()).values():
        if not isinstance(items, list):
            continue
        for expr in items:
            path = getattr(expr, "path", None)
            if path is None:
                continue
            original = etree.XPath(path, namespaces={"re": REGEXP_NS})
            faster = etree.XPath(faster_path(path), namespaces={"re": REGEXP_NS})
            rewritten += faster.path != path
            assert faster(tree) == original(tree), path
    assert rewritten >= 10  # the rewrite applies to trafilatura's expressions at all


def test_speed_up_replaces_in_place_and_leaves_other_prefixes() -> None:
    plain = etree.XPath(".//*[self::div or self::p]")
    other = etree.XPath(".//*[self::div or self::x:p]", namespaces={"x": "urn:x"})
    items: list[object] = [plain, other, "not an expression"]
    assert speed_up([items]) == 1
    assert items[1] is other and items[2] == "not an expression"
    tree = html.fromstring(PAGE)
    assert items[0](tree) == plain(tree)  # type: ignore[operator]


def test_union_keeps_document_order() -> None:
    tree = html.fromstring("<div><p>a</p><div><p>b</p></div><p>c</p></div>")
    for names in itertools.permutations(("div", "p")):
        path = ".//*[" + " or ".join(f"self::{n}" for n in names) + "]"
        assert etree.XPath(name_union(path))(tree) == etree.XPath(path)(tree)


def test_hover_card_prune_selects_what_the_element_test_did() -> None:
    from newsfacts.extract import TRAFILATURA_OPTIONS

    page = html.fromstring(
        "<html><body><p>Said <span class='people-hovercard'><a>Ann</a> bio</span> today.</p>"
        "<div class='popup-layer'><div class='popover'>x</div></div><p class='rollover-block'>"
        "y</p><p class='rollover'>z</p><div id='popup'>w</div><i class='popup'>v</i></body></html>"
    )
    element_test = etree.XPath(
        "//*[@class][contains(@class, 'hovercard') or contains(@class, 'popover') "
        "or contains(@class, 'popup') or (contains(@class, 'rollover') "
        "and contains(@class, 'block'))]"
    )
    (ours,) = TRAFILATURA_OPTIONS["prune_xpath"]
    found = etree.XPath(ours)(page)
    assert found == element_test(page)
    assert len(found) == 5
