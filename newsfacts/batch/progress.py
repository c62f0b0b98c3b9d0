"""The progress bar of a batch: rich, on stderr, only for a person watching a terminal."""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator


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
