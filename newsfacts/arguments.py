"""The command line's arguments checked and read: sources, formats, -o, numbers, dates.

Every function raises UsageError or SourceError with one line; cli.py maps them to exit codes.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import math
import os
import sys
from pathlib import Path

from newsfacts.batch.output import output_mode
from newsfacts.errors import SourceError, UsageError
from newsfacts.render import FORMATS


def read_stdin(limit: int) -> bytes:
    """All of stdin, capped, as bytes."""
    if sys.stdin is None:
        raise SourceError("-: no standard input", "empty")
    raw = sys.stdin.buffer.read(limit + 1)
    if len(raw) > limit:
        raise SourceError(f"-: larger than {limit} bytes", "too-large")
    return raw


def read_sources(
    sources: list[str], input_list: str | None, limit: int
) -> tuple[list[str], dict[str, bytes]]:
    """The list of sources, and stdin's bytes when "-" is one of them."""
    items = list(sources)
    if input_list is not None:
        text = (
            read_stdin(limit).decode("utf-8", "replace")
            if input_list == "-"
            else read_list(input_list, limit)
        ).removeprefix("\ufeff")  # a BOM is no part of the first source
        items += [
            ln.strip() for ln in text.splitlines() if ln.strip() and not ln.lstrip().startswith("#")
        ]
    if not items:
        raise UsageError("no SOURCE given (a URL, a file, or - for stdin); see --help")
    data: dict[str, bytes] = {}
    if "-" in items:
        if input_list == "-":
            raise UsageError("stdin cannot be both the input list and a source")
        data["-"] = read_stdin(limit)
    return items, data


def read_list(path: str, limit: int) -> str:
    """The input list file, capped like stdin (an endless /dev/zero ends at the cap)."""
    try:
        with Path(path).open("rb") as fh:
            raw = fh.read(limit + 1)
    except OSError as exc:
        raise UsageError(f"--input-list {path}: {exc.strerror or exc}") from None
    if len(raw) > limit:
        raise UsageError(f"--input-list {path}: larger than {limit} bytes")
    return raw.decode("utf-8", "replace")


# `-o FILE` with `-f auto`: the format its name promises (JSON when the name says nothing).
SUFFIX_FORMATS = {".jsonl": "jsonl", ".ndjson": "jsonl", ".md": "markdown", ".txt": "text"}


def resolve_format(fmt: str, output: Path | None = None, resume: bool = False) -> str:
    """`auto` is a table on a terminal and JSON in a pipe; an explicit format wins."""
    if fmt not in FORMATS:
        raise UsageError(f"unknown format {fmt!r}; choose from {', '.join(FORMATS)}")
    if resume and fmt not in ("auto", "jsonl"):
        raise UsageError("--resume works with -f jsonl (one record per line)")
    if fmt != "auto":
        return fmt
    if resume:
        return "jsonl"
    if output is not None:
        return SUFFIX_FORMATS.get(output.suffix.lower(), "json")
    return "table" if sys.stdout.isatty() else "json"


def output_path(output: str | None, resume: bool) -> Path | None:
    """The -o target (None for stdout); --resume needs one; a folder or read-only file fails."""
    path = None if output in (None, "-") else Path(output)
    if resume and path is None:
        raise UsageError("--resume needs -o FILE (the records to resume from)")
    if path is not None:
        output_mode(path)
    return path


def check_not_input(target: Path | None, items: list[str], input_list: str | None) -> None:
    """Refuse an -o that is one of the inputs: writing it would destroy the article."""
    if target is None:
        return
    for item in [*items, *([input_list] if input_list not in (None, "-") else [])]:
        with contextlib.suppress(OSError, ValueError):
            if item != "-" and os.path.samefile(item, target):
                raise UsageError(f"-o {target}: is also an input; not overwriting it")


def check_numbers(ratio: float | None, timeout: float, jobs: int) -> int:
    """--ratio in (0, 1], a finite --timeout; --jobs capped at 4 per CPU (with a warning)."""
    if ratio is not None and not 0 < ratio <= 1:
        raise UsageError(f"--ratio {ratio} must be above 0 and at most 1")
    if not math.isfinite(timeout):
        raise UsageError(f"--timeout {timeout} must be a finite number of seconds")
    cap = 4 * (os.cpu_count() or 1)
    if jobs > cap:
        print(f"newsfacts: warning: --jobs {jobs} capped at {cap} (4 per CPU)", file=sys.stderr)
    return min(jobs, cap)


def check_language(value: str | None) -> str | None:
    """Validate --language as an ISO 639 code ('de', 'pt-BR' -> 'pt')."""
    from newsfacts.language import normalize

    if value is None:
        return None
    code = normalize(value)
    if code is None:
        raise UsageError(f"--language {value!r} is not a language code like de, es or pt-BR")
    return code


def check_date(value: str | None) -> str | None:
    """Validate --date as YYYY-MM-DD."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"--date {value!r} is not a date like 2024-09-04") from None
