"""German names of a person's or a place's shape that a noun for a firm describes: before the
name, before the list it ends, or in an apposition after it (names/firm_nouns.py). Every
sentence here is our own, written for these tests.
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


def test_an_apposition_with_a_noun_for_a_firm_makes_a_firm() -> None:
    """'Kowalczyk, der größte Möbelhersteller Tirols,': the apposition says a firm."""
    found = entities_in(
        "Kowalczyk, der größte Möbelhersteller Tirols, meldete am Montag einen Rekord.", "de"
    )
    assert found.get("Kowalczyk") == "organization"


def test_two_words_of_capitals_before_a_firm_apposition_are_a_firm() -> None:
    """'Orvano Teknik, der drittgrößte Software-Dienstleister': no person."""
    found = entities_in(
        "Orvano Teknik, der drittgrößte Software-Dienstleister Polens, wächst weiter.", "de"
    )
    assert found.get("Orvano Teknik") == "organization"


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
