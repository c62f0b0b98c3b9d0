"""German names of a person's or a place's shape that a noun for a firm describes, right before
the name or before the list it ends (names/firm_nouns.py). Every sentence here is our own,
written for these tests.
"""

from __future__ import annotations

from finder_entities import entities_in


def test_a_surname_after_a_noun_for_a_maker_is_the_maker() -> None:
    """'mit dem Hersteller Kowalczyk': a firm, though 'Kowalczyk' is a surname."""
    found = entities_in("Die Stadt einigte sich mit dem Hersteller Kowalczyk auf Preise.", "de")
    assert found.get("Kowalczyk") == "organization"


def test_a_surname_in_a_list_after_a_noun_for_firms_is_a_firm() -> None:
    """'den Zulieferern Bosch und Kowalczyk': every name of the list the noun opens."""
    found = entities_in(
        "Die Stadt einigte sich mit den Zulieferern Bosch und Kowalczyk auf einen Preis.", "de"
    )
    assert found.get("Kowalczyk") == "organization"


def test_a_trader_before_a_surname_leaves_a_person() -> None:
    """'der Händler Kowalczyk': a trader is a person as often as a firm: the surname stays."""
    found = entities_in("Gestern verkaufte der Händler Kowalczyk das Bild.", "de")
    assert found.get("Kowalczyk") == "person"


def test_nouns_after_a_firm_noun_stay_no_names() -> None:
    """'das Unternehmen Piloten, Mechaniker und Techniker': what the firm employs, no firms."""
    found = entities_in(
        "Dort wird das Unternehmen Piloten, Mechaniker und Techniker beschäftigen.", "de"
    )
    assert "Mechaniker" not in found and "Techniker" not in found
