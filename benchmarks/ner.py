"""NER benchmark: PER/ORG/LOC unique-entity precision/recall/F1 on the CoNLL-2003 dev set.

Usage: python benchmarks/ner.py [DATA_DIR] [--pipeline]
Each document's text goes in as plain text: through segment + find_facts (default), or the
whole pipeline with --pipeline. Scoring follows ../shared/eval/README.md: unique (label, text)
pairs per document; a predicted entity matches a gold one of the same label when its text or
one of its aliases equals the gold text (whitespace-normalised); micro-averaged.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LABELS = {"PER": "person", "ORG": "organization", "LOC": "place"}
Entity = tuple[str, frozenset[str]]  # (label, surface forms)


def norm(text: str) -> str:
    """Whitespace-normalised text."""
    return " ".join(text.split())


def predict(text: str, pipeline: bool) -> list[Entity]:
    """Our person/organisation/place facts for one plain-text document."""
    from newsfacts.facts import find_facts
    from newsfacts.model import Article, Options

    if pipeline:
        from newsfacts.errors import NewsfactsError
        from newsfacts.pipeline import analyze

        try:
            facts = analyze("-", Options(), data=text.encode()).facts
        except NewsfactsError:  # e.g. the cleaner found no article text: nothing predicted
            return []
    else:
        from newsfacts.segment import segment

        facts, _ = find_facts(segment(Article(source="-", text=text)), Options())
    inverse = {v: k for k, v in LABELS.items()}
    return [
        (inverse[f.kind], frozenset(norm(a) for a in (f.text, *f.aliases)))
        for f in facts
        if f.kind in inverse
    ]


def score_doc(gold: set[tuple[str, str]], pred: list[Entity]) -> tuple[int, int, int, int]:
    """(matched predictions, predictions, matched gold, gold) for one document."""
    hit_pred = sum(1 for label, forms in pred if any((label, f) in gold for f in forms))
    hit_gold = sum(
        1 for label, text in gold if any(pl == label and text in forms for pl, forms in pred)
    )
    return hit_pred, len(pred), hit_gold, len(gold)


def prf(tp_p: int, n_p: int, tp_g: int, n_g: int) -> tuple[float, float, float]:
    """Precision, recall and F1."""
    p = tp_p / n_p if n_p else 0.0
    r = tp_g / n_g if n_g else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def run(docs: Iterable[dict], pipeline: bool) -> dict[str, list[int]]:
    """Counts per label (and 'all') over the documents."""
    totals = {k: [0, 0, 0, 0] for k in (*LABELS, "all")}
    for doc in docs:
        gold = {(e["label"], norm(e["text"])) for e in doc["entities"] if e["label"] in LABELS}
        pred = predict(doc["text"], pipeline)
        for label in (*LABELS, "all"):
            g = {x for x in gold if label in ("all", x[0])}
            p = [x for x in pred if label in ("all", x[0])]
            for i, v in enumerate(score_doc(g, p)):
                totals[label][i] += v
    return totals


def main(argv: list[str]) -> int:
    """Print the markdown table; exit 0 with a note when the data is absent."""
    args = [a for a in argv if not a.startswith("--")]
    data = Path(args[0]) if args else ROOT.parent / "shared" / "eval"
    path = data / "ner" / "conll2003_dev.docs.jsonl"
    if not path.exists():
        print(f"skipped: data not found ({path})")
        return 0
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    started = time.perf_counter()
    totals = run(docs, "--pipeline" in argv)
    seconds = time.perf_counter() - started
    print(
        f"CoNLL-2003 dev, {len(docs)} documents, unique entities per document ({seconds:.1f} s)\n"
    )
    print("| label | precision | recall | F1 | gold |")
    print("|---|---|---|---|---|")
    for label, counts in totals.items():
        p, r, f = prf(*counts)
        print(f"| {label} | {p:.3f} | {r:.3f} | {f:.3f} | {counts[3]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
