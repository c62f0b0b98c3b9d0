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


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        ("de", "Die Zahl der Schulen wuchs um 14, meldete die Behörde.", 14),
        ("fr", "Le nombre de blessés est passé à 14, selon la mairie.", 14),
        ("nl", "Het gaat om 14, zei de woordvoerder van de gemeente.", 14),
        ("de", "Der Zug fuhr um 14 Uhr mit 30 Gästen ab.", 30),
        ("fr", "Le train est parti à 14 heures avec 30 voyageurs.", 30),
        ("nl", "De trein vertrok om 14 uur met 30 reizigers.", 30),
    ],
)
def test_a_word_for_by_or_to_before_a_number_needs_an_hour_word(
    code: str, text: str, count: int
) -> None:
    """'um 14,' (by 14), 'à 14,' (to 14), 'om 14,' (about 14): a count; the hour needs its word."""
    numbers = [f.value for f in facts_of(code, text) if f.kind == "number"]
    assert numbers == [count]


@pytest.mark.parametrize(
    ("code", "text", "person", "role"),
    [
        ("fr", "« Le site restera ouvert », a déclaré jeudi au Parisien son directeur général, "
         "Marc Dubois.", "Marc Dubois", "directeur général"),
        ("pt", "«A obra acaba em março», disse aos jornalistas o presidente da câmara, "
         "Rui Lopes.", "Rui Lopes", "presidente da câmara"),
        ("pt", "«Vamos recorrer», disse às rádios a ministra da Justiça, Inês Costa.",
         "Inês Costa", "ministra da Justiça"),
    ],
)  # fmt: skip
def test_a_role_after_the_plural_or_masculine_to_whom(
    code: str, text: str, person: str, role: str
) -> None:
    """'au Parisien', 'aos jornalistas', 'às rádios' between the verb and the role."""
    people = {f.text: f.role for f in facts_of(code, text) if f.kind == "person"}
    assert people.get(person) == role
