"""The command line: arguments → Options → analyze() → render. Thin on purpose.

No `from __future__ import annotations` here: typer reads the parameters' annotations on every
run, and as strings they were compiled and evaluated anew each time (80 evals, ~5 ms of a run).
"""

import os
import sys
from typing import Annotated

import typer

from newsfacts import __version__
from newsfacts.arguments import (
    check_date,
    check_language,
    check_not_input,
    check_numbers,
    output_path,
    read_sources,
    resolve_format,
)
from newsfacts.batch import signals
from newsfacts.batch.runner import Run, emit
from newsfacts.errors import (
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_TERMINATED,
    EXIT_USAGE,
    NewsfactsError,
    Terminated,
    UsageError,
)
from newsfacts.model import Options
from newsfacts.render import View

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
        bool,
        typer.Option(
            "--explain",
            help="Also show what cleaning removed, and why the summary holds its sentences.",
        ),
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
            explain=explain,
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


def main() -> None:
    """Console-script entry point: run the app, keep pipes quiet when closed early."""
    if sys.stdout is None:  # started with stdout closed (`>&-`): nowhere to write records
        print("newsfacts: error: standard output is closed", file=sys.stderr)
        sys.exit(EXIT_USAGE)
    signals.install()
    try:
        app(prog_name="newsfacts")
    except BrokenPipeError:
        _quiet_broken_pipe()
    except Terminated:
        sys.exit(EXIT_TERMINATED)
    except KeyboardInterrupt:
        sys.exit(EXIT_INTERRUPTED)
    except SystemExit as exc:  # typer ends a run stopped before its records as exit 130
        stop = signals.stop_behind(exc)
        if stop is None:
            raise
        terminated = isinstance(stop, Terminated)
        print(f"newsfacts: {'terminated' if terminated else 'interrupted'}", file=sys.stderr)
        sys.exit(EXIT_TERMINATED if terminated else EXIT_INTERRUPTED)


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
