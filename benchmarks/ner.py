"""NER benchmark: PER/ORG/LOC unique-entity precision/recall/F1 on the CoNLL-2003 dev set.

Usage: python benchmarks/ner.py [DATA_DIR] [--pipeline] [--ner ENGINE]
Each document's text goes in as plain text: through segment + find_facts (default), or the
whole pipeline with --pipeline. --ner picks the recogniser as newsfacts' own --ner does:
`builtin` (default) or `spacy:MODEL`, a trained spaCy pipeline you installed yourself (e.g.
`pip install newsfacts[spacy]` and an English model package such as en_core_web_sm): its
spans, with our roles, aliases and linking on top. Only a trained model gives meaningful
figures; a hand-made test pipeline (blank + entity_ruler) only shows that the path runs.
`--ner gold` (this script only) feeds the gold spans through the same span layer: the score a
perfect recogniser would get, i.e. what our layer on top of spaCy's spans loses by itself.

Scoring follows ../shared/eval/README.md: unique (label, text) pairs per document; a predicted
entity matches a gold one of the same label when its text or one of its aliases equals the
gold text (whitespace-normalised); micro-averaged.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

LABELS = {"PER": "person", "ORG": "organization", "LOC": "place"}
Entity = tuple[str, frozenset[str]]  # (label, surface forms)


def norm(text: str) -> str:
    """Whitespace-normalised text."""
    return " ".join(text.split())


def predict(text: str, pipeline: bool, ner: str = "builtin") -> list[Entity]:
    """Our person/organisation/place facts for one plain-text document."""
    from newsfacts.facts import find_facts
    from newsfacts.model import Article, Options

    options = Options(ner=ner)
    if pipeline:
        from newsfacts.errors import NewsfactsError
        from newsfacts.pipeline import analyze

        try:
            facts = analyze("-", options, data=text.encode()).facts
        except NewsfactsError:  # e.g. the cleaner found no article text: nothing predicted
            return []
    else:
        from newsfacts.segment import segment

        facts, _ = find_facts(segment(Article(source="-", text=text)), options)
    inverse = {v: k for k, v in LABELS.items()}
    return [
        (inverse[f.kind], frozenset(norm(a) for a in (f.text, *f.aliases)))
        for f in facts
        if f.kind in inverse
    ]


GOLD: list[dict] = []  # the document being scored: its text, then its entities (--ner gold)


def gold_engine(arg: str) -> Callable[[list[Any], bool], list[Any]]:
    """--ner gold: the current document's gold spans, as a recogniser would give them."""
    from newsfacts.facts.span_entities import LabelledSpan, entities_from_spans

    def find(items: list[Any], sports: bool) -> list[Any]:
        text, entities = GOLD[0]["text"], GOLD[0]["entities"]
        spans, at = [], 0
        for item in items:  # sentences in order, verbatim from the text: find their offsets
            start = text.find(item.text, at)
            at = start if start >= 0 else at
            spans.append([
                LabelledSpan(e["start"] - start, e["end"] - start, LABELS[e["label"]])
                for e in entities
                if start >= 0 and e["label"] in LABELS
                and start <= e["start"] and e["end"] <= start + len(item.text)
            ])  # fmt: skip
        return entities_from_spans(items, spans)

    return find


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


def half_of(doc: dict) -> str:
    """The half a document falls in: the parity of crc32 of its id, as in trust.py."""
    return f"all, half {zlib.crc32(str(doc['doc_id']).encode()) % 2}"


def run(docs: Iterable[dict], pipeline: bool, ner: str = "builtin") -> dict[str, list[int]]:
    """Counts per label, for 'all' labels and for all labels in each half of the documents."""
    totals = {k: [0, 0, 0, 0] for k in (*LABELS, "all", "all, half 0", "all, half 1")}
    for doc in docs:
        gold = {(e["label"], norm(e["text"])) for e in doc["entities"] if e["label"] in LABELS}
        GOLD[:] = [doc]
        pred = predict(doc["text"], pipeline, ner)
        for label in (*LABELS, "all"):
            g = {x for x in gold if label in ("all", x[0])}
            p = [x for x in pred if label in ("all", x[0])]
            for i, v in enumerate(score_doc(g, p)):
                totals[label][i] += v
                totals[half_of(doc)][i] += v if label == "all" else 0
    return totals


def arguments(argv: list[str]) -> argparse.Namespace:
    """DATA_DIR, --pipeline and --ner."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--pipeline", action="store_true", help="run the whole pipeline")
    parser.add_argument("--ner", default="builtin", help="builtin (default), spacy:MODEL or gold")
    return parser.parse_args(argv)


def main(argv: list[str]) -> int:
    """Print the markdown table; exit 0 with a note when the data is absent."""
    args = arguments(argv)
    path = args.data / "ner" / "conll2003_dev.docs.jsonl"
    if not path.exists():
        print(f"skipped: data not found ({path})")
        return 0
    from newsfacts.errors import NewsfactsError
    from newsfacts.facts.ner import ENGINES, entity_finder

    if args.ner == "gold" and args.pipeline:
        print("ner.py: error: --ner gold needs the plain text (no --pipeline)", file=sys.stderr)
        return 2
    ENGINES["gold"] = gold_engine
    try:
        entity_finder(args.ner)  # a missing model fails here, once, not once per document
    except NewsfactsError as exc:
        print(f"ner.py: error: {exc.message}", file=sys.stderr)
        return exc.exit_code
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]
    started = time.perf_counter()
    totals = run(docs, args.pipeline, args.ner)
    seconds = time.perf_counter() - started
    print(
        f"CoNLL-2003 dev, {len(docs)} documents, unique entities per document, "
        f"--ner {args.ner} ({seconds:.1f} s)\n"
    )
    print("| label | precision | recall | F1 | gold |")
    print("|---|---|---|---|---|")
    for label, counts in totals.items():
        p, r, f = prf(*counts)
        print(f"| {label} | {p:.3f} | {r:.3f} | {f:.3f} | {counts[3]} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
