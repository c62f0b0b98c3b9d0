"""Batches: safe -o files, --resume, input order, worker crashes and Ctrl-C."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from collections import deque
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfacts import cli
from newsfacts.batch import output as batch_output
from newsfacts.batch import plan as batch_plan
from newsfacts.batch import progress as batch_progress
from newsfacts.batch import runner as batch_runner
from newsfacts.batch.executor import Ordered, process_pool, run_batch
from newsfacts.cli import app
from newsfacts.errors import Terminated
from newsfacts.model import Options, Report

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
runner = CliRunner()

STORY = (
    "The town library in Westbrook will open on Sundays from next month, the council said on "
    "Tuesday. Librarian Nora Vance said the change followed a survey of 1,200 residents. "
    '"People asked for it, and we listened," she said. The extra hours will cost about '
    "$40,000 a year, paid from the culture budget."
)


def stories(folder: Path, n: int) -> list[str]:
    """n small original text articles; returns their paths."""
    paths = []
    for i in range(n):
        path = folder / f"story{i:03d}.txt"
        path.write_text(f"Library hours change {i}\n\n{STORY}\n", encoding="utf-8")
        paths.append(str(path))
    return paths


def records(path: Path) -> list[dict[str, object]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def line(src: str, ok: bool = True) -> str:
    return json.dumps({"schema": 1, "input": src, "ok": ok}) + "\n"


def test_resume_plan_keeps_ok_records_and_input_order(tmp_path: Path) -> None:
    old = tmp_path / "out.jsonl"
    old.write_text(line("a") + line("b", ok=False) + line("zz") + "not json\n" + '{"input": "c"')
    plan = batch_plan.resume(["a", "b", "c"], old)
    assert plan.todo == ["b", "c"] and plan.skipped == 1
    fresh = iter([Report(input="b", ok=True), Report(input="c", ok=True)])
    merged = list(plan.merge(fresh))
    assert merged[0] == line("zz")  # a record of an input not in this run is kept, first
    assert merged[1] == line("a")
    assert [r.input for r in merged[2:] if isinstance(r, Report)] == ["b", "c"]


def test_resume_counts_repeated_inputs(tmp_path: Path) -> None:
    old = tmp_path / "out.jsonl"
    old.write_text(line("a"))
    assert batch_plan.resume(["a", "a"], old).todo == ["a"]
    assert batch_plan.resume(["a"], tmp_path / "missing.jsonl").todo == ["a"]


def test_safe_output_never_leaves_a_torn_file(tmp_path: Path) -> None:
    target = tmp_path / "out.jsonl"
    target.write_text("old\n")
    out = batch_output.SafeOutput(target)
    out.stream.write("new\n")
    out.abort()
    assert target.read_text() == "old\n" and list(tmp_path.iterdir()) == [target]
    with batch_output.output(target) as stream:
        stream.write("new\n")
        assert target.read_text() == "old\n"  # nothing visible until the rename
    assert target.read_text() == "new\n" and list(tmp_path.iterdir()) == [target]


def test_output_file_and_resume_through_the_cli(tmp_path: Path) -> None:
    srcs = stories(tmp_path, 4)
    out = tmp_path / "facts.jsonl"
    res = runner.invoke(app, [*srcs[:2], "-o", str(out)])
    assert res.exit_code == 0, res.stderr
    assert res.stdout == ""  # records go to the file, in JSONL because of its name
    first = out.read_text(encoding="utf-8").splitlines(keepends=True)
    out.write_text(first[0] + first[1][:40], encoding="utf-8")  # as if cut mid-line
    res = runner.invoke(app, [*srcs, "-o", str(out), "--resume", "--jobs", "2"])
    assert res.exit_code == 0, res.stderr
    text = out.read_text(encoding="utf-8")
    assert text.startswith(first[0])  # the finished record is kept as it was, not recomputed
    assert [r["input"] for r in records(out)] == srcs
    assert all(r["ok"] for r in records(out))


def test_usage_errors_for_output_options(tmp_path: Path) -> None:
    src = str(SAMPLES / "rail-strike.txt")
    assert runner.invoke(app, [src, "--resume"]).exit_code == 2
    assert (
        runner.invoke(
            app, [src, "-o", str(tmp_path / "x.json"), "-f", "json", "--resume"]
        ).exit_code
        == 2
    )
    assert runner.invoke(app, [src, "-o", str(tmp_path)]).exit_code == 2


def test_interrupted_run_keeps_finished_records(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    srcs = stories(tmp_path, 3)
    real = batch_runner.results

    def two_then_ctrl_c(run: batch_runner.Run, todo: list[str]) -> Iterator[Report]:
        it = real(run, todo)
        yield next(it)
        yield next(it)
        raise KeyboardInterrupt

    monkeypatch.setattr(batch_runner, "results", two_then_ctrl_c)
    out = tmp_path / "out.json"
    res = runner.invoke(app, [*srcs, "-o", str(out)])
    assert res.exit_code == 130 and "interrupted" in res.stderr
    assert [r["input"] for r in json.loads(out.read_text())] == srcs[:2]  # a complete JSON array


def crash_on_boom(src: str, options: Options, blob: object) -> Report:
    """Task for the crash test: `boom` kills its worker process outright."""
    if src == "boom":
        os._exit(1)
    return Report(input=src, ok=True)


def test_a_dead_worker_fails_only_its_own_input() -> None:
    srcs = ["a", "b", "boom", "c", "d"]
    ordered = Ordered(process_pool, 2, Options(), window=4, fn=crash_on_boom)
    reports = list(ordered.run((s, None) for s in srcs))
    assert [r.input for r in reports] == srcs
    assert [r.ok for r in reports] == [True, True, False, True, True]
    assert reports[2].error is not None and reports[2].error.code == "worker-crashed"


def test_run_batch_keeps_input_order_with_any_executor(tmp_path: Path) -> None:
    srcs = [*stories(tmp_path, 5), str(tmp_path / "missing.txt")]
    reports = list(run_batch(srcs, Options(), jobs=3, executor_factory=ThreadPoolExecutor))
    assert [r.input for r in reports] == srcs
    assert [r.ok for r in reports] == [True] * 5 + [False]


def test_progress_bar_is_only_for_a_terminal() -> None:
    run = batch_runner.Run(items=["a", "b"], data={}, options=Options())
    assert batch_runner.show_progress(run, many=True) is False  # pytest's stderr is not a terminal
    with batch_progress.progress(2, enabled=False) as tick:
        tick(0)


def stop_a_running_batch(tmp_path: Path, stop: Callable[[subprocess.Popen[bytes]], None]) -> bytes:
    """Start a 400-input batch with -o, `stop` it once records are being written, check that
    every finished record was kept whole and in order; return its stderr."""
    listing = tmp_path / "list.txt"
    listing.write_text("\n".join(stories(tmp_path, 400)) + "\n")
    out = tmp_path / "out.jsonl"
    cmd = [sys.executable, "-m", "newsfacts", "-i", str(listing), "--jobs", "2", "-o", str(out)]
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    proc = subprocess.Popen(
        cmd, env=env, start_new_session=True, stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and proc.poll() is None:
        parts = list(tmp_path.glob(".out.jsonl.*.part"))
        if parts and parts[0].stat().st_size > 0:
            break
        time.sleep(0.05)
    stop(proc)
    _, err = proc.communicate(timeout=30)
    assert b"Traceback" not in err
    kept = records(out)
    assert kept and all(r["ok"] for r in kept)
    assert [r["input"] for r in kept] == listing.read_text().split()[: len(kept)]
    assert not list(tmp_path.glob("*.part"))
    assert proc.returncode is not None
    return err + f"\nexit {proc.returncode}".encode()


def test_ctrl_c_on_a_real_process_pool(tmp_path: Path) -> None:
    """SIGINT to the process group: exit 130 quickly, no worker tracebacks, records kept."""
    err = stop_a_running_batch(tmp_path, lambda proc: os.killpg(proc.pid, signal.SIGINT))
    assert err.endswith(b"exit 130"), err


def test_sigterm_stops_a_batch_like_ctrl_c(tmp_path: Path) -> None:
    """`timeout`/`kill` send SIGTERM to the parent only: exit 143, finished records renamed in."""
    err = stop_a_running_batch(tmp_path, lambda proc: proc.send_signal(signal.SIGTERM))
    assert err.endswith(b"exit 143") and b"terminated; finished records kept" in err, err


def test_resume_keeps_records_byte_for_byte_and_reads_them_from_the_old_file(
    tmp_path: Path,
) -> None:
    """Kept records are copied from the earlier file by offset: odd characters survive whole."""
    old = tmp_path / "out.jsonl"
    rec = {"schema": 1, "input": "a", "ok": True, "text": "line\u2028sep é"}
    odd = json.dumps(rec, ensure_ascii=False)
    old.write_text(odd + "\n" + line("b"), encoding="utf-8")
    plan = batch_plan.resume(["a", "b", "c"], old)
    assert plan.todo == ["c"] and all(isinstance(v, deque) for v in plan.kept.values())
    merged = list(plan.merge(iter([Report(input="c", ok=True)])))
    assert merged[0] == odd + "\n" and merged[1] == line("b")
    assert isinstance(merged[2], Report) and merged[2].input == "c"


def test_the_warm_up_page_goes_through_the_whole_pipeline() -> None:
    """The page a pool's parent analyses before forking is extracted, in English, with facts:
    so the imports and word tables that workers share are really loaded."""
    from newsfacts.batch.executor import WARM_UP_PAGE, WARM_UP_SOURCE
    from newsfacts.pipeline import analyze_safely

    report = analyze_safely(WARM_UP_SOURCE, Options(), WARM_UP_PAGE)
    assert report.ok and report.article is not None
    assert report.article.language == "en"
    assert any(f.kind == "place" for f in report.facts)


@pytest.mark.parametrize(
    ("stop", "code", "word"),
    [(Terminated, 143, "terminated"), (KeyboardInterrupt, 130, "interrupted")],
)
def test_a_stop_while_inputs_are_read_keeps_its_exit_code(
    stop: type[KeyboardInterrupt],
    code: int,
    word: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """typer makes any KeyboardInterrupt before the records a silent 130: SIGTERM stays 143."""

    def stopped(*args: object) -> None:
        raise stop

    monkeypatch.setattr(cli, "read_sources", stopped)
    monkeypatch.setattr(sys, "argv", ["newsfacts", "story.txt"])
    with pytest.raises(SystemExit) as ended:
        cli.main()
    assert ended.value.code == code
    assert capsys.readouterr().err.strip() == f"newsfacts: {word}"


def test_a_big_batch_warm_up_loads_a_stemmer_for_the_workers(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A pool's parent loads nltk's stemmers before forking, so a worker's first non-English
    article does not import nltk in every worker."""
    from newsfacts.batch import executor
    from newsfacts.summarize import sumy_adapter

    loaded: list[str] = []
    real = sumy_adapter.snowball
    monkeypatch.setattr(executor, "forks", lambda: True)
    monkeypatch.setattr(sumy_adapter, "snowball", lambda lang: loaded.append(lang) or real(lang))
    executor.warm_up(Options(), executor.DETECTOR_BATCH - 1)
    assert loaded == []  # a small batch does not pay for it
    executor.warm_up(Options(), executor.DETECTOR_BATCH)
    assert loaded == ["english"]
    assert real("german")("Häuser") == "haus"
