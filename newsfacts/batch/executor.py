"""Batches of sources, in order: `run_batch` streams Reports in input order from any
`concurrent.futures` Executor with a bounded look-ahead window, and stops its workers at once
on Ctrl-C.
"""

from __future__ import annotations

import gc
import signal
import threading
from collections import deque
from collections.abc import Callable, Generator, Iterable, Iterator, Sized
from concurrent.futures import BrokenExecutor, Executor, Future
from typing import Any

from newsfacts import collector
from newsfacts.batch.trim import trim
from newsfacts.batch.warm import LANGUAGE_BATCH, language_pages, load_tables
from newsfacts.errors import NewsfactsError
from newsfacts.model import Options, Report
from newsfacts.pipeline import analyze_safely, failed

WINDOW_PER_JOB = 16  # look-ahead per worker: a slow page does not idle the others; memory flat

ExecutorFactory = Callable[[int], Executor]


def analyze_then_trim(source: str, options: Options, data: bytes | None = None) -> Report:
    """analyze_safely, then the freed C heap back to the system: a long batch stays flat."""
    report = analyze_safely(source, options, data)
    trim()
    return report


def _quiet_worker() -> None:
    """Pool initializer: Ctrl-C reaches the whole process group, but only the parent handles it."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # terminate() must end a worker, not raise in it


def process_pool(jobs: int) -> Executor:
    """A process pool whose workers ignore Ctrl-C (the parent stops them)."""
    from concurrent.futures import ProcessPoolExecutor  # multiprocessing: ~30 ms, batches only

    return ProcessPoolExecutor(max_workers=jobs, initializer=_quiet_worker)


# A short page of our own words: analysing it imports trafilatura and its helpers and loads the
# English word tables, as a worker's first page would.
WARM_UP_SOURCE = "newsfacts-warm-up.html"
WARM_UP_PAGE = (
    b"<html><head><title>Harbour town opens a new ferry line</title></head><body><article>"
    b"<h1>Harbour town opens a new ferry line</h1>"
    b"<p>The council of Port Elwick opened a ferry line to the island of Marrow on Tuesday, "
    b"after three years of planning and a public vote in March.</p>"
    b"<p>The boats will run every forty minutes in summer and every two hours in winter, "
    b"the council's transport officer, Edith Calloway, told reporters at the pier.</p>"
    b'<p>"People on the island waited a long time for this," Calloway said. The line cost '
    b"4.2 million pounds, about 12 percent more than first planned.</p>"
    b"</article></body></html>"
)


def forks() -> bool:
    """True when new worker processes are forked, so they share what this process loaded."""
    import multiprocessing

    return multiprocessing.get_start_method() == "fork"


# 6 of the 92 dev pages need the language detector (no page tag, no sure stop-word guess): in a
# batch of this many inputs every worker is likely to load its model (66 MB unpacked, the
# slowest load of all), so the parent loads it once for them all. Likewise the Snowball
# stemmers of the summary (9 of the 92 pages are in a language that has one): importing them
# imports all of nltk, 0.3-0.5 s of CPU that each worker paid on its first such page.
DETECTOR_BATCH = 16


def warm_up(options: Options, inputs: int) -> None:
    """Load in this process what the workers of a batch of `inputs` will need (imports, word
    tables, the language detector and nltk's stemmers for a big batch, every language's tables
    for a long one) before they fork.

    Forked workers then start with it in memory, shared copy-on-write: one load instead of one
    per worker. Where workers are spawned instead (macOS, Windows) it would only cost time.
    """
    if not forks():
        return
    analyze_safely(WARM_UP_SOURCE, options, WARM_UP_PAGE)
    if inputs >= DETECTOR_BATCH:
        from newsfacts.language import detect
        from newsfacts.summarize.sumy_adapter import load_stemmers

        detect(WARM_UP_PAGE.decode())
        load_stemmers()
    if inputs >= LANGUAGE_BATCH:
        for source, page in language_pages():
            analyze_safely(source, options, page)
        load_tables()
    # What the workers inherit lives as long as they do: their cycle collector need not walk it
    # at every full collection, and by not touching it keeps its memory pages shared.
    gc.collect()  # the warm-up's own garbage is not kept forever
    gc.freeze()


def stop_executor(pool: Executor, pending: Iterable[Future[Any]] = ()) -> None:
    """Cancel what has not started and end the workers now, without waiting for them."""
    # ProcessPoolExecutor has no public way to kill busy workers before Python 3.14.
    workers = list((getattr(pool, "_processes", None) or {}).values())
    if not workers:  # threads or a Dask client: cancelling is enough
        for fut in pending:
            fut.cancel()
    # A process pool's own manager thread fails the pending futures once its workers are gone;
    # cancelling them here as well would race with it (InvalidStateError on Python 3.11).
    pool.shutdown(wait=False)
    for proc in workers:
        if proc.is_alive():
            proc.terminate()
    for proc in workers:
        proc.join(timeout=2)


class Ordered:
    """Runs tasks on an executor, at most `window` in flight, yielding Reports in input order.

    A worker that dies (segfault, out of memory) breaks a process pool: the pool is replaced, the
    oldest task is re-run alone, and only a task that breaks a pool twice gets a failed record.
    When the consumer stops early (Ctrl-C, a closed pipe) the workers are stopped at once.
    """

    def __init__(
        self,
        factory: ExecutorFactory,
        jobs: int,
        options: Options,
        window: int,
        fn: Callable[[str, Options, Any], Report] = analyze_then_trim,
    ) -> None:
        self.factory = factory
        self.fn = fn
        self.jobs = jobs
        self.options = options
        self.window = max(1, window)
        self.pool = factory(jobs)
        self.pending: deque[tuple[str, Any, Future[Report]]] = deque()

    def submit(self, src: str, blob: Any) -> None:
        """Queue one task: fn(src, options, blob)."""
        try:
            fut = self.pool.submit(self.fn, src, self.options, blob)
        except BrokenExecutor as exc:  # broke since the last result: `take` restarts the pool
            fut = Future()
            fut.set_exception(exc)
        self.pending.append((src, blob, fut))

    def take(self) -> Report:
        """Wait for the oldest task and return its Report."""
        src, blob, fut = self.pending.popleft()
        try:
            return fut.result()
        except BrokenExecutor:
            return self._after_break(src, blob)
        except Exception as exc:  # e.g. a Dask worker lost: this input fails, the batch goes on
            return failed(src, NewsfactsError(f"{src}: worker error: {exc}", "worker-error"))

    def _after_break(self, src: str, blob: Any) -> Report:
        """Replace the broken pool, retry `src` alone, then resubmit the rest."""
        rest = [(s, b) for s, b, _ in self.pending]
        self.pending.clear()
        self._restart()
        try:
            report = self.pool.submit(self.fn, src, self.options, blob).result()
        except BrokenExecutor:
            report = failed(
                src, NewsfactsError(f"{src}: the worker process died", "worker-crashed")
            )
            self._restart()
        except Exception as exc:
            report = failed(src, NewsfactsError(f"{src}: worker error: {exc}", "worker-error"))
        for s, b in rest:
            self.submit(s, b)
        return report

    def _restart(self) -> None:
        stop_executor(self.pool)
        self.pool = self.factory(self.jobs)

    def run(self, tasks: Iterable[tuple[str, Any]]) -> Iterator[Report]:
        """Yield one Report per task, in order."""
        try:
            for src, blob in tasks:
                self.submit(src, blob)
                if len(self.pending) >= self.window:
                    yield self.take()
            while self.pending:
                yield self.take()
        except BaseException:
            stop_executor(self.pool, (fut for _, _, fut in self.pending))
            raise
        self.pool.shutdown(wait=True)


SIGNAL_POLL = 0.05  # seconds: how often the main thread looks up from waiting on an analysis


def analyze_answering_signals(source: str, options: Options, data: bytes | None = None) -> Report:
    """analyze_safely in a helper thread while this (main) thread waits, so Ctrl-C and SIGTERM
    are answered at once even while libxml2 or a long regex runs: a C call holds off Python's
    signal handlers only in the thread that makes it. A stopped run leaves the helper behind
    (a daemon thread: it ends with the process)."""
    done: list[Report] = []
    worker = threading.Thread(
        target=lambda: done.append(analyze_safely(source, options, data)),
        name="newsfacts-analysis",
        daemon=True,
    )
    worker.start()
    while worker.is_alive():
        worker.join(SIGNAL_POLL)
    trim()
    if not done:  # the helper died of something analyze_safely does not catch
        bug = NewsfactsError("internal error: the analysis stopped", "internal-error")
        return failed(source, bug)
    return done[0]


def run_batch(
    sources: Iterable[str],
    options: Options,
    jobs: int = 1,
    data: dict[str, bytes] | None = None,
    executor_factory: ExecutorFactory | None = None,
) -> Generator[Report, None, None]:
    """Yield one Report per source, in input order, computing up to `jobs` at a time."""
    blobs = data or {}
    if jobs <= 1 and executor_factory is None:
        for src in sources:
            yield analyze_answering_signals(src, options, blobs.get(src))
            collector.started()  # the first page ended start-up: the next ones are garbage
        return
    if executor_factory is None:
        warm_up(options, len(sources) if isinstance(sources, Sized) else DETECTOR_BATCH)
    collector.started()  # before the workers fork: they collect as usual
    runner = Ordered(executor_factory or process_pool, jobs, options, jobs * WINDOW_PER_JOB)
    yield from runner.run((src, blobs.get(src)) for src in sources)
