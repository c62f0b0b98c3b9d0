"""The garbage collector through a run: lazy while the process starts, as usual after."""

from __future__ import annotations

import gc
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from newsfacts import collector
from newsfacts.batch.executor import run_batch
from newsfacts.model import Options

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(autouse=True)
def usual_thresholds() -> Iterator[None]:
    """Every test leaves this process's collector as it found it."""
    before = gc.get_threshold()
    yield
    gc.set_threshold(*before)


def test_starting_collects_rarely_and_started_restores_the_usual() -> None:
    """starting() raises the young-generation threshold; started() puts Python's back."""
    collector.starting()
    assert gc.get_threshold()[0] >= collector.STARTUP_THRESHOLD
    assert gc.get_threshold()[1:] == collector.USUAL[1:]
    collector.started()
    assert gc.get_threshold() == collector.USUAL


def test_finished_freezes_what_exists_so_the_exit_skips_it() -> None:
    """After the run, every tracked object moves to the permanent generation."""
    try:
        collector.finished()
        assert gc.get_freeze_count() > 0
    finally:
        gc.unfreeze()


def test_a_batch_collects_as_usual_after_its_first_input(tmp_path: Path) -> None:
    """One process, several inputs: the first ends start-up, so the rest see the usual collector."""
    texts = ["The ferry to Oldmere ran late on Monday.", "The bakery on Quay Street reopened."]
    paths = []
    for i, text in enumerate(texts):
        path = tmp_path / f"story-{i}.txt"
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    collector.starting()
    reports = run_batch(paths, Options())
    first = next(reports)
    assert first.ok
    assert gc.get_threshold()[0] >= collector.STARTUP_THRESHOLD  # still starting
    rest = list(reports)
    assert [r.ok for r in rest] == [True]
    assert gc.get_threshold() == collector.USUAL


def test_the_command_exits_with_its_code_after_freezing() -> None:
    """main() freezes the collector on the way out and the exit code stands."""
    code = (
        "import atexit, gc, sys\n"
        "import newsfacts.cli\n"
        "atexit.register(lambda: print(gc.get_freeze_count() > 0))\n"
        "newsfacts.cli.main = lambda: sys.exit(3)\n"
        "from newsfacts.__main__ import main\n"
        "main()\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.returncode == 3
    assert out.stdout.strip() == "True"


def test_the_command_starts_with_a_lazy_collector() -> None:
    """`python -m newsfacts` runs main(), which tunes the collector before the CLI loads."""
    code = (
        "import gc, sys\n"
        "import newsfacts.cli\n"
        "newsfacts.cli.main = lambda: print(gc.get_threshold()[0])\n"
        "from newsfacts.__main__ import main\n"
        "main()\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True
    )
    assert int(out.stdout) >= collector.STARTUP_THRESHOLD
