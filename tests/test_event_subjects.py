"""Where the subject of a headline or a lead ends and its verb starts, with original examples."""

from __future__ import annotations

from newsfacts.facts.event import build_event, what_of, who_of
from newsfacts.model import Fact


def test_a_plural_noun_before_a_base_verb_is_the_subject() -> None:
    assert what_of("Global coffee markets reach record highs") == "reach record highs"
    assert what_of("Tarvik ferry fares fall to a ten-year low") == "fall to a ten-year low"
    assert what_of("Dock workers have ended their strike") == "have ended their strike"


def test_a_verb_of_a_move_followed_by_its_noun_preposition_stays_a_noun() -> None:
    assert what_of("Mayor slams rise in bus fares") == "slams rise"
    assert what_of("Council blames drop on the rain") == "blames drop"


def test_an_adverb_before_an_s_verb_leaves_the_verb_phrase_and_the_subject() -> None:
    title = "Rain at last, no drought: A long summer finally brings the farmers rain"
    assert what_of(title) == "brings the farmers rain"
    event = build_event(None, "The harbour board reportedly plans a new quay.", [], None, None)
    assert event.who == "The harbour board" and event.what == "plans a new quay"


def test_news_is_no_verb() -> None:
    assert what_of("Tarvik news from the coast as the storm arrives") != "news"


def test_a_sentence_case_headline_names_its_subject_in_capitals() -> None:
    lead = "It sailed at dawn from the old harbour."
    assert who_of(["First K7 enters service on the coast line", lead], [], []) == "First K7"
    assert who_of(["Why Tarvik will lose its port", lead], [], []) is None
    assert who_of(["Make your garden shine like new", lead], [], []) is None


def test_a_credit_glued_to_the_lead_is_not_who() -> None:
    lead = "(Kestrel)Two dock workers have been fired after a crane fell in Tarvik."
    event = build_event(None, lead, [], None, None)
    assert event.who == "Two dock workers" and event.what == "have been fired"


def test_the_speaker_of_a_closing_attribution_is_not_who_acted() -> None:
    holm = Fact("person", "Ada Holm", 0)
    lead = "In Tarvik, a crane fell onto a ferry on Monday, port chief Ada Holm said."
    assert who_of(["Chaos at the harbour", lead], [holm], []) is None
    named = "In Tarvik, Ada Holm closed the port on Monday, officials said."
    assert who_of(["Chaos at the harbour", named], [holm], []) == "Ada Holm"


def test_a_pronoun_contraction_makes_no_subject() -> None:
    event = build_event(None, "Think it's hard to find a berth in Tarvik?", [], None, None)
    assert event.who is None


def test_a_plural_noun_opening_the_lead_before_an_auxiliary_is_the_subject() -> None:
    event = build_event(
        None, "Ferry fares across the islands have risen by a third.", [], None, None
    )
    assert event.who == "Ferry fares across the islands" and event.what == "have risen by a third"
    assert what_of("Ada Holm says Tarvik has won the cup") == "says Tarvik has won the cup"


def test_a_bare_singular_noun_stands_for_the_story_s_main_person() -> None:
    holm = Fact("person", "Ada Holm", 0, mentions=5)
    varga = Fact("person", "Piet Varga", 3, mentions=2)
    lead = "Skipper is retiring after forty years at sea."
    assert build_event(None, lead, [holm, varga], None, None).who == "Ada Holm"
    even = Fact("person", "Piet Varga", 3, mentions=3)  # no one main person: the noun stays
    assert build_event(None, lead, [holm, even], None, None).who == "Skipper"
    crews = "Crews are retiring the old ferry after forty years."  # a plural is not one person
    assert build_event(None, crews, [holm, varga], None, None).who == "Crews"


def test_a_bare_speech_verb_is_no_event_and_the_lead_tells_it() -> None:
    title = "Holm says she and Varga had a long talk"
    lead = "Ada Holm and Piet Varga met at the harbour office on Monday."
    event = build_event(title, lead, [], None, None)
    assert event.what == "met at the harbour office"
