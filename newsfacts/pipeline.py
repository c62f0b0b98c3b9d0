"""The pipeline: one source in, one Report out.

`analyze` is a pure module-level function (picklable by reference), so process pools and Dask
workers can run it (newsfacts.batch.executor runs batches of it in input order).
"""

from __future__ import annotations

import sys
import time
import traceback
from collections.abc import Iterator
from contextlib import contextmanager

from newsfacts.errors import NewsfactsError
from newsfacts.model import ErrorInfo, Options, Report
from newsfacts.safety import redact


@contextmanager
def _stage(timings: dict[str, float] | None, name: str) -> Iterator[None]:
    """Add the wall time of the block to timings[name] (when timings are asked for)."""
    if timings is None:
        yield
        return
    started = time.perf_counter()
    try:
        yield
    finally:
        timings[name] = timings.get(name, 0.0) + time.perf_counter() - started


def analyze(
    source: str,
    options: Options | None = None,
    data: bytes | None = None,
    timings: dict[str, float] | None = None,
) -> Report:
    """Load, extract, clean, segment, summarize and find facts; raise NewsfactsError on failure.

    Pass a dict as `timings` to get the seconds spent in each stage (benchmarks/profile_stages.py).
    """
    from newsfacts import clean, extract, facts, language, load, segment, summarize
    from newsfacts.clean.author import with_author

    opts = options or Options()
    started = time.perf_counter()
    with _stage(timings, "load"):
        page = load.load(source, opts, data)
    with _stage(timings, "extract"):
        raw = extract.extract(page, opts)
    with _stage(timings, "clean"):
        article = language.settle(clean.clean(raw), opts.language, raw.language)
        article = with_author(article)  # the removed byline's name when the page's meta has none
    with _stage(timings, "segment"):
        doc = segment.segment(article)
    with _stage(timings, "summarize"):
        summary = summarize.summarize(doc, opts)
        why = summarize.reason(doc, opts) if opts.explain else None
    with _stage(timings, "facts"):
        found, event = facts.find_facts(doc, opts)
    return Report(
        input=redact(source),  # the source as given, less any password in a URL
        ok=True,
        article=doc.article,
        summary=summary,
        facts=found,
        event=event,
        sentences=doc.sentences,
        seconds=time.perf_counter() - started,
        with_sentences=opts.with_sentences,
        summary_why=why,
    )


def failed(source: str, exc: NewsfactsError) -> Report:
    """The record of an input that failed."""
    return Report(
        input=redact(source),
        ok=False,
        error=ErrorInfo(code=exc.code, message=exc.message, exit_code=exc.exit_code),
    )


def analyze_safely(source: str, options: Options, data: bytes | None = None) -> Report:
    """Like analyze, but a failure becomes a Report with ok=False (for batches)."""
    try:
        return analyze(source, options, data)
    except NewsfactsError as exc:
        return failed(source, exc)
    except Exception as exc:  # a bug: keep the traceback on stderr, keep the batch going
        traceback.print_exc(file=sys.stderr)
        bug = NewsfactsError(f"internal error: {type(exc).__name__}: {exc}", "internal-error")
        return failed(source, bug)
