"""German sports clubs and teams as organisations: a club's form word with its year and town.
Every sentence and club here is our own, written for these tests.
"""

from __future__ import annotations

from conftest import name_spans as spans


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
