"""Tests for the segment stage: sentence boundaries, spans, paragraphs (own example text)."""

from __future__ import annotations

from itertools import pairwise

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsfacts.model import Article
from newsfacts.segment import segment, split, split_spans

CASES = [
    # abbreviations and initials stay inside the sentence
    ("Talks in S. Korea ended on Sept. 4 without a deal.", 1),
    ("Mr. Park and Dr. Ahn met Gov. Lim at noon. They spoke for an hour.", 2),
    ("The U.S. Treasury sold bonds worth $2.5 billion. Yields rose.", 2),
    ("Ms. Ortiz moved to the U.S. in 2003. She opened a bakery.", 2),
    ("Imports come mostly from the U.K. The rest arrive by rail.", 2),
    ("The ferry leaves Pier No. 7 at 6 a.m. and returns by 9 p.m. on weekdays.", 1),
    ("Inflation eased to 3.5% in May. Wages grew 4.1%.", 2),
    ("The firm, Harlow & Sons Ltd. said profits fell.", 1),
    ("The report was written by Rosa M. Quint and two aides.", 1),
    ("I met the mayor and I. Later the mayor left.", 2),
    ("Asked about a deal, the envoy said no. Gen. Moon disagreed.", 2),
    ("The order went to Belwick Inc. The rival bid failed.", 2),
    ("The shop is on Quay St. It opens at nine.", 2),
    ("Pilgrims reached St. Brendan's well before dawn.", 1),
    # quotes and attribution
    ("“We are not leaving,” the union leader said. Talks resume today.", 2),
    ("She asked, “Is the bridge safe?” nobody answered.", 1),
    ("He shouted, “Stop the train!” Passengers froze.", 2),
    ('The minister called it "a fair offer." Critics disagreed.', 2),
    ("Officials said the plan was ‘final.’ Protesters gathered anyway.", 2),
    # parentheses, ellipses, punctuation runs
    ("The club (founded in 1901. It later moved.) won again.", 1),
    ("Prices went up... Then they crashed.", 2),
    ("He paused ... and then went on.", 1),
    ("Really?! That seems unlikely.", 2),
    # web addresses and no-space joins
    ("Write to press.office@example.org. Replies take a week.", 2),
    ("Sales rose sharply.Profits did not.", 2),
]


@pytest.mark.parametrize(("text", "count"), CASES)
def test_sentence_counts(text: str, count: int) -> None:
    """Each example splits into the expected number of sentences."""
    assert len(split(text)) == count, split(text)


def test_split_keeps_exact_pieces() -> None:
    """Splitting returns the verbatim sentences, whitespace-trimmed."""
    text = "  The vote passed 61-39. Mr. Doyle abstained.  "
    assert split(text) == ["The vote passed 61-39.", "Mr. Doyle abstained."]


def test_headline_without_period_is_its_own_sentence() -> None:
    """A header line without final punctuation does not swallow the next line."""
    text = "Storm closes harbour\nFishing boats stayed in port on Monday."
    assert split(text) == ["Storm closes harbour", "Fishing boats stayed in port on Monday."]


def test_wrapped_line_is_joined() -> None:
    """A line break before a lower-case continuation is not a boundary."""
    text = "The council approved the new\nbudget after a long debate."
    assert len(split(text)) == 1


def test_numbered_list_items() -> None:
    """Items of a numbered list are separate segments, even without periods."""
    assert split("1) Check the tyres 2) Fill the tank 3) Leave early") == [
        "1) Check the tyres",
        "2) Fill the tank",
        "3) Leave early",
    ]


def test_bullets_split() -> None:
    """A bullet starts a new segment."""
    assert split("• Rates held • Jobs grew") == ["• Rates held", "• Jobs grew"]


def test_spans_point_into_text() -> None:
    """Spans are ordered, non-overlapping and map to stripped sentence text."""
    text = "First line here.\n\n  Second one, with Dr. Yoo.  Third!  "
    spans = split_spans(text)
    assert [text[a:b] for a, b in spans] == [
        "First line here.",
        "Second one, with Dr. Yoo.",
        "Third!",
    ]
    assert all(b1 <= a2 for (_, b1), (a2, _) in pairwise(spans))


def test_never_across_blank_line() -> None:
    """A paragraph break ends a sentence even without punctuation."""
    assert split("Opening words\n\nclosing words") == ["Opening words", "closing words"]


def test_segment_builds_document() -> None:
    """Indices run over the whole text, paragraphs are counted, offsets are exact."""
    text = "Rain fell. Roads flooded.\n\nSchools closed on Friday.\n\n\nCrews worked overnight."
    doc = segment(Article(source="x", text=text))
    assert [s.index for s in doc.sentences] == [0, 1, 2, 3]
    assert [s.paragraph for s in doc.sentences] == [0, 0, 1, 2]
    for s in doc.sentences:
        assert text[s.start : s.end] == s.text


def test_segment_empty_text() -> None:
    """Whitespace-only text yields no sentences."""
    assert segment(Article(source="x", text=" \n\n ")).sentences == ()


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab .?!\n\"'()”“AB1.")), max_size=120))
def test_spans_are_well_formed(text: str) -> None:
    """For any text: spans are in order, non-empty, stripped, and never overlap."""
    last = 0
    for a, b in split_spans(text):
        assert last <= a < b <= len(text)
        assert text[a:b] == text[a:b].strip()
        last = b


def test_clock_time_ends_a_sentence_before_a_capital() -> None:
    """`p.m.` before `I'm` or a content word ends the sentence; before a weekday it does not."""
    assert split("The bus arrives at 9 p.m. I'm waiting outside.") == [
        "The bus arrives at 9 p.m.",
        "I'm waiting outside.",
    ]
    assert split("Voting ends at 8 p.m. Sunday in the north.") == [
        "Voting ends at 8 p.m. Sunday in the north."
    ]
    assert split("At 5 a.m. Mr. Rossi left.") == ["At 5 a.m. Mr. Rossi left."]


def test_quoted_exclamations_stay_together() -> None:
    """A short run of exclamations in one quotation, followed by its speaker, is one sentence."""
    assert split('"Stop! Stop now!" the guard yelled. We froze.') == [
        '"Stop! Stop now!" the guard yelled.',
        "We froze.",
    ]


def test_inline_html_tags() -> None:
    """A closing tag after the full stop belongs to the sentence; an opening tag starts one."""
    assert split("Was it late? <em>No.</em> <b>It was early.</b> Good.") == [
        "Was it late?",
        "<em>No.</em>",
        "<b>It was early.</b>",
        "Good.",
    ]


def test_line_break_inside_parenthesis() -> None:
    """A hard-wrapped line inside brackets does not end a sentence."""
    assert split("The body (World Health\nOrganization) met. It agreed.") == [
        "The body (World Health\nOrganization) met.",
        "It agreed.",
    ]


def test_colon_heading_over_short_lines() -> None:
    """`Bring:` followed by short capitalised lines is a list of separate lines."""
    assert split("Bring:\nMaps\nA torch") == ["Bring:", "Maps", "A torch"]


def test_dot_leaders() -> None:
    """A table of contents' dot leader runs to its page number."""
    assert split("Summary ....... 2\nFindings ....... 8") == [
        "Summary ....... 2",
        "Findings ....... 8",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Die 14. „Nacht der Bibliotheken“ zog am Freitag 8.000 Gäste nach Fulda.",
        "Zum 40. „Winzerfest“ kamen viele Besucher an die Mosel.",
        "Am 2. „Tag des Handwerks“ öffneten die Betriebe in Gießen ihre Türen.",
    ],
)
def test_an_ordinal_before_a_low_quote_mark_ends_no_sentence(text: str) -> None:
    assert split(text) == [text]


def test_a_low_quote_mark_after_a_sentence_still_opens_one() -> None:
    text = "Der Zug fuhr ab. „Wir kommen wieder“, sagte die Schaffnerin."
    assert len(split(text)) == 2
