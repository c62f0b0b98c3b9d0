"""HTML extraction benchmark: newsfacts extract+clean vs trafilatura's modes, on two page sets.

1. `extraction/` (Zyte article-extraction benchmark, 92 pages): 4-gram shingle precision/recall
   averaged per document (../shared/eval/README.md).
2. `extraction-multi/` (trafilatura's multilingual pages, 480): per page TP = `with` snippets found
   in the whitespace-normalised text, FN = missing, FP = `without` found; micro P/R/F1. Plus the
   published date against the `date` gold (YYYY-MM-DD), htmldate alone in the same run.

Each set is also reported by halves (crc32 of the page id, even/odd), every method in the same
run, with the milliseconds per page (after a one-page warm-up) and the number of pages whose text
has a hole (inline words lost: "high for ." / "for , and").

Usage: PYTHONPATH=. python benchmarks/extraction.py [DATA_DIR] [--quick] [--only zyte|multi]
       [--methods a,b]   (DATA_DIR default: ../shared/eval; --quick: every tenth page)
"""

from __future__ import annotations

import gzip
import json
import re
import sys
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from pagetext import DEFAULT_DATA, score  # sibling script, not a package


@dataclass(frozen=True)
class Item:
    """One page and its gold: a body (Zyte) or with/without snippets and a date (multi)."""

    id: str
    html: str
    url: str | None
    body: str = ""
    with_: tuple[str, ...] = ()
    without: tuple[str, ...] = ()
    date: str | None = None

    @property
    def half(self) -> int:
        """0 or 1: the half this page belongs to (a hash of its id)."""
        return zlib.crc32(self.id.encode()) % 2


Result = tuple[str, str | None]  # text, published date (YYYY-MM-DD) or None
Method = Callable[[str, str | None], Result]


def _date(value: str | None) -> str | None:
    """The YYYY-MM-DD part of a date string."""
    return value[:10] if value and re.match(r"\d{4}-\d\d-\d\d", value) else None


def trafilatura_mode(**options: Any) -> Method:
    """trafilatura.bare_extraction with metadata and the given options, nothing else."""
    import trafilatura

    def run(html: str, url: str | None) -> Result:
        doc = trafilatura.bare_extraction(html, url=url, with_metadata=True, **options)
        if doc is None:
            return "", None
        return getattr(doc, "text", None) or "", _date(getattr(doc, "date", None))

    return run


def htmldate_alone(html: str, url: str | None) -> Result:
    """htmldate.find_date with its defaults (extensive search), no text."""
    from htmldate import find_date

    return "", _date(find_date(html, url=url))


def newsfacts_html(html: str, url: str | None) -> Result:
    """Our extract + clean stages on an HTML page."""
    from newsfacts.clean import clean
    from newsfacts.errors import NoTextError
    from newsfacts.extract import extract
    from newsfacts.model import Options
    from newsfacts.model import Page as NFPage

    page = NFPage(source=url or "-", content=html, is_html=True, url=url)
    try:
        article = clean(extract(page, Options()))
    except NoTextError:
        return "", None
    return article.text, article.published


METHODS: dict[str, tuple[str, Method | None]] = {
    "default": ("trafilatura default", None),
    "precision": ("trafilatura favor_precision", None),
    "recall": ("trafilatura favor_recall", None),
    "htmldate": ("htmldate alone (date only)", htmldate_alone),
    "newsfacts": ("**newsfacts extract+clean**", newsfacts_html),
}
TRAFILATURA_MODES = {
    "default": {},
    "precision": {"favor_precision": True},
    "recall": {"favor_recall": True},
}


def method(key: str) -> Method:
    """The callable of a method key (trafilatura is imported only when asked for)."""
    fn = METHODS[key][1]
    return fn if fn is not None else trafilatura_mode(**TRAFILATURA_MODES[key])


def load_zyte(data: Path) -> list[Item]:
    """The Zyte pages with their expected article bodies."""
    folder = data / "extraction"
    truth = json.loads((folder / "ground-truth.json").read_text(encoding="utf-8"))
    return [
        Item(
            id=key,
            html=(folder / "html" / f"{key}.html").read_text(encoding="utf-8", errors="replace"),
            url=item.get("url"),
            body=item["articleBody"],
        )
        for key, item in sorted(truth.items())
    ]


def load_multi(data: Path) -> list[Item]:
    """The multilingual pages with their snippets and date gold."""
    path = data / "extraction-multi" / "pages.jsonl.gz"
    items = []
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            gold = row["gold"]
            url = row.get("url") or ""
            items.append(
                Item(
                    id=row["id"],
                    html=row["html"],
                    url=url if url.startswith("http") else None,
                    with_=tuple(gold.get("with") or ()),
                    without=tuple(gold.get("without") or ()),
                    date=_date(gold.get("date")),
                )
            )
    return items


def _norm(text: str) -> str:
    """Whitespace-normalised, as the upstream scorer does."""
    return re.sub(r"\s+", " ", text).strip()


def snippet_score(pairs: list[tuple[str, Item]]) -> tuple[float, float, float]:
    """Micro precision, recall, F1 of `with` snippets found and `without` snippets let through."""
    tp = fn = fp = 0
    for text, item in pairs:
        norm = _norm(text)
        found = [_norm(s) in norm for s in item.with_]
        tp, fn = tp + sum(found), fn + len(found) - sum(found)
        fp += sum(_norm(s) in norm for s in item.without)
    prec = tp / (tp + fp) if tp + fp else 0.0
    rec = tp / (tp + fn) if tp + fn else 0.0
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def date_score(pairs: list[tuple[str | None, Item]]) -> tuple[int, int]:
    """(right, pages with a gold date)."""
    dated = [(d, item) for d, item in pairs if item.date]
    return sum(d == item.date for d, item in dated), len(dated)


def holes(text: str) -> int:
    """Sentences with a hole in the text (see newsfacts.holes.has_hole)."""
    from newsfacts.holes import has_hole

    return sum(has_hole(p) for p in text.split("\n\n"))


def run(fn: Method, items: list[Item]) -> tuple[list[Result], float]:
    """Every page through one method; milliseconds per page after a one-page warm-up."""
    fn(items[0].html, items[0].url)
    t0 = time.perf_counter()
    results = [fn(item.html, item.url) for item in items]
    return results, (time.perf_counter() - t0) * 1000 / len(items)


def zyte_table(items: list[Item], keys: list[str]) -> None:
    """Shingle P/R/F1 per method, whole set and halves."""
    print(f"\nZyte pages: {len(items)}, 4-gram shingle P/R averaged per document\n")
    print("| method | P | R | F1 | F1 half 0 / half 1 (R) | pages with a hole | ms/page |")
    print("|---|---|---|---|---|---|---|")
    for key in keys:
        if key == "htmldate":
            continue
        results, ms = run(method(key), items)
        pairs = [(text, item) for (text, _), item in zip(results, items, strict=True)]
        p, r, f = score((text, item.body) for text, item in pairs)
        halves = []
        for h in (0, 1):
            _, hr, hf = score((t, i.body) for t, i in pairs if i.half == h)
            halves.append(f"{hf:.3f} ({hr:.3f})")
        holed = sum(holes(text) > 0 for text, _ in pairs)
        name = METHODS[key][0]
        print(
            f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {' / '.join(halves)} | {holed} | {ms:.1f} |"
        )


def multi_table(items: list[Item], keys: list[str]) -> None:
    """Snippet P/R/F1 and date accuracy per method, whole set and halves."""
    dated = sum(1 for i in items if i.date)
    print(f"\nextraction-multi: {len(items)} pages ({dated} with a gold date), micro P/R/F1\n")
    print(
        "| method | P | R | F1 | F1 half 0 / half 1 (R) | date right | date half 0 / half 1 "
        "| pages with a hole | ms/page |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for key in keys:
        results, ms = run(method(key), items)
        texts = [(text, item) for (text, _), item in zip(results, items, strict=True)]
        dates = [(d, item) for (_, d), item in zip(results, items, strict=True)]
        right, total = date_score(dates)
        hdates = []
        for h in (0, 1):
            hr, ht = date_score([(d, i) for d, i in dates if i.half == h])
            hdates.append(f"{hr / ht:.3f}" if ht else "-")
        name = METHODS[key][0]
        if key == "htmldate":
            print(f"| {name} | | | | | {right / total:.3f} | {' / '.join(hdates)} | | {ms:.1f} |")
            continue
        p, r, f = snippet_score(texts)
        halves = []
        for h in (0, 1):
            _, hr_, hf = snippet_score([(t, i) for t, i in texts if i.half == h])
            halves.append(f"{hf:.3f} ({hr_:.3f})")
        holed = sum(holes(text) > 0 for text, _ in texts)
        print(
            f"| {name} | {p:.3f} | {r:.3f} | {f:.3f} | {' / '.join(halves)} | "
            f"{right / total:.3f} ({right}/{total}) | {' / '.join(hdates)} | {holed} | {ms:.1f} |"
        )


def main(argv: list[str]) -> int:
    """Print the markdown tables."""
    args = [a for a in argv[1:] if not a.startswith("--")]
    flags = [a for a in argv[1:] if a.startswith("--")]
    data = Path(args[0]) if args else DEFAULT_DATA
    quick = "--quick" in flags
    only = next((f.split("=", 1)[1] for f in flags if f.startswith("--only=")), None)
    chosen = next((f.split("=", 1)[1] for f in flags if f.startswith("--methods=")), None)
    keys = chosen.split(",") if chosen else list(METHODS)
    if only in (None, "zyte"):
        if (data / "extraction" / "ground-truth.json").exists():
            zyte = load_zyte(data)
            zyte_table(zyte[::10] if quick else zyte, keys)
        else:
            print(f"skipped: data not found ({data / 'extraction'})")
    if only in (None, "multi"):
        if (data / "extraction-multi" / "pages.jsonl.gz").exists():
            multi = load_multi(data)
            multi_table(multi[::10] if quick else multi, keys)
        else:
            print(f"skipped: data not found ({data / 'extraction-multi'})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
