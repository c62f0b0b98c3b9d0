"""Beyond one machine: analyze is picklable, and a batch runs on a Dask LocalCluster."""

from __future__ import annotations

import json
import pickle
from collections.abc import Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner

import newsfacts
from newsfacts.cli import app
from newsfacts.model import Options
from newsfacts.pipeline import analyze_safely

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TEXTS = [str(SAMPLES / "rail-strike.txt"), str(SAMPLES / "harbour-pact.txt")]


def test_analyze_and_its_report_survive_pickling() -> None:
    fn = pickle.loads(pickle.dumps(newsfacts.analyze))
    assert fn is newsfacts.analyze
    assert pickle.loads(pickle.dumps(analyze_safely)) is analyze_safely
    report = newsfacts.analyze(TEXTS[0])
    again = pickle.loads(pickle.dumps(report))
    assert again == report and again.to_dict() == report.to_dict()


@pytest.fixture(scope="module")
def scheduler() -> Iterator[str]:
    """A one-worker, in-process Dask cluster (skipped without the dask extra)."""
    distributed = pytest.importorskip("distributed")
    with distributed.LocalCluster(
        n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None
    ) as cluster:
        yield cluster.scheduler_address


def test_run_dask_keeps_order_and_ships_files(scheduler: str, tmp_path: Path) -> None:
    from newsfacts.batch.dask import run_dask

    missing = str(tmp_path / "gone.txt")
    reports = list(run_dask([TEXTS[0], missing, TEXTS[1]], Options(), scheduler))
    assert [r.input for r in reports] == [TEXTS[0], missing, TEXTS[1]]
    assert [r.ok for r in reports] == [True, False, True]
    assert reports[1].error is not None and reports[1].error.code == "file-not-found"
    local = newsfacts.analyze(TEXTS[1])
    assert reports[2].to_dict()["facts"] == local.to_dict()["facts"]


def test_cli_dask_option(scheduler: str) -> None:
    res = CliRunner().invoke(app, [*TEXTS, "-f", "jsonl", "--dask", scheduler])
    assert res.exit_code == 0, res.stderr
    assert [json.loads(x)["input"] for x in res.stdout.splitlines()] == TEXTS


def test_bad_address_is_a_usage_error() -> None:
    pytest.importorskip("distributed")
    from contextlib import ExitStack

    from newsfacts.batch.dask import connect
    from newsfacts.errors import UsageError

    with ExitStack() as stack, pytest.raises(UsageError, match="cannot connect"):
        connect("tcp://127.0.0.1:9", 1, stack, timeout=1.0)
