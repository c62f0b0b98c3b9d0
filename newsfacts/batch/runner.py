"""One invocation's batch: every input through the pipeline, each record written at once."""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Callable, Generator
from dataclasses import dataclass
from pathlib import Path
from typing import TextIO

from newsfacts.batch.output import output
from newsfacts.batch.plan import fresh, resume
from newsfacts.batch.progress import progress
from newsfacts.batch.signals import ignore_stops, stops_after_write
from newsfacts.errors import (
    EXIT_BATCH,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_USAGE,
    Terminated,
)
from newsfacts.model import Options, Report
from newsfacts.render import Sink, View, open_sink


@dataclass(frozen=True)
class Run:
    """One invocation's inputs and batch settings."""

    items: list[str]
    data: dict[str, bytes]
    options: Options
    jobs: int = 1
    output: Path | None = None
    resume: bool = False
    dask: str | None = None


def results(run: Run, todo: list[str]) -> Generator[Report, None, None]:
    """Reports for `todo`, in order: one process, a process pool, or a Dask cluster."""
    if run.dask and todo:
        from newsfacts.batch.dask import run_dask

        return run_dask(todo, run.options, run.dask, run.jobs, run.data)
    from newsfacts.batch.executor import run_batch

    return run_batch(todo, run.options, jobs=min(run.jobs, len(todo)), data=run.data)


def emit(run: Run, view: View) -> int:
    """Process every input, write each record as it completes, and return the exit code."""
    plan = resume(run.items, run.output) if run.resume and run.output else fresh(run.items)
    many = len(run.items) > 1
    stream = results(run, plan.todo)  # connects to a cluster before the output is touched
    failures: list[Report] = []
    restore: Callable[[], None] | None = None
    stopped: KeyboardInterrupt | None = None
    try:
        with (
            output(run.output) as out,
            contextlib.closing(stream),
            progress(len(run.items), show_progress(run, many)) as tick,
        ):
            sink = open_sink(out, view, many)
            try:
                for item in plan.merge(stream):
                    with stops_after_write():
                        write_item(item, sink, out, failures, many)
                    tick(len(failures))
            except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM (Terminated)
                restore = ignore_stops()  # a second Ctrl-C must not cut the clean-up short
                stopped = exc
                stream.close()  # stops the workers now
            sink.close()
        # leaving the `with` renamed the finished records into place
    finally:
        if restore is not None:
            restore()
    if stopped is not None:
        terminated = isinstance(stopped, Terminated)
        how = "terminated" if terminated else "interrupted"
        print(f"newsfacts: {how}; finished records kept", file=sys.stderr)
        return EXIT_TERMINATED if terminated else EXIT_INTERRUPTED
    return exit_code(failures, many)


def write_item(
    item: str | Report, sink: Sink, out: TextIO, failures: list[Report], many: bool
) -> None:
    """Write a kept JSONL line as is, or a new Report through the sink (noting failures)."""
    if isinstance(item, str):
        out.write(item)
        return
    if not item.ok:
        failures.append(item)
        msg = item.error.message if item.error else "failed"
        print(f"newsfacts: error: {msg}", file=sys.stderr)
    if item.ok or many or sink.view.format in ("json", "jsonl"):
        sink.write(item)


def exit_code(failures: list[Report], many: bool) -> int:
    """0, 5 for a batch with failures, or the one failure's own code."""
    if not failures:
        return EXIT_OK
    if many:
        return EXIT_BATCH
    return failures[0].error.exit_code if failures[0].error else EXIT_USAGE


def show_progress(run: Run, many: bool) -> bool:
    """A progress bar only for a person watching stderr, and not over records on the screen."""
    to_screen = run.output is None and sys.stdout.isatty()
    return many and sys.stderr.isatty() and not to_screen
