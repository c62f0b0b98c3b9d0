"""Plain-text cleaning benchmark: 4-gram shingle F1 of cleaned whole-page text vs the article body.

A second table feeds plain news text with no page furniture (the CoNLL-2003 dev documents, one
Reuters story each) through extract + clean and counts how much of it comes through: such text
should keep essentially every word.

Usage: PYTHONPATH=. python benchmarks/pagetext.py [DATA_DIR]   (default: ../shared/eval)
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

DEFAULT_DATA = Path(__file__).resolve().parent.parent.parent / "shared" / "eval"
TOKEN = re.compile(r"\w+")


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """Multiset of word n-grams (tokens = regex \\w+), as in the eval README."""
    toks = TOKEN.findall(text)
    return Counter(tuple(toks[i : i + n]) for i in range(max(len(toks) - n + 1, 0)))


def pr(pred: str, truth: str) -> tuple[float, float]:
    """Per-document shingle precision and recall."""
    p, t = shingles(pred), shingles(truth)
    tp = sum((p & t).values())
    prec = tp / sum(p.values()) if p else 0.0
    rec = tp / sum(t.values()) if t else 0.0
    return prec, rec


def score(pairs: Iterable[tuple[str, str]]) -> tuple[float, float, float]:
    """(P, R, F1): P and R averaged over documents, F1 of the two averages."""
    ps, rs = zip(*(pr(p, t) for p, t in pairs), strict=True)
    prec, rec = sum(ps) / len(ps), sum(rs) / len(rs)
    return prec, rec, (2 * prec * rec / (prec + rec) if prec + rec else 0.0)


def ours(text: str) -> str:
    """Run our extract + clean stages on a plain-text page."""
    from newsfacts.clean import clean
    from newsfacts.errors import NoTextError
    from newsfacts.extract import extract
    from newsfacts.model import Options, Page

    try:
        return clean(extract(Page(source="-", content=text, is_html=False), Options())).text
    except NoTextError:
        return ""


def kept_counts(text: str) -> tuple[int, int, int, bool, bool]:
    """(words in, words kept in text or title, words removed as date lines, titled, failed)."""
    from newsfacts.clean import clean
    from newsfacts.errors import NoTextError
    from newsfacts.extract import extract
    from newsfacts.model import Options, Page

    total = len(TOKEN.findall(text))
    try:
        out = clean(extract(Page(source="-", content=text, is_html=False), Options()))
    except NoTextError:
        return total, 0, 0, False, True
    kept = len(TOKEN.findall(out.text)) + len(TOKEN.findall(out.title or ""))
    dated = sum(len(TOKEN.findall(r.text)) for r in out.removed if r.kind == "date")
    return total, kept, dated, out.title is not None, False


def plain_table(data: Path) -> None:
    """How much of plain news text (no page furniture) the cleaner keeps."""
    path = data / "ner" / "conll2003_dev.docs.jsonl"
    if not path.exists():
        print(f"\nskipped plain text: data not found ({path})")
        return
    texts = [json.loads(line)["text"] for line in path.open(encoding="utf-8")]
    t0 = time.perf_counter()
    counts = [kept_counts(t) for t in texts]
    secs = time.perf_counter() - t0
    total, kept, dated = (sum(c[i] for c in counts) for i in range(3))
    titled, failed = sum(c[3] for c in counts), sum(c[4] for c in counts)
    print(f"\nplain news text: {len(texts)} CoNLL-2003 dev documents, {total} words\n")
    print("| kept (text + title) | removed as date lines | other removals | titled | NoTextError |")
    print("|---|---|---|---|---|")
    other = total - kept - dated
    print(
        f"| **{kept / total:.2%}** | {dated / total:.2%} | {other / total:.2%} | "
        f"{titled}/{len(texts)} | {failed} |  ({secs:.2f} s)"
    )


def row(name: str, rows: list[dict[str, str]], field: str, fn: Callable[[str], str]) -> str:
    """One markdown table row: method, input, P, R, F1, seconds."""
    t0 = time.perf_counter()
    preds = [fn(r[field]) for r in rows]
    secs = time.perf_counter() - t0
    p, r, f = score(zip(preds, (x["expected_article_body"] for x in rows), strict=True))
    return f"| {name} | `{field}` | {p:.3f} | {r:.3f} | **{f:.3f}** | {secs:.2f} |"


def main(argv: list[str]) -> int:
    """Print the markdown table."""
    data = Path(argv[1]) if len(argv) > 1 else DEFAULT_DATA
    path = data / "pagetext" / "pagetext.jsonl"
    if not path.exists():
        print(f"skipped: data not found ({path})")
        return 0
    rows = [json.loads(line) for line in path.open(encoding="utf-8")]
    print(f"pagetext: {len(rows)} pages, 4-gram shingle P/R averaged per document\n")
    print("| method | input | precision | recall | F1 | seconds |")
    print("|---|---|---|---|---|---|")
    for field in ("raw_text", "raw_text_layout"):
        print(row("raw input (no cleaning)", rows, field, lambda s: s))
        print(row("newsfacts extract+clean", rows, field, ours))
    plain_table(data)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
