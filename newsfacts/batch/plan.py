"""`--resume`: the records an earlier run left in `-o FILE`, and what is left to compute.

`--resume` keeps the whole, valid `ok: true` lines of FILE, computes only the other inputs, and
writes the records in input order, exactly as one uninterrupted run would: for each input the
kept line or the new record. Kept lines whose input is not in this run come first, in their old
order (nothing already computed is lost). Failed records are computed again.
"""

from __future__ import annotations

import contextlib
import json
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

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
