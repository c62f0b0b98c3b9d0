"""German's noun list (newsfacts/nouns.py): names told from common nouns on a small noun table
of our own in the package's CSV layout, and no effect at all when the package is missing."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from newsfacts import nouns
from newsfacts.facts import evidence
from newsfacts.facts.names.model import LOC, PER
from newsfacts.words import words_of

# Our own rows, in the layout of german-nouns' nouns.csv (lemma, pos, genus, forms...).
TABLE = """\
lemma,pos,genus,nominativ singular,nominativ plural,genitiv singular
Haus,Substantiv,n,Haus,Häuser,Hauses
Hahn,Substantiv,m,Hahn,Hähne,Hahns
Hahn,"Nachname,Substantiv",,Hahn,,
Quellenstadt,"Substantiv,Toponym",n,Quellenstadt,,
Brunnfeld,"Substantiv,Toponym",n,Brunnfeld,,
Wendeborn,"Nachname,Substantiv",,Wendeborn,,
Ottilie,"Substantiv,Vorname",f,Ottilie,,
Mio,"Substantiv,Vorname",m,Mio,,
"""


@pytest.fixture
def table(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A small noun list in place of the package's, with the disk cache off."""
    path = tmp_path / "nouns.csv"
    path.write_text(TABLE, encoding="utf-8")
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", "")
    monkeypatch.setattr(nouns, "csv_path", lambda: path)
    nouns.forget()
    yield path
    nouns.forget()


def test_kinds_split_common_nouns_from_names(table: Path) -> None:
    assert nouns.kinds_of("Häuser") == {nouns.NOUN}
    assert nouns.kinds_of("Hahn") == {nouns.NOUN, "surname"}
    assert nouns.kinds_of("Quellenstadt") == {"place"}
    assert nouns.kinds_of("Ottilie") == {"first name"}
    assert nouns.kinds_of("Unbekannt") == frozenset()


def test_listed_kind_needs_a_name_that_is_no_noun(table: Path) -> None:
    de = words_of("de")
    assert evidence.listed_kind("Quellenstadt", de) == "place"
    assert evidence.listed_kind("Wendeborns", de) == "surname"  # the genitive
    assert evidence.listed_kind("Hahn", de) is None  # a noun too
    assert evidence.listed_kind("Mio", de) is None  # 'Mio.': a scale word first
    assert evidence.listed_kind("Quellenstadt", words_of("es")) is None  # German only


def test_listed_names_get_their_kind_inside_a_sentence(table: Path) -> None:
    de = words_of("de")
    assert evidence.label_of("Quellenstadt", "nach", None, False, de)[0] == LOC
    assert evidence.label_of("Brunnfeld", "mit", None, False, de) == (LOC, "listed place")
    assert evidence.label_of("Wendeborn", "mit", None, False, de) == (PER, "listed person")
    assert evidence.label_of("Haus", "mit", None, False, de)[0] is None


def test_no_package_no_names_from_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSFACTS_CACHE_DIR", "")
    monkeypatch.setattr(nouns, "csv_path", lambda: None)
    nouns.forget()
    try:
        assert not nouns.available()
        assert nouns.kinds_of("Berlin") == frozenset()
        assert evidence.listed_kind("Berlin", words_of("de")) is None
    finally:
        nouns.forget()
