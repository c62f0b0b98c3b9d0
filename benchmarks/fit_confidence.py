"""Fit the name-confidence weights (newsfacts/facts/confidence.py) and check them.

Usage: python benchmarks/fit_confidence.py [DATA_DIR]

Runs the whole pipeline over the CoNLL-2003 dev set and MEANTIME's annotated part (as
benchmarks/trust.py reads them) and labels every person/organisation/place fact right or wrong
against the gold names (text or alias, same type); in MEANTIME a name counts as wrong only
inside an annotated mention, since its annotators marked only names taking part in events. It
fits one logistic model per kind on the even half of the documents of both sets (crc32 of the
id), a wrong name weighing --cost times a right one, and prints the weights to paste into
confidence.py, then for each set the shown-name precision and the share of right names kept at
SHOW_AT on both halves (MEANTIME here: judged names only). Check the result with
benchmarks/trust.py.
"""

from __future__ import annotations

import argparse
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import trust  # noqa: E402  (the dev-set readers and scoring live there)

from newsfacts.facts import confidence  # noqa: E402
from newsfacts.model import SHOW_AT, Fact, Options  # noqa: E402
from newsfacts.pipeline import analyze_safely  # noqa: E402

COST = 2.0  # a wrong name shown weighs as much as two right names left out
Row = tuple[int, str, tuple[float, ...], bool, int]  # half, kind, features, right, document
SEEN: dict[tuple[str, str], tuple[float, ...]] = {}  # the features the pipeline just weighed


def recording(
    fact: Fact, language: str | None = "english", votes: confidence.Votes | None = None
) -> tuple[float, ...]:
    """confidence.features, keeping what it returns (the vote evidence is not on the fact)."""
    found = FEATURES(fact, language, votes)
    SEEN[(fact.kind, fact.text)] = found
    return found


FEATURES = confidence.features
confidence.features = recording  # type: ignore[assignment]


def rows(
    docs: Iterator[trust.Doc], start: int = 0, judged: dict[str, list[str]] | None = None
) -> list[Row]:
    """Every name fact of a dev set with its features and whether it is right; with `judged`
    (partly annotated sets), a wrong name only where the annotators looked (inside a mention)."""
    out: list[Row] = []
    for n, (doc_id, text, gold, date) in enumerate(docs, start):
        half = zlib.crc32(doc_id.encode()) % 2
        SEEN.clear()
        report = analyze_safely("-", Options(all_facts=True, reference_date=date), text.encode())
        for fact in report.facts:
            if fact.kind not in confidence.NAME_KINDS:
                continue
            forms = trust.fact_forms(fact.text, fact.aliases)
            right = any((fact.kind, f) in gold for f in forms)
            seen = judged.get(doc_id, []) if judged is not None else None
            if not right and seen is not None and not any(trust.inside(f, seen) for f in forms):
                continue  # never judged: MEANTIME annotates only names that take part in events
            out.append((half, fact.kind, SEEN[(fact.kind, fact.text)], right, n))
    return out


def fit(
    x: np.ndarray, y: np.ndarray, cost: float = 1.0, l2: float = 1.0, steps: int = 50
) -> np.ndarray:
    """L2-regularised logistic regression by Newton's method; a wrong name weighs `cost` times
    a right one (precision first: showing a wrong name costs more than leaving a right one out)."""
    w = np.zeros(x.shape[1])
    weight = np.where(y > 0, 1.0, cost)
    for _ in range(steps):
        p = 1 / (1 + np.exp(-x @ w))
        grad = x.T @ (weight * (p - y)) + l2 * w
        hess = (x.T * (weight * p * (1 - p))) @ x + l2 * np.eye(len(w))
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
    parser.add_argument("--cost", type=float, default=COST, help="weight of a wrong name")
    args = parser.parse_args(argv)
    sets = {"CoNLL-2003 dev": rows(trust.conll(args.data))}
    judged = trust.annotated(args.data)
    sets["MEANTIME"] = rows(trust.meantime(args.data), 1_000_000, judged)  # distinct ids
    data = [r for found in sets.values() for r in found]
    if not data:
        print("skipped: data not found")
        return 0
    weights: dict[str, np.ndarray] = {}
    for kind in confidence.NAME_KINDS:
        train = [(x, ok) for h, k, x, ok, _ in data if h == 0 and k == kind]
        unweighed = [f in confidence.UNWEIGHED[kind] for f in confidence.FEATURES]
        xs = np.array([x for x, _ in train]) * ~np.array(unweighed)  # those weigh 0
        ys = np.array([float(ok) for _, ok in train])
        weights[kind] = fit(xs, ys, args.cost)
        values = [f"{w:.2f}" for w in weights[kind]]
        rows_of_nine = [", ".join(values[i : i + 9]) for i in range(0, len(values), 9)]
        print(f'    "{kind}": (\n' + "".join(f"        {r},\n" for r in rows_of_nine) + "    ),")
    for name, found in sets.items():
        for half in (0, 1):
            print(f"{name}, half {half}: {shown_precision(found, weights, half, args.show_at)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
