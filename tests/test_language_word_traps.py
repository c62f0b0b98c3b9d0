"""Words of a language that look like a name, a place or an hour but are none: each rule
checked on short texts of our own."""

from __future__ import annotations

import pytest

from newsfacts.model import Fact, Options
from newsfacts.pipeline import analyze


def facts_of(code: str, text: str) -> list[Fact]:
    """Every fact of one text, told its language and its date."""
    opts = Options(all_facts=True, language=code, reference_date="2026-12-04")
    return list(analyze("-", opts, text.encode()).facts)


def places_of(code: str, text: str) -> list[str]:
    """The places found in a text."""
    return [f.text for f in facts_of(code, text) if f.kind == "place"]


@pytest.mark.parametrize(
    "text",
    [
        "A família Ferreira reuniu-se no Natal, como faz todos os anos.",
        "O clube de Braga foi eliminado ontem pelo Porto na taça.",
    ],
)
def test_a_feast_or_an_agent_after_a_fused_article_is_no_town(text: str) -> None:
    """'no Natal' is Christmas, 'pelo Porto' the club that won: neither is a town."""
    assert "Natal" not in places_of("pt", text)
    assert "Porto" not in places_of("pt", text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Gestern traf er Vertreter der Russischen Föderation in Wien.", "Russischen Föderation"),
        ("Die Wanderer verirrten sich am Sonntag im Bayerischen Wald.", "Bayerischen Wald"),
        ("Ein Frachter sank am Montag in der Deutschen Bucht.", "Deutschen Bucht"),
    ],
)
def test_a_place_adjective_before_a_geographic_noun_names_no_body(text: str, name: str) -> None:
    """'Bayerischen Wald', 'Deutschen Bucht': a landscape or a state, no organisation."""
    kinds = {f.text: f.kind for f in facts_of("de", text)}
    assert kinds.get(name) != "organization"
