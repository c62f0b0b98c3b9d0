"""Codes a text counts like things ("two GPUs", "16 GB of"): never names (own short texts)."""

from __future__ import annotations

from newsfacts.facts.names.find import counted_codes
from newsfacts.facts.names.model import Text


def _body(*texts: str) -> list[Text]:
    return [Text(text=t, kind="body", cite=i) for i, t in enumerate(texts)]


def test_counted_codes_found_and_plain_sentences_skipped() -> None:
    items = _body(
        "The lab bought two GPUs last week.",
        "Each board has 16 GB of memory.",
        "nothing here is written in capitals at all.",
        "An EU summit met in the 1996 NBA season.",
    )
    assert counted_codes(items) == frozenset({"GPU", "GB"})
