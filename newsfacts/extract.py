"""Extract stage: HTML -> main text + metadata with trafilatura; plain text passes through."""

from __future__ import annotations

import re
from typing import Any

from newsfacts.errors import NoTextError
from newsfacts.model import Article, Options, Page

# Measured on the extraction dev set (benchmarks/extraction.py): precision mode without
# comments beats trafilatura's defaults; tables stay because some articles are tables.
TRAFILATURA_OPTIONS: dict[str, Any] = {
    "favor_precision": True,
    "include_comments": False,
    "include_tables": True,
    "include_images": False,
    "include_links": False,
    "with_metadata": True,
}

_DATE = re.compile(r"^(\d{4})-(\d{2})-(\d{2})")
_CONTROL = str.maketrans({"\ufeff": None, "\x00": None})


def normalize_text(text: str) -> str:
    """Unify newlines and drop BOM/NUL characters."""
    return text.translate(_CONTROL).replace("\r\n", "\n").replace("\r", "\n")


def _paragraphs(text: str) -> str:
    """Trafilatura puts one block per line: make each block a paragraph."""
    lines = (" ".join(line.split()) for line in normalize_text(text).split("\n"))
    return "\n\n".join(line for line in lines if line)


def _iso_date(value: str | None) -> str | None:
    """Keep a YYYY-MM-DD date, or None."""
    match = _DATE.match(value or "")
    return "-".join(match.groups()) if match else None


def _clean_meta(value: str | None) -> str | None:
    """A one-line metadata string, or None when empty."""
    text = " ".join((value or "").split())
    return text or None


def run_trafilatura(html: str, url: str | None, **overrides: Any) -> Any:
    """Call trafilatura.bare_extraction (imported lazily: it is slow to import)."""
    import trafilatura

    return trafilatura.bare_extraction(html, url=url, **{**TRAFILATURA_OPTIONS, **overrides})


def _from_html(page: Page) -> Article:
    """Main text and metadata of an HTML page."""
    doc = run_trafilatura(page.content, page.url)
    text = _paragraphs(getattr(doc, "text", None) or "") if doc is not None else ""
    if not text:
        raise NoTextError(f"no article text found in {page.source}")
    return Article(
        source=page.source,
        text=text,
        url=page.url,
        title=_clean_meta(doc.title),
        author=_clean_meta(doc.author),
        site=_clean_meta(doc.sitename),
        language=_clean_meta(doc.language),
        published=_iso_date(doc.date),
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
