"""Dutch: a lone unknown word told once is a name only where a noun of a kind stands before it
or a list holds it beside a name of a kind."""

from __future__ import annotations

from finder_entities import entities_in


def entities(text: str) -> dict[str, str | None]:
    """The names the finder keeps in the text: name -> kind."""
    return entities_in(text, "nl")


def test_a_family_word_before_a_lone_word_makes_a_person() -> None:
    """'zijn broer Tarmo', 'haar kleinzoon Kasimo': told once, still a person."""
    found = entities("Zijn broer Tarmo werkt nu in de haven, haar kleinzoon Kasimo studeert nog.")
    assert found.get("Tarmo") == "person"
    assert found.get("Kasimo") == "person"


def test_a_place_noun_before_a_lone_word_makes_a_place() -> None:
    """'in de deelgemeente Rulst': a place."""
    found = entities("Het feest vindt plaats in de deelgemeente Rulst op zaterdag.")
    assert found.get("Rulst") == "place"


def test_a_lone_word_after_a_verb_told_once_is_no_name() -> None:
    """'Gisteren verloor Kerbelt ...': once, with no noun of a kind before it, no name ('Korvel'
    would be a place: a district of Tilburg, names/once_told.py)."""
    found = entities("Gisteren verloor Kerbelt veel geld op de beurs.")
    assert "Kerbelt" not in found


def test_a_specialist_before_a_lone_word_is_a_firm() -> None:
    """'netwerkspecialist Korvanta': a firm by its trade."""
    found = entities("De koers van netwerkspecialist Korvanta steeg gisteren met drie procent.")
    assert found.get("Korvanta") == "organization"
