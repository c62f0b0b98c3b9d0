"""Quotes must be clauses someone said; the event's who and where are never page words.
Original short texts."""

from __future__ import annotations

import pytest

from newsfacts.facts import quotes
from newsfacts.facts.event import page_word, who_of
from newsfacts.model import Article, Fact, Report
from newsfacts.render import shown_facts
from newsfacts.segment import segment


def quote_list(text: str) -> list[quotes.QuoteHit]:
    """Quotes of a text, segmented the pipeline's way."""
    doc = segment(Article(source="t", text=text))
    return quotes.find_quotes(text, doc.sentences)


def test_mixed_marks_pair_and_the_attribution_is_never_a_quote() -> None:
    found = quote_list(
        'He told the clerk, “the hall must close tonight," the council office said. '
        'Mara Lind runs the hall. "We will open again in spring," Lind said.'
    )
    assert [q.text for q in found] == [
        "the hall must close tonight",
        "We will open again in spring",
    ]
    assert not any("office said" in q.text for q in found)
    assert found[1].speaker == "Lind"


def test_a_reported_clause_inside_a_quote_stays_a_quote() -> None:
    (q,) = quote_list("“She said no. We waited all night,” Pia Holm said.")
    assert q.text == "She said no. We waited all night" and not q.scare


@pytest.mark.parametrize(
    "text",
    [
        "Critics called the scheme “a costly stunt.” The vote is on Monday.",
        "The band played “Lanterns Over The Harbour” at the close.",
        "Her memoir “Winter Roads and Quiet Rivers” came out in May.",
        "His essay “The Case for Night Trains,” argued for sleepers.",
        "She won “Dancing with the Gulls.” last spring.",
    ],
)
def test_short_phrases_and_titles_are_scare_quotes(text: str) -> None:
    (q,) = quote_list(text)
    assert q.scare


def test_a_clause_with_a_speaker_is_a_quote() -> None:
    (q,) = quote_list("“Rain Delays Are Normal Here In March,” Ola Berg said.")
    assert not q.scare and q.speaker == "Ola Berg"


def test_the_table_leaves_out_scare_quotes() -> None:
    scare = Fact("quote", "a costly stunt.", 0, quote_kind="scare quote")
    said = Fact("quote", "We will open again in spring", 1, quote_kind="quote")
    report = Report(input="t", ok=True, facts=(scare, said))
    assert shown_facts(report, all_facts=False) == [said]
    assert scare in shown_facts(report, all_facts=True)


@pytest.mark.parametrize(
    ("text", "page"),
    [
        ("What", True),
        ("See also", True),
        ("Review", True),
        ("Source", True),
        ("THREE", True),
        ("12", True),
        ("US", False),
        ("Two ferry pilots", False),
        ("Mara Lind", False),
        ("Police", False),
    ],
)
def test_page_words(text: str, page: bool) -> None:
    assert page_word(text) is page


def test_who_is_never_a_page_word() -> None:
    lind = Fact("person", "Mara Lind", 1)
    who = who_of(["Review", "Mara Lind reopened the hall on Monday."], [lind], [])
    assert who == "Mara Lind"


def test_a_short_lower_case_phrase_without_speaker_is_a_scare_quote() -> None:
    (q,) = quote_list("Fares are fixed but “subject to change without notice” on all lines.")
    assert q.scare


def test_a_long_lower_case_quote_with_a_speaker_is_a_quote() -> None:
    (q,) = quote_list("The plan “will not survive the first winter storm,” Ida Brun said.")
    assert not q.scare and q.speaker == "Ida Brun"


def test_that_said_names_no_speaker() -> None:
    (found,) = quote_list('That said, the board says the bridge "will reopen in the spring."')
    assert found.speaker is None or found.speaker.lower() != "that"
