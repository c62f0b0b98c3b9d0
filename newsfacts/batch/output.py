"""Batch output: stdout, or `-o FILE` written safely.

The output goes to a temporary file in the same folder, renamed over FILE at the end (also after
Ctrl-C, once every finished record is written), so FILE is never half-written: it is either the
old file or a complete new one made of whole records. Devices and FIFOs are written through.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

from newsfacts.errors import UsageError


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
