"""German sports clubs and teams as organisations: a club's form word with its year and town,
a team's one word in a match's frame ('gegen Lindau', 'Quarzbach (20 Punkte)').
Every sentence and club here is our own, written for these tests.
"""

from __future__ import annotations

from conftest import name_spans as spans

from newsfacts.model import Options
from newsfacts.pipeline import analyze


def test_a_club_form_a_year_and_a_town_make_one_club() -> None:
    """'bei der SG 04 Birkfeld': the form, the founding year and the town are one club."""
    found = spans("Der Stürmer begann das Fußballspielen bei der SG 04 Birkfeld.", "de")
    assert ("SG 04 Birkfeld", "organization", "organisation word") in found
    assert not [t for t, _, _ in found if t in ("SG 04", "Birkfeld")]


def test_a_club_keeps_its_town_written_on_with_a_slash() -> None:
    """'mit dem TSV Grünau/Wetter': the club with its town's river, no place 'Wetter'."""
    found = spans("Die Jugend kooperiert mit dem TSV Grünau/Wetter seit dem Frühjahr.", "de")
    assert ("TSV Grünau/Wetter", "organization", "organisation word") in found


def test_a_club_form_before_two_words_of_a_name() -> None:
    """'vom ESV Lok Kranichstein': the form word opens a name of two words."""
    found = spans("Das neue Logo vom ESV Lok Kranichstein hängt im Vereinsheim.", "de")
    assert ("ESV Lok Kranichstein", "organization", "organisation word") in found


def test_a_form_word_alone_in_brackets_opens_no_club() -> None:
    """'der Staffel (SG) an': no capitalised word after the short word, no club of it."""
    found = spans("Die Piloten gehörten der Staffel (SG) an, sagte er.", "de")
    assert not [t for t, _, _ in found if t.startswith("SG ")]


def test_a_club_ends_before_a_role_and_a_person() -> None:
    """'Beim TSV Hollfeld Trainer Jonas Brennwald': the club, then the coach, two names."""
    text = "Beim TSV Hollfeld Trainer Jonas Brennwald gab es keinen Streit."
    found = spans(text, "de")
    assert ("TSV Hollfeld", "organization", "organisation word") in found
    assert any(t == "Jonas Brennwald" and kind == "person" for t, kind, _ in found)
    found = spans("Der SV Kellmünz Kapitän Tobias Ortlieb fehlt verletzt.", "de")
    assert any(t == "SV Kellmünz" for t, _, _ in found)
    assert any(t == "Tobias Ortlieb" and kind == "person" for t, kind, _ in found)


def test_a_rank_and_a_region_code_in_a_results_table_are_no_part_of_a_club() -> None:
    """'3. DJK Tannweiler-SG Moorbach BW 50,11': rank 3, the club, the region's code."""
    found = spans("Staffel:\n3. DJK Tannweiler-SG Moorbach BW 50,11 sec.\n", "de")
    assert ("DJK Tannweiler-SG Moorbach", "organization", "organisation word") in found
    assert not [t for t, _, _ in found if t.startswith("3.") or t.endswith(" BW")]


def name_facts(text: str) -> set[tuple[str, str]]:
    """The (kind, text) of the people, organisations and places of a German text."""
    report = analyze("-", Options(language="de", all_facts=True), text.encode())
    return {(f.kind, f.text) for f in report.facts if f.kind in ("person", "organization", "place")}


def test_a_town_after_against_in_a_match_is_its_team() -> None:
    """'im Gruppenspiel gegen Lindau': the town's team, an organisation."""
    assert ("organization", "Lindau") in name_facts("Im Gruppenspiel gegen Lindau fehlte er.")


def test_a_word_after_against_in_a_hyphened_match_is_a_team() -> None:
    """'das Pokal-Spiel gegen Feldbach': the compound's last part makes the match."""
    facts = name_facts("Ob alle für das Pokal-Spiel gegen Feldbach fit werden, ist offen.")
    assert ("organization", "Feldbach") in facts


def test_a_word_before_table_points_is_a_team() -> None:
    """'Quarzbach (20 Punkte)': a table's points after the name."""
    assert ("organization", "Quarzbach") in name_facts("Vorne liegt Quarzbach (20 Punkte) klar.")


def test_against_outside_a_match_keeps_the_town() -> None:
    """'Um 19:45 Uhr ... gegen Kassel': a time of day is no score, the town stays a place."""
    facts = name_facts("Um 19:45 Uhr demonstrierten sie gegen Kassel.")
    assert ("place", "Kassel") in facts
    assert ("organization", "Kassel") not in facts


def test_a_country_and_a_named_person_stay_in_a_match() -> None:
    """'das Länderspiel gegen Brasilien': the land; 'gegen Brenner' after 'Tom Brenner': him."""
    assert ("place", "Brasilien") in name_facts("Das Länderspiel gegen Brasilien endete 1:0.")
    facts = name_facts("Tom Brenner traf zweimal. Im Spiel gegen Brenner half nichts.")
    assert ("organization", "Brenner") not in facts


def test_an_austrian_club_form_opens_a_club() -> None:
    """'beim SK Sturm Lindenau': the sport club's short word before its two-word name."""
    facts = name_facts("Wie intensiv die Transferzeit beim SK Sturm Lindenau ist, zeigt ein Blick.")
    assert ("organization", "SK Sturm Lindenau") in facts
