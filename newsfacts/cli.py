"""The command line: arguments → Options → analyze() → render. Thin on purpose."""

from __future__ import annotations

import contextlib
import os
import signal
import sys
from collections.abc import Callable, Generator, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated, TextIO

import typer

from newsfacts import __version__, batch
from newsfacts.arguments import (
    check_date,
    check_language,
    check_not_input,
    check_numbers,
    output_path,
    read_sources,
    resolve_format,
)
from newsfacts.errors import (
    EXIT_BATCH,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_USAGE,
    NewsfactsError,
    Terminated,
    UsageError,
)
from newsfacts.model import Options, Report
from newsfacts.render import Sink, View, open_sink

STOPS = (signal.SIGINT, signal.SIGTERM)  # both end a batch cleanly, keeping finished records

app = typer.Typer(
    add_completion=False,
    context_settings={"help_option_names": ["-h", "--help"]},
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)
METHODS_HELP = (
    "news (default), luhn, lsa, lexrank, textrank, sumbasic, kl, edmundson, reduction, random"
)


def _version(value: bool) -> None:
    if value:
        print(f"newsfacts {__version__}")
        raise typer.Exit()


def fail(message: str, code: int) -> typer.Exit:
    """Print one line on stderr and return the Exit to raise."""
    print(f"newsfacts: error: {message}", file=sys.stderr)
    return typer.Exit(code)


@app.command()
def run(
    sources: Annotated[
        list[str] | None,
        typer.Argument(
            metavar="SOURCE...",
            help="URLs, HTML or text files, or - for stdin.",
            show_default=False,
        ),
    ] = None,
    input_list: Annotated[
        str | None,
        typer.Option(
            "--input-list",
            "-i",
            metavar="FILE",
            help="Read sources from FILE, one per line (- = stdin).",
        ),
    ] = None,
    fmt: Annotated[
        str,
        typer.Option(
            "--format", "-f", metavar="FORMAT", help="auto|table|json|jsonl|markdown|text"
        ),
    ] = "auto",
    sentences: Annotated[
        int | None, typer.Option("--sentences", "-n", metavar="N", min=1, help="Summary length.")
    ] = None,
    ratio: Annotated[
        float | None,
        typer.Option(
            "--ratio", metavar="R", help="Summary length as a share of sentences, in (0, 1]."
        ),
    ] = None,
    method: Annotated[
        str, typer.Option("--method", "-m", metavar="NAME", help=METHODS_HELP)
    ] = "news",
    date: Annotated[
        str | None,
        typer.Option(
            "--date", metavar="YYYY-MM-DD", help="Article date YYYY-MM-DD for relative dates."
        ),
    ] = None,
    language: Annotated[
        str | None,
        typer.Option(
            "--language",
            "-l",
            metavar="CODE",
            help="The article's language (de, es, fr...), beating the page's tag and the guess.",
        ),
    ] = None,
    all_facts: Annotated[
        bool, typer.Option("--all-facts", help="Show every fact, not the top ones.")
    ] = False,
    explain: Annotated[
        bool, typer.Option("--explain", help="Also show what cleaning removed and why.")
    ] = False,
    ner: Annotated[
        str,
        typer.Option(
            "--ner",
            metavar="ENGINE",
            help="Who finds people, organisations and places: builtin, or spacy:MODEL "
            "(an installed spaCy pipeline, by package name or folder; needs newsfacts[spacy]).",
        ),
    ] = "builtin",
    with_sentences: Annotated[
        bool, typer.Option("--with-sentences", help="Add every sentence to the JSON records.")
    ] = False,
    jobs: Annotated[
        int,
        typer.Option(
            "--jobs", "-j", metavar="N", min=1, help="Inputs processed in parallel (processes)."
        ),
    ] = 1,
    output: Annotated[
        str | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help="Write records to FILE (replaced whole at the end, never torn).",
        ),
    ] = None,
    resume: Annotated[
        bool,
        typer.Option("--resume", help="Skip inputs already in -o FILE with ok=true (JSONL)."),
    ] = False,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="ADDRESS",
            help="Run on a Dask cluster (scheduler address, or 'local'); needs newsfacts[dask].",
        ),
    ] = None,
    timeout: Annotated[
        float,
        typer.Option(
            "--timeout", metavar="SECONDS", min=0.1, help="Seconds allowed per URL fetch."
        ),
    ] = 20.0,
    version: Annotated[
        bool | None,
        typer.Option("--version", callback=_version, is_eager=True, help="Show the version."),
    ] = None,
) -> None:
    """Summarize news articles and extract their key facts, offline.

    Examples: newsfacts article.txt · newsfacts https://example.org/news -f json ·
    newsfacts -f jsonl --jobs 4 --input-list urls.txt > facts.jsonl
    """
    try:
        options = Options(
            method=method.lower(),
            sentences=sentences,
            ratio=ratio,
            timeout=timeout,
            reference_date=check_date(date),
            language=check_language(language),
            all_facts=all_facts,
            with_sentences=with_sentences,
            ner=ner.strip(),
        )
        _check_method(options.method)
        _check_ner(options.ner)
        if sentences is not None and ratio is not None:
            raise UsageError("give --sentences or --ratio, not both")
        jobs = check_numbers(ratio, timeout, jobs)
        target = output_path(output, resume)
        view = View(
            format=resolve_format(fmt, target, resume), all_facts=all_facts, explain=explain
        )
        items, data = read_sources(sources or [], input_list, options.max_bytes)
        check_not_input(target, items, input_list)
        run = Run(items, data, options, jobs, target, resume, dask)
        code = emit(run, view)
    except NewsfactsError as exc:
        raise fail(exc.message, exc.exit_code) from None
    except BrokenPipeError:  # handled here: click would turn it into exit 1
        _quiet_broken_pipe()
    except OSError as exc:  # the output cannot be written: disk full, file too large
        _drop_stdout()
        raise fail(f"cannot write the output: {exc.strerror or exc}", EXIT_USAGE) from None
    raise typer.Exit(code)


def _check_method(name: str) -> None:
    from newsfacts.summarize import SUMMARIZERS

    if name not in SUMMARIZERS:
        raise UsageError(f"unknown method {name!r}; choose from {', '.join(SUMMARIZERS)}")


def _check_ner(spec: str) -> None:
    from newsfacts.facts.ner import entity_finder

    entity_finder(spec)  # loads a spaCy pipeline now: a bad one fails before any input is read


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
        from newsfacts.dask_runner import run_dask

        return run_dask(todo, run.options, run.dask, run.jobs, run.data)
    from newsfacts.pipeline import run_batch

    return run_batch(todo, run.options, jobs=min(run.jobs, len(todo)), data=run.data)


def emit(run: Run, view: View) -> int:
    """Process every input, write each record as it completes, and return the exit code."""
    plan = (
        batch.resume(run.items, run.output) if run.resume and run.output else batch.fresh(run.items)
    )
    many = len(run.items) > 1
    stream = results(run, plan.todo)  # connects to a cluster before the output is touched
    failures: list[Report] = []
    restore: Callable[[], None] | None = None
    stopped: KeyboardInterrupt | None = None
    try:
        with (
            batch.output(run.output) as out,
            contextlib.closing(stream),
            progress(len(run.items), show_progress(run, many)) as tick,
        ):
            sink = open_sink(out, view, many)
            try:
                for item in plan.merge(stream):
                    with _ctrl_c_after_write():
                        write_item(item, sink, out, failures, many)
                    tick(len(failures))
            except KeyboardInterrupt as exc:  # Ctrl-C, or SIGTERM (Terminated)
                restore = _ignore_ctrl_c()  # a second Ctrl-C must not cut the clean-up short
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


@contextlib.contextmanager
def _ctrl_c_after_write() -> Iterator[None]:
    """Hold Ctrl-C while one record is written, then raise it: no record is ever torn.

    A Python handler alone is not enough: a signal interrupts write(2) mid-way, and an
    unbuffered stdout (PYTHONUNBUFFERED, common in containers) then silently drops the rest.
    So SIGINT is also blocked for this thread while the record goes out.
    """
    caught: list[int] = []
    try:
        previous = {
            sig: signal.signal(sig, lambda signum, frame: caught.append(signum)) for sig in STOPS
        }
    except ValueError:  # not the main thread: signals cannot reach us here anyway
        yield
        return
    mask = getattr(signal, "pthread_sigmask", None)  # POSIX only
    if mask is not None:
        mask(signal.SIG_BLOCK, set(STOPS))
    try:
        yield
    finally:
        if mask is not None:
            mask(signal.SIG_UNBLOCK, set(STOPS))  # a pending Ctrl-C / SIGTERM arrives here
        for sig, handler in previous.items():
            signal.signal(sig, handler if handler is not None else signal.SIG_DFL)
    if signal.SIGTERM in caught:
        raise Terminated
    if caught:
        raise KeyboardInterrupt


def _ignore_ctrl_c() -> Callable[[], None]:
    """Ignore Ctrl-C and SIGTERM from now on; return the function that restores the handlers."""
    try:
        previous = {sig: signal.signal(sig, signal.SIG_IGN) for sig in STOPS}
    except ValueError:  # not the main thread: nothing to do
        return lambda: None

    def restore() -> None:
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    return restore


def _on_sigterm(signum: int, frame: object) -> None:
    """SIGTERM takes the Ctrl-C path (records kept, files renamed into place), exit 143."""
    raise Terminated


def show_progress(run: Run, many: bool) -> bool:
    """A progress bar only for a person watching stderr, and not over records on the screen."""
    to_screen = run.output is None and sys.stdout.isatty()
    return many and sys.stderr.isatty() and not to_screen


@contextlib.contextmanager
def progress(total: int, enabled: bool) -> Iterator[Callable[[int], None]]:
    """A rich progress bar on stderr; yields `tick(failed)` to call once per record."""
    if not enabled:
        yield lambda failed: None
        return
    from rich.console import Console
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeElapsedColumn,
        TimeRemainingColumn,
    )

    columns = (
        TextColumn("newsfacts"),
        BarColumn(),
        MofNCompleteColumn(),
        TextColumn("{task.fields[failed]} failed"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
    )
    # No refresh thread (auto_refresh=False): worker processes are forked while the bar is up,
    # and a fork while another thread holds the stderr lock can deadlock the child.
    bar = Progress(*columns, console=Console(stderr=True), transient=True, auto_refresh=False)
    with bar:
        task = bar.add_task("batch", total=total, failed=0)
        bar.refresh()
        yield lambda failed: bar.update(task, advance=1, failed=failed, refresh=True)


def main() -> None:
    """Console-script entry point: run the app, keep pipes quiet when closed early."""
    if sys.stdout is None:  # started with stdout closed (`>&-`): nowhere to write records
        print("newsfacts: error: standard output is closed", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    with contextlib.suppress(ValueError):  # ValueError: not the main thread (embedded use)
        signal.signal(signal.SIGTERM, _on_sigterm)
        if hasattr(signal, "SIGXFSZ"):  # past a file-size limit: EFBIG, not a silent kill
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    try:
        app(prog_name="newsfacts")
    except BrokenPipeError:
        _quiet_broken_pipe()
    except Terminated:
        sys.exit(EXIT_TERMINATED)
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)


def _quiet_broken_pipe() -> None:
    """The reader went away (`| head`): stop without a traceback."""
    _drop_stdout()
    sys.exit(EXIT_OK)


def _drop_stdout() -> None:
    """Point stdout at /dev/null, so the exit-time flush of unwritable output stays quiet."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
