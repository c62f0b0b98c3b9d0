"""Run a batch on a Dask cluster (`--dask ADDRESS`): the one module that imports dask.

Needs the optional extra: `pip install 'newsfacts[dask]'` on the client and on every worker.
Local files and stdin are read here, on the client, and shipped with the task, so workers need
no shared filesystem; URLs are fetched by the workers. Records come back in input order, with
the same bounded look-ahead as a local process pool.
"""

from __future__ import annotations

import logging
import signal
from collections.abc import Generator, Iterable, Iterator
from contextlib import ExitStack, contextmanager
from typing import Any

from newsfacts.batch.executor import WINDOW_PER_JOB, Ordered, analyze_then_trim
from newsfacts.errors import SourceError, UsageError
from newsfacts.load import STDIN, is_url, read_file
from newsfacts.model import ErrorInfo, Options, Report

LOCAL = "local"  # `--dask local`: start a LocalCluster on this machine (to try the setup)

Payload = bytes | ErrorInfo | None


def analyze_shipped(source: str, options: Options, payload: Payload) -> Report:
    """Worker side: analyze shipped bytes (or a URL), or return the client's read error."""
    if isinstance(payload, ErrorInfo):
        return Report(input=source, ok=False, error=payload)
    return analyze_then_trim(source, options, payload)


def payload(source: str, options: Options, data: dict[str, bytes]) -> Payload:
    """What to ship for one source: its bytes, None for a URL, or why it could not be read."""
    if source in data:
        return data[source]
    if source == STDIN or is_url(source):
        return None
    try:
        return read_file(source, options.max_bytes)
    except SourceError as exc:
        return ErrorInfo(code=exc.code, message=exc.message, exit_code=exc.exit_code)


@contextmanager
def _sigint_ignored() -> Iterator[None]:
    """Ignore SIGINT for the block (main thread only), then restore the handler."""
    try:
        previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    except ValueError:  # not the main thread
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGINT, previous)


def connect(address: str, jobs: int, stack: ExitStack, timeout: float = 10.0) -> Any:
    """A distributed.Client for `address` (or a new LocalCluster for "local"), closed by `stack`."""
    try:
        from distributed import Client, LocalCluster
    except ImportError:
        raise UsageError("--dask needs the dask extra: pip install 'newsfacts[dask]'") from None
    try:
        if address == LOCAL:
            with _sigint_ignored():  # the workers inherit it: Ctrl-C is for this process only
                cluster = LocalCluster(
                    n_workers=jobs,
                    threads_per_worker=1,
                    dashboard_address=None,
                    silence_logs=logging.ERROR,  # no warnings about tasks cancelled on Ctrl-C
                )
            stack.enter_context(cluster)
            return stack.enter_context(Client(cluster))
        return stack.enter_context(Client(address, timeout=f"{timeout}s"))
    except (OSError, TimeoutError, ValueError) as exc:
        raise UsageError(f"--dask {address}: cannot connect: {exc}") from None


def run_dask(
    sources: Iterable[str],
    options: Options,
    address: str,
    jobs: int = 1,
    data: dict[str, bytes] | None = None,
) -> Generator[Report, None, None]:
    """Reports for every source, in input order, computed on the Dask cluster at `address`.

    Connects at once (so a bad address fails before any output is written); the client is
    closed when the returned generator finishes or is closed.
    """
    stack = ExitStack()
    client = connect(address, max(1, jobs), stack)
    return _stream(stack, client, sources, options, data or {})


def _stream(
    stack: ExitStack, client: Any, sources: Iterable[str], options: Options, data: dict[str, bytes]
) -> Generator[Report, None, None]:
    with stack:
        threads = max(1, sum(client.nthreads().values()))
        runner = Ordered(
            lambda _n: client.get_executor(pure=False),  # pure=False: a URL may change
            threads,
            options,
            threads * WINDOW_PER_JOB,
            fn=analyze_shipped,
        )
        yield from runner.run((src, payload(src, options, data)) for src in sources)
