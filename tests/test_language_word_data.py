"""Word lists that stage modules once kept for all languages at once now stand in each
language's words/<code>: a speaker's pronoun ('sagte er'), the links after which a name is an
object ('mit Kurz'), before whom one spoke ('à l'AFP'), the words joining a range's days ('bis',
'au', 'tot'), the hour's word ('Uhr', 'heures', 'uur'). Each language's list does its job.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.facts.calendars import find_dates
from newsfacts.facts.figures import find_figures
from newsfacts.facts.source import titled_place
from newsfacts.facts.speech import find_quotes, speaker_patterns
from newsfacts.model import Sentence
from newsfacts.words import LANGUAGES, words_of

MOVED = ("SPEECH_PRONOUNS", "SPEECH_GLUED", "OBJECT_LINKS", "TO_WHOM", "RANGE_TO")
MOVED += ("RANGE_ARTICLES", "HOUR_WORDS")


@pytest.mark.parametrize("code", LANGUAGES)
def test_every_language_keeps_each_list(code: str) -> None:
    """Each language's data names every one of the lists (empty where it has none)."""
    words = words_of(code)
    assert words is not None
    missing = [name for name in MOVED if not hasattr(words, name)]
    assert missing == []
    assert words.SPEECH_PRONOUNS and words.HOUR_WORDS and words.RANGE_TO


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("„Das Dach hält“, sagte er.", "de"),
        ("„Het dak houdt”, zei hij.", "nl"),
        ("«El techo aguanta», dijo él.", "es"),
        ("« Le toit tient », estime-t-il.", "fr"),
    ],
)
def test_a_pronoun_after_the_verb_of_saying_stands_for_the_last_named(text: str, code: str) -> None:
    """'sagte er', 'zei hij', 'dijo él', 'estime-t-il': the pronoun, to be resolved later."""
    sentences = [Sentence(0, text, 0, 0, len(text))]
    assert find_quotes(text, sentences, code)[0].speaker == "he"


def test_another_languages_pronoun_is_no_pronoun_here() -> None:
    """German's pattern reads 'er' and 'sie' after its verbs, not Dutch's 'hij'."""
    after, _ = speaker_patterns("de")
    assert after.match(", sagte er.")
    assert after.match(", sagte hij.") is None


@pytest.mark.parametrize(
    ("text", "code", "first", "value"),
    [
        ("Die Messe läuft vom 8. April bis 15. Mai 2027.", "de", "8. April", "2027-04-08"),
        ("Le salon se tient du 8 avril au 15 mai 2027.", "fr", "8 avril", "2027-04-08"),
        ("De beurs loopt van 8 april tot 15 mei 2027.", "nl", "8 april", "2027-04-08"),
        ("La feria va del 8 de abril al 15 de mayo de 2027.", "es", "8 de abril", "2027-04-08"),
    ],
)
def test_a_ranges_first_day_takes_the_year_of_its_last(
    text: str, code: str, first: str, value: str
) -> None:
    """The range's words ('bis', 'au', 'tot', 'al') join its days: the first takes the year."""
    hits = {h.text: h.value for h in find_dates(text, dt.date(2026, 12, 1), code)}
    assert hits[first] == value


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Der Zug fährt um 10 Uhr ab.", "de"),
        ("Le train part à 10 heures.", "fr"),
        ("De trein vertrekt om 10 uur.", "nl"),
    ],
)
def test_a_number_before_its_hours_word_is_a_time_of_day(text: str, code: str) -> None:
    """'um 10 Uhr', 'à 10 heures', 'om 10 uur': a time of day, no figure."""
    assert [h.text for h in find_figures(text, [], code)] == []
    counted = text.replace("Uhr", "Wagen").replace("heures", "wagons").replace("uur", "wagons")
    assert [h.text for h in find_figures(counted, [], code)] != []  # a count stays a figure


def test_a_place_in_capitals_keeps_its_small_words_small() -> None:
    """'RIO DE JANEIRO' -> 'Rio de Janeiro'; 'ISLE OF WIGHT' -> 'Isle of Wight'."""
    assert titled_place("RIO DE JANEIRO") == "Rio de Janeiro"
    assert titled_place("ISLE OF WIGHT") == "Isle of Wight"
