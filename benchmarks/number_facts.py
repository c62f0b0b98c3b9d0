"""Numbers benchmark: are the numbers, amounts and shares the table shows right?

Usage: python benchmarks/number_facts.py [DATA_DIR] [--show N] [--no-timebank]

MEANTIME (../shared/eval/meantime/, Wikinews, CC BY 4.0) marks every money, percent and
quantity expression ("values") of the title and the first body sentences. Each document goes
through the whole pipeline (read with its creation date) and is judged on its first four body
sentences (the annotated part; the last annotated value or date of nearly every document lies
there):
- shown precision: of the number, money and percent facts the table shows (the first five
  confident ones per kind, as render.shown_facts picks them) in those sentences, the share whose
  value equals the value of a gold expression of the same document after normalisation
  ("$15bn" = "$15 billion" = 1.5e10, "five" = 5, "15-20%" = 15 or 20, "a score of" = 20);
- recall: the share of the gold values (unique per document, title excluded: facts come from
  body sentences only) that a shown fact has, and (last column) that any fact in the JSON has.
A gold expression without a number ("a near-normal number of") is left out of both.

TimeBank (../shared/eval/timebank/, every date and time expression annotated) is the check on
the other side: a shown number inside a gold date or time expression ("the 25th", "3 p.m.",
"five years ago") is junk; a duration ("for two days") may be a quantity and is not counted.
It counts the shown number facts and those inside such an expression.

Both sets are split into halves by crc32 of the document id, parity 0 and 1.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from trust import ratio  # noqa: E402  (a sibling script: the same a/b cell)

NUMBER_KINDS = ("number", "money", "percent")
JUDGED_SENTENCES = 4
WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
    "seventy": 70, "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12, "score": 20,
    "half": 0.5,
}  # fmt: skip
SCALE = {"thousand": 1e3, "k": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "mln": 1e6,
         "billion": 1e9, "bn": 1e9, "b": 1e9, "trillion": 1e12, "tn": 1e12}  # fmt: skip
PLURAL_SCALE = {"tens": 10, "dozens": 12, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
                "billions": 1e9}  # fmt: skip
TOKEN = re.compile(r"\d[\d,]*(?:\.\d+)?|[a-z]+")


def gold_values(text: str) -> set[float]:
    """The values a gold expression may be read as ("15-20%": 15 and 20); none without one."""
    low = text.lower().replace("-", " ").replace("–", " ")
    found: list[float] = []
    current: float | None = None
    for tok in TOKEN.findall(low):
        if tok[0].isdigit():
            if current is not None:
                found.append(current)
            current = float(tok.replace(",", ""))
        elif tok in SCALE and current is not None:
            current *= SCALE[tok]
        elif tok in PLURAL_SCALE:
            current = (current or 1.0) * PLURAL_SCALE[tok]
        elif tok in WORDS and tok not in ("a", "an"):
            if current is not None and WORDS[tok] >= 100:
                current *= WORDS[tok]
            elif current is not None and current >= 20 and WORDS[tok] < 10:
                current += WORDS[tok]  # "twenty five"
            else:
                if current is not None:
                    found.append(current)
                current = float(WORDS[tok])
    if current is not None:
        found.append(current)
    return {round(v, 6) for v in found}


def same(a: float, golds: set[float]) -> bool:
    """A value equal to one of the gold values (to a millionth of its size)."""
    return any(abs(a - g) <= 1e-6 * max(abs(g), 1.0) for g in golds)


def meantime(data: Path) -> Iterator[tuple[str, str, str | None, list[tuple[int, str]]]]:
    """(id, text, dct, [(start, text) of each gold value]) per MEANTIME document."""
    path = data / "meantime" / "meantime_en.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        doc = json.loads(line)
        dct = doc.get("dct")
        dct = dct.get("value") if isinstance(dct, dict) else dct
        values = [(v["start"], v["text"]) for v in doc["gold"]["values"] if v.get("start")]
        yield str(doc["id"]), doc["text"], dct, values


def run(text: str, date: str | None) -> object:
    """The report of the whole pipeline on a text."""
    from newsfacts.model import Options
    from newsfacts.pipeline import analyze_safely

    return analyze_safely("-", Options(all_facts=True, reference_date=date), text.encode())


def body_start(text: str) -> int:
    """Where the body begins: after the title and the date line."""
    first = text.find("\n\n")
    second = text.find("\n\n", first + 2) if first >= 0 else -1
    return second + 2 if second >= 0 else 0


def judged_end(text: str, report: object) -> int:
    """The offset in `text` where the last judged sentence ends."""
    sentences = report.sentences  # type: ignore[attr-defined]
    if not sentences:
        return len(text)
    last = sentences[min(JUDGED_SENTENCES, len(sentences)) - 1].text
    tail = last[-40:]
    at = text.find(tail, body_start(text))
    return at + len(tail) if at >= 0 else len(text)


def score_meantime(data: Path, show: int) -> dict[int, list[int]]:
    """Per half: [shown right, shown, gold found by shown, gold, gold found by any fact]."""
    from newsfacts.render import shown_facts

    halves = {0: [0] * 5, 1: [0] * 5}
    for doc_id, text, dct, values in meantime(data):
        report = run(text, dct)
        start, end = body_start(text), judged_end(text, report)
        golds = [gold_values(t) for s, t in values if start <= s < end]
        golds = [g for g in golds if g]
        pool = set().union(*golds) if golds else set()
        facts = [
            f for f in report.facts  # type: ignore[attr-defined]
            if f.kind in NUMBER_KINDS and f.sentence < JUDGED_SENTENCES
        ]  # fmt: skip
        shown = [f for f in shown_facts(report, all_facts=False) if f in facts]  # type: ignore[arg-type]
        counts = halves[zlib.crc32(doc_id.encode()) % 2]
        for f in shown:
            right = same(float(f.value), pool)
            counts[0] += right
            counts[1] += 1
            if not right and show:
                print(f"  wrong shown {doc_id}: {f.text!r} = {f.value} ({f.about})")
        for g in {frozenset(g) for g in golds}:
            counts[2] += any(same(float(f.value), set(g)) for f in shown)
            counts[3] += 1
            found = any(same(float(f.value), set(g)) for f in facts)
            counts[4] += found
        if show:
            hidden = [f for f in facts if f not in shown]
            for f in hidden:
                mark = "right" if same(float(f.value), pool) else "junk"
                print(f"  hidden ({mark}) {doc_id}: {f.text!r} = {f.value} c={f.confidence}")
    return halves


def timebank(data: Path) -> Iterator[tuple[str, str, str, list[tuple[int, int]]]]:
    """(id, text, dct, spans of gold date and time expressions) per TimeBank document."""
    for name in ("tbaq_timebank.jsonl", "tbaq_aquaint.jsonl"):
        path = data / "timebank" / name
        for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
            doc = json.loads(line)
            dct = doc["dct"]["value"] if isinstance(doc["dct"], dict) else doc["dct"]
            spans = [
                (t["start"], t["end"])
                for t in doc["gold"]["timexes"]
                if t.get("end") and t.get("type") in ("DATE", "TIME")
            ]
            yield str(doc["id"]), doc["text"], dct[:10], spans


def score_timebank(data: Path, show: int) -> dict[int, list[int]]:
    """Per half: [shown numbers inside a gold time expression, shown numbers]."""
    from newsfacts.render import shown_facts

    halves = {0: [0, 0], 1: [0, 0]}
    for doc_id, text, dct, spans in timebank(data):
        report = run(text, dct)
        sentences = report.sentences  # type: ignore[attr-defined]
        counts = halves[zlib.crc32(doc_id.encode()) % 2]
        for f in shown_facts(report, all_facts=False):  # type: ignore[arg-type]
            if f.kind not in NUMBER_KINDS or f.sentence >= len(sentences):
                continue
            said = sentences[f.sentence].text
            at = text.find(said)
            pos = at + said.find(f.text) if at >= 0 and f.text in said else -1
            inside = pos >= 0 and any(a <= pos < b for a, b in spans)
            counts[0] += inside
            counts[1] += 1
            if inside and show:
                print(f"  in a date {doc_id}: {f.text!r} in {said[:90]!r}")
    return halves


def main(argv: list[str]) -> int:
    """Print the MEANTIME table and the TimeBank check, by half."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--show", type=int, default=0, help="print the wrong and hidden numbers")
    parser.add_argument("--no-timebank", action="store_true", help="skip the TimeBank check")
    args = parser.parse_args(argv)
    halves = score_meantime(args.data, args.show)
    print("| MEANTIME half | shown numbers right | gold values shown | gold values in JSON |")
    print("|---|---|---|---|")
    if not halves[0][1] + halves[1][1]:
        print("| — | skipped: data not found | | |")
    else:
        total = [a + b for a, b in zip(halves[0], halves[1], strict=True)]
        for half, c in (*halves.items(), ("both", total)):
            print(f"| {half} | {ratio(c[0], c[1])} | {ratio(c[2], c[3])} | {ratio(c[4], c[3])} |")
    if args.no_timebank:
        return 0
    tb = score_timebank(args.data, args.show)
    print()
    print("| TimeBank half | shown numbers inside a date/time expression |")
    print("|---|---|")
    if not tb[0][1] + tb[1][1]:
        print("| — | skipped: data not found |")
    for half, c in tb.items():
        print(f"| {half} | {ratio(c[0], c[1])} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
