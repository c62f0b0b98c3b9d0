"""Dates benchmark: our date facts, resolved against the article date, vs TimeBank's gold.

Usage: python benchmarks/timebank.py [DATA_DIR] [--show N] [--dump FILE] [--event] [--no-dct]

Each TempEval-3 document (TimeBank and AQUAINT, ../shared/eval/timebank/) goes through the whole
pipeline as a plain-text input, its document date (`dct`) given as `--date`. Scoring follows
../shared/eval/README.md ("Dates"): a date fact is right when its ISO `value` equals the `value`
of a gold DATE expression of the same document (or the day of a gold TIME: "this evening"
is a date), gold values read in our notation ("1968-XX" = "1968", "2000-W7" = "2000-W07");
recall is over the gold day-valued DATE values (YYYY-MM-DD) other than `dct` itself. Both
are over unique (document, value) pairs. Each set is split in two halves by the parity of crc32
of the document id. `--show N` prints up to N wrong and N missed values with their text.

The last column also counts as right a value inside a gold value the annotators left partly
open ("1989-WXX": a week of 1989 they did not resolve; our "1989-W43" is not counted wrong).
`--event` also scores the main event's date: in the documents whose first sentence (after a
dateline on its own line) holds exactly one gold day, our event's `when` must be that day.
`--dump FILE` writes every wrong, open and missed value as a JSON line (set, half, document,
what, value, text, the text around each place it is said and the gold annotation there), to
classify the errors. `--no-dct` gives no `--date`: relative dates are then resolved against
what the text itself tells (its dateline, its latest full date), as for pasted text; the
scoring is the same.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SETS = (("TimeBank", "tbaq_timebank.jsonl"), ("AQUAINT", "tbaq_aquaint.jsonl"))
_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


@dataclass
class Tally:
    """Counts for one half: right / ours, and found / gold."""

    right: int = 0
    ours: int = 0
    open_right: int = 0  # also right: a value the gold leaves partly open ("1989-WXX")
    found: int = 0
    gold: int = 0
    wrong: list[str] = field(default_factory=list)
    missed: list[str] = field(default_factory=list)
    rows: list[dict] = field(default_factory=list)  # for --dump

    def add(self, other: Tally) -> Tally:
        """The sum of two tallies."""
        return Tally(
            self.right + other.right,
            self.ours + other.ours,
            self.open_right + other.open_right,
            self.found + other.found,
            self.gold + other.gold,
        )


Gold = dict[str, tuple[str, str]]  # value in our notation -> (type, text)


def documents(path: Path) -> Iterator[tuple[str, str, str, Gold, list[re.Pattern[str]]]]:
    """(id, text, dct, {gold value: (DATE or TIME, its text)}, the gold values whose unknown
    parts are left open, as patterns: "1989-WXX" -> any week of 1989) per document."""
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        dct = doc["dct"]["value"] if isinstance(doc["dct"], dict) else doc["dct"]
        gold: Gold = {}
        opened = []
        for t in sorted(doc["gold"]["timexes"], key=lambda t: t.get("type") != "DATE"):
            if t.get("type") in ("DATE", "TIME") and t.get("value"):
                value = notation(t["value"], t["type"])
                gold.setdefault(value, (t["type"], t.get("text") or ""))
                if re.fullmatch(r"\d{4}-W?X+(?:-XX)?", t["value"]):
                    opened.append(re.compile(re.escape(t["value"]).replace("X", r"\d")))
        yield str(doc["id"]), doc["text"], dct[:10], gold, opened


def notation(value: str, kind: str) -> str:
    """A gold value in the notation our facts use: unknown parts dropped ("1968-XX" is the
    year 1968), weeks with two digits ("2000-W7" -> "2000-W07"), a time of day by its day
    ("1998-01-20TEV" -> "1998-01-20", also when typed DATE), a quarter or half as its interval
    of months ("1989-Q3" -> "1989-07/1989-09", as our facts give it)."""
    if kind == "TIME" or re.fullmatch(r"\d{4}-\d\d-\d\dT\w+", value):
        value = value.split("T")[0]  # a time of day, or a part of one ("2000-03-26TNI")
    while value.endswith(("-XX", "-WXX")):
        value = value.rsplit("-", 1)[0]
    week = re.fullmatch(r"(\d{4})-W(\d)", value)
    if week:
        return f"{week.group(1)}-W0{week.group(2)}"
    part = re.fullmatch(r"(\d{4})-([QH])(\d)", value)  # a quarter or half: an interval of months
    if part:
        year, months, n = int(part.group(1)), 3 if part.group(2) == "Q" else 6, int(part.group(3))
        return f"{year:04d}-{months * (n - 1) + 1:02d}/{year:04d}-{months * n:02d}"
    return value


def our_dates(text: str, dct: str | None) -> dict[str, str]:
    """{value: text} of our date facts for a text read with the article date dct (or none)."""
    from newsfacts.model import Options
    from newsfacts.pipeline import analyze_safely

    report = analyze_safely("-", Options(all_facts=True, reference_date=dct), text.encode())
    return {str(f.value): f.text for f in report.facts if f.kind == "date" and f.value}


def score(path: Path, given: bool = True) -> dict[int, Tally]:
    """Per half: precision and recall counts (the document date `given` or not)."""
    halves = {0: Tally(), 1: Tally()}
    timexes = gold_timexes(path)
    for doc_id, text, dct, gold, opened in documents(path):
        ours = our_dates(text, dct if given else None)
        tally = halves[zlib.crc32(doc_id.encode()) % 2]
        tally.ours += len(ours)
        for value, said in ours.items():
            if value in gold:
                tally.right += 1
            elif any(p.fullmatch(value) for p in opened):
                tally.open_right += 1
                tally.rows.append(_row(doc_id, dct, "open", value, said, text, timexes[doc_id]))
            else:
                tally.wrong.append(f"{doc_id}: {said!r} -> {value} (dct {dct})")
                tally.rows.append(_row(doc_id, dct, "wrong", value, said, text, timexes[doc_id]))
        days = [v for v, (kind, _) in gold.items() if kind == "DATE" and _DAY.fullmatch(v)]
        days = [v for v in days if v != dct]
        tally.gold += len(days)
        for value in days:
            if value in ours:
                tally.found += 1
            else:
                tally.missed.append(f"{doc_id}: {gold[value][1]!r} = {value} (dct {dct})")
                said = gold[value][1]
                tally.rows.append(_row(doc_id, dct, "missed", value, said, text, timexes[doc_id]))
    return halves


def gold_timexes(path: Path) -> dict[str, list[dict]]:
    """The gold time expressions of each document, by id."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        out[str(doc["id"])] = doc["gold"]["timexes"]
    return out


def _row(
    doc_id: str, dct: str, what: str, value: str, said: str, text: str, timexes: list[dict]
) -> dict:
    """One --dump line: a value, and each place its text is said with the gold found there."""
    places = []
    for m in re.finditer(re.escape(said), text) if said else ():
        here = [
            {"text": t.get("text"), "type": t.get("type"), "value": t.get("value")}
            for t in timexes
            if t.get("start") is not None and t["start"] < m.end() and m.start() < t["end"]
        ]
        around = " ".join(text[max(0, m.start() - 160) : m.end() + 80].split())
        places.append({"around": around, "gold": here})
    return {"doc": doc_id, "dct": dct, "what": what, "value": value, "text": said, "places": places}


_SENTENCE_END = re.compile(r"[.!?]['\"’”]*\s+(?=[A-Z`‘“\"])")


def lead_day(text: str, timexes: list[dict]) -> str | None:
    """The one gold day of the first sentence (after a short dateline paragraph), if just one."""
    start = len(text) - len(text.lstrip())
    para = text.find("\n\n", start)
    if para >= 0 and para - start < 40 and not _SENTENCE_END.search(text[start:para]):
        start = para + 2  # "NAIROBI, Kenya (AP) _" on its own
    m = _SENTENCE_END.search(text, start)
    end = m.end() if m else len(text)
    days = {
        t["value"][:10]
        for t in timexes
        if t.get("type") in ("DATE", "TIME") and t.get("start") is not None
        and t["start"] < end and _DAY.fullmatch((t.get("value") or "")[:10])
    }  # fmt: skip
    return days.pop() if len(days) == 1 else None


def event_when(path: Path, show: int) -> dict[int, tuple[int, int]]:
    """Per half: (right, asked) of the event's date against the first sentence's one day."""
    from newsfacts.model import Options
    from newsfacts.pipeline import analyze_safely

    got = {0: [0, 0], 1: [0, 0]}
    for line in path.read_text(encoding="utf-8").splitlines():
        doc = json.loads(line)
        day = lead_day(doc["text"], doc["gold"]["timexes"])
        if not day:
            continue
        dct = doc["dct"]["value"][:10] if isinstance(doc["dct"], dict) else doc["dct"][:10]
        report = analyze_safely("-", Options(reference_date=dct), doc["text"].encode())
        when = (report.event.when or "")[:10] if report.ok else ""
        half = got[zlib.crc32(str(doc["id"]).encode()) % 2]
        half[0] += when == day
        half[1] += 1
        if when != day and show:
            print(f"  event  {doc['id']}: ours {when or None}, gold {day} (dct {dct})")
    return {h: (r, n) for h, (r, n) in got.items()}


def ratio(a: int, b: int) -> str:
    """a/b with three decimals and the counts."""
    return f"{a / b:.3f} ({a}/{b})" if b else "—"


def main(argv: list[str]) -> int:
    """Print one markdown table row per set and half."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--show", type=int, default=0, help="print N wrong and N missed values")
    parser.add_argument("--event", action="store_true", help="also score the event's date")
    parser.add_argument("--no-dct", action="store_true", help="do not give the document date")
    parser.add_argument("--dump", type=Path, help="write wrong, open and missed values (JSONL)")
    args = parser.parse_args(argv)
    folder = args.data / "timebank"
    if not folder.is_dir():
        print(f"skipped: data not found ({folder})")
        return 0
    print("| set | half | date precision | day recall (dct excluded) | precision, open gold |")
    print("|---|---|---|---|---|")
    for name, file in SETS:
        if not (folder / file).exists():
            continue
        halves = score(folder / file, not args.no_dct)
        both = halves[0].add(halves[1])
        for half, t in (*halves.items(), ("both", both)):
            cells = [ratio(t.right, t.ours), ratio(t.found, t.gold)]
            cells.append(ratio(t.right + t.open_right, t.ours))
            print(f"| {name} | {half} | " + " | ".join(cells) + " |")
        if args.dump:
            with args.dump.open("a" if name != SETS[0][0] else "w", encoding="utf-8") as out:
                for half, t in halves.items():
                    for row in t.rows:
                        out.write(json.dumps({"set": name, "half": half, **row}) + "\n")
        for t in halves.values():
            for line in t.wrong[: args.show]:
                print("  wrong ", line)
            for line in t.missed[: args.show]:
                print("  missed", line)
    if args.event:
        print("\n| set | half | event date = the first sentence's one day |\n|---|---|---|")
        for name, file in SETS:
            if (folder / file).exists():
                halves = event_when(folder / file, args.show)
                for half, (r, n) in halves.items():
                    print(f"| {name} | {half} | {ratio(r, n)} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
