"""CLI behaviour with typer's CliRunner: formats, batches, exit codes, stdin."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner, Result

from newsfacts import __version__
from newsfacts.cli import app

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
TEXT = str(SAMPLES / "rail-strike.txt")
runner = CliRunner()


def invoke(*args: str, stdin: str | bytes | None = None) -> Result:
    return runner.invoke(app, list(args), input=stdin)


def test_version_and_help() -> None:
    assert invoke("--version").stdout.strip() == f"newsfacts {__version__}"
    out = invoke("--help")
    assert out.exit_code == 0 and "--format" in out.stdout and "--input-list" in out.stdout


def test_json_record_follows_the_contract() -> None:
    res = invoke(TEXT, "-f", "json")
    assert res.exit_code == 0, res.stderr
    rec = json.loads(res.stdout)
    assert rec["schema"] == 1 and rec["ok"] is True and rec["error"] is None
    keys = "input url title author site language published text removed summary event facts stats"
    assert set(keys.split()) <= set(rec)
    assert all(s["text"] in rec["text"] for s in rec["summary"])
    assert rec["stats"]["sentences"] > 5


def test_auto_is_json_in_a_pipe() -> None:
    res = invoke(TEXT)
    assert json.loads(res.stdout)["ok"] is True


def test_stdin_text_and_html() -> None:
    text = (SAMPLES / "rail-strike.txt").read_text()
    rec = json.loads(invoke("-", "-f", "json", stdin=text).stdout)
    assert rec["input"] == "-" and "train drivers" in rec["text"]
    html = (SAMPLES / "council-budget.html").read_text()
    rec = json.loads(invoke("-", "-f", "json", stdin=html).stdout)
    assert rec["title"].startswith("Riverton council approves")


def test_batch_keeps_order_and_reports_failures(tmp_path: Path) -> None:
    missing = str(tmp_path / "missing.txt")
    res = invoke(TEXT, missing, str(SAMPLES / "harbour-pact.txt"), "-f", "jsonl")
    assert res.exit_code == 5
    lines = [json.loads(x) for x in res.stdout.splitlines()]
    assert [r["ok"] for r in lines] == [True, False, True]
    assert lines[1]["error"]["code"] == "file-not-found" and lines[1]["input"] == missing
    assert "missing.txt" in res.stderr and "Traceback" not in res.stderr


def test_input_list_and_jobs(tmp_path: Path) -> None:
    listing = tmp_path / "list.txt"
    names = ["rail-strike.txt", "harbour-pact.txt", "council-budget.html"]
    listing.write_text("# comment\n" + "\n".join(str(SAMPLES / n) for n in names) + "\n")
    res = invoke("--input-list", str(listing), "-f", "json", "--jobs", "2")
    assert res.exit_code == 0, res.stderr
    recs = json.loads(res.stdout)
    assert [Path(r["input"]).name for r in recs] == names


def test_single_failure_exit_codes(tmp_path: Path) -> None:
    res = invoke(str(tmp_path / "nope.txt"), "-f", "text")
    assert res.exit_code == 3 and res.stderr.startswith("newsfacts: error:") and res.stdout == ""
    assert len(res.stderr.strip().splitlines()) == 1
    junk = tmp_path / "menu.txt"
    junk.write_text("Home\nNews\nSport\nContact\n")
    assert invoke(str(junk), "-f", "json").exit_code == 4


def test_usage_errors_exit_2() -> None:
    assert invoke().exit_code == 2
    assert invoke(TEXT, "-f", "yaml").exit_code == 2
    assert invoke(TEXT, "--method", "nonsense").exit_code == 2
    assert invoke(TEXT, "--date", "yesterday").exit_code == 2
    assert invoke(TEXT, "--sentences", "0").exit_code == 2
    assert invoke(TEXT, "--sentences", "2", "--ratio", "0.5").exit_code == 2


def test_summary_length_and_methods() -> None:
    rec = json.loads(invoke(TEXT, "-f", "json", "-n", "2", "--method", "luhn").stdout)
    assert len(rec["summary"]) == 2
    rec = json.loads(invoke(TEXT, "-f", "json", "--with-sentences").stdout)
    assert len(rec["sentences"]) == rec["stats"]["sentences"]


def test_human_formats() -> None:
    for fmt in ("table", "text", "markdown"):
        res = invoke(str(SAMPLES / "harbour-pact.txt"), "-f", fmt, "--explain")
        assert res.exit_code == 0, res.stderr
        assert "Chile, Portugal sign pact" in res.stdout
        assert "caption" in res.stdout  # --explain lists what cleaning removed


def test_explain_says_why_the_summary_holds_its_sentences() -> None:
    res = invoke(TEXT, "-f", "text", "--explain")
    assert res.exit_code == 0, res.stderr
    assert "(why these sentences: news method: lead taken" in res.stdout
    res = invoke(TEXT, "-f", "text", "--explain", "-m", "luhn", "-n", "2")
    assert "(why these sentences: sumy's luhn method, 2 of " in res.stdout
    plain = invoke(TEXT, "-f", "text")
    assert "why these sentences" not in plain.stdout
    record = json.loads(invoke(TEXT, "-f", "json", "--explain").stdout)
    assert "summary_why" not in record  # the JSON contract is unchanged


HEAVY = ("trafilatura", "sumy", "nltk", "numpy", "lxml", "pydantic", "dask", "spacy")


def _modules_after(args: list[str]) -> set[str]:
    """Top-level modules imported by a fresh `newsfacts ARGS` (run in a subprocess)."""
    code = (
        "import sys, runpy\n"
        f"sys.argv = ['newsfacts', *{args!r}]\n"
        "try:\n    runpy.run_module('newsfacts', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr)\n"
    )
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    return set(proc.stderr.split())


def test_help_and_version_import_nothing_heavy() -> None:
    for args in (["--help"], ["--version"]):
        loaded = _modules_after(args)
        assert "typer" in loaded and not loaded & set(HEAVY), args


def test_text_input_never_imports_the_html_extractor() -> None:
    loaded = _modules_after([TEXT, "-f", "json"])
    assert "newsfacts" in loaded
    assert not loaded & {"trafilatura", "lxml", "nltk"}
