"""Fit the name-confidence weights (newsfacts/facts/confidence.py) and check them.

Usage: python benchmarks/fit_confidence.py [DATA_DIR]

Runs the whole pipeline over the CoNLL-2003 dev set, labels every person/organisation/place
fact right or wrong against the gold names (text or alias, same type), fits one logistic model
per kind on the even half of the documents (crc32 of the id), and prints the weights to paste
into confidence.py, then the shown-name precision and the share of right names kept at
SHOW_AT on both halves. Check the result on MEANTIME with benchmarks/trust.py.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import trust  # noqa: E402  (the dev-set readers and scoring live there)

from newsfacts.facts import confidence  # noqa: E402
from newsfacts.model import SHOW_AT, Options  # noqa: E402
from newsfacts.pipeline import analyze_safely  # noqa: E402

Row = tuple[int, str, tuple[float, ...], bool, int]  # half, kind, features, right, document


def rows(data: Path) -> list[Row]:
    """Every name fact of the dev set with its features and whether it is right."""
    out: list[Row] = []
    for n, (doc_id, text, gold, date) in enumerate(trust.conll(data)):
        half = zlib.crc32(doc_id.encode()) % 2
        report = analyze_safely("-", Options(all_facts=True, reference_date=date), text.encode())
        for fact in report.facts:
            if fact.kind not in confidence.NAME_KINDS:
                continue
            forms = {trust.norm(a) for a in (fact.text, *fact.aliases)}
            right = any((fact.kind, f) in gold for f in forms)
            out.append((half, fact.kind, confidence.features(fact), right, n))
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 50) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (p - y) + l2 * w
        hess = (x.T * (p * (1 - p))) @ x + l2 * np.eye(len(w))
        w -= np.linalg.solve(hess, grad)
    return w


def shown_precision(
    data: list[Row], weights: dict[str, np.ndarray], half: int, show_at: float
) -> str:
    """Shown precision (first five shown per kind and document) and right names kept."""
    right = shown = kept_right = all_right = 0
    doc_counts: dict[tuple[int, str], int] = {}
    for h, kind, x, ok, doc in data:
        if h != half:
            continue
        all_right += ok
        p = 1 / (1 + np.exp(-np.dot(weights[kind], x)))
        if p < show_at:
            continue
        kept_right += ok
        key = (doc, kind)
        doc_counts[key] = doc_counts.get(key, 0) + 1
        if doc_counts[key] <= trust.TOP:
            shown += 1
            right += ok
    kept = f"{kept_right}/{all_right}"
    return f"shown right {right / shown:.3f} ({right}/{shown}), right names kept {kept}"


def main(argv: list[str]) -> int:
    """Fit on the even half, print the weights and both halves' figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--show-at", type=float, default=SHOW_AT)
    args = parser.parse_args(argv)
    data = rows(args.data)
    if not data:
        print("skipped: data not found")
        return 0
    weights: dict[str, np.ndarray] = {}
    for kind in confidence.NAME_KINDS:
        train = [(x, ok) for h, k, x, ok, _ in data if h == 0 and k == kind]
        xs = np.array([x for x, _ in train])
        ys = np.array([float(ok) for _, ok in train])
        weights[kind] = fit(xs, ys)
        print(f'    "{kind}": ({", ".join(f"{w:.2f}" for w in weights[kind])}),')
    for half in (0, 1):
        print(f"half {half}: {shown_precision(data, weights, half, args.show_at)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
