"""Python's cyclic garbage collector through a run: lazy while the process starts, usual after,
idle while it exits.

Start-up (imports of typer, trafilatura and our stages, word tables, the first page) creates
some 100,000 objects that live until the process exits. With Python's default threshold the
collector traced them again and again as they came, every 700 allocations: 20-25 ms of a
one-page run's 450 ms of CPU. So the command line starts with a collection at most every
`STARTUP_THRESHOLD` allocations, and a batch goes back to the default once its first page
(or its warm-up) is done: its memory behaves as before.

At exit the interpreter runs full collections over every object left (modules, tables, compiled
patterns) while it tears the modules down: 60-70 ms of CPU after the output is written. Once the
run is over, `finished` freezes them (gc.freeze): teardown still frees them by reference counts
and runs every atexit handler, but no collection traces them again.
"""

from __future__ import annotations

import gc

STARTUP_THRESHOLD = 100_000  # allocations between young collections while the process starts
USUAL = gc.get_threshold()  # Python's own thresholds, (700, 10, 10) unless tuned by the host


def starting() -> None:
    """Collect rarely: what is allocated now is start-up state that lives to the end."""
    gc.set_threshold(max(STARTUP_THRESHOLD, USUAL[0]), *USUAL[1:])


def started() -> None:
    """Collect as usual again: from now on most new objects are one page's garbage."""
    gc.set_threshold(*USUAL)


def finished() -> None:
    """The run is over: the collections of the interpreter's exit skip what exists now."""
    gc.freeze()
