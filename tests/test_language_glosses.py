"""A name an acronym in brackets spells out is one body's name, its everyday words and all."""

from __future__ import annotations

from newsfacts.facts.names import foreign
from newsfacts.facts.names.model import Text
from newsfacts.words import words_of


def entities(text: str, code: str) -> dict[str, tuple[str | None, str]]:
    """The names the finder keeps in one text: name -> (kind, the evidence it rests on)."""
    words = words_of(code)
    assert words is not None
    found, reasons = foreign.find_entities([Text(text, 0)], words)
    return {e.name: (e.label, reasons[e.name]) for e in found}


def test_a_dutch_body_spelt_out_before_its_acronym() -> None:
    """'het Landelijk Meldpunt voor Waterschade (LMW)': everyday words, one body's name."""
    found = entities(
        "Volgens het Landelijk Meldpunt voor Waterschade (LMW) liep de kelder gisteren onder.",
        "nl",
    )
    assert found["Landelijk Meldpunt voor Waterschade"][0] == "organization"


def test_a_compound_word_spells_several_letters() -> None:
    """'het Openbaar Verkeerskenniscentrum (OVKC)': the compound holds 'V', 'K' and 'C'."""
    found = entities("Gisteren meldde het Openbaar Verkeerskenniscentrum (OVKC) een daling.", "nl")
    assert found["Openbaar Verkeerskenniscentrum"][0] == "organization"
    assert "OVKC" not in found  # the same body, under its full name


def test_a_spanish_body_with_its_small_words() -> None:
    """'la Oficina de Atención al Vecino (OAV)': the whole name, 'de' and 'al' inside."""
    found = entities(
        "Lo anunció ayer la Oficina de Atención al Vecino (OAV) en un comunicado.", "es"
    )
    assert found["Oficina de Atención al Vecino"][0] == "organization"


def test_a_person_before_a_party_acronym_stays_a_person() -> None:
    """'Marta Ibáñez (PSOE)': the acronym is her party's and spells no part of her name."""
    found = entities("Lo dijo ayer la diputada Marta Ibáñez (PSOE) en el pleno.", "es")
    assert found["Marta Ibáñez"][0] == "person"
    assert "PSOE" in found


def test_an_acronym_that_spells_no_name_changes_nothing() -> None:
    """'het Groot Overleg (XYZ)': the letters do not spell the words, no body of them."""
    found = entities("Gisteren kwam het Groot Overleg (XYZ) samen in Gent.", "nl")
    assert all(reason != "glossed" for _, reason in found.values())
    assert "XYZ" in found


def test_an_acronym_with_small_letters_spells_small_words_of_the_name() -> None:
    """'Verband kleiner Brauereien (VkB)': the small 'k' spells 'kleiner', one body."""
    words = words_of("de")
    assert words is not None
    text = "Der Verband kleiner Brauereien (VkB) warnt vor neuen Steuern. Die VkB fordert mehr."
    found, _ = foreign.find_entities([Text(text, 0)], words)
    by_name = {e.name: e for e in found}
    assert by_name["Verband kleiner Brauereien"].label == "organization"
    assert "VkB" in by_name["Verband kleiner Brauereien"].forms
