"""Batch output: `-o FILE` written safely, `--resume` from the records already in it.

- The output goes to a temporary file in the same folder, renamed over FILE at the end (also
  after Ctrl-C, once every finished record is written), so FILE is never half-written: it is
  either the old file or a complete new one made of whole records.
- `--resume` keeps the whole, valid `ok: true` lines of FILE, computes only the other inputs,
  and writes the records in input order, exactly as one uninterrupted run would: for each input
  the kept line or the new record. Kept lines whose input is not in this run come first, in
  their old order (nothing already computed is lost). Failed records are computed again.
"""

from __future__ import annotations

import contextlib
import json
import os
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from newsfacts.errors import UsageError
from newsfacts.model import Report

Span = tuple[int, int]  # (offset, length) of one whole line in the earlier output file


@dataclass
class Plan:
    """What a run has to compute, and the records it keeps from an earlier run.

    Kept records stay in the earlier file (it is replaced only when the run ends) and are read
    back by offset as they are written out: a resumed run over a million records holds their
    inputs and offsets in memory, not their text.
    """

    items: list[str]
    todo: list[str]
    kept: dict[str, deque[Span]] = field(default_factory=dict)
    extra: list[Span] = field(default_factory=list)
    source: Path | None = None

    @property
    def skipped(self) -> int:
        """Inputs answered by kept records."""
        return len(self.items) - len(self.todo)

    def merge(self, results: Iterator[Report]) -> Iterator[str | Report]:
        """Kept lines (str) and new Reports, one per input, in input order."""
        with _lines_of(self.source) as line_at:
            for span in self.extra:
                yield line_at(span)
            kept = {src: deque(spans) for src, spans in self.kept.items()}
            for src in self.items:
                spans = kept.get(src)
                yield line_at(spans.popleft()) if spans else next(results)


@contextlib.contextmanager
def _lines_of(path: Path | None) -> Iterator[Callable[[Span], str]]:
    """A reader of whole lines of `path` by (offset, length); no file, no lines to read."""
    if path is None or not path.exists():
        yield _no_line
        return
    with path.open("rb") as fh:

        def line_at(span: Span) -> str:
            fh.seek(span[0])
            return fh.read(span[1]).decode("utf-8", errors="replace")

        yield line_at


def _no_line(span: Span) -> str:
    raise ValueError(f"no earlier output to read {span} from")


def fresh(items: Sequence[str]) -> Plan:
    """A plan that computes every input."""
    return Plan(items=list(items), todo=list(items))


def record_lines(path: Path) -> Iterator[tuple[dict[str, object], Span]]:
    """The whole, valid JSON-object lines of a JSONL file with their spans, read as a stream
    (a torn last line, with no newline, is ignored)."""
    try:
        fh = path.open("rb")
    except FileNotFoundError:
        return
    except OSError as exc:
        raise UsageError(f"--resume: cannot read {path}: {exc.strerror or exc}") from None
    with fh:
        offset = 0
        for raw in fh:
            size = len(raw)
            if raw.endswith(b"\n"):  # no newline: the writer stopped mid-line
                with contextlib.suppress(ValueError):
                    rec = json.loads(raw.decode("utf-8", errors="replace"))
                    if isinstance(rec, dict) and isinstance(rec.get("input"), str):
                        yield rec, (offset, size)
            offset += size


def resume(items: Sequence[str], path: Path) -> Plan:
    """Plan a run that skips inputs already recorded with ok=true in `path`."""
    kept: dict[str, deque[Span]] = {}
    for rec, span in record_lines(path):
        if rec.get("ok") is True:
            kept.setdefault(str(rec["input"]), deque()).append(span)
    wanted = set(items)
    extra = [span for src, spans in kept.items() if src not in wanted for span in spans]
    left = {src: len(spans) for src, spans in kept.items()}
    todo: list[str] = []
    for src in items:  # each kept record answers one occurrence of its input
        if left.get(src, 0) > 0:
            left[src] -= 1
        else:
            todo.append(src)
    return Plan(items=list(items), todo=todo, kept=kept, extra=extra, source=path)


class SafeOutput:
    """A text file written under a temporary name and renamed into place by `commit`."""

    def __init__(self, path: Path) -> None:
        self.path = path
        import tempfile  # only a run with -o pays for it (keeps --help fast)

        folder = path.parent if str(path.parent) else Path(".")
        try:
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
        except OSError as exc:
            raise UsageError(f"-o {path}: {exc.strerror or exc}") from None
        self.tmp = Path(tmp)
        self.stream: TextIO = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def commit(self) -> None:
        """Flush to disk and rename over the target: readers see the old or the new file."""
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        _keep_mode(self.path, self.tmp)
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        """Drop the temporary file; the target is left as it was."""
        with contextlib.suppress(OSError):
            self.stream.close()
        with contextlib.suppress(OSError):
            self.tmp.unlink()


def _keep_mode(target: Path, tmp: Path) -> None:
    """Give the new file the old file's permissions, or the usual umask-based ones."""
    try:
        mode = target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        mode = 0o666 & ~umask
    with contextlib.suppress(OSError):
        os.chmod(tmp, mode)


@contextlib.contextmanager
def output(path: Path | None) -> Iterator[TextIO]:
    """stdout, or a SafeOutput for `path` committed on the way out.

    Whatever ends the run (success, Ctrl-C, a failed input), the records written so far are
    committed; only when writing itself failed (disk full) is the old file left untouched.
    """
    if path is None:
        yield sys.stdout
        return
    out = SafeOutput(path)
    try:
        yield out.stream
    except OSError:
        out.abort()
        raise
    except BaseException:
        _commit_or_abort(out)
        raise
    _commit_or_abort(out)


def _commit_or_abort(out: SafeOutput) -> None:
    try:
        out.commit()
    except OSError:
        out.abort()
        raise
