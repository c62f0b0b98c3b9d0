"""Issue #7 end to end: the real CLI in a subprocess against a real server on 127.0.0.1.

Batches of hostile inputs, closed pipes and Ctrl-C: never a traceback, never a torn record.
"""

from __future__ import annotations

import array
import fcntl
import json
import os
import signal
import subprocess
import sys
import termios
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import Handler
from typer.testing import CliRunner

from newsfacts.cli import app

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
CLI = [sys.executable, "-m", "newsfacts"]
runner = CliRunner()


def run(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess[str]:
    """Run newsfacts to the end (a generous guard turns a hang into a failure)."""
    proc = subprocess.run(
        [*CLI, *args], input=stdin, capture_output=True, env=ENV, cwd=ROOT, timeout=120
    )
    return subprocess.CompletedProcess(
        proc.args, proc.returncode, proc.stdout.decode(), proc.stderr.decode()
    )


def jsonl(stdout: str) -> list[dict[str, Any]]:
    """Every line must be one whole JSON object."""
    assert stdout.endswith("\n") or not stdout
    return [json.loads(line) for line in stdout.splitlines()]


def no_traceback(stderr: str) -> None:
    assert "Traceback" not in stderr and "Error:" not in stderr.replace("error:", "")


def test_mixed_batch_gives_every_input_its_record_in_order(
    server: str, raw_server: Callable[[str], str], tmp_path: Path
) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    blob = tmp_path / "blob.bin"
    blob.write_bytes(bytes(range(256)) * 32)
    cases = [
        (str(SAMPLES / "rail-strike.txt"), None),
        (f"{server}/missing", "http-404"),
        (f"{server}/status/503?retry_after=0", "http-503"),
        (raw_server("trickle-body"), "timeout"),
        ("http://newsfacts-test.invalid/", "dns"),
        (f"{server}/loop", "redirect-loop"),
        (f"{server}/pdf", "not-an-article"),
        (f"{server}/no-text", "no-article-text"),
        (f"{server}/article", None),
        (str(tmp_path / "missing.txt"), "file-not-found"),
        (str(tmp_path), "is-a-directory"),
        (str(empty), "empty"),
        (str(blob), "not-text"),
        ("ftp://127.0.0.1/x", "unsupported-scheme"),
        (f"{server}/cp1252-says-utf8", None),
    ]
    res = run("-f", "jsonl", "--timeout", "1", *[src for src, _ in cases])
    assert res.returncode == 5
    records = jsonl(res.stdout)
    assert [r["input"] for r in records] == [src for src, _ in cases]
    assert [r["error"]["code"] if r["error"] else None for r in records] == [c for _, c in cases]
    assert all(r["schema"] == 1 and r["ok"] is (r["error"] is None) for r in records)
    failures = [c for _, c in cases if c]
    assert len(res.stderr.strip().splitlines()) == len(failures)  # one line per failure
    no_traceback(res.stderr)


@pytest.mark.parametrize(
    ("route", "code"),
    [("/missing", 3), ("/no-text", 4), ("/empty-body", 4), ("/article", 0)],
)
def test_single_input_exit_codes(server: str, route: str, code: int) -> None:
    res = runner.invoke(app, [f"{server}{route}", "-f", "json"])  # in-process: fast
    assert res.exit_code == code
    record = json.loads(res.stdout)
    assert record["ok"] is (code == 0)
    assert len(res.stderr.strip().splitlines()) == (0 if code == 0 else 1)
    no_traceback(res.stderr)


def test_hostile_stdin_is_one_error_line() -> None:
    res = runner.invoke(app, ["-", "-f", "json"], input=b"\x89PNG\r\n\x1a\n" + bytes(200))
    assert res.exit_code == 3 and json.loads(res.stdout)["error"]["code"] == "not-text"
    assert res.stderr.startswith("newsfacts: error:") and len(res.stderr.splitlines()) == 1


def test_json_array_stays_valid_with_failures(server: str) -> None:
    urls = [f"{server}/article", f"{server}/gone", f"{server}/latin1"]
    res = runner.invoke(app, ["-f", "json", *urls])
    assert res.exit_code == 5
    assert [r["ok"] for r in json.loads(res.stdout)] == [True, False, True]


def bash(script: str) -> subprocess.CompletedProcess[str]:
    """Run a shell pipeline the way a script would, in the repo, with text output."""
    return subprocess.run(
        ["bash", "-c", script], capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=120
    )


def test_reader_closing_the_pipe_early_is_quiet(server: str) -> None:
    sources = " ".join([str(SAMPLES / "harbour-pact.txt"), f"{server}/article"] * 6)
    cmd = f"{sys.executable} -m newsfacts -f jsonl {sources} | head -c 200"
    proc = bash(f'set -o pipefail; {cmd}; echo "status=${{PIPESTATUS[0]}}" >&2')
    assert proc.stderr.strip() == "status=0", proc.stderr  # quiet, exit 0 (click would say 1)


def test_closed_stdout_is_one_error_line() -> None:
    proc = bash(f"{sys.executable} -m newsfacts -f jsonl {SAMPLES / 'rail-strike.txt'} >&-")
    assert proc.returncode == 2
    assert proc.stderr == "newsfacts: error: standard output is closed\n"


def _interrupt_after_first_record(args: list[str]) -> tuple[int, str, str]:
    """Start a batch, press Ctrl-C once its first record is out, return (code, stdout, stderr)."""
    proc = subprocess.Popen(  # unbuffered: readline must not swallow what communicate reads
        [*CLI, *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV, cwd=ROOT, bufsize=0
    )
    assert proc.stdout is not None
    first: list[bytes] = []
    reader = threading.Thread(target=lambda: first.append(proc.stdout.readline()), daemon=True)
    reader.start()
    reader.join(60)
    assert first and first[0], "no first record"
    proc.send_signal(signal.SIGINT)
    rest, err = proc.communicate(timeout=60)
    return proc.returncode, (first[0] + rest).decode(), err.decode()


@pytest.mark.parametrize(("fmt", "jobs"), [("jsonl", "1"), ("json", "2")])
def test_ctrl_c_keeps_every_finished_record_whole(server: str, fmt: str, jobs: str) -> None:
    slow = [f"{server}/slow"] * 6  # each takes 3 s: the batch is surely still running
    before = Handler.hits.get("/slow", 0)
    code, out, err = _interrupt_after_first_record(
        ["-f", fmt, "--jobs", jobs, "--with-sentences", str(SAMPLES / "rail-strike.txt"), *slow]
    )
    assert code == 130
    records = jsonl(out) if fmt == "jsonl" else json.loads(out)  # whole records, closed array
    assert records and records[0]["ok"] is True
    assert len(records) < 7 and Handler.hits.get("/slow", 0) - before < 6
    no_traceback(err)
    assert err.strip().splitlines()[-1].startswith("newsfacts: interrupted")


def test_external_entities_are_never_resolved(server: str, tmp_path: Path) -> None:
    marker = tmp_path / "marker.txt"
    marker.write_text("NEWSFACTS-XXE-MARKER-7731")
    before = Handler.hits.get("/dtd-hit", 0)
    urls = [
        f"{server}/xxe?f={marker}&type={t}"
        for t in ("text/html", "application/xhtml%2Bxml", "application/xml", "text/xml")
    ]
    page = tmp_path / "xxe.html"
    page.write_text(
        f'<?xml version="1.0"?><!DOCTYPE html [<!ENTITY s SYSTEM "file://{marker}">]>'
        "<html><body><article><p>The ferry to the island will run twice a day from June, "
        "the port office said on Monday.</p><p>&s;</p></article></body></html>"
    )
    defs = '<!ENTITY a0 "boom boom boom boom">' + "".join(
        f'<!ENTITY a{i} "{f"&a{i - 1};" * 10}">' for i in range(1, 10)
    )
    laughs = tmp_path / "laughs.html"  # a billion laughs: 10^9 booms if entities expanded
    laughs.write_text(
        f"<?xml version='1.0'?><!DOCTYPE html [{defs}]><html><body><article>"
        "<p>The library will open on Sundays from next month, the city said on Friday.</p>"
        "<p>&a9;</p></article></body></html>"
    )
    res = run("-f", "jsonl", "--with-sentences", *urls, str(page), str(laughs))
    assert "NEWSFACTS-XXE-MARKER" not in res.stdout + res.stderr
    assert "DTD-WAS-FETCHED" not in res.stdout
    assert "boom boom boom boom boom" not in res.stdout
    assert Handler.hits.get("/dtd-hit", 0) == before  # no external DTD or entity fetched
    assert all(r["ok"] for r in jsonl(res.stdout))
    no_traceback(res.stderr)


def _pipe_filled(fd: int, at_least: int) -> bool:
    """True once the pipe holds `at_least` unread bytes (its writer is then blocked)."""
    buffered = array.array("i", [0])
    fcntl.ioctl(fd, termios.FIONREAD, buffered)
    return buffered[0] >= at_least


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="FIONREAD on pipes is Linux")
def test_ctrl_c_during_a_blocked_write_never_tears_the_record(tmp_path: Path) -> None:
    story = (SAMPLES / "harbour-pact.txt").read_text()
    big = tmp_path / "big.txt"  # its record (text + sentences) is far larger than a pipe (64 KiB)
    big.write_text("\n\n".join([story] * 25))
    proc = subprocess.Popen(
        [*CLI, "-f", "jsonl", "--with-sentences", str(big), str(SAMPLES / "rail-strike.txt")],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**ENV, "PYTHONUNBUFFERED": "1"},  # the hard case: an interrupted write is cut short
        cwd=ROOT,
        bufsize=0,
    )
    assert proc.stdout is not None
    for _ in range(1200):  # up to 60 s: the first record fills the pipe and blocks its writer
        if _pipe_filled(proc.stdout.fileno(), 60_000) or proc.poll() is not None:
            break
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)  # arrives while the record is half out
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130
    assert out.endswith(b"\n"), (len(out), err.decode()[-3000:])
    records = jsonl(out.decode())
    assert len(records) == 1 and records[0]["ok"] is True  # the record in progress, whole
    no_traceback(err.decode())
