"""A real subprocess in a real pipe: `newsfacts ... | head -1` ends quietly."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

SAMPLES = Path(__file__).resolve().parent.parent / "samples"


def test_pipe_to_head_has_no_traceback() -> None:
    src = " ".join(str(SAMPLES / n) for n in ["rail-strike.txt", "harbour-pact.txt"] * 10)
    cmd = f"{sys.executable} -m newsfacts -f jsonl --with-sentences {src} | head -1"
    proc = subprocess.run(["bash", "-c", cmd], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0
    assert json.loads(proc.stdout)["ok"] is True
    assert "Traceback" not in proc.stderr and "BrokenPipe" not in proc.stderr


def test_stdin_through_a_pipe_is_json() -> None:
    text = (SAMPLES / "rail-strike.txt").read_bytes()
    proc = subprocess.run(
        [sys.executable, "-m", "newsfacts", "-"], input=text, capture_output=True, timeout=120
    )
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout)["schema"] == 1
