"""An English listed company named for its founder ('a first name and a surname') is the firm
where nothing tells a person: the listing explains the name's shape, so the name lexicons do not
vote on it (names/english_listed.py). Every sentence is our own, written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from newsfacts.cache import WordSet, pack
from newsfacts.facts import companies
from newsfacts.facts.names import find
from newsfacts.facts.names.model import Text

LEXICON = ("John Deere", "Charles Schwab", "Nokia")


@pytest.fixture(autouse=True)
def listed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The finder reads our lexicon in place of the package's."""
    table = WordSet(pack(LEXICON))
    monkeypatch.setattr(companies, "listed_companies", lambda: table)
    yield


def _kinds(text: str) -> dict[str, str | None]:
    found = find.find_entities([Text(text, 0)], sports=False)
    return {e.name: e.label for e in found}


def test_a_listed_founder_named_firm_is_the_firm() -> None:
    found = _kinds(
        "Shares of John Deere rose 4 percent on Wednesday after the tractor maker raised its "
        "outlook. Investors also bought Charles Schwab on Thursday. John Deere said orders "
        "from farmers in Brazil were strong."
    )
    assert found.get("John Deere") == "organization"
    assert found.get("Charles Schwab") == "organization"


def test_a_listed_founder_named_person_told_by_an_age_stays_a_person() -> None:
    found = _kinds("John Deere, 52, a grain farmer from Kansas, said the harvest was late.")
    assert found.get("John Deere") == "person"
