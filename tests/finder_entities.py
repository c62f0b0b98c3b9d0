"""The names the finder of another language keeps in a text, for the language tests."""

from __future__ import annotations

import pytest

from newsfacts.cache import WordSet, pack
from newsfacts.facts import companies
from newsfacts.facts.names import foreign
from newsfacts.facts.names.model import Text
from newsfacts.words import words_of


def entities_in(text: str, code: str) -> dict[str, str | None]:
    """The names the language's finder keeps in one text read as one item: name -> kind."""
    words = words_of(code)
    assert words is not None
    found, _ = foreign.find_entities([Text(text, 0)], words)
    return {e.name: e.label for e in found}


def entities_by_sentence(text: str, code: str) -> dict[str, str | None]:
    """The names the language's finder keeps in a text cut at each full stop into its
    sentences: name -> kind."""
    words = words_of(code)
    assert words is not None
    items = [Text(s.strip() + ".", n) for n, s in enumerate(text.split(".")) if s.strip()]
    found, _ = foreign.find_entities(items, words)
    return {e.name: e.label for e in found}


def use_lexicon(monkeypatch: pytest.MonkeyPatch, names: tuple[str, ...]) -> None:
    """The finder reads these listed companies in place of the package's."""
    table = WordSet(pack(names))
    monkeypatch.setattr(companies, "listed_companies", lambda: table)
