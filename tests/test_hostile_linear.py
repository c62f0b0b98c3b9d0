"""Issue #17, class 5: analysis that ends. Inputs that were quadratic go through the whole
pipeline in a subprocess under a generous guard (a hang, not a speed, fails the test); pages
past the caps are refused with one line; SIGTERM is answered while libxml2 is busy.

benchmarks/pathological.py measures the same inputs at 100 KB and 1 MB.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from newsfacts.extract import MAX_ELEMENTS
from newsfacts.load import MAX_TEXT_CHARS
from newsfacts.model import Options
from newsfacts.pipeline import analyze_safely
from newsfacts.segment import Ranges

ROOT = Path(__file__).resolve().parent.parent
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
GUARD = 90  # seconds: only a runaway (quadratic) analysis gets near this
SENTENCE = "The council approved the new budget on Monday after a long debate. "


def run_cli(data: bytes, *args: str) -> subprocess.CompletedProcess[bytes]:
    """The CLI on stdin, to the end or the guard."""
    return subprocess.run(
        [sys.executable, "-m", "newsfacts", "-", "-f", "json", *args],
        input=data, capture_output=True, env=ENV, cwd=ROOT, timeout=GUARD,
    )  # fmt: skip


@pytest.mark.parametrize(
    "text",
    [
        "The statement reads as follows. " + "a" * 300_000,  # the contact rule's e-mail regex
        "U.S. " * 60_000,  # no boundary: each candidate counted the sentence from its start
        "(a). " * 60_000,  # many protected ranges, each looked through for every candidate
    ],
    ids=["long-word-after-follows", "us-repeated", "parentheses"],
)
def test_inputs_that_were_quadratic_finish(text: str) -> None:
    proc = run_cli(text.encode())
    assert proc.returncode in (0, 4), proc.stderr[-500:]
    assert b"Traceback" not in proc.stderr


def test_ranges_cover_as_a_scan_would() -> None:
    spans = [(0, 5), (3, 20), (30, 31), (40, 45)]
    ranges = Ranges(spans)
    for start in range(50):
        for end in range(start, start + 8):
            expected = any(a <= start and end <= b for a, b in spans)
            assert ranges.covers(start, end) == expected, (start, end)


def test_a_page_with_too_many_elements_is_refused() -> None:
    html = "<html><body>" + "<p>a b.</p>" * (MAX_ELEMENTS + 10) + "</body></html>"
    report = analyze_safely("-", Options(), html.encode())
    assert report.error is not None and report.error.code == "too-large"


def test_html_text_past_the_text_cap_is_refused() -> None:
    paragraph = f"<p>{SENTENCE * 40}</p>"  # few elements, much text
    count = MAX_TEXT_CHARS // len(SENTENCE * 40) + 50
    html = (
        "<html><body><article>"
        + "".join(paragraph.replace("budget", f"budget {i}") for i in range(count))
        + "</article></body></html>"
    )
    report = analyze_safely("-", Options(), html.encode())
    assert report.error is not None and report.error.code == "too-long"


def test_sigterm_is_answered_while_a_big_page_is_analysed(tmp_path: Path) -> None:
    page = tmp_path / "big.html"
    body = "".join(f"<p>{i}: {SENTENCE}</p>" for i in range(25_000))
    page.write_text(f"<html><body><article>{body}</article></body></html>")
    proc = subprocess.Popen(
        [sys.executable, "-m", "newsfacts", str(page), "-f", "json"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=ENV, cwd=ROOT,
    )  # fmt: skip
    time.sleep(1.5)  # inside the extraction by now (it takes seconds)
    proc.send_signal(signal.SIGTERM)
    out, err = proc.communicate(timeout=GUARD)
    assert proc.returncode == 143, err
    assert b"Traceback" not in err and b"terminated" in err
    assert out.strip() in (b"", b"[]")  # stopped before its record: nothing half-written
