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


def test_big_tables_are_read_through_a_memory_map(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv(cache.ENV, str(tmp_path))
    monkeypatch.setattr(cache, "MAP_FROM", 0)  # every table counts as big
    table = {"words": ["harbour", "ferry"] * 5000, "blob": b"\x00\x01" * 50_000}
    path = tmp_path / "big.marshal"
    cache.store(path, table)
    assert cache.load(path) == (True, table)
    CALLS.clear()
    first, second = fresh()("en"), fresh()("en")
    assert CALLS == ["en"]  # the second read its table back through the map
    assert first == second == build_table("en")
    path.write_bytes(b"\x00garbage")
    assert cache.load(path) == (False, None)
    path.write_bytes(b"")  # an empty file cannot be mapped: rebuilt, no error
    assert cache.load(path) == (False, None)


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


WORDS = ["apple", "Zürich", "zebra", "a", "", "naïve", "São Paulo", "new york", "apples", "Ω"]


@pytest.mark.parametrize("after", [0, 3, 10_000])
@pytest.mark.parametrize("block", [1, 2, 3, 16])
@pytest.mark.parametrize("limit", [0, 50_000])
def test_packed_word_set_answers_like_a_set(
    after: int, block: int, limit: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The packed search and the materialised set agree with a frozenset, before and after,
    and for a list too big to become a set."""
    monkeypatch.setattr(cache.WordSet, "MATERIALIZE_AFTER", after)
    monkeypatch.setattr(cache.WordSet, "BLOCK", block)
    monkeypatch.setattr(cache.WordSet, "SET_LIMIT", limit)
    words = cache.WordSet(cache.pack(WORDS + ["apple"]))  # duplicates collapse
    assert len(words) == len(set(WORDS))
    probes = [*WORDS, "appl", "applesauce", "Apple", "zz", "São", "ω", "b", " "]
    assert [p in words for p in probes] == [p in set(WORDS) for p in probes]
    assert 3 not in words
    assert "apple\napples" not in words  # two neighbours are not one word


@pytest.mark.parametrize("block", [1, 3, 16])
def test_a_packed_word_knows_its_place(block: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """position() gives each word's index in the sorted list, and -1 for a word not in it."""
    monkeypatch.setattr(cache.WordSet, "BLOCK", block)
    ordered = sorted(set(WORDS))
    words = cache.WordSet(cache.pack(WORDS))
    assert [words.position(w) for w in ordered] == list(range(len(ordered)))
    assert [words.position(w) for w in ("appl", "zz", "\n", "a\napple")] == [-1] * 4


@pytest.mark.parametrize("fences_after", [0, 5, 10_000])
def test_a_busy_word_set_copies_its_fences_and_answers_the_same(
    fences_after: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Searching the blocks' first words in place or in their copied list finds the same."""
    monkeypatch.setattr(cache.WordSet, "BLOCK", 2)
    monkeypatch.setattr(cache.WordSet, "FENCES_AFTER", fences_after)
    ordered = sorted(set(WORDS))
    words = cache.WordSet(cache.pack(WORDS))
    probes = [*ordered, "appl", "zz", "", "Apple", "a"] * 2
    expected = [ordered.index(p) if p in ordered else -1 for p in probes]
    assert [words.position(p) for p in probes] == expected


@pytest.mark.parametrize("limit", [2, 10_000])
def test_a_prepared_word_set_answers_the_same(limit: int, monkeypatch: pytest.MonkeyPatch) -> None:
    """prepare() builds the set (a small list) or the fences (a big one) now; answers stay."""
    monkeypatch.setattr(cache.WordSet, "BLOCK", 2)
    monkeypatch.setattr(cache.WordSet, "SET_LIMIT", limit)
    ordered = sorted(set(WORDS))
    words = cache.WordSet(cache.pack(WORDS))
    assert words in cache.LOADED  # what a long batch's warm-up prepares (prepare_loaded)
    words.prepare()  # only this one: the process's real tables keep their own block size
    probes = [*ordered, "appl", "zz", "", "Apple", "a", "apple\napples"]
    assert [p in words for p in probes] == [p in set(WORDS) for p in probes]
    assert [words.position(w) for w in ordered] == list(range(len(ordered)))


def test_packed_word_set_survives_the_disk_cache(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The packed form is marshal-able: a table read back from disk answers the same."""
    monkeypatch.setenv(cache.ENV, str(tmp_path))

    @cache.persistent()
    def table() -> cache.Packed:
        return cache.pack(WORDS)

    assert table() == cache.pack(WORDS)
    table.cache_clear()  # type: ignore[attr-defined]
    assert "Zürich" in cache.WordSet(table()) and "Zurich" not in cache.WordSet(table())
    assert list(tmp_path.glob("*.marshal"))


def test_a_prebuilt_table_is_read_when_the_disk_cache_is_empty(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    shipped, disk = tmp_path / "tables", tmp_path / "cache"
    builder = cache.Builder(build_table, ("json",), (("en",),))
    cache.store_prebuilt(builder, ("en",), shipped)
    monkeypatch.setattr(cache, "PREBUILT", shipped)
    monkeypatch.setenv(cache.ENV, str(disk))
    CALLS.clear()
    assert fresh()("en") == build_table("en")
    assert CALLS == ["en"]  # only the comparison call above: the table itself was not built
    assert len(list(disk.glob("*.marshal"))) == 1  # and it is now in the disk cache too


def test_a_prebuilt_table_from_other_code_or_versions_is_ignored(tmp_path: Path) -> None:
    builder = cache.Builder(build_table, ("json",), (("en",),))
    cache.store_prebuilt(builder, ("en",), tmp_path)
    assert cache.load_prebuilt(build_table, ("json",), ("en",), tmp_path) == (
        True,
        build_table("en"),
    )
    # Another package read (its version differs), or another argument: no match.
    assert cache.load_prebuilt(build_table, ("pytest",), ("en",), tmp_path) == (False, None)
    assert cache.load_prebuilt(build_table, ("json",), ("de",), tmp_path) == (False, None)
