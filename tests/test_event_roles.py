"""The main event's who and where, with original example sentences."""

from __future__ import annotations

from newsfacts.facts import find_facts
from newsfacts.model import Article, Event, Options
from newsfacts.segment import segment


def event_of(text: str, title: str | None = None) -> Event:
    """The event of a plain-text article."""
    doc = segment(Article(source="t", text=text, title=title, published="2030-11-06"))
    return find_facts(doc, Options())[1]


def test_in_the_x_cues_a_known_place_like_in_x() -> None:
    event = event_of(
        "Sales of bicycles in the United States rose 20% in October, outpacing Toyota and "
        "Honda. Toyota said its own sales fell. Toyota blamed prices."
    )
    assert event.where == "United States"


def test_a_lead_that_names_its_victims_makes_them_who() -> None:
    event = event_of(
        "The two people who died in the fire have been named as Ada Holm and Piet Varga. "
        "Both lived in Tarvik, police said."
    )
    assert event.who == "Ada Holm"


def test_an_event_as_subject_is_not_who_acted() -> None:
    event = event_of(
        "A rainy Tarvik Grand Prix was halted on lap 12 after Ada Holm crashed. "
        "Ada Holm was unhurt, her team said."
    )
    assert event.who == "Ada Holm"


def test_a_day_the_event_is_told_against_is_not_its_day() -> None:
    event = event_of(
        "The council approved the budget two days before Election Day. "
        "The vote on Monday was close."
    )
    assert event.when == "2030-11-04"  # Monday, not Election Day (Tuesday 11-05)


def test_a_follow_up_told_in_the_pluperfect_does_not_date_the_event() -> None:
    event = event_of(
        "Grain prices have climbed across the region after a dry summer. "
        "On Monday, the farmers' union had warned of poor harvests. Traders expect more rises."
    )
    assert event.when == "2030-11-06"  # the story's day, not Monday's background warning
    event = event_of(
        "Grain prices have climbed across the region after a dry summer. "
        "The farmers' union warned of poor harvests on Monday. Traders expect more rises."
    )
    assert event.when == "2030-11-04"  # a plain follow-up still gives the day


def test_a_place_naming_a_firms_home_is_not_where_it_happened() -> None:
    event = event_of(
        "United States carmaker Velda Motors asked for protection from its creditors on "
        "Monday, in a Manhattan bankruptcy court. It is the largest U.S. failure this year, "
        "and U.S. suppliers fear for their pay.",
        title="U.S. carmaker Velda Motors seeks protection",
    )
    assert event.where == "Manhattan"


def test_a_day_after_the_subject_is_not_part_of_who() -> None:
    event = event_of(
        "The Tarvik city council Friday strongly condemned the closure of the harbour. "
        "The harbour board did not reply."
    )
    assert event.who == "The Tarvik city council"
    event = event_of(
        "Harvest Monday began quietly when Ada Holm opened the market. Stalls sold out early."
    )
    assert event.who != "Harvest"  # a day's own name stays whole


def test_a_town_the_lead_puts_the_event_in_beats_the_filing_dateline() -> None:
    event = event_of(
        "OSLO, Norway -- Storms flooded the harbour in the northern fishing hub of Tromsø "
        "on Monday, officials said. Boats were lost."
    )
    assert event.where == "Tromsø"
    event = event_of(
        "OSLO, Norway -- The Bergen-based shipper, which is based in Stavanger, cut 300 "
        "jobs on Monday, officials said. Unions were angry."
    )
    assert event.where != "Stavanger"  # a firm's home is not where the event happened


def test_the_dateline_stays_where_when_the_lead_names_no_other_town() -> None:
    event = event_of(
        "OSLO, Norway -- Parliament passed the fishing bill on Monday, officials said. "
        "Debate was long."
    )
    assert event.where in ("OSLO", "Oslo")


def test_a_town_the_lead_narrows_a_country_to_is_where() -> None:
    event = event_of(
        "A bomb hit the consulate in a city in north Norway. A car packed with explosives "
        "was rammed into the wall of the consulate in Varskby. Police said two people died.",
        "Consulate in Norway bombed",
    )
    assert event.where == "Varskby"  # a town the gazetteer does not know, narrower all the same
    event = event_of(
        "Norway's biggest lender Varda Bank lost money through firms run by three men in "
        "Tromsø. Regulators in Norway were angry. The bank said it would sue.",
        "Fraud at Varda Bank uncovered in Norway",
    )
    assert event.where == "Norway"  # the lead names the country but sets no scene in it


def test_a_name_the_gazetteer_does_not_know_is_where_only_when_cued() -> None:
    event = event_of(
        "Kestrel Heights residents complained about the noise. Kestrel Heights officials "
        "said a fix would come. Work begins soon."
    )
    assert event.where is None  # a name the tagger took for a place, set by no cue
    event = event_of(
        "Goats stripped the rocky island of Varskholm of its plants. Rangers removed them "
        "and birds came back. Visitors were pleased."
    )
    assert event.where == "Varskholm"  # "the island of X" sets a place


def test_an_agency_or_site_credit_opening_the_lead_is_not_who() -> None:
    for credit in ("(Kestrel).- ", "kestrelwire.net - "):
        event = event_of(
            credit + "The Tarvik harbour board raised fees for cruise ships on Monday. "
            "Ship owners complained. The board said the money would pay for repairs."
        )
        assert event.who == "The Tarvik harbour board"  # the lead's subject after the credit


def test_a_place_named_only_deep_in_the_story_is_not_where() -> None:
    filler = " ".join(f"Critics raised point number {n} about the plan." for n in range(1, 8))
    event = event_of(
        "The Varda council approved a new budget for schools on Monday. "
        + filler
        + " The mayor once worked in Oslo."
    )
    assert event.where is None  # background, not the setting of the event
    event = event_of("The council met in Oslo and approved a new budget on Monday. " + filler)
    assert event.where == "Oslo"


def test_a_town_inside_the_subject_does_not_act() -> None:
    event = event_of(
        "A video showing a lost Fort Worth dog being found by a neighbour was shared on "
        "Monday. The owner thanked the neighbour."
    )
    assert event.who is None and event.where == "Fort Worth"


def test_an_unknown_place_needs_a_cue_to_be_where() -> None:
    praised = "Ada Holm praised Kelvarnia on Friday. Kelvarnia has a new ferry."
    assert event_of(praised).where is None
    visited = "Ada Holm visited Kelvarnia on Friday. She liked the ferry in Kelvarnia."
    assert event_of(visited).where == "Kelvarnia"


def test_a_copula_before_a_noun_describes_and_is_no_event() -> None:
    described = event_of("The festival is a grand parade of boats. Crowds came early.")
    assert described.what is None
    happened = event_of("Ada Holm was rescued by divers on Friday. She is well.")
    assert happened.what == "was rescued by divers"


def test_a_condition_or_a_time_opening_the_lead_is_not_who() -> None:
    lead = "If a spaceship has no fast drive then it is usually fitted with sleep pods."
    assert event_of(lead).who is None
    tonight = event_of("Tonight at midnight Tarvik will be moved into a stricter lockdown.")
    assert not (tonight.who or "").startswith("Tonight")
