"""German organisations named by a noun of the language, each on the evidence of its frame:
parties by their nouns ('die Grünen', 'die Union'), papers by their titles ('des
„Morgenblatts“'), federal bodies by one compound ('Küstenbundesamt'). Every sentence here is our
own, written for these tests.
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


def test_a_quoted_compound_ending_in_a_papers_word() -> None:
    """'des „Morgenblatts“': a paper, in its genitive."""
    found = entities_in("Nach Angaben des „Morgenblatts“ steigen die Mieten weiter.", "de")
    assert found.get("Morgenblatts") == "organization"


def test_a_quoted_title_told_by_a_verb_of_saying() -> None:
    """'sagte … der „Neuen Stimme“': the paper he told it."""
    text = "Das sagte der Bürgermeister Lukas Feldner der „Neuen Stimme“ am Telefon."
    assert entities_in(text, "de").get("Neuen Stimme") == "organization"


def test_a_quoted_title_before_a_papers_word() -> None:
    """'die „Kompass“-Zeitung': the paper's title."""
    found = entities_in("Die „Kompass“-Zeitung druckte das Foto des Trainers.", "de")
    assert found.get("Kompass") == "organization"


def test_a_title_with_its_article_after_a_papers_word() -> None:
    """'der Wochenzeitung Die Brücke': the title, its article and all, without the noun."""
    found = entities_in("In der Wochenzeitung Die Brücke schrieb Holm über den Streit.", "de")
    assert found.get("Die Brücke") == "organization"
    assert "Wochenzeitung Die Brücke" not in found


def test_a_mirror_is_no_paper() -> None:
    """'in den Spiegel': no frame of the press."""
    found = entities_in("Nach dem Training sah Marta Kolbe lange in den Spiegel.", "de")
    assert found.get("Spiegel") != "organization"


def test_a_federal_prefix_inside_a_compound_names_a_body() -> None:
    """'das Küstenbundesamt': one federal body, the prefix inside the word."""
    found = entities_in("Am Morgen warnte das Küstenbundesamt vor einer Sturmflut.", "de")
    assert found.get("Küstenbundesamt") == "organization"


def test_a_federal_service_in_one_compound() -> None:
    """'der Bundeswetterdienst': a federal body's word ending in 'dienst'."""
    found = entities_in("Für Montag meldete der Bundeswetterdienst strengen Frost.", "de")
    assert found.get("Bundeswetterdienst") == "organization"
