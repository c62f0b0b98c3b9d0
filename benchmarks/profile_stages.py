"""Where does the time go? Per-stage seconds for given inputs, and the hottest functions.

Usage: python benchmarks/profile_stages.py [INPUT ...] [--top N] [--repeat N]
       (INPUT: files or URLs; default: the bundled samples/)

The first input of a process also pays for loading word tables and lazy imports; `--repeat`
runs the inputs again so the steady state shows. `--top N` adds cProfile's N functions with the
most own time (across all runs): the next bottleneck, by name.
"""

from __future__ import annotations

import argparse
import cProfile
import io
import pstats
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsfacts.errors import NewsfactsError  # noqa: E402
from newsfacts.model import Options  # noqa: E402
from newsfacts.pipeline import analyze  # noqa: E402
from newsfacts.render import to_json  # noqa: E402

STAGES = ("load", "extract", "clean", "segment", "summarize", "facts", "render")


def profile_one(source: str, options: Options) -> dict[str, float]:
    """Seconds per stage for one input (render included); failed inputs keep what ran."""
    timings: dict[str, float] = {}
    try:
        report = analyze(source, options, timings=timings)
    except NewsfactsError as exc:
        print(f"# {source}: {exc.message}", file=sys.stderr)
        return timings
    started = time.perf_counter()
    to_json(report)
    timings["render"] = time.perf_counter() - started
    return timings


def table(rows: list[tuple[str, dict[str, float]]]) -> str:
    """A markdown table: one row per run, one column per stage, milliseconds."""
    lines = [
        "| input | " + " | ".join(STAGES) + " | total |",
        "| --- | " + " | ".join("---:" for _ in STAGES) + " | ---: |",
    ]
    for name, t in rows:
        cells = [f"{t.get(s, 0.0) * 1000:.1f}" for s in STAGES]
        lines.append(f"| {name} | " + " | ".join(cells) + f" | {sum(t.values()) * 1000:.1f} |")
    return "\n".join(lines)


def main() -> int:
    """Profile the inputs and print the tables."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("inputs", nargs="*")
    parser.add_argument("--top", type=int, default=0, help="also list the N hottest functions")
    parser.add_argument("--repeat", type=int, default=2, help="passes over the inputs")
    args = parser.parse_args()
    inputs = args.inputs or sorted(
        str(p) for p in (ROOT / "samples").iterdir() if p.suffix in (".txt", ".html")
    )
    options = Options()
    profiler = cProfile.Profile() if args.top else None
    rows: list[tuple[str, dict[str, float]]] = []
    for run in range(max(1, args.repeat)):
        for source in inputs:
            if profiler:
                profiler.enable()
            timings = profile_one(source, options)
            if profiler:
                profiler.disable()
            rows.append((f"{Path(source).name} (pass {run + 1})", timings))
    print("Stage times in milliseconds (pass 1 of a process includes loading tables):\n")
    print(table(rows))
    if profiler:
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats("tottime").print_stats(args.top)
        print(f"\nTop {args.top} functions by own time:\n\n```")
        print(out.getvalue().strip())
        print("```")
    return 0


if __name__ == "__main__":
    sys.exit(main())
