"""German nouns adapter: Wiktionary's German nouns (the german-nouns package's CSV), split into
common nouns and proper names, every inflected form of each.

German capitalises every noun, so a capitalised word says nothing; Wiktionary's noun list does:
it tags places ('Toponym'), first names ('Vorname'), surnames ('Nachname') and other names
('Eigenname') apart from common nouns. The CSV is found without importing the package (nothing
of it runs), read once into packed word sets and cached on disk. Without the package installed
every set is empty and the name finder falls back on its other evidence.
"""

from __future__ import annotations

import csv
import functools
import io
from pathlib import Path

from newsfacts.cache import Packed, WordSet, pack, package_file, persistent

PACKAGE = "german_nouns"
NOUN = "noun"  # a common noun
PROPER = {"Toponym": "place", "Vorname": "first name", "Nachname": "surname", "Eigenname": "name"}
SKIP = frozenset(("lemma", "pos"))  # columns that are no word forms (and genus columns)


def csv_path() -> Path | None:
    """The package's nouns.csv, found without importing the package."""
    return package_file(PACKAGE, "nouns.csv")


def _kinds(pos: str) -> list[str]:
    """The kinds a row's part-of-speech tags give ('Substantiv,Toponym' -> ['place'])."""
    tags = pos.split(",")
    proper = [PROPER[t] for t in tags if t in PROPER]
    return proper or ([NOUN] if "Substantiv" in tags else [])


@persistent("german_nouns.config")
def _tables() -> dict[str, Packed]:
    """Every form of every row, by kind: 'noun', 'place', 'first name', 'surname', 'name'."""
    path = csv_path()
    forms: dict[str, set[str]] = {k: set() for k in (NOUN, *PROPER.values())}
    if path is None:
        return {k: pack(v) for k, v in forms.items()}
    for row in csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))):
        kinds = _kinds(row.get("pos") or "")
        words = {
            v.strip()
            for k, v in row.items()
            if k and v and k not in SKIP and not k.startswith("genus") and " " not in v.strip()
        }
        words.add((row.get("lemma") or "").strip())
        for kind in kinds:
            forms[kind].update(w for w in words if w and "\n" not in w)
    return {k: pack(v) for k, v in forms.items()}


@functools.cache
def _sets() -> dict[str, WordSet]:
    """The packed tables as word sets."""
    return {k: WordSet(v) for k, v in _tables().items()}


def forget() -> None:
    """Drop the tables read so far (a test's own noun list)."""
    _tables.cache_clear()  # type: ignore[attr-defined]
    _sets.cache_clear()


def available() -> bool:
    """Whether the German noun list is installed."""
    return csv_path() is not None


def kinds_of(word: str) -> frozenset[str]:
    """What Wiktionary says a capitalised German word form is: 'noun' (common noun), 'place',
    'first name', 'surname', 'name'; empty when it does not list the form."""
    return frozenset(k for k, s in _sets().items() if word in s)
