"""Memory over a long batch: resident memory of one process while it analyses N inputs.

Usage: python benchmarks/memory.py [DATA_DIR] [--inputs N] [--every K] [--no-trim] [--english]
       (DATA_DIR defaults to ../shared/eval relative to the repo root; N defaults to 5,000)

Every cache in newsfacts is bounded (an LRU with a documented size, or one entry per language),
so after the caches fill, memory must stay flat however many inputs follow. The inputs are all
different: the dev HTML pages (both page sets) and the text articles of the eval sets (BBC,
CNN/DailyMail, CoNLL, MEANTIME, TimeBank); past those, new texts made by joining the first half
of one article to the second half of another (at run time, never stored). They are shuffled
with a fixed seed, so every thousand holds a mix. --english keeps the English-tagged pages and the
texts (all English): a batch that meets no new language after its first thousand (a few
inputs are another language all the same: a German page tagged "en", a joined text read as
French). Prints a markdown table of the resident set
size (Linux: /proc/self/statm) after every K inputs, and the growth after the first thousand.

Each input is analysed as a batch worker analyses it (`analyze_then_trim`: glibc's freed heap is
handed back after each input), after the warm-up a process pool's parent does before it forks
its workers (`warm_up`: the row of 0 inputs includes it); --no-trim analyses without the trim,
for comparison. The languages
column counts the languages met so far: a language's first article loads its word tables once
(a few MB: a lexicon stays packed), a step that is not growth; so does the first date string
htmldate hands to dateparser (~35 MB, once a process).
"""

from __future__ import annotations

import argparse
import gzip
import json
import os
import random
import re
import resource
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "eval"
TEXTS = {  # eval file -> the key of its article text
    "summaries/bbc.jsonl": "text",
    "summaries/cnndm.jsonl": "article",
    "ner/conll2003_dev.docs.jsonl": "text",
    "meantime/meantime_en.jsonl": "text",
    "timebank/tbaq_aquaint.jsonl": "text",
    "timebank/tbaq_timebank.jsonl": "text",
}
Input = tuple[str, bytes]  # (source name, content)


def rss_mb() -> float:
    """This process's resident memory now (MB); its peak where /proc is missing."""
    try:
        pages = int(Path("/proc/self/statm").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    return pages * os.sysconf("SC_PAGE_SIZE") / 2**20


def cache_entries() -> tuple[int, int]:
    """Entries held by newsfacts' LRU caches now, and the most they may hold (all bounded)."""
    held = limit = 0
    seen: set[int] = set()
    for name, module in list(sys.modules.items()):
        if not name.startswith("newsfacts"):
            continue
        for value in list(vars(module).values()):
            info = getattr(value, "cache_info", None)
            if info is None or id(value) in seen or not callable(info):
                continue
            seen.add(id(value))
            stats = info()
            held += stats.currsize
            limit += stats.maxsize or 0
    return held, limit


ENGLISH_TAG = re.compile(rb"<html[^>]*\blang=[\"']?en\b", re.IGNORECASE)


def pages(data: Path, english: bool = False) -> Iterator[Input]:
    """The dev HTML pages of both page sets; only the English-tagged pages of the first when
    `english` (the multilingual set's tags are not reliable, so none of it)."""
    for path in sorted((data / "extraction" / "html").glob("*.html")):
        blob = path.read_bytes()
        if not english or ENGLISH_TAG.search(blob):
            yield path.name, blob
    multi = data / "extraction-multi" / "pages.jsonl.gz"
    if multi.exists() and not english:
        with gzip.open(multi, "rt", encoding="utf-8") as fh:
            for line in fh:
                page = json.loads(line)
                yield f"multi-{page['id']}.html", page["html"].encode("utf-8")


def texts(data: Path) -> list[str]:
    """The article texts of the eval sets."""
    out = []
    for name, key in TEXTS.items():
        path = data / name
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                out += [t for line in fh if line.strip() and (t := json.loads(line).get(key))]
    return out


def halves(text: str) -> tuple[str, str]:
    """A text's first and second half, cut between paragraphs (or lines) where it can be."""
    parts = text.split("\n\n") if "\n\n" in text else text.split("\n")
    if len(parts) < 2:
        words = text.split()
        return " ".join(words[: len(words) // 2]), " ".join(words[len(words) // 2 :])
    mid = len(parts) // 2
    return "\n\n".join(parts[:mid]), "\n\n".join(parts[mid:])


def inputs(data: Path, n: int, english: bool = False) -> list[Input]:
    """n different inputs: the eval pages and texts, then joined halves, shuffled (`english`:
    the English pages only; the texts are all English)."""
    arts = texts(data)
    found = list(pages(data, english)) + [(f"text-{i}.txt", t.encode()) for i, t in enumerate(arts)]
    rng = random.Random(0)
    k = 0
    while len(found) < n and len(arts) > 1:
        a, b = rng.sample(range(len(arts)), 2)
        joined = halves(arts[a])[0] + "\n\n" + halves(arts[b])[1]
        found.append((f"joined-{k}.txt", joined.encode()))
        k += 1
    found = found[:n]
    rng.shuffle(found)
    return found


def main() -> int:
    """Analyse the inputs in one process and print its memory as it goes."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--inputs", type=int, default=5000)
    parser.add_argument("--every", type=int, default=500)
    parser.add_argument("--no-trim", action="store_true", help="do not trim the C heap per input")
    parser.add_argument(
        "--english", action="store_true", help="English inputs only (no language met late)"
    )
    args = parser.parse_args()
    if not (args.data / "extraction" / "html").is_dir():
        print(f"skipped: data not found ({args.data})")
        return 0
    from newsfacts.batch.executor import analyze_then_trim, warm_up
    from newsfacts.model import Options
    from newsfacts.pipeline import analyze_safely
    from newsfacts.render import to_json

    todo = inputs(args.data, args.inputs, args.english)
    options = Options()
    warm_up(options, len(todo))  # what a pool's parent loads for its forked workers
    mix = "different English" if args.english else "different"
    print(f"## Memory over {len(todo):,} {mix} inputs (one process)\n")
    analyze = analyze_safely if args.no_trim else analyze_then_trim
    print("| inputs | resident memory | cache entries (of the bounds) | languages | seconds |")
    print("| ---: | ---: | ---: | ---: | ---: |")
    print(f"| 0 | {rss_mb():.0f} MB | | | 0 |")
    languages: set[str] = set()
    started = time.perf_counter()
    marks: dict[int, float] = {}
    for i, (source, blob) in enumerate(todo, 1):
        report = analyze(source, options, blob)
        to_json(report)
        if report.article and report.article.language:
            languages.add(report.article.language.split("-")[0].lower())
        if i % args.every == 0 or i == len(todo):
            marks[i] = rss_mb()
            held, limit = cache_entries()
            seconds = time.perf_counter() - started
            print(
                f"| {i:,} | {marks[i]:.0f} MB | {held:,} ({limit:,}) | {len(languages)} "
                f"| {seconds:.0f} |",
                flush=True,
            )
    after = [mb for i, mb in marks.items() if i >= 1000]
    if len(after) > 1:
        print(f"\nAfter the first thousand: {after[0]:.0f} MB -> {after[-1]:.0f} MB", end=" ")
        print(f"({after[-1] - after[0]:+.0f} MB over {max(marks) - 1000:,} more inputs)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
