"""Issue #17, classes 1 and 4: what `-o PATH` does with each kind of path, and ordinary
failures of the output (full disk, file-size limit, huge lists) as one line, never a traceback.

Real files, FIFOs, symlinks and hard links, and the real CLI in a subprocess.
"""

from __future__ import annotations

import json
import os
import resource
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "harbour-pact.txt"
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
CLI = [sys.executable, "-m", "newsfacts"]


def run(*args: str, **kw: object) -> subprocess.CompletedProcess[str]:
    """The CLI in a subprocess, to the end (a generous guard turns a hang into a failure)."""
    return subprocess.run(
        [*CLI, *args], capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=120, **kw
    )  # type: ignore[call-overload]


def one_line_error(proc: subprocess.CompletedProcess[str], code: int) -> str:
    """The process failed with `code` and said why in one line, without a traceback."""
    assert proc.returncode == code, proc.stderr
    assert "Traceback" not in proc.stderr
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("newsfacts: error: ")
    return lines[0]


def test_output_to_a_fifo_is_written_through(tmp_path: Path) -> None:
    fifo = tmp_path / "records.fifo"
    os.mkfifo(fifo)
    got: list[bytes] = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_bytes()), daemon=True)
    reader.start()
    proc = run(str(SAMPLE), "-f", "jsonl", "-o", str(fifo))
    reader.join(30)
    assert proc.returncode == 0, proc.stderr
    assert stat.S_ISFIFO(fifo.lstat().st_mode)  # still a FIFO, not a regular file
    assert json.loads(got[0])["ok"] is True


def test_output_to_dev_stdout_writes_to_stdout_and_leaves_the_device(tmp_path: Path) -> None:
    before = os.lstat("/dev/stdout")
    proc = run(str(SAMPLE), "-f", "jsonl", "-o", "/dev/stdout")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["ok"] is True
    after = os.lstat("/dev/stdout")
    assert (after.st_mode, after.st_ino) == (before.st_mode, before.st_ino)


def test_output_through_a_symlink_replaces_its_target(tmp_path: Path) -> None:
    target = tmp_path / "real.jsonl"
    target.write_text("old\n")
    link = tmp_path / "link.jsonl"
    link.symlink_to(target)
    proc = run(str(SAMPLE), "-o", str(link))
    assert proc.returncode == 0, proc.stderr
    assert link.is_symlink() and os.readlink(link) == str(target)
    assert json.loads(target.read_text())["ok"] is True


def test_output_to_a_hard_linked_file_updates_every_link(tmp_path: Path) -> None:
    first = tmp_path / "a.jsonl"
    first.write_text("old\n")
    second = tmp_path / "b.jsonl"
    os.link(first, second)
    proc = run(str(SAMPLE), "-o", str(first))
    assert proc.returncode == 0, proc.stderr
    assert first.stat().st_ino == second.stat().st_ino
    assert json.loads(second.read_text())["ok"] is True


def test_a_read_only_output_is_refused_and_kept(tmp_path: Path) -> None:
    out = tmp_path / "keep.jsonl"
    out.write_text("precious\n")
    out.chmod(0o444)
    line = one_line_error(run(str(SAMPLE), "-o", str(out)), 2)
    assert "read-only" in line and out.read_text() == "precious\n"


def test_an_output_that_is_an_input_is_refused(tmp_path: Path) -> None:
    article = tmp_path / "article.txt"
    article.write_bytes(SAMPLE.read_bytes())
    line = one_line_error(run(str(article), "-o", str(article)), 2)
    assert "is also an input" in line and article.read_bytes() == SAMPLE.read_bytes()
    listing = tmp_path / "list.txt"
    listing.write_text(f"{article}\n")
    one_line_error(run("-i", str(listing), "-o", str(listing)), 2)
    assert listing.read_text() == f"{article}\n"


@pytest.mark.parametrize(
    "content",
    [b'[\n  {"schema": 1, "input": "a", "ok": true}\n]\n', b"\x00\x01\x02binary\xff\n" * 50],
    ids=["json-array", "binary"],
)
def test_resume_refuses_a_file_that_is_not_newsfacts_jsonl(tmp_path: Path, content: bytes) -> None:
    out = tmp_path / "records.jsonl"
    out.write_bytes(content)
    line = one_line_error(run(str(SAMPLE), "-o", str(out), "--resume"), 2)
    assert "not a newsfacts JSONL file" in line and out.read_bytes() == content


def test_a_full_disk_on_stdout_is_one_line() -> None:
    with open("/dev/full", "w") as full:
        proc = subprocess.run(
            [*CLI, str(SAMPLE), "-f", "jsonl"], stdout=full, stderr=subprocess.PIPE, text=True,
            env=ENV, cwd=ROOT, timeout=120,
        )  # fmt: skip
    assert proc.returncode == 2 and "Traceback" not in proc.stderr
    assert "cannot write the output" in proc.stderr and len(proc.stderr.splitlines()) == 1


def test_a_file_size_limit_on_the_output_is_one_line(tmp_path: Path) -> None:
    def limit() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (1000, 1000))

    out = tmp_path / "big.json"
    proc = run(str(SAMPLE), "-o", str(out), preexec_fn=limit)
    assert "File too large" in one_line_error(proc, 2)
    assert not out.exists()  # the old (here: no) file is left as it was


def test_a_huge_input_list_file_is_capped(tmp_path: Path) -> None:
    listing = tmp_path / "huge.txt"
    with listing.open("wb") as fh:  # sparse: 30 MB of NULs without writing them
        fh.truncate(30_000_000)
    assert "larger than" in one_line_error(run("-i", str(listing), "-f", "jsonl"), 2)


def test_a_bom_at_the_start_of_an_input_list_is_not_part_of_the_first_source(
    tmp_path: Path,
) -> None:
    listing = tmp_path / "list.txt"
    listing.write_bytes(b"\xef\xbb\xbf" + str(SAMPLE).encode() + b"\n")
    proc = run("-i", str(listing), "-f", "jsonl")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["input"] == str(SAMPLE)


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--ratio", "0"], "--ratio"),
        (["--ratio", "nan"], "--ratio"),
        (["--timeout", "nan"], "--timeout"),
    ],
)
def test_numbers_that_mean_nothing_are_usage_errors(args: list[str], words: str) -> None:
    assert words in one_line_error(run(str(SAMPLE), *args), 2)


def test_too_many_jobs_are_capped_with_a_warning() -> None:
    proc = run(str(SAMPLE), str(SAMPLE), "-f", "jsonl", "--jobs", "4096")
    assert proc.returncode == 0
    assert "capped" in proc.stderr and len(proc.stdout.splitlines()) == 2
