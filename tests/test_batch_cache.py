"""The on-disk table cache: built once, read back equal, invalidated, never in the way."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from newsfacts import cache

CALLS: list[str] = []


def build_table(lang: str) -> dict[str, object]:
    """A stand-in for a slow gazetteer builder."""
    CALLS.append(lang)
    return {"words": frozenset({"harbour", "ferry"}), "sizes": (1, 2), "lang": lang}


def fresh() -> Callable[[str], dict[str, object]]:
    """A new cached wrapper (each has its own in-memory layer)."""
    return cache.persistent("json")(build_table)


def test_table_is_built_once_then_read_from_disk(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    CALLS.clear()
    first = fresh()("en")
    second = fresh()("en")  # another process, in effect
    assert CALLS == ["en"]  # built by the first wrapper only
    assert first == second == build_table("en")
    assert len(list(tmp_path.glob("*.marshal"))) == 1
    fresh()("de")
    assert len(list(tmp_path.glob("*.marshal"))) == 2  # arguments are part of the key


def test_corrupt_or_foreign_files_are_rebuilt(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    fresh()("en")
    (path,) = tmp_path.glob("*.marshal")
    path.write_bytes(b"\x00garbage")
    assert cache.load(path) == (False, None)
    CALLS.clear()
    assert fresh()("en") == build_table("en")
    assert CALLS[0] == "en"


def test_cache_can_be_turned_off_or_unwritable(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENV, "")
    assert cache.cache_dir() is None
    assert fresh()("en") == build_table("en")
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(cache.ENV, str(blocker / "sub"))
    assert fresh()("en") == build_table("en")


def test_key_changes_with_the_data_module() -> None:
    a = cache.fingerprint(build_table, ("json",), ("en",))
    assert a == cache.fingerprint(build_table, ("json",), ("en",))
    assert a != cache.fingerprint(build_table, ("json", "csv"), ("en",))


def test_unmarshalable_values_stay_in_memory(tmp_path: Path) -> None:
    path = tmp_path / "x-1.marshal"
    cache.store(path, {"a": object()})
    assert not path.exists()
