"""Golden end-to-end tests: each sample against its expected JSON (samples/*.expected.json).

The expected files list what must hold (title, text kept and dropped, key facts, event), not a
byte-for-byte dump, so better ranking or extra facts never break them while regressions do.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from newsfacts import analyze
from newsfacts.model import Options

SAMPLES = Path(__file__).resolve().parent.parent / "samples"
CASES = sorted(p for p in SAMPLES.iterdir() if p.suffix in (".txt", ".html"))


def matches(fact: dict[str, Any], want: dict[str, Any]) -> bool:
    """True when a JSON fact satisfies every field of an expected fact."""
    for key, expected in want.items():
        if key == "with_date":
            continue
        if key == "aliases":
            if not set(expected) <= set(fact.get("aliases", [])):
                return False
        elif key == "role_contains":
            if expected.lower() not in (fact.get("role") or "").lower():
                return False
        elif key == "value" and isinstance(expected, (int, float)):
            if (
                not isinstance(fact.get("value"), (int, float))
                or abs(fact["value"] - expected) > 1e-6
            ):
                return False
        elif fact.get(key) != expected:
            return False
    return True


def run(path: Path, want: dict[str, Any]) -> dict[str, Any]:
    dated = [f["with_date"] for f in want.get("facts", []) if "with_date" in f]
    return analyze(str(path), Options(reference_date=dated[0] if dated else None)).to_dict()


@pytest.mark.parametrize("path", CASES, ids=[p.name for p in CASES])
def test_sample(path: Path) -> None:
    want = json.loads(path.with_name(path.stem + ".expected.json").read_text())
    got = run(path, want)
    assert got["ok"] and got["schema"] == 1
    for key in ("title", "author", "published", "site"):
        if key in want:
            assert got[key] == want[key], key
    for snippet in want.get("text_contains", []):
        assert snippet in got["text"], snippet
    for snippet in want.get("text_excludes", []):
        assert snippet not in got["text"], snippet
    kinds = {r["kind"] for r in got["removed"]}
    assert set(want.get("removed_kinds", [])) <= kinds
    summary = " ".join(s["text"] for s in got["summary"])
    for snippet in want.get("summary_excludes", []):
        assert snippet not in summary
    assert all(s["text"] in got["text"] for s in got["summary"])
    missing = [f for f in want.get("facts", []) if not any(matches(g, f) for g in got["facts"])]
    assert not missing, f"missing facts: {missing}"
    check_event(got["event"], want.get("event", {}))


def check_event(event: dict[str, Any], want: dict[str, Any]) -> None:
    """Compare the event with its expectation: exact `when`, `where` pattern, `who` mentions."""
    if "when" in want:
        assert event["when"] == want["when"]
    if "where" in want:
        assert event["where"] and re.fullmatch(want["where"], event["where"]), event
    if "who_any" in want:
        assert event["who"] and any(w in event["who"] for w in want["who_any"]), event
