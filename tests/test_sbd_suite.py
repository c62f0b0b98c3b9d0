"""Sentence splitting on our own suite of longer texts (news, lists, quotes, times of day)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsfacts.segment import split

SUITE = Path(__file__).parent / "data" / "sbd_long_suite.jsonl"
CASES = [json.loads(line) for line in SUITE.read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['id']}-{c['rule']}" for c in CASES])
def test_long_suite(case: dict) -> None:
    """Every text of the suite splits into exactly the expected segments."""
    assert [s.strip() for s in split(case["input"])] == case["expected"]


def test_suite_covers_the_error_classes() -> None:
    """The suite keeps at least three texts for each class it was written for."""
    rules = [c["rule"] for c in CASES]
    for kind in (
        "times of day",
        "abbreviation before a capital",
        "quotes",
        "inline HTML",
        "parenthesis",
        "list",
        "table of contents",
    ):
        assert rules.count(kind) >= 3, kind
