"""Summary benchmark: ROUGE-1/2/Lsum of every method on CNN/DM and BBC, plus timing.

Usage: python benchmarks/summaries.py [DATA_DIR] [--bbc-limit N] [--jobs J] [--methods a,b]
DATA_DIR defaults to ../shared/eval. ROUGE F1 with rouge-score, Porter stemming on, sentences
separated by newlines for Lsum. Every method gets the same segmentation (newsfacts.segment).
CNN/DM: 3 sentences. BBC: as many sentences as the reference has.
Each set is also split in FOLDS folds by a hash of the article id (zlib.crc32 % FOLDS): a table
per fold compares `news` with LEAD-3 (CNN/DM, our own segmentation, same run) or with the best
sumy method (BBC), with the spread of the difference between folds. Overall means carry
rouge-score's bootstrap 95% confidence interval.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import zlib
from collections.abc import Iterable
from concurrent.futures import ProcessPoolExecutor
from itertools import pairwise
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsfacts.model import Article, Document  # noqa: E402
from newsfacts.segment import segment  # noqa: E402
from newsfacts.summarize import SUMMARIZERS, SUMY_METHODS  # noqa: E402

KEYS = ("rouge1", "rouge2", "rougeLsum")
FOLDS = 5
METHODS = tuple(SUMMARIZERS)
PTB_END = re.compile(r"(?<= [.!?]) +")


GLUE_BEFORE = re.compile(r"(?:[a-z0-9%)\]'’\"]|[A-Z]{2})$")


def glued_sentences(summary: str) -> list[str]:
    """BBC references are article sentences glued without a space (`47.3%.To help`): unglue.

    A `"` right after the punctuation closes a quotation when an odd number precede it.
    """
    cuts = [0]
    for m in re.finditer(r"[.!?](?=[\"A-Z])", summary):
        j = m.end()
        if summary[j] == '"':
            closes = summary[:j].count('"') % 2 == 1
            if not closes:
                cuts.append(j)
            elif summary[j + 1 : j + 2].isupper() or summary[j + 1 : j + 2] == '"':
                cuts.append(j + 1)
        elif GLUE_BEFORE.search(summary, max(0, m.start() - 2), m.start()):
            cuts.append(j)
    cuts.append(len(summary))
    parts = (summary[a:b].strip() for a, b in pairwise(cuts))
    return [p for p in parts if p]


def scorer():  # type: ignore[no-untyped-def]
    """A rouge-score scorer configured like the published figures."""
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(KEYS), use_stemmer=True)


def rouge(sc, reference: list[str], candidate: list[str]) -> tuple[float, ...]:  # type: ignore[no-untyped-def]
    """ROUGE F1 (x100) of newline-joined sentence lists."""
    s = sc.score("\n".join(reference), "\n".join(candidate))
    return tuple(100 * s[k].fmeasure for k in KEYS)


Item = tuple[str, str, str | None, list[str], int, tuple[str, ...]]


def run_item(item: Item) -> dict[str, list[float]]:
    """Scores and timings of the chosen methods on one article (runs in a worker process)."""
    _id, text, title, reference, k, methods = item
    sc = scorer()
    t0 = time.perf_counter()
    doc: Document = segment(Article(source=_id, text=text, title=title))
    out: dict[str, list[float]] = {"segment": [0, 0, 0, time.perf_counter() - t0]}
    out["fold"] = [float(fold(_id))]
    for name in methods:
        t0 = time.perf_counter()
        picked = SUMMARIZERS[name](doc, min(k, len(doc.sentences)))
        seconds = time.perf_counter() - t0
        out[name] = [*rouge(sc, reference, [s.text for s in picked]), seconds]
    out["lead-3"] = [*rouge(sc, reference, [s.text for s in doc.sentences[:3]])]
    return out


def fold(article_id: str) -> int:
    """The fold of an article, by a hash of its id."""
    return zlib.crc32(article_id.encode()) % FOLDS


def interval(rows: list[dict[str, list[float]]], name: str) -> list[tuple[float, float]]:
    """rouge-score's bootstrap 95% interval (low, high) of one method's mean F1 per ROUGE key."""
    from rouge_score.scoring import BootstrapAggregator, Score

    agg = BootstrapAggregator(confidence_interval=0.95, n_samples=1000)
    for row in rows:
        agg.add_scores(
            {k: Score(row[name][i], row[name][i], row[name][i]) for i, k in enumerate(KEYS)}
        )
    result = agg.aggregate()
    return [(result[k].low.fmeasure, result[k].high.fmeasure) for k in KEYS]


def print_folds(rows: list[dict[str, list[float]]], baseline: str) -> None:
    """Per fold: news and the baseline (R-1/R-2/R-Lsum), their difference, and its spread."""
    print(f"\nPer fold (crc32(id) % {FOLDS}): news vs {baseline}\n")
    print("| fold | articles | news R-1/R-2/R-Lsum | " + baseline + " | difference |")
    print("|---|---:|---|---|---|")
    diffs = []
    for f in range(FOLDS):
        part = [r for r in rows if int(r["fold"][0]) == f]
        if not part:
            continue
        table = mean_table(part)
        a, b = table["news"][:3], table[baseline][:3]
        diffs.append([x - y for x, y in zip(a, b, strict=True)])
        cells = [" / ".join(f"{v:.2f}" for v in vals) for vals in (a, b)]
        diff = " / ".join(f"{v:+.2f}" for v in diffs[-1])
        print(f"| {f} | {len(part)} | {cells[0]} | {cells[1]} | {diff} |")
    spread = [max(c) - min(c) for c in zip(*diffs, strict=True)]
    worst = [min(c) for c in zip(*diffs, strict=True)]
    print(
        f"\nworst fold difference {' / '.join(f'{v:+.2f}' for v in worst)}; "
        f"spread between folds {' / '.join(f'{v:.2f}' for v in spread)}"
    )


def mean_table(rows: Iterable[dict[str, list[float]]]) -> dict[str, list[float]]:
    """Average each method's four numbers over the articles."""
    total: dict[str, list[float]] = {}
    n = 0
    for row in rows:
        n += 1
        for name, vals in row.items():
            acc = total.setdefault(name, [0.0] * len(vals))
            for i, v in enumerate(vals):
                acc[i] += v
    return {name: [v / max(n, 1) for v in vals] for name, vals in total.items()}


def print_table(
    title: str,
    table: dict[str, list[float]],
    extra: dict[str, list[float]],
    rows: list[dict[str, list[float]]],
) -> None:
    """One markdown table, best-first by ROUGE-1, with bootstrap intervals for our methods."""
    print(f"\n### {title}\n")
    print("| method | ROUGE-1 [95% CI] | ROUGE-2 [95% CI] | ROUGE-Lsum [95% CI] | ms/article |")
    print("|---|---:|---:|---:|---:|")
    means = {k: v for k, v in table.items() if k not in ("segment", "fold")} | extra
    for name, v in sorted(means.items(), key=lambda kv: -kv[1][0]):
        ms = f"{1000 * v[3]:.1f}" if len(v) > 3 else "-"
        label = f"**{name}**" if name == "news" else name
        ci = interval(rows, name) if rows and name in rows[0] else None
        cells = [
            f"{v[i]:.2f} [{ci[i][0]:.2f}–{ci[i][1]:.2f}]" if ci else f"{v[i]:.2f}" for i in range(3)
        ]
        print(f"| {label} | {' | '.join(cells)} | {ms} |")
    print(f"\nsegmentation: {1000 * table['segment'][3]:.2f} ms/article")


def cnndm(path: Path, pool: ProcessPoolExecutor, methods: tuple[str, ...]) -> None:
    """CNN/DM at 3 sentences, with the neural systems' outputs scored in the same run."""
    data = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    items = [(d["id"], d["article"], None, PTB_END.split(d["reference"]), 3, methods) for d in data]
    rows = list(pool.map(run_item, items, chunksize=4))
    table = mean_table(rows)
    table["LEAD-3 (our segmentation)"] = table.pop("lead-3")
    for row in rows:
        row["LEAD-3 (our segmentation)"] = row.pop("lead-3")
    sc = scorer()
    systems = sorted({name for d in data for name in d["system_outputs"]})
    extra = {}
    for name in systems:
        scored = [
            rouge(sc, PTB_END.split(d["reference"]), PTB_END.split(d["system_outputs"][name]))
            for d in data
            if name in d["system_outputs"]
        ]
        means = [sum(c) / len(scored) for c in zip(*scored, strict=True)]
        extra[f"{name} (neural, abstractive)"] = means
    scored = [rouge(sc, PTB_END.split(d["reference"]), d["article_lines"][:3]) for d in data]
    extra["lead-3 on the dataset's own article_lines"] = [
        sum(c) / len(scored) for c in zip(*scored, strict=True)
    ]
    print_table(f"CNN/DailyMail ({len(data)} articles, 3 sentences)", table, extra, rows)
    if "news" in methods:
        print_folds(rows, "LEAD-3 (our segmentation)")


def bbc(path: Path, pool: ProcessPoolExecutor, limit: int | None, methods: tuple[str, ...]) -> None:
    """BBC News Summary at the reference's sentence count."""
    data = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    data = data[:limit] if limit else data
    items = []
    for d in data:
        ref = glued_sentences(d["summary"])
        items.append((d["id"], d["text"], d["title"], ref, len(ref), methods))
    rows = list(pool.map(run_item, items, chunksize=8))
    for row in rows:
        row.pop("lead-3")
    table = mean_table(rows)
    title = f"BBC News Summary ({len(data)} articles, k = reference sentences)"
    print_table(title, table, {}, rows)
    sumy = [m for m in methods if m in SUMY_METHODS and m != "random"]
    if "news" in methods and sumy:
        best = max(sumy, key=lambda m: table[m][0])
        print_folds(rows, best)


def long_input(path: Path, methods: tuple[str, ...], words: int = 100_000) -> None:
    """Seconds for segmentation and each method on ~100k words of concatenated BBC articles."""
    texts, n = [], 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if n >= words:
            break
        text = json.loads(line)["text"]
        texts.append(text)
        n += len(text.split())
    t0 = time.perf_counter()
    doc = segment(Article(source="long", text="\n\n".join(texts), title=None))
    seg = time.perf_counter() - t0
    print(f"\n### Long input: {n} words, {len(doc.sentences)} sentences\n")
    print("| method | seconds (segment + summarize 10 sentences) |")
    print("|---|---:|")
    for name in methods:
        t0 = time.perf_counter()
        SUMMARIZERS[name](doc, 10)
        print(f"| {name} | {seg + time.perf_counter() - t0:.2f} |")


def main(argv: list[str]) -> int:
    """Run every measurement and print markdown tables."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "eval"))
    parser.add_argument("--bbc-limit", type=int, default=None, help="first N BBC articles")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--skip-long", action="store_true")
    parser.add_argument("--methods", default=",".join(METHODS), help="comma-separated subset")
    parser.add_argument("--only", choices=("cnndm", "bbc"), default=None, help="one data set")
    args = parser.parse_args(argv)
    methods = tuple(m for m in args.methods.split(",") if m)
    unknown = [m for m in methods if m not in SUMMARIZERS]
    if unknown:
        parser.error(f"unknown methods: {', '.join(unknown)} (choose from {', '.join(METHODS)})")
    folder = Path(args.data) / "summaries"
    if not folder.is_dir():
        print(f"skipped: data not found ({folder})")
        return 0
    with ProcessPoolExecutor(args.jobs) as pool:
        if args.only != "bbc" and (folder / "cnndm.jsonl").exists():
            cnndm(folder / "cnndm.jsonl", pool, methods)
        if args.only != "cnndm" and (folder / "bbc.jsonl").exists():
            bbc(folder / "bbc.jsonl", pool, args.bbc_limit, methods)
    if not args.skip_long and (folder / "bbc.jsonl").exists():
        long_input(folder / "bbc.jsonl", methods)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
