"""Removal kinds: the names a removal record carries, and one rule record per kind.

Every behaviour that depends on a kind reads it from `KIND_RULES`; the sets below are derived
from it. The kinds are `str`-valued, so JSON output shows the plain names.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class RemovalKind(StrEnum):
    """Why the cleaner dropped a paragraph."""

    HEADLINE = "headline"
    SOURCE_LINE = "source-line"
    CAPTION = "caption"
    DATE = "date"
    CREDIT = "credit"
    SHARE = "share"
    NEWSLETTER = "newsletter"
    RELATED = "related"
    BYLINE = "byline"
    CONTACT = "contact"
    PROMO = "promo"
    CATEGORY_HEADER = "category-header"
    FOOTER = "footer"
    AD = "ad"
    MENU = "menu"


@dataclass(frozen=True)
class KindRule:
    """What a removal kind is and how the body finder treats a block of that kind."""

    kind: RemovalKind
    about: str
    # Furniture found mid-article: weighs only a little against the body span.
    inline: bool = False
    # Only a web page has it (wire copy and print articles have dates, bylines, captions too).
    page_only: bool = False
    # After the last substantial paragraph, it ends the body chosen by the extractor.
    ends_body: bool = False
    # May stand between a page's headline and its body (skipped when looking for the headline).
    above_body: bool = False
    # May stand between a plain article's headline and its first paragraph.
    under_headline: bool = False
    # Consecutive records of it merge into one (one item per line).
    grouped: bool = False


K = RemovalKind
KIND_RULES: dict[RemovalKind, KindRule] = {
    r.kind: r
    for r in (
        KindRule(K.HEADLINE, "the article's headline, kept as its title"),
        KindRule(K.SOURCE_LINE, "`Source: Agency` line", under_headline=True),
        KindRule(
            K.CAPTION,
            "a photo caption",
            inline=True,
            above_body=True,
            under_headline=True,
        ),
        KindRule(
            K.DATE,
            "a publication date/time or reading-time line",
            above_body=True,
            under_headline=True,
        ),
        KindRule(
            K.CREDIT,
            "a photo credit or a wire service's staff credits",
            inline=True,
            above_body=True,
            under_headline=True,
        ),
        KindRule(K.SHARE, "share buttons", page_only=True, ends_body=True, above_body=True),
        KindRule(K.NEWSLETTER, "a subscribe prompt", page_only=True, ends_body=True),
        KindRule(
            K.RELATED,
            "a pointer to other stories, a promoted headline, or a list after the body",
            inline=True,
            page_only=True,
            ends_body=True,
            grouped=True,
        ),
        KindRule(K.BYLINE, "`By Jane Doe`", above_body=True, under_headline=True),
        KindRule(K.CONTACT, "how to reach the author or the newsroom"),
        KindRule(K.PROMO, "a sales pitch for the publication", page_only=True, ends_body=True),
        KindRule(K.CATEGORY_HEADER, "categories, tags, breadcrumbs", page_only=True),
        KindRule(
            K.FOOTER,
            "copyright and legal lines, or a list after the body",
            page_only=True,
            ends_body=True,
            grouped=True,
        ),
        KindRule(
            K.AD,
            "an advertisement marker",
            inline=True,
            page_only=True,
            ends_body=True,
            above_body=True,
        ),
        KindRule(K.MENU, "navigation or gallery controls before the body", grouped=True),
    )
}


def _kinds_where(flag: str) -> frozenset[RemovalKind]:
    """The kinds whose rule record has this flag set."""
    return frozenset(k for k, r in KIND_RULES.items() if getattr(r, flag))


INLINE_KINDS = _kinds_where("inline")
PAGE_KINDS = _kinds_where("page_only")
TAIL_MARKERS = _kinds_where("ends_body")
ABOVE_BODY = _kinds_where("above_body")
UNDER_HEADLINE = _kinds_where("under_headline")
GROUPED = _kinds_where("grouped")
