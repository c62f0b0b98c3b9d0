"""Ctrl-C and SIGTERM during a batch: both end it cleanly, keeping every finished record whole."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Callable, Iterator

from newsfacts.errors import Terminated

STOPS = (signal.SIGINT, signal.SIGTERM)  # both end a batch cleanly, keeping finished records


@contextlib.contextmanager
def stops_after_write() -> Iterator[None]:
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


def ignore_stops() -> Callable[[], None]:
    """Ignore Ctrl-C and SIGTERM from now on; return the function that restores the handlers."""
    try:
        previous = {sig: signal.signal(sig, signal.SIG_IGN) for sig in STOPS}
    except ValueError:  # not the main thread: nothing to do
        return lambda: None

    def restore() -> None:
        for sig, handler in previous.items():
            signal.signal(sig, handler)

    return restore


def on_sigterm(signum: int, frame: object) -> None:
    """SIGTERM takes the Ctrl-C path (records kept, files renamed into place), exit 143."""
    raise Terminated


def stop_behind(exc: BaseException) -> KeyboardInterrupt | None:
    """The Ctrl-C or SIGTERM an exit came from, if any.

    typer turns a KeyboardInterrupt raised before the records start (while the inputs are
    read) into a silent exit 130, whatever its kind; this finds it in the exception chain.
    """
    seen: BaseException | None = exc
    while seen is not None:
        if isinstance(seen, KeyboardInterrupt):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def install() -> None:
    """The process's handlers: SIGTERM as above; past a file-size limit, EFBIG, not a kill."""
    with contextlib.suppress(ValueError):  # ValueError: not the main thread (embedded use)
        signal.signal(signal.SIGTERM, on_sigterm)
        if hasattr(signal, "SIGXFSZ"):
            signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
