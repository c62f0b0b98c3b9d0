"""Names inside the quoted title of a work in a German text are the work's words. Every
sentence here is our own, written for these tests.
"""

from __future__ import annotations

from finder_entities import entities_in


def test_names_inside_a_painting_s_title_are_no_names() -> None:
    """'das Gemälde „Abschied von Orpheus und Merlin“': figures of the painting."""
    text = "Er malte 1820 das Gemälde „Abschied von Orpheus und Merlin“ für den Grafen."
    found = entities_in(text, "de")
    assert "Orpheus" not in found
    assert "Merlin" not in found


def test_a_country_inside_a_motto_is_no_place_of_the_story() -> None:
    """'unter dem Motto „Wir lieben Portugal“': the motto's word."""
    text = "Das Fest stand unter dem Motto „Wir lieben Portugal, auch im Regen“."
    assert "Portugal" not in entities_in(text, "de")


def test_names_inside_a_quote_of_speech_stay_names() -> None:
    """What someone says names real places: 'sagte er: „In Portugal …“'."""
    text = "Der Minister sagte: „In Portugal wird morgen gewählt.“"
    assert entities_in(text, "de").get("Portugal") == "place"


def test_a_quote_after_a_colon_after_a_medium_and_a_speech_verb_is_speech() -> None:
    """'sagte der Zeitung Bild: „…“', 'lobte das Werk: „… erreicht.“': what someone said (a
    sentence inside the marks, or a speech verb before), names of the story."""
    text = (
        "Die Ministerin sagte in der Sendung: „Ich habe mit Henrik Olsberg in Kassel gesprochen.“"
    )
    found = entities_in(text, "de")
    assert found.get("Henrik Olsberg") == "person"
    assert found.get("Kassel") == "place"
    text = "Der Bürgermeister lobte das Werk: „Henrik Olsberg hat in Kassel viel erreicht.“"
    assert entities_in(text, "de").get("Kassel") == "place"


def test_a_word_ending_in_a_work_s_noun_that_is_no_compound_of_it_opens_no_title() -> None:
    """'Gründungsmitglied „Henrik Olsberg“': 'Mitglied' ends in 'lied' but 'mitg' is no word,
    so no song's title: the name inside is read; 'der Kinofilm „…“' stays a title."""
    found = entities_in("Geehrt wurde das Gründungsmitglied „Henrik Olsberg“ aus Kassel.", "de")
    assert "Henrik Olsberg" in found
    found = entities_in("Der neue Kinofilm „Ein Sommer in Portugal“ läuft ab heute.", "de")
    assert "Portugal" not in found
