"""Sentence-boundary benchmark: Golden Rules pass rate and speed, ours vs pySBD, syntok, regex.

Usage: python benchmarks/sbd.py [DATA_DIR] [-v]   (DATA_DIR defaults to ../shared/eval)
A rule passes when the list of segments equals the expected list exactly (after strip).
A second table runs the same splitters on our own suite of longer texts (news, lists, quotes,
times of day, inline HTML, brackets, contents pages; tests/data/sbd_long_suite.jsonl, written
for the tests): texts passed and boundary F1, overall and by class of text.
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsfacts.segment import split  # noqa: E402

Splitter = Callable[[str], list[str]]
SUITE = ROOT / "tests" / "data" / "sbd_long_suite.jsonl"
SETS = (
    ("pySBD 48", "english_golden_rules.jsonl"),
    ("pragmatic_segmenter 52", "pragmatic_segmenter_english_golden_rules_52.jsonl"),
)


def naive(text: str) -> list[str]:
    """The usual one-liner: split after . ! ? followed by whitespace."""
    return re.split(r"(?<=[.!?])\s+", text)


def make_pysbd() -> Splitter | None:
    """pySBD (rule-based port of pragmatic_segmenter), if installed."""
    try:
        import pysbd
    except ImportError:
        return None
    seg = pysbd.Segmenter(language="en", clean=False)
    return lambda text: list(seg.segment(text))


def make_syntok() -> Splitter | None:
    """syntok's segmenter, sentences rebuilt from its tokens, if installed."""
    try:
        import syntok.segmenter as sg
    except ImportError:
        return None

    def run(text: str) -> list[str]:
        out = []
        for para in sg.process(text):
            for sent in para:
                out.append("".join(t.spacing + t.value for t in sent))
        return out

    return run


def clean(parts: list[str]) -> list[str]:
    """Strip segments and drop empty ones."""
    return [p.strip() for p in parts if p.strip()]


def load(path: Path) -> list[dict]:
    """One JSON object per line."""
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def score(fn: Splitter, cases: list[dict], verbose: bool, name: str) -> int:
    """Number of rules passed."""
    passed = 0
    for case in cases:
        got = clean(fn(case["input"]))
        ok = got == clean(case["expected"])
        passed += ok
        if verbose and not ok:
            print(f"  [{name}] FAIL #{case['id']} {case['rule']}: {got!r}", file=sys.stderr)
    return passed


def boundaries(text: str, parts: list[str]) -> set[int]:
    """End offsets of the segments inside `text` (each found after the previous one)."""
    ends, pos = set(), 0
    for part in parts:
        at = text.find(part, pos)
        if at < 0:
            continue
        pos = at + len(part)
        ends.add(pos)
    ends.discard(len(text.rstrip()))
    return ends


def boundary_counts(fn: Splitter, cases: list[dict]) -> tuple[int, int, int]:
    """Boundaries found and expected, and how many agree, over some texts."""
    hit = got_n = want_n = 0
    for case in cases:
        got = boundaries(case["input"], clean(fn(case["input"])))
        want = boundaries(case["input"], case["expected"])
        hit, got_n, want_n = hit + len(got & want), got_n + len(got), want_n + len(want)
    return hit, got_n, want_n


def f1(hit: int, got_n: int, want_n: int) -> tuple[float, float, float]:
    """Precision, recall and F1 of boundaries."""
    p, r = hit / max(got_n, 1), hit / max(want_n, 1)
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def suite_table(splitters: dict[str, Splitter | None], verbose: bool) -> None:
    """Texts passed and boundary F1 (micro) on our own long-text suite, overall and by class."""
    cases = load(SUITE)
    live = {name: fn for name, fn in splitters.items() if fn is not None}
    print(f"\nOur long-text suite ({len(cases)} texts, {SUITE.relative_to(ROOT)}):\n")
    print("| splitter | texts passed | boundary precision | recall | F1 |")
    print("|---|---:|---:|---:|---:|")
    for name, fn in live.items():
        p, r, f = f1(*boundary_counts(fn, cases))
        passed = score(fn, cases, verbose, name)
        print(f"| {name} | {passed}/{len(cases)} | {p:.3f} | {r:.3f} | {f:.3f} |")
    kinds = sorted({c["rule"] for c in cases})
    print("\nBoundary F1 by class of text:\n")
    print("| class | texts | " + " | ".join(live) + " |")
    print("|---|---:|" + "---:|" * len(live))
    for kind in kinds:
        part = [c for c in cases if c["rule"] == kind]
        cells = [f"{f1(*boundary_counts(fn, part))[2]:.3f}" for fn in live.values()]
        print(f"| {kind} | {len(part)} | " + " | ".join(cells) + " |")


def speed(fn: Splitter, text: str) -> float:
    """Seconds to split `text` once."""
    t0 = time.perf_counter()
    fn(text)
    return time.perf_counter() - t0


def main(argv: list[str]) -> int:
    """Print the markdown tables."""
    verbose = "-v" in argv
    args = [a for a in argv if a != "-v"]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "eval"
    sbd = data / "sbd"
    if not sbd.is_dir():
        print(f"skipped: data not found ({sbd})")
        return 0
    splitters: dict[str, Splitter | None] = {
        "newsfacts": split,
        "pySBD 0.3.4": make_pysbd(),
        "syntok 1.4.4": make_syntok(),
        "naive regex": naive,
    }
    sets = [(label, load(sbd / fname)) for label, fname in SETS if (sbd / fname).exists()]
    print("| splitter | " + " | ".join(label for label, _ in sets) + " | total |")
    print("|---|" + "---:|" * (len(sets) + 1))
    for name, fn in splitters.items():
        if fn is None:
            continue
        cells, total, n = [], 0, 0
        for _label, cases in sets:
            ok = score(fn, cases, verbose, name)
            cells.append(f"{ok}/{len(cases)} ({100 * ok / len(cases):.1f}%)")
            total, n = total + ok, n + len(cases)
        print(f"| {name} | " + " | ".join(cells) + f" | {100 * total / n:.1f}% |")
    suite_table(splitters, verbose)
    print_speed(data, splitters)
    return 0


def print_speed(data: Path, splitters: dict[str, Splitter | None]) -> None:
    """Time each splitter on real news text: one article, and ~100k words."""
    path = data / "summaries" / "bbc.jsonl"
    if not path.exists():
        return
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    one = texts[0]
    big, words = [], 0
    for t in texts:
        if words >= 100_000:
            break
        big.append(t)
        words += len(t.split())
    joined = "\n\n".join(big)
    print()
    print(f"| splitter | ms per article (mean of first 200) | 100k words ({words} words) |")
    print("|---|---:|---:|")
    for name, fn in splitters.items():
        if fn is None:
            continue
        speed(fn, one)  # warm-up
        per = sum(speed(fn, t) for t in texts[:200]) / 200
        print(f"| {name} | {per * 1000:.2f} | {speed(fn, joined):.2f} s |")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
