"""Write newsfacts' JSON output for every dev input and sample, for before/after comparisons.

    python benchmarks/snapshot.py ../shared/eval /tmp/before.jsonl
    ... change the code ...
    python benchmarks/snapshot.py ../shared/eval /tmp/after.jsonl
    cmp /tmp/before.jsonl /tmp/after.jsonl   # a refactor must leave this byte-identical

One JSON line per input (`stats.seconds` zeroed, sentences included), in a fixed order:
the samples, the seed article, the Zyte pages, the pasted page texts, the 5W1H articles,
CNN/DM and the first 150 BBC articles, MEANTIME, TimeBank and the multilingual pages
(`--quick` keeps every tenth input of each set). Sets missing from the data folder are skipped.
"""

from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections.abc import Iterator
from pathlib import Path

from newsfacts.model import Options
from newsfacts.pipeline import analyze_safely
from newsfacts.render import to_json

Item = tuple[str, str, bytes, str | None]  # (name, source label, data, reference date)


def _jsonl(path: Path) -> Iterator[dict]:
    opener = gzip.open if path.suffix == ".gz" else open
    if path.exists():
        with opener(path, "rt", encoding="utf-8") as handle:
            for line in handle:
                if line.strip():
                    yield json.loads(line)


def items(data: Path) -> Iterator[Item]:
    """Every input, as the bytes a user would pipe in, with the article's date when known."""
    repo = Path(__file__).resolve().parent.parent
    for path in sorted((repo / "samples").glob("*")):
        if path.suffix in (".txt", ".html"):
            yield f"sample/{path.name}", str(path), path.read_bytes(), None
    seed = data.parent / "seed" / "summit-article.txt"
    if seed.exists():
        yield "seed", str(seed), seed.read_bytes(), None
    for path in sorted((data / "extraction" / "html").glob("*.html")):
        yield f"zyte/{path.stem}", "page.html", path.read_bytes(), None
    for i, rec in enumerate(_jsonl(data / "pagetext" / "pagetext.jsonl")):
        yield f"pagetext/{i}", "-", rec["raw_text"].encode(), None
    for path in sorted((data / "5w1h" / "data").glob("*.json")):
        rec = json.loads(path.read_text(encoding="utf-8"))
        text = "\n\n".join(
            part for part in (rec.get("title"), rec.get("description"), rec.get("text")) if part
        )
        yield f"5w1h/{path.stem}", "-", text.encode(), (rec.get("date_publish") or "")[:10] or None
    for i, rec in enumerate(_jsonl(data / "summaries" / "cnndm.jsonl")):
        yield f"cnndm/{i}", "-", rec["article"].encode(), None
    for i, rec in enumerate(_jsonl(data / "summaries" / "bbc.jsonl")):
        if i < 150:
            yield f"bbc/{i}", "-", (rec["title"] + "\n\n" + rec["text"]).encode(), None
    for name in (
        "meantime/meantime_en.jsonl",
        "timebank/tbaq_timebank.jsonl",
        "timebank/tbaq_aquaint.jsonl",
    ):
        for rec in _jsonl(data / name):
            dct = rec.get("dct")
            dct = dct.get("value") if isinstance(dct, dict) else dct
            yield f"{name.split('/')[0]}/{rec['id']}", "-", rec["text"].encode(), dct
    for rec in _jsonl(data / "extraction-multi" / "pages.jsonl.gz"):
        yield f"multi/{rec['id']}", "page.html", rec["html"].encode(), None


def record(item: Item) -> str:
    """One input's output as a JSON line, without the timing."""
    name, _source, data, date = item
    options = Options(with_sentences=True, all_facts=True, reference_date=date)
    report = analyze_safely("-", options, data)
    out = json.loads(to_json(report))
    out["stats"]["seconds"] = 0
    out["input"] = name
    return json.dumps(out, ensure_ascii=False, sort_keys=True)


def main() -> None:
    """Write the snapshot file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default="../shared/eval", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--quick", action="store_true", help="every tenth input of each set")
    args = parser.parse_args()
    seen: dict[str, int] = {}
    count = 0
    with args.out.open("w", encoding="utf-8") as out:
        for item in items(args.data):
            group = item[0].split("/")[0]
            seen[group] = seen.get(group, -1) + 1
            if args.quick and seen[group] % 10:
                continue
            out.write(record(item) + "\n")
            count += 1
    print(f"{count} inputs -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
