"""Pathological inputs: every stage must be linear in its input (or capped).

Usage: python benchmarks/pathological.py [--sizes 100000 1000000]

Each case is an input a careless rule could spend quadratic time on (issue #17): runs of quote
marks, a long word after "follows.", "U.S." repeated, many short lines, one sentence repeated,
many tiny HTML paragraphs, text that starts with three tags, long runs of one character. Each
runs through the whole pipeline in its own process (a hang stops at --timeout), at each size;
the table gives the seconds per size and the ratio of the largest to the smallest: about the
size ratio (10) means linear, past it means worse. A capped case answers with its error code.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SENTENCE = "The council approved the new budget on Monday after a long debate. "


def _times(piece: str, n: int) -> str:
    return piece * max(1, n // len(piece))


CASES: dict[str, Callable[[int], str]] = {
    "quote marks": lambda n: "The mayor said " + '"' * n + " at the end.",
    "curly quotes": lambda n: "The mayor said " + _times("“”", n) + " at the end.",
    "long word after follows.": lambda n: "The statement reads as follows. " + "a" * n,
    "U.S. repeated": lambda n: _times("U.S. ", n),
    "short lines": lambda n: _times("word\n", n),
    "one sentence repeated": lambda n: _times(SENTENCE, n),
    "capitalised words": lambda n: _times("Word ", n),
    "names and places": lambda n: _times("Anna Berg met Carl Dahl in Oslo. ", n),
    "digits": lambda n: "1" * n,
    "open brackets": lambda n: "(" * n,
    "parentheses with dots": lambda n: _times("(a). ", n),
    "tiny HTML paragraphs": lambda n: "<html><body>" + _times("<p>a b.</p>", n) + "</body></html>",
    "HTML article": lambda n: (
        "<html><body><article>" + _times(f"<p>{SENTENCE * 3}</p>", n) + "</article></body></html>"
    ),
    "three tags then text": lambda n: "<b>x</b><i>y</i><u>z</u> " + _times(SENTENCE, n),
}

PROBE = """
import sys, time
from newsfacts.model import Options
from newsfacts.pipeline import analyze_safely
data = sys.stdin.buffer.read()
analyze_safely("-", Options(), b"warm up: the tables load here.")
start = time.perf_counter()
report = analyze_safely("-", Options(), data)
print(f"{time.perf_counter() - start:.3f} {report.error.code if report.error else 'ok'}")
"""


def measure(text: str, timeout: float) -> tuple[float | None, str]:
    """Seconds the analysis of one input takes in a fresh process, and its outcome."""
    try:
        proc = subprocess.run(
            [sys.executable, "-c", PROBE], input=text.encode(), capture_output=True,
            timeout=timeout, cwd=ROOT,
        )  # fmt: skip
    except subprocess.TimeoutExpired:
        return None, f"over {timeout:.0f} s"
    seconds, outcome = proc.stdout.decode().split()
    return float(seconds), outcome


def main(argv: list[str]) -> int:
    """Print the markdown table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[100_000, 1_000_000])
    parser.add_argument("--timeout", type=float, default=120.0)
    args = parser.parse_args(argv)
    sizes = sorted(args.sizes)
    head = " | ".join(f"{n // 1000} KB" for n in sizes)
    print(f"| input | {head} | ratio | outcome |")
    print("|---|" + "---:|" * (len(sizes) + 1) + "---|")
    started = time.perf_counter()
    for name, make in CASES.items():
        results = [measure(make(n), args.timeout) for n in sizes]
        cells = " | ".join(f"{s:.2f} s" if s is not None else o for s, o in results)
        first, last = results[0][0], results[-1][0]
        ratio = f"{last / max(first, 1e-3):.1f}" if first is not None and last is not None else "—"
        print(f"| {name} | {cells} | {ratio} | {results[-1][1]} |", flush=True)
    print(f"\n{time.perf_counter() - started:.0f} s in all; size ratio {sizes[-1] / sizes[0]:.0f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
