"""Real pages: dump the facts the table shows on pages with no name gold, to be read and judged.

Usage: PYTHONPATH=. python benchmarks/realpages.py [DATA_DIR] [OUT] [--quick]

Runs the whole pipeline on the English real news pages of the eval data (extraction/html, the
English pages of extraction-multi, and the raw visible text of pagetext) and writes one line per
shown fact (people, organisations, places, quotes' speakers, sources, and the event's who and
where): `set:id<TAB>kind<TAB>text<TAB>detail<TAB>the sentence it cites`. Nobody tuned on these
pages' names, so judging these lines by reading (kept outside the repo) measures how well the
shown facts generalise. Also prints how many facts of each kind were shown.
"""

from __future__ import annotations

import gzip
import json
import sys
import zlib
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

DEFAULT_DATA = ROOT.parent / "shared" / "eval"
KINDS = ("person", "organization", "place", "quote", "source")
Page = tuple[str, bytes, str | None]  # key, content, url


def zyte(data: Path) -> Iterator[Page]:
    """The Zyte benchmark's English news pages."""
    folder = data / "extraction"
    truth_path = folder / "ground-truth.json"
    truth = json.loads(truth_path.read_text(encoding="utf-8")) if truth_path.exists() else {}
    for key, item in sorted(truth.items()):
        path = folder / "html" / f"{key}.html"
        yield f"html:{key[:8]}", path.read_bytes(), item.get("url")


def multi(data: Path) -> Iterator[Page]:
    """The English pages of trafilatura's multilingual set."""
    path = data / "extraction-multi" / "pages.jsonl.gz"
    if not path.exists():
        return
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            if row.get("lang") == "en":
                url = row.get("url") or ""
                yield f"multi:{row['id']}", row["html"].encode(), url or None


def pagetext(data: Path) -> Iterator[Page]:
    """The whole visible text of news pages (menus, captions and footers included)."""
    path = data / "pagetext" / "pagetext.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        row = json.loads(line)
        yield f"text:{row['id'][:8]}", row["raw_text"].encode(), None


def lines(key: str, content: bytes, url: str | None) -> list[str]:
    """The judging lines of one page's shown facts."""
    from newsfacts.errors import NewsfactsError
    from newsfacts.model import Options
    from newsfacts.pipeline import analyze
    from newsfacts.render import shown_facts

    try:
        report = analyze(url or "-", Options(), data=content)
    except NewsfactsError as exc:
        return [f"{key}\terror\t{exc}\t\t"]
    sentences = [s.text for s in report.sentences]
    out = []
    for fact in shown_facts(report, all_facts=False):
        if fact.kind not in KINDS:
            continue
        cited = sentences[fact.sentence] if 0 <= fact.sentence < len(sentences) else ""
        detail = fact.speaker or ""
        text = " ".join(fact.text.split())[:120]
        out.append(f"{key}\t{fact.kind}\t{text}\t{detail}\t{' '.join(cited.split())[:200]}")
    event = report.event
    for role, value in (("who", event.who), ("where", event.where)):
        if value:
            out.append(f"{key}\tevent.{role}\t{value}\t\t{event.what or ''}")
    return out


def main(argv: list[str]) -> int:
    """Dump the shown facts of every English real page."""
    args = [a for a in argv if not a.startswith("--")]
    data = Path(args[0]) if args else DEFAULT_DATA
    out_path = Path(args[1]) if len(args) > 1 else None
    quick = "--quick" in argv
    rows: list[str] = []
    for source in (zyte, multi, pagetext):
        for key, content, url in source(data):
            if quick and zlib.crc32(key.encode()) % 10:
                continue
            rows.extend(lines(key, content, url))
    text = "\n".join(rows) + "\n"
    if out_path:
        out_path.write_text(text, encoding="utf-8")
    else:
        sys.stdout.write(text)
    counts = Counter(row.split("\t")[1] for row in rows)
    print(" ".join(f"{k}={v}" for k, v in sorted(counts.items())), file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
