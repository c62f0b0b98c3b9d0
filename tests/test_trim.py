"""The C heap handed back after each batch input: glibc only, a no-op elsewhere."""

from __future__ import annotations

import sys

import pytest

from newsfacts.batch import trim as trim_module
from newsfacts.batch.executor import analyze_then_trim
from newsfacts.model import Options


def test_trim_is_a_no_op_off_linux(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where the platform is not Linux no C function is looked up and trim does nothing."""
    trim_module.malloc_trim.cache_clear()
    monkeypatch.setattr(sys, "platform", "darwin")
    try:
        assert trim_module.malloc_trim() is None
        assert trim_module.trim() is None
    finally:
        trim_module.malloc_trim.cache_clear()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc is a Linux C library")
def test_trim_finds_glibc_malloc_trim() -> None:
    """On a glibc Linux the function is found and returns 0 or 1 (memory released or not)."""
    release = trim_module.malloc_trim()
    if release is None:
        pytest.skip("not glibc (musl)")
    assert release(0) in (0, 1)


def test_analyze_then_trim_returns_the_report() -> None:
    """Trimming after an analysis leaves its report as analyze_safely made it."""
    text = b"The river ferry at Oldmere stopped running on Monday after a storm, the owners said."
    report = analyze_then_trim("ferry.txt", Options(), text)
    assert report.ok
    assert report.input == "ferry.txt"
