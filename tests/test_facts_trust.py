"""Fact classes a reader must be able to trust: number phrases read whole, what a figure
counts, speakers by position, wire slugs, the site and the byline kept out of the event."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.facts import dates, find_facts, numbers, quotes, source
from newsfacts.facts.event_place import the_place_cue
from newsfacts.model import Article, Options, Removal
from newsfacts.segment import segment


def figures(text: str) -> dict[str, tuple[float, str | None, str | None]]:
    """Figure text -> (value, unit, about)."""
    return {h.text: (h.value, h.unit, h.about) for h in numbers.find_numbers(text, [])}


@pytest.mark.parametrize(
    ("text", "said", "value"),
    [
        ("Hundreds of thousands of fans lined the road.", "Hundreds of thousands", 1e5),
        ("Tens of millions of viewers tuned in.", "Tens of millions", 1e7),
        ("Two-thirds of the ferries stayed in port.", "Two-thirds", 0.6667),
        ("three quarters of the voters backed it", "three quarters", 0.75),
        ("The gauge read minus six point six degrees.", "minus six point six", -6.6),
        ("The low was -4.5 degrees at dawn.", "-4.5", -4.5),
        ("About two and a half million tickets sold.", "two and a half million", 2.5e6),
    ],
)
def test_number_phrases_are_read_whole(text: str, said: str, value: float) -> None:
    found = figures(text)
    assert said in found and found[said][0] == pytest.approx(value)
    assert len(found) == 1  # no stray part of the phrase ("thousands", "2", "six")


def test_a_share_says_what_it_is_of() -> None:
    assert figures("Two-thirds of the town's boats sank overnight.")["Two-thirds"] == (
        0.6667,
        None,
        "town's boats",
    )


def test_money_in_words_with_a_scale_is_money() -> None:
    hit = next(h for h in numbers.find_numbers("They backed a 3.5 billion pound plan.", []))
    assert (hit.kind, hit.value, hit.unit, hit.about) == ("money", 3.5e9, "GBP", "plan")


def test_a_weight_in_pounds_without_a_scale_is_no_singular_money() -> None:
    assert all(h.kind != "money" for h in numbers.find_numbers("a 300 pound bear", []))


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("It spent $5 million making the film.", None),  # a verb after the figure
        ("Options ranged from approximately $2 million to $3 million.", "Options"),
        ("Shares closed at $4.50 on Friday.", "Shares"),
        ("The company earned $12 million in the quarter.", "company"),
        ("A $40 million building opened.", "building"),
    ],
)
def test_what_a_figure_counts_is_a_noun_not_a_verb(text: str, about: str | None) -> None:
    hit = next(h for h in numbers.find_numbers(text, []) if h.kind == "money")
    assert hit.about == about


def test_a_crowd_that_marched_counts_no_verb() -> None:
    assert figures("Tens of thousands marched through the port.")["Tens of thousands"][1] is None


def speakers(text: str) -> list[str | None]:
    """The speaker of each quote, as the text names it."""
    doc = segment(Article(source="-", text=text))
    return [q.speaker for q in quotes.find_quotes(text, doc.sentences)]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Mayor Ada Holm toured the pier. "We will rebuild," a spokesperson said.',
            "a spokesperson",
        ),
        (
            '"We will rebuild," a spokesperson for Mayor Ada Holm said.',
            "a spokesperson for Mayor Ada Holm",
        ),
        ('"It will hold," said a harbour engineer.', "a harbour engineer"),
        ('"It will hold," said a weary Capt. Ada Holm.', "Capt. Ada Holm"),
        ('"It will hold," head of safety Ada Holm said.', "Ada Holm"),
        ('"It will hold," the 3rd-seeded Holm said.', "Holm"),
        ('The skipper also said: "It will hold."', "The skipper"),
    ],
)
def test_the_speaker_is_the_phrase_next_to_the_speech_verb(text: str, speaker: str) -> None:
    assert speakers(text) == [speaker]


@pytest.mark.parametrize("mark", ["(END)", "(MORE)", "(BC-Storm-Harbour)", "(AP-NY-0412)"])
def test_wire_marks_and_slugs_are_no_source(mark: str) -> None:
    removed = (Removal("caption", f"Crews at the pier on Monday. {mark}"),)
    assert source.from_removed(removed) == []


def test_page_words_and_months_are_no_byline() -> None:
    hits = source.from_metadata("Staff; November; Ada Holm", "The Harbour Gazette")
    assert [h.name for h in hits] == ["Ada Holm", "The Harbour Gazette"]


def event_of(text: str, author: str | None = None, site: str | None = None) -> dict:
    """The event of a plain-text article with some page metadata."""
    article = Article(source="-", text=text, author=author, site=site)
    return find_facts(segment(article), Options())[1].to_dict()


def test_the_byline_and_the_site_are_not_the_event() -> None:
    text = (
        "Ada Holm opened the new ferry terminal in Tarvik on Monday.\n\n"
        "Holm said the terminal would serve 4,000 passengers a day.\n\n"
        "Tarvik Post reporter Ben Lund watched the opening."
    )
    assert event_of(text)["who"] == "Ada Holm"
    assert event_of(text, author="Ada Holm")["who"] != "Ada Holm"


def test_a_dateline_in_capitals_is_not_who_acted() -> None:
    text = "NORVIKEN — Fishermen blocked the harbour mouth on Monday. They want new quotas."
    assert event_of(text)["who"] == "Fishermen"


def day_of(text: str) -> dict[str, str | None]:
    """Date expression -> ISO value, the article dated Wednesday 2024-09-04."""
    return {h.text: h.value for h in dates.find_dates(text, dt.date(2024, 9, 4))}


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("The minister said the ferry will sail again on Friday.", "2024-09-06"),
        ("The ferry sailed again on Friday.", "2024-08-30"),
        ("The talks, set to resume Monday in Tarvik, stalled.", "2024-09-09"),
        ("On Friday, when the mayor set out plans, crews cheered.", "2024-08-30"),
        ("The vote had been scheduled for Monday.", "2024-09-02"),
        ("The port said a new crane will arrive in December.", "2024-12"),
    ],
)
def test_the_clause_tense_turns_a_bare_day_or_month(text: str, value: str) -> None:
    assert value in day_of(text).values()


def test_days_and_weeks_ago_are_days() -> None:
    assert day_of("The pier closed 10 days ago, two weeks ago the bridge.") == {
        "10 days ago": "2024-08-25",
        "two weeks ago": "2024-08-21",
    }


def test_a_date_only_in_a_removed_caption_is_no_fact() -> None:
    article = Article(
        source="-",
        text="Crews rebuilt the pier in Tarvik. The work took a month.",
        published="2024-09-04",
        removed=(Removal("caption", "Crews at the pier on Aug. 12, 2024. (Harbour Wire)"),),
    )
    found = find_facts(segment(article), Options())[0]
    assert all(f.value != "2024-08-12" for f in found if f.kind == "date")


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Officials said the crew would leave the port on Friday.", "2024-09-06"),
        ("The ferry could sail as soon as Monday.", "2024-09-09"),
        ("The crew planned to leave on Thursday.", "2024-09-05"),
        ("They sought to get around Monday's ruling.", "2024-09-02"),
    ],
)
def test_reported_plans_look_ahead_and_a_possessive_day_looks_back(text: str, value: str) -> None:
    assert value in day_of(text).values()


def test_a_weekday_before_its_month_day_is_not_a_second_date() -> None:
    assert day_of("The board met on Monday, Sept. 2 in Tarvik.") == {"Sept. 2": "2024-09-02"}


def test_in_the_names_a_place_the_gazetteer_knows_unless_it_qualifies_a_noun() -> None:
    assert the_place_cue(("sales", "in", "the"), ("fell",))
    assert the_place_cue(("sales", "in", "the"), ("last", "month"))
    assert not the_place_cue(("a", "rally", "in", "the"), ("suburbs",))
    assert not the_place_cue(("by", "the"), ())
