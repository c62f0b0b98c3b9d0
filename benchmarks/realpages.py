"""Real pages: dump the facts the table shows on pages with no name gold, to be read and judged.

Usage: PYTHONPATH=. python benchmarks/realpages.py [DATA_DIR] [OUT] [--quick]
       [--languages de,fr,es,it,pt,nl|other] [--half 0|1] [--every-kind]

Runs the whole pipeline on the English real news pages of the eval data (extraction/html, the
English pages of extraction-multi, and the raw visible text of pagetext) and writes one line per
shown fact (people, organisations, places, quotes' speakers, sources, and the event's who and
where): `set:id<TAB>kind<TAB>text<TAB>detail<TAB>the sentence it cites`. Nobody tuned on these
pages' names, so judging these lines by reading (kept outside the repo) measures how well the
shown facts generalise. Also prints how many facts of each kind were shown.

With `--languages`, it reads the extraction-multi pages of those languages instead (`other`:
every page not tagged English, untagged ones included) and dumps every shown kind (dates,
numbers, money and percentages too) and the whole event (who, what, when, where); `--half`
keeps the pages whose file name hashes to that half (`zlib.crc32(id) % 2`), so rules are
developed on one half and checked on the other. `--half` splits the English pages too (by a
hash of their key, `zlib.crc32(key) % 2`), and `--every-kind` dumps every kind and the whole
event for them as well.
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
ALL_KINDS = ("person", "organization", "place", "date", "number", "money", "percent", "quote",
             "source")  # fmt: skip
Page = tuple[str, bytes, str | None]  # key, content, url


def zyte(data: Path) -> Iterator[Page]:
    """The Zyte benchmark's English news pages."""
    folder = data / "extraction"
    truth_path = folder / "ground-truth.json"
    truth = json.loads(truth_path.read_text(encoding="utf-8")) if truth_path.exists() else {}
    for key, item in sorted(truth.items()):
        path = folder / "html" / f"{key}.html"
        yield f"html:{key[:8]}", path.read_bytes(), item.get("url")


def multi_rows(data: Path) -> Iterator[dict[str, str]]:
    """The rows of trafilatura's multilingual set (none when it is missing)."""
    path = data / "extraction-multi" / "pages.jsonl.gz"
    if not path.exists():
        return
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        yield from map(json.loads, handle)


def multi(data: Path) -> Iterator[Page]:
    """The English pages of trafilatura's multilingual set."""
    for row in multi_rows(data):
        if row.get("lang") == "en":
            url = row.get("url") or ""
            yield f"multi:{row['id']}", row["html"].encode(), url or None


def lang_code(tag: str | None) -> str:
    """The primary subtag of a page's language tag ('de-DE' -> 'de'; none -> '')."""
    return (tag or "").replace("_", "-").split("-")[0].lower()


def multi_languages(data: Path, codes: frozenset[str], half: int | None) -> Iterator[Page]:
    """The extraction-multi pages in these languages ('other': all but English), one half."""
    for row in multi_rows(data):
        code = lang_code(row.get("lang"))
        wanted = code in codes or ("other" in codes and code != "en")
        if not wanted or (half is not None and zlib.crc32(row["id"].encode()) % 2 != half):
            continue
        url = row.get("url") or ""
        yield f"{code or 'xx'}:{row['id']}", row["html"].encode(), url or None


def pagetext(data: Path) -> Iterator[Page]:
    """The whole visible text of news pages (menus, captions and footers included)."""
    path = data / "pagetext" / "pagetext.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        row = json.loads(line)
        yield f"text:{row['id'][:8]}", row["raw_text"].encode(), None


def lines(
    key: str, content: bytes, url: str | None, kinds: tuple[str, ...] = KINDS, whole: bool = False
) -> list[str]:
    """The judging lines of one page's shown facts (whole: every event field, values too)."""
    from newsfacts.errors import NewsfactsError
    from newsfacts.model import Options
    from newsfacts.pipeline import analyze
    from newsfacts.render import fact_details, shown_facts

    try:
        report = analyze(url or "-", Options(), data=content)
    except NewsfactsError as exc:
        return [f"{key}\terror\t{exc}\t\t"]
    sentences = [s.text for s in report.sentences]
    out = []
    for fact in shown_facts(report, all_facts=False):
        if fact.kind not in kinds:
            continue
        cited = sentences[fact.sentence] if 0 <= fact.sentence < len(sentences) else ""
        detail = fact.speaker or ""
        if whole and fact.kind not in ("quote", "source"):
            detail = fact_details(fact)
        text = " ".join(fact.text.split())[:120]
        out.append(f"{key}\t{fact.kind}\t{text}\t{detail}\t{' '.join(cited.split())[:200]}")
    event = report.event
    roles = (("who", event.who), ("where", event.where))
    if whole:
        roles = (("who", event.who), ("what", event.what), ("when", event.when), *roles[1:])
    for role, value in roles:
        if value:
            out.append(f"{key}\tevent.{role}\t{value}\t\t{event.what or ''}")
    return out


def option(argv: list[str], name: str) -> str | None:
    """The value of an option given as '--name value' or '--name=value'."""
    for i, arg in enumerate(argv):
        if arg.startswith(name + "="):
            return arg.split("=", 1)[1]
        if arg == name and i + 1 < len(argv):
            return argv[i + 1]
    return None


def pages(
    data: Path, codes: str | None, half: int | None, whole: bool = False
) -> Iterator[tuple[str, bytes, str | None, bool]]:
    """The pages to dump, each with whether to dump every kind (the other-language pages)."""
    if codes:
        wanted = frozenset(c.strip().lower() for c in codes.split(",") if c.strip())
        for key, content, url in multi_languages(data, wanted, half):
            yield key, content, url, True
        return
    for source in (zyte, multi, pagetext):
        for key, content, url in source(data):
            if half is None or zlib.crc32(key.encode()) % 2 == half:
                yield key, content, url, whole


def main(argv: list[str]) -> int:
    """Dump the shown facts of every English real page."""
    values = {argv[i + 1] for i, a in enumerate(argv[:-1]) if a in ("--languages", "--half")}
    args = [a for a in argv if not a.startswith("--") and a not in values]
    data = Path(args[0]) if args else DEFAULT_DATA
    out_path = Path(args[1]) if len(args) > 1 else None
    quick = "--quick" in argv
    codes = option(argv, "--languages")
    half = option(argv, "--half")
    rows: list[str] = []
    every = "--every-kind" in argv
    for key, content, url, whole in pages(data, codes, int(half) if half else None, every):
        if quick and zlib.crc32(key.encode()) % 10:
            continue
        rows.extend(lines(key, content, url, ALL_KINDS if whole else KINDS, whole))
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
