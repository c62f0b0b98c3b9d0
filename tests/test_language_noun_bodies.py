"""German organisations named by a noun of the language, each on the evidence of its frame:
parties by their nouns ('die Grünen', 'die Union'). Every sentence here is our own, written for
these tests.
"""

from __future__ import annotations

from finder_entities import entities_in


def test_a_party_noun_after_a_word_only_parties_take() -> None:
    """'die Abgeordneten der Grünen': the party."""
    found = entities_in("Im Kreistag stimmten die Abgeordneten der Grünen gegen den Antrag.", "de")
    assert found.get("Grünen") == "organization"


def test_the_union_is_a_party_beside_a_party_acronym() -> None:
    """'die SPD mit der Union': the CDU/CSU."""
    found = entities_in("Nach der Wahl verhandelt die SPD mit der Union über den Etat.", "de")
    assert found.get("Union") == "organization"


def test_the_union_without_a_party_near_is_no_party() -> None:
    """'die Handelsminister der Union': no party's word in the sentence."""
    found = entities_in("In Brüssel trafen sich gestern die Handelsminister der Union.", "de")
    assert found.get("Union") != "organization"


def test_the_left_hand_is_no_party() -> None:
    """'mit der Linken': a boxer's hand."""
    found = entities_in("In der dritten Runde traf Kolbe den Gegner mit der Linken.", "de")
    assert found.get("Linken") != "organization"


def test_a_party_compound_is_a_party_alone() -> None:
    """'die Linkspartei': the party, nothing else near."""
    found = entities_in("Am Samstag wählte die Linkspartei in Gotha einen neuen Vorstand.", "de")
    assert found.get("Linkspartei") == "organization"


def test_a_semicolon_does_not_end_a_party_nouns_sentence() -> None:
    """'Die Grünen lehnten …; die Fraktion der Linken …': one sentence, the party's word in
    its second clause is the evidence for both nouns."""
    text = "Die Grünen lehnten den Entwurf ab; die Fraktion der Linken in Erfurt verlangte mehr."
    found = entities_in(text, "de")
    assert found.get("Grünen") == "organization"
    assert found.get("Linken") == "organization"
