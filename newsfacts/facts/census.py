"""First-name and surname lexicons: the only module that reads the `names` package (MIT)."""

from __future__ import annotations

import functools
from importlib import resources

from newsfacts.cache import Packed, WordSet, pack, persistent


def _read(filename: str, limit: int | None = None) -> frozenset[str]:
    """The names (title case) in one of the package's census files, most frequent first."""
    text = resources.files("names").joinpath(filename).read_text(encoding="utf-8")
    rows = [line.split(None, 1)[0] for line in text.splitlines() if line.strip()]
    return frozenset(r.title() for r in rows[:limit])


@persistent("names", prebuild=((),))
def first_names() -> frozenset[str]:
    """About 5,000 US-census first names; empty when the package is missing."""
    try:
        return _read("dist.male.first") | _read("dist.female.first")
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()


@functools.cache
def surnames() -> WordSet:
    """The 20,000 most frequent US-census surnames (past that the list is mostly noise)."""
    return WordSet(_surname_table())


COMMON = 2000  # surnames this frequent are a person's before anything else ('Brady', 'Douglas')


@persistent("names", prebuild=((COMMON,),))
def common_surnames(limit: int = COMMON) -> frozenset[str]:
    """The `limit` most frequent US-census surnames; empty when the package is missing."""
    try:
        return _read("dist.all.last", limit)
    except (ModuleNotFoundError, FileNotFoundError):
        return frozenset()


@persistent("names", prebuild=((),))
def _surname_table() -> Packed:
    """The surnames, packed: a one-shot run looks up a few dozen of them."""
    try:
        return pack(_read("dist.all.last", 20_000))
    except (ModuleNotFoundError, FileNotFoundError):
        return pack(())
