"""Speed benchmark: newsfacts against trafilatura (the extractor it builds on), in one run.

Usage: python benchmarks/speed.py [DATA_DIR] [--runs N] [--batch-runs N] [--long-runs N]
       (DATA_DIR defaults to ../shared/eval relative to the repo root)

Every figure is the median of several fresh processes timed with time.perf_counter; peak memory
is the child's max RSS from os.wait4. Rows:

1. start-up: `newsfacts --help` vs `trafilatura --help`;
2. one HTML page end-to-end (the median-sized dev page): `newsfacts PAGE -f json` vs
   `trafilatura < PAGE`, with newsfacts' on-disk table cache cold (empty) and warm, and the
   cold run against the warm one;
3. the dev pages as a batch: `newsfacts --jobs 2 -f jsonl -i LIST` vs
   `trafilatura --input-dir DIR --output-dir OUT --parallel 2`, with its default options and
   with the options newsfacts extracts with (`--precision --no-comments --with-metadata`);
4. text inputs of 1k, 10k, 50k and 100k words (BBC articles joined at run time, never stored):
   wall time and peak memory of a process, the pipeline's own seconds per 1k words (linear =
   flat) and its slowest stage;
5. a per-stage profile in this process (load, extract, clean, segment, summarize, facts, render):
   the first page (tables loaded) and the steady state over the dev pages.

Our package is byte-compiled first (`compileall`) and its word tables prebuilt
(`python -m newsfacts.prebuild`), as `pip install` does, so the figures are those of an
installed newsfacts. Prints markdown tables.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
DEFAULT_DATA = ROOT.parent / "shared" / "eval"
STAGES = ("load", "extract", "clean", "segment", "summarize", "facts", "render")
SIZES = (1_000, 10_000, 50_000, 100_000)


@dataclass(frozen=True)
class Sample:
    """Median wall seconds, CPU seconds (user+sys) and peak RSS (MB) of repeated runs."""

    seconds: float
    cpu: float
    peak_mb: float


def env(cache_dir: str | None = None) -> dict[str, str]:
    """The environment for child processes: our package importable, a chosen table cache."""
    out = {**os.environ, "PYTHONPATH": str(ROOT)}
    if cache_dir is not None:
        out["NEWSFACTS_CACHE_DIR"] = cache_dir
    return out


def run_once(
    cmd: Sequence[str], stdin: Path | None, child_env: dict[str, str]
) -> tuple[float, float, float]:
    """Wall seconds, CPU seconds (its pool workers included) and peak RSS in MB of one run."""
    with open(stdin or os.devnull, "rb") as fin:
        started = time.perf_counter()
        proc = subprocess.Popen(
            cmd, stdin=fin, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=child_env
        )
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - started
    proc.returncode = os.waitstatus_to_exitcode(status)
    return seconds, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def measure(
    cmd: Sequence[str],
    runs: int,
    stdin: Path | None = None,
    child_env: dict[str, str] | None = None,
    before: Callable[[], None] | None = None,
    warmup: bool = True,
) -> Sample:
    """Median over `runs` fresh processes (after an untimed warm-up run for the OS file cache)."""
    child = child_env or env()
    if warmup:
        run_once(cmd, stdin, child)
    samples = []
    for _ in range(runs):
        if before is not None:
            before()
        samples.append(run_once(cmd, stdin, child))
    return Sample(*(statistics.median(column) for column in zip(*samples, strict=True)))


Run = tuple[list[str], dict[str, str], Callable[[], None] | None]  # command, env, before each


def interleaved(runs: list[Run], n: int) -> list[Sample]:
    """Medians of n rounds of the commands taken in turn: load on a shared machine hits all."""
    samples: list[list[tuple[float, float, float]]] = [[] for _ in runs]
    for _ in range(n):
        for (cmd, child_env, before), out in zip(runs, samples, strict=True):
            if before is not None:
                before()
            out.append(run_once(cmd, None, child_env))
    return [Sample(*(statistics.median(c) for c in zip(*s, strict=True))) for s in samples]


def newsfacts_cmd(*args: str) -> list[str]:
    """`newsfacts ARGS` as this interpreter runs it."""
    return [sys.executable, "-m", "newsfacts", *args]


def trafilatura_cmd(*args: str) -> list[str] | None:
    """`trafilatura ARGS` from the same environment, or None when it is not installed."""
    exe = Path(sys.executable).with_name("trafilatura")
    found = str(exe) if exe.exists() else shutil.which("trafilatura")
    return [found, *args] if found else None


def ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms" if seconds < 10 else f"{seconds:.1f} s"


OUR_OPTIONS = ("--precision", "--no-comments", "--with-metadata")  # trafilatura CLI flags


def ratio(ours: Sample, theirs: Sample | None) -> str:
    if theirs is None:
        return "n/a"
    return f"{ours.seconds / theirs.seconds:.2f}× (cpu {ours.cpu / theirs.cpu:.2f}×)"


def cell(sample: Sample | None) -> str:
    return f"{ms(sample.seconds)} (cpu {ms(sample.cpu)})" if sample else ""


def row(*cells: str) -> str:
    return "| " + " | ".join(cells) + " |"


def median_page(pages: list[Path]) -> Path:
    """The dev page of median size: a typical page, chosen by a general rule."""
    return sorted(pages, key=lambda p: (p.stat().st_size, p.name))[len(pages) // 2]


def compare_table(data: Path, args: argparse.Namespace, cache: Path) -> list[str]:
    """Rows 1-3: start-up, one page, the batch, each against trafilatura."""
    html_dir = data / "extraction" / "html"
    pages = sorted(html_dir.glob("*.html"))
    page = median_page(pages)
    warm, cold = str(cache / "warm"), str(cache / "cold")

    def empty_cold() -> None:
        shutil.rmtree(cold, ignore_errors=True)

    out = [
        row("what", "newsfacts", "trafilatura", "ratio", "target"),
        row("---", "---:", "---:", "---:", "---"),
    ]

    def compare(what: str, ours: Sample, theirs: Sample | None, target: str = "") -> None:
        out.append(row(what, cell(ours), cell(theirs) or "n/a", ratio(ours, theirs), target))

    help_cmd = trafilatura_cmd("--help")
    compare(
        "start-up: `--help`",
        measure(newsfacts_cmd("--help"), args.runs),
        measure(help_cmd, args.runs) if help_cmd else None,
        "≤ 0.5×",
    )
    out.append(
        row(
            "start-up: `--version`",
            cell(measure(newsfacts_cmd("--version"), args.runs)),
            "",
            "",
            "",
        )
    )

    page_cmd = trafilatura_cmd()
    theirs = measure(page_cmd, args.runs, stdin=page) if page_cmd else None
    size = f"{page.stat().st_size // 1024} kB"
    ours_cmd = newsfacts_cmd(str(page), "-f", "json")
    warm_s = measure(ours_cmd, args.runs, child_env=env(warm))
    compare(f"one page ({size}), warm table cache", warm_s, theirs, "≤ 1.3×")
    cold_s = measure(ours_cmd, args.runs, child_env=env(cold), before=empty_cold)
    compare(f"one page ({size}), empty table cache", cold_s, theirs)
    out.append(
        row(
            "one page: empty cache against warm",
            cell(cold_s),
            cell(warm_s),
            ratio(cold_s, warm_s),
            "≤ 2×",
        )
    )

    with tempfile.TemporaryDirectory() as tmp:
        listing = Path(tmp) / "pages.txt"
        listing.write_text("\n".join(str(p) for p in pages) + "\n")
        ours_cmd = newsfacts_cmd("--jobs", "2", "-f", "jsonl", "-i", str(listing))
        target = Path(tmp) / "out"
        batch = ("--input-dir", str(html_dir), "--output-dir", str(target), "--parallel", "2")
        clear = lambda: shutil.rmtree(target, ignore_errors=True)  # noqa: E731
        runs: list[Run] = [(ours_cmd, env(warm), None)]
        if trafilatura_cmd():
            runs.append((trafilatura_cmd(*batch) or [], env(), clear))
            runs.append((trafilatura_cmd(*batch, *OUR_OPTIONS) or [], env(), clear))
        ours, *others = interleaved(runs, args.batch_runs)
    theirs, theirs_ours = (others[0], others[1]) if others else (None, None)
    compare(f"{len(pages)} pages, 2 processes", ours, theirs, "≤ 1.3×")
    compare(
        f"{len(pages)} pages, 2 processes; trafilatura with our options",
        ours,
        theirs_ours,
        "≤ 1.1×",
    )
    return out


def long_texts(data: Path) -> str | None:
    """Paragraphs of BBC articles (joined at run time) to cut texts of any length from."""
    source = data / "summaries" / "bbc.jsonl"
    if not source.exists():
        return None
    with source.open(encoding="utf-8") as fh:
        bodies = [json.loads(line)["text"] for line in fh if line.strip()]
    return "\n\n".join(bodies)


def cut_words(text: str, n: int) -> str:
    """The first n words of `text`, paragraph breaks kept."""
    out, count = [], 0
    for para in text.split("\n\n"):
        words = para.split()
        if count + len(words) > n:
            words = words[: n - count]
        out.append(" ".join(words))
        count += len(words)
        if count >= n:
            break
    return "\n\n".join(out) + "\n"


INNER = """
import json, sys
from newsfacts.errors import NewsfactsError
from newsfacts.pipeline import analyze
analyze(sys.argv[1])  # load the word tables before timing
timings = {}
try:
    seconds = analyze(sys.argv[2], timings=timings).seconds
except NewsfactsError as exc:  # e.g. refused by the loader's text-size cap
    print(json.dumps({"error": exc.message}))
else:
    print(json.dumps({"seconds": seconds, "timings": timings}))
"""


def pipeline_seconds(path: Path, child_env: dict[str, str]) -> dict[str, object]:
    """The pipeline's own seconds and stage timings for one input, in a warm child process.

    (A child, so that this process stays small: a forked child inherits its parent's peak RSS.)
    """
    warm = str(ROOT / "samples" / "rail-strike.txt")
    cmd = [sys.executable, "-c", INNER, warm, str(path)]
    proc = subprocess.run(cmd, capture_output=True, text=True, env=child_env, check=True)
    result: dict[str, object] = json.loads(proc.stdout)
    return result


def length_table(data: Path, args: argparse.Namespace, cache: Path) -> list[str]:
    """Row 4: text inputs of growing length: wall time, CPU and peak memory of a fresh process,
    and the pipeline's own seconds (in total, per 1k words, and in its slowest stage)."""
    corpus = long_texts(data)
    if corpus is None:
        return ["(skipped: summaries/bbc.jsonl not found)"]
    head = ("words", "process wall (cpu)", "peak memory", "pipeline", "per 1k words", "slowest")
    out = [row(*head), row("---:", "---:", "---:", "---:", "---:", "---")]
    child_env = env(str(cache / "warm"))
    with tempfile.TemporaryDirectory() as tmp:
        for n in SIZES:
            path = Path(tmp) / f"text-{n}.txt"
            path.write_text(cut_words(corpus, n), encoding="utf-8")
            inner = pipeline_seconds(path, child_env)
            if "error" in inner:
                out.append(row(f"{n:,}", f"refused: {inner['error']}", "", "", "", ""))
                continue
            cmd = newsfacts_cmd(str(path), "-f", "json")
            sample = measure(cmd, args.long_runs, child_env=child_env, warmup=False)
            seconds = float(inner["seconds"])  # type: ignore[arg-type]
            timings: dict[str, float] = inner["timings"]  # type: ignore[assignment]
            slow = max(timings, key=lambda k: timings[k])
            out.append(
                row(
                    f"{n:,}",
                    cell(sample),
                    f"{sample.peak_mb:.0f} MB",
                    ms(seconds),
                    f"{seconds / n * 1000 * 1000:.0f} ms",
                    f"{slow} {ms(timings[slow])}",
                )
            )
    return out


def stage_profile(data: Path) -> list[str]:
    """Row 5: seconds per stage in this process: the first page, then the steady state."""
    from newsfacts.model import Options
    from newsfacts.pipeline import analyze
    from newsfacts.render import to_json

    pages = sorted((data / "extraction" / "html").glob("*.html"))
    options = Options()

    def timed(path: Path) -> dict[str, float]:
        timings: dict[str, float] = {}
        try:
            report = analyze(str(path), options, timings=timings)
        except Exception:  # a page without text still tells how long its stages took
            return timings
        started = time.perf_counter()
        to_json(report)
        timings["render"] = time.perf_counter() - started
        return timings

    first = timed(pages[0])
    steady: dict[str, list[float]] = {s: [] for s in STAGES}
    for page in pages[1:]:
        timings = timed(page)
        for stage in STAGES:
            steady[stage].append(timings.get(stage, 0.0))
    total = sum(sum(v) for v in steady.values()) or 1.0
    out = [
        row("stage", "first page (tables load)", f"mean of {len(pages) - 1} pages after", "share"),
        row("---", "---:", "---:", "---:"),
    ]
    for stage in STAGES:
        mean = statistics.fmean(steady[stage]) if steady[stage] else 0.0
        out.append(
            row(
                stage,
                ms(first.get(stage, 0.0)),
                f"{mean * 1000:.1f} ms",
                f"{sum(steady[stage]) / total:.0%}",
            )
        )
    return out


def main() -> int:
    """Run every measurement and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("data", nargs="?", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--runs", type=int, default=5, help="runs per short command (median)")
    parser.add_argument("--batch-runs", type=int, default=3, help="runs per batch command")
    parser.add_argument("--long-runs", type=int, default=3, help="runs per long text input")
    args = parser.parse_args()
    if not (args.data / "extraction" / "html").is_dir():
        print(f"skipped: data not found ({args.data})")
        return 0
    compileall.compile_dir(ROOT / "newsfacts", quiet=1)
    # always, as an install does: tables prebuilt by older code carry a stale key and are ignored
    subprocess.run([sys.executable, "-m", "newsfacts.prebuild"], env=env(), check=False)
    with tempfile.TemporaryDirectory() as tmp:
        cache = Path(tmp)
        subprocess.run(
            newsfacts_cmd(str(ROOT / "samples" / "rail-strike.txt"), "-f", "json"),
            env=env(str(cache / "warm")),
            capture_output=True,
            check=False,
        )
        print(
            f"## Speed (median of {args.runs} runs, batches {args.batch_runs};"
            f" {os.cpu_count()} cores)\n"
        )
        print("\n".join(compare_table(args.data, args, cache)))
        if not list((cache / "warm").glob("*.marshal")):
            print("\n(no word table uses the on-disk cache (newsfacts.cache) yet: warm = cold)")
        print("\n### Long inputs (plain text)\n")
        print("\n".join(length_table(args.data, args, cache)))
        # Last: this process grows, and children forked after that inherit its peak RSS.
        os.environ["NEWSFACTS_CACHE_DIR"] = str(cache / "warm")  # a typical process: tables on disk
        print("\n### Per-stage profile (dev pages, in one process)\n")
        print("\n".join(stage_profile(args.data)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
