"""The language warm-up pages of a long batch: each is read as its own language, with facts."""

from __future__ import annotations

from newsfacts.batch.warm import language_pages
from newsfacts.model import Options
from newsfacts.pipeline import analyze_safely


def test_every_warm_up_page_is_read_in_its_language_with_facts() -> None:
    """A page that failed or was read as another language would load the wrong tables."""
    pages = list(language_pages())
    assert len(pages) >= 6
    for source, page in pages:
        report = analyze_safely(source, Options(), page)
        code = source.removesuffix(".html").rsplit("-", 1)[-1]
        assert report.article is not None
        assert (report.article.language or "").split("-")[0] == code
        assert any(f.kind == "person" for f in report.facts)
