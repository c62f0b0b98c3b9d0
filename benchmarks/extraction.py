"""HTML extraction benchmark: 4-gram shingle F1 of our extract+clean vs trafilatura alone.

Usage: PYTHONPATH=. python benchmarks/extraction.py [DATA_DIR]   (default: ../shared/eval)
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pagetext import DEFAULT_DATA, score  # sibling script, not a package

Page = tuple[str, str | None, str]  # html, url, expected body


def trafilatura_alone(**options: Any) -> Callable[[str, str | None], str]:
    """trafilatura.extract with the given options, nothing else."""
    import trafilatura

    def run(html: str, url: str | None) -> str:
        return trafilatura.extract(html, url=url, **options) or ""

    return run


def trafilatura_with_metadata(html: str, url: str | None) -> str:
    """Our trafilatura options plus metadata (title, author, date...), as our extract runs it."""
    import trafilatura

    doc = trafilatura.bare_extraction(
        html, url=url, favor_precision=True, include_comments=False, with_metadata=True
    )
    return (getattr(doc, "text", None) or "") if doc is not None else ""


def newsfacts_html(html: str, url: str | None) -> str:
    """Our extract + clean stages on an HTML page."""
    from newsfacts.clean import clean
    from newsfacts.errors import NoTextError
    from newsfacts.extract import extract
    from newsfacts.model import Options
    from newsfacts.model import Page as NFPage

    page = NFPage(source=url or "-", content=html, is_html=True, url=url)
    try:
        return clean(extract(page, Options())).text
    except NoTextError:
        return ""


def load(data: Path) -> list[Page]:
    """The pages with their expected article bodies."""
    folder = data / "extraction"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        (
            (folder / "html" / f"{key}.html").read_text(encoding="utf-8", errors="replace"),
            item.get("url"),
            item["articleBody"],
        )
        for key, item in sorted(truth.items())
    ]


def row(name: str, pages: list[Page], fn: Callable[[str, str | None], str]) -> str:
    """One markdown table row: method, P, R, F1, seconds (after a one-page warm-up).

    The warm-up pays each method's one-time costs (imports, word tables) outside the timing,
    so the seconds compare the per-page work.
    """
    fn(pages[0][0], pages[0][1])
    t0 = time.perf_counter()
    preds = [fn(html, url) for html, url, _ in pages]
    secs = time.perf_counter() - t0
    p, r, f = score(zip(preds, (body for _, _, body in pages), strict=True))
    return f"| {name} | {p:.3f} | {r:.3f} | **{f:.3f}** | {secs:.1f} |"


METHODS: tuple[tuple[str, Callable[[str, str | None], str]], ...] = (
    ("trafilatura default", trafilatura_alone()),
    ("trafilatura favor_precision", trafilatura_alone(favor_precision=True)),
    ("trafilatura favor_recall", trafilatura_alone(favor_recall=True)),
    (
        "trafilatura precision, no comments (our options)",
        trafilatura_alone(favor_precision=True, include_comments=False),
    ),
    ("trafilatura precision, no comments, with metadata", trafilatura_with_metadata),
    ("newsfacts extract+clean", newsfacts_html),
)


def main(argv: list[str]) -> int:
    """Print the markdown table."""
    data = Path(argv[1]) if len(argv) > 1 else DEFAULT_DATA
    if not (data / "extraction" / "ground-truth.json").exists():
        print(f"skipped: data not found ({data / 'extraction'})")
        return 0
    pages = load(data)
    print(f"extraction: {len(pages)} HTML pages, 4-gram shingle P/R averaged per document\n")
    print("| method | precision | recall | F1 | seconds |")
    print("|---|---|---|---|---|")
    for name, fn in METHODS:
        print(row(name, pages, fn))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
