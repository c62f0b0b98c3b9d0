"""The trust benchmark's matching rules (benchmarks/trust.py), on invented mentions."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import trust


def mention(text: str, ent_type: str, instance: str | None = None) -> dict:
    """A MEANTIME-shaped name mention."""
    return {"text": text, "ent_type": ent_type, "head": None, "instance_name": instance}


def test_a_place_with_its_region_gives_both_places() -> None:
    forms = trust.name_forms(mention("Marlow City, Norland", "LOC"))
    assert {"Marlow City", "Norland"} <= forms


def test_a_states_government_counts_as_a_place_and_an_organisation() -> None:
    assert trust.kinds_of(mention("the Norland Government", "LOC")) == ("place", "organization")
    assert trust.kinds_of(mention("Norland", "LOC")) == ("place",)


def test_our_names_match_without_a_leading_the_or_a_final_dot() -> None:
    forms = trust.fact_forms("The Daily Lamp", ["Orvane Bros."])
    assert "Daily Lamp" in forms
    assert "Orvane Bros" in forms
    assert trust.undotted("Orvane Bros .") == "Orvane Bros"


def test_a_name_inside_an_annotated_mention_was_judged() -> None:
    assert trust.inside("Norland", ["the Norland airline Skyway"])
    assert not trust.inside("Nor", ["the Norland airline Skyway"])


def test_a_wrong_shown_name_is_dumped_with_the_gold_kinds_of_its_forms() -> None:
    gold = {("place", "Norland"): "LOC/1", ("organization", "Skyway"): "ORG/2"}
    row = trust.wrong_row("MEANTIME", 1, "42", "person", frozenset({"Norland"}), gold, False)
    assert row.split("\t") == ["MEANTIME", "1", "42", "person", "Norland", "place", "judged"]
