"""Number facts carry a confidence: the table shows the strong ones, --all-facts the rest, marked.

Every text here is written for these tests.
"""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from newsfacts import analyze
from newsfacts.facts import numbers
from newsfacts.facts.numbers_confidence import evidence, name_numbers, score, score_plain
from newsfacts.model import SHOW_AT, Options
from newsfacts.render import View, format_plain, shown_facts, to_json


def confidence_of(sentence: str, text: str, named: frozenset[str] = frozenset()) -> float:
    """The confidence of the figure written `text` in a sentence."""
    hits = [h for h in numbers.find_numbers(sentence, []) if h.text == text]
    assert hits, f"no figure {text!r} in {sentence!r}"
    return score(hits[0], sentence, named)


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The ferry company will hire 85 new deckhands before the summer.", "85"),
        ("About 4,300 nurses walked out on Tuesday.", "4,300"),
        ("The bridge will cost $48 million to repair.", "$48 million"),
        ("Bus fares rise by 7.5% in March.", "7.5%"),
        ("The motion passed by a vote of 9 to 4.", "9 to 4"),
        ("Nearly two-thirds of the villagers signed the letter.", "two-thirds"),
        ("The strike will last 72 hours.", "72"),
        ("Hundreds of thousands of people lined the streets.", "Hundreds of thousands"),
    ],
)
def test_real_quantities_are_shown(sentence: str, text: str) -> None:
    assert confidence_of(sentence, text) >= SHOW_AT


@pytest.mark.parametrize(
    ("sentence", "text"),
    [
        ("The airline ordered more Skyliner 470 jets last year.", "470"),  # a model
        ("Shares on the Harbour 250 index fell sharply.", "250"),  # an index
        ("The firm filed for Chapter 11 protection on Friday.", "11"),
        ("Customers must update to version 8.2 of the app.", "8.2"),
        ("The shop at 14 Quarry Lane closed in the spring.", "14"),  # an address
        ("The mayor left office two years ago.", "two"),  # a time span told as a date
        ("Prices hit a 15-year low on the exchange.", "15-year"),
        ("The council meets at 7 in the evening.", "7"),  # a time of day
        ("Click to see all 40 photos of the parade.", "40"),  # page furniture
        ("Tarvik Hawks 14 11 6 15 — 46", "15"),  # a table's line: its columns are lost
    ],
)
def test_junk_numbers_are_not_shown(sentence: str, text: str) -> None:
    assert confidence_of(sentence, text) < SHOW_AT


def test_digits_written_after_a_name_elsewhere_mark_the_number() -> None:
    named = name_numbers(["Skyliner 470s enter service", "The carrier flies the Skyliner 470."])
    assert "470" in named
    sentence = "It bought twelve new 470 aircraft."
    assert confidence_of(sentence, "470", named) < SHOW_AT
    assert confidence_of(sentence, "470") >= SHOW_AT  # without the article's word, a count


def test_a_possessive_before_a_count_is_no_name() -> None:
    sentence = "The ferry line's 230 boats carry most of the freight."
    assert "names a thing" not in evidence(numbers.find_numbers(sentence, [])[0], sentence)
    assert name_numbers(["Northwind's 230 boats sail daily."]) == frozenset()


def test_a_score_after_a_name_is_still_a_score() -> None:
    sentence = "Ortega beat Lindqvist 6-3, 7-5 in the final."
    assert confidence_of(sentence, "6-3, 7-5") >= SHOW_AT


def test_other_languages_score_by_their_signs() -> None:
    """Money beats a count; a count of something ('240 Besucher') is shown, a bare figure is
    not (another language has no other cue to tell a count from a code or a score)."""
    money = numbers.NumberHit("money", "3,5 Millionen Euro", 0, 18, 3.5e6, "EUR", None)
    counted = numbers.NumberHit("number", "240", 0, 3, 240.0, "Besucher", None)
    bare = numbers.NumberHit("number", "240", 0, 3, 240.0, None, None)
    assert score_plain(money) > score_plain(counted) >= SHOW_AT > score_plain(bare)


STORY = (
    "Port Calder council approves ferry plan\n\n"
    "The Port Calder council on Monday approved a $22 million plan for the ferry service. "
    "The plan adds 14 new crew members and a second boat. "
    "Crews will use the Marlin 300 engine, the council said. "
    "The first crossing is planned for the spring.\n"
)


def test_json_carries_a_confidence_on_every_number_fact() -> None:
    report = analyze("-", Options(), STORY.encode())
    data = json.loads(to_json(report))
    figures = [f for f in data["facts"] if f["kind"] in ("number", "money", "percent")]
    assert figures, "the story's figures are found"
    assert all(0.0 <= f["confidence"] <= 1.0 for f in figures)
    assert data["schema"] == 1


def test_the_table_hides_a_weak_number_and_all_facts_marks_it() -> None:
    report = analyze("-", Options(), STORY.encode())
    shown = {f.text for f in shown_facts(report, all_facts=False)}
    assert {"$22 million", "14"} <= shown
    assert "300" not in shown  # the engine's model number
    assert any(f.text == "300" for f in report.facts)  # still in the JSON
    plain = format_plain(report, View(format="text"), markdown=False)
    assert "300" not in plain.split("Key facts:")[1]
    everything = format_plain(report, View(format="text", all_facts=True), markdown=False)
    row = next(line for line in everything.splitlines() if "number: 300" in line)
    assert "[unsure: confidence" in row


def test_a_figure_is_as_sure_as_its_weakest_mention() -> None:
    text = (
        "Ferry service resumes\n\n"
        "The ferry resumed service on Monday after a long winter break. "
        "The harbour master said the number of crossings rose to 19 this week. "
        "From Monday the boat docks at Pier 19.\n"
    )
    report = analyze("-", Options(), text.encode())
    nineteen = [f for f in report.facts if f.text == "19"]
    assert len(nineteen) == 1 and nineteen[0].mentions == 2  # one figure, told twice
    assert (nineteen[0].confidence or 0.0) < SHOW_AT  # the pier's number: no count


def test_a_row_of_figures_weighs_in_another_language_too() -> None:
    hit = next(h for h in numbers.find_numbers("Kelvar 5040 5 1 17 27", []) if h.text == "17")
    hit = replace(hit, unit="Tore")  # even a figure counting something, in a row of figures
    assert score_plain(hit, "Kelvar 5040 5 1 17 27") < SHOW_AT <= score_plain(hit)
