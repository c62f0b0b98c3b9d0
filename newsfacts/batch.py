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
import stat
import sys
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TextIO

from newsfacts.errors import UsageError
from newsfacts.model import Report
from newsfacts.safety import redact

MAX_FIRST_LINE = 64 * 1024 * 1024  # bytes read to judge a --resume file's first record
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
                spans = kept.get(redact(src))  # records name their input without credentials
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
                    if _is_record(rec):
                        yield rec, (offset, size)
            offset += size


def _is_record(rec: object) -> bool:
    """A newsfacts JSON record: an object with a schema and an input."""
    return isinstance(rec, dict) and "schema" in rec and isinstance(rec.get("input"), str)


def resume(items: Sequence[str], path: Path) -> Plan:
    """Plan a run that skips inputs already recorded with ok=true in `path`."""
    kept: dict[str, deque[Span]] = {}
    records = 0
    for rec, span in record_lines(path):
        records += 1
        if rec.get("ok") is True:
            kept.setdefault(str(rec["input"]), deque()).append(span)
    if not _starts_with_record(path) or (not records and _has_content(path)):
        raise UsageError(
            f"--resume {path}: not a newsfacts JSONL file (no records in it); not replacing it"
        )
    items = list(items)
    keys = [redact(src) for src in items]
    wanted = set(keys)
    extra = [span for src, spans in kept.items() if src not in wanted for span in spans]
    left = {src: len(spans) for src, spans in kept.items()}
    todo: list[str] = []
    for src, key in zip(items, keys, strict=True):  # a kept record answers one occurrence
        if left.get(key, 0) > 0:
            left[key] -= 1
        else:
            todo.append(src)
    return Plan(items=list(items), todo=todo, kept=kept, extra=extra, source=path)


def _starts_with_record(path: Path) -> bool:
    """True when the file's first whole line is a newsfacts record (or it has none yet)."""
    try:
        with path.open("rb") as fh:
            first = fh.readline(MAX_FIRST_LINE)
    except OSError:
        return True  # a missing file: a fresh start; unreadable: record_lines says so
    if not first.endswith(b"\n"):
        return len(first) < MAX_FIRST_LINE  # a torn first record, or a line past any record
    try:
        return _is_record(json.loads(first.decode("utf-8", errors="replace")))
    except ValueError:
        return False


def _has_content(path: Path) -> bool:
    """True when the file exists and holds more than whitespace (read in chunks, capped)."""
    try:
        with path.open("rb") as fh:
            for _ in range(64):
                chunk = fh.read(65536)
                if not chunk:
                    return False
                if chunk.strip():
                    return True
    except OSError:
        return False
    return True


class SafeOutput:
    """A text file written under a temporary name and put in place by `commit`.

    `in_place` (a file with other hard links) copies the finished bytes into the file itself
    at the end, so every link sees them; otherwise the new file is renamed over the old one.
    """

    def __init__(self, path: Path, in_place: bool = False) -> None:
        self.path = path
        self.in_place = in_place
        import tempfile  # only a run with -o pays for it (keeps --help fast)

        folder = path.parent if str(path.parent) else Path(".")
        try:
            fd, tmp = tempfile.mkstemp(dir=folder, prefix=f".{path.name}.", suffix=".part")
        except OSError as exc:
            raise UsageError(f"-o {path}: {exc.strerror or exc}") from None
        self.tmp = Path(tmp)
        self.stream: TextIO = os.fdopen(fd, "w", encoding="utf-8", newline="\n")

    def commit(self) -> None:
        """Flush to disk and put in place: readers see the old or the new file."""
        self.stream.flush()
        os.fsync(self.stream.fileno())
        self.stream.close()
        if self.in_place:
            import shutil

            with self.tmp.open("rb") as src, self.path.open("r+b") as dst:
                shutil.copyfileobj(src, dst)
                dst.truncate()
                dst.flush()
                os.fsync(dst.fileno())
            self.tmp.unlink()
            return
        _keep_mode(self.path, self.tmp)
        os.replace(self.tmp, self.path)

    def abort(self) -> None:
        """Drop the temporary file; the target is left as it was."""
        with contextlib.suppress(OSError):
            self.stream.close()
        with contextlib.suppress(OSError):
            self.tmp.unlink()


def output_mode(path: Path) -> tuple[str, Path]:
    """How `-o PATH` is written, and where: ("through" | "in-place" | "rename", real path).

    Devices, FIFOs, sockets and anything under /dev or /proc are written through (a rename
    would replace the device node); a symlink is followed and its target replaced; a file with
    other hard links is rewritten in place; any other file, or a new one, gets an atomic rename.
    A read-only file or a folder is refused.
    """
    if str(path).startswith(("/dev/", "/proc/")):
        return "through", path
    real = Path(os.path.realpath(path))
    try:
        st = os.stat(real)
    except FileNotFoundError:
        return "rename", real
    except OSError as exc:
        raise UsageError(f"-o {path}: {exc.strerror or exc}") from None
    if stat.S_ISDIR(st.st_mode):
        raise UsageError(f"-o {path}: is a directory")
    if not stat.S_ISREG(st.st_mode):
        return "through", path
    if not st.st_mode & 0o222:
        raise UsageError(f"-o {path}: the file is read-only; not replacing it")
    return ("in-place" if st.st_nlink > 1 else "rename"), real


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
    mode, real = output_mode(path)
    if mode == "through":
        with _opened(path) as stream:
            yield stream
        return
    out = SafeOutput(real, in_place=mode == "in-place")
    try:
        yield out.stream
    except OSError:
        out.abort()
        raise
    except BaseException:
        _commit_or_abort(out)
        raise
    _commit_or_abort(out)


@contextlib.contextmanager
def _opened(path: Path) -> Iterator[TextIO]:
    """A device or FIFO opened for writing, as it is."""
    try:
        stream = path.open("w", encoding="utf-8", newline="\n")
    except OSError as exc:
        raise UsageError(f"-o {path}: {exc.strerror or exc}") from None
    with stream:
        yield stream


def _commit_or_abort(out: SafeOutput) -> None:
    try:
        out.commit()
    except OSError:
        out.abort()
        raise
