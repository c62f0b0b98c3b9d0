"""Spot checks of each fact finder on its own, with original example sentences."""

from __future__ import annotations

import datetime as dt

import pytest

from newsfacts.facts import dates, find_facts, numbers, quotes, source
from newsfacts.facts.event import what_of
from newsfacts.facts.names import Text, find_entities, is_sports
from newsfacts.model import Article, Options, Removal
from newsfacts.segment import segment

REF = dt.date(2024, 9, 4)  # a Wednesday


def date_values(text: str, ref: dt.date | None = REF) -> dict[str, str | None]:
    """Date expression -> ISO value."""
    return {h.text: h.value for h in dates.find_dates(text, ref)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote was held Wednesday.", {"Wednesday": "2024-09-04"}),
        ("Talks began on Monday.", {"Monday": "2024-09-02"}),
        ("They meet next Friday.", {"next Friday": "2024-09-06"}),
        ("He left yesterday.", {"yesterday": "2024-09-03"}),
        ("Sales slowed last week.", {"last week": "2024-W35"}),
        ("Prices rose last month.", {"last month": "2024-08"}),
        ("In June, the plan was set.", {"In June": "2024-06"}),
        ("In November, the plan was set.", {"In November": "2023-11"}),
        ("It was signed Sept. 4, 2024.", {"Sept. 4, 2024": "2024-09-04"}),
        ("It opened on 3 March 2019.", {"3 March 2019": "2019-03-03"}),
        ("The pact dates from December 2015.", {"December 2015": "2015-12"}),
        ("the 1914-18 war", {"1914-18": "1914/1918"}),
        ("LISBON 2001-05-17", {"2001-05-17": "2001-05-17"}),
    ],
)
def test_dates_resolve(text: str, expected: dict[str, str]) -> None:
    assert date_values(text) == expected


def test_relative_dates_stay_unresolved_without_reference() -> None:
    assert date_values("They met on Friday.", None) == {"Friday": None}


def test_full_date_found_in_a_caption() -> None:
    caption = "Two ministers meet in Lima on Jan. 9, 2023. (AP)"
    assert dates.first_full_date([caption]) == dt.date(2023, 1, 9)


def hits(text: str) -> list[numbers.NumberHit]:
    """Quantities of one sentence."""
    return numbers.find_numbers(text, [])


def test_number_with_unit_and_about() -> None:
    (h,) = hits("About 300 volunteers in the Red Cross helped.")
    assert (h.value, h.unit, h.about) == (300, "volunteers", "volunteers in the Red Cross")


def test_number_change_reports_new_value_and_old() -> None:
    (h,) = hits("The city will cut its fleet of buses from 80 to 64 vehicles.")
    assert h.value == 64 and h.changed_from == "80"
    assert h.about == "fleet of buses, down from 80"


def test_money_with_scale_and_currency() -> None:
    found = hits("The club paid $2.5bn, and a rival offered 40 million euros.")
    assert [(h.kind, h.value, h.unit) for h in found] == [
        ("money", 2_500_000_000, "USD"),
        ("money", 40_000_000, "EUR"),
    ]


def test_percent_and_age() -> None:
    (pct,) = hits("Unemployment fell 3.5% this spring.")
    assert (pct.kind, pct.value, pct.about) == ("percent", 3.5, "Unemployment")
    (age,) = hits("Maria Lopez, 41, was elected.")
    assert (age.value, age.unit, age.about) == (41, "years", "age of Maria Lopez")


def test_years_and_dates_are_not_numbers() -> None:
    text = "In 2019 the bridge opened."
    assert hits(text) == []
    taken = [(h.start, h.end) for h in dates.find_dates("It closed on May 3.", REF)]
    assert numbers.find_numbers("It closed on May 3.", taken) == []


def quote_list(text: str) -> list[quotes.QuoteHit]:
    """Quotes of a text, segmented the pipeline's way."""
    doc = segment(Article(source="t", text=text))
    return quotes.find_quotes(text, doc.sentences)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("“We are ready for the season,” coach Ana Ruiz said.", "coach Ana Ruiz"),
        ("“We are ready for the season,” said Ana Ruiz.", "Ana Ruiz"),
        ("Ana Ruiz said: “We are ready for the season.”", "Ana Ruiz"),
        ('"We are ready. The squad is fit," she told reporters.', "she"),
        ("The plan is “bold and overdue,” according to the mayor.", "the mayor"),
    ],
)
def test_quote_speakers(text: str, speaker: str) -> None:
    (q,) = quote_list(text)
    assert q.speaker == speaker or q.speaker == speaker.removeprefix("coach ")


def test_scare_quote_and_multi_sentence_quote() -> None:
    scare, full = quote_list(
        "The board called the offer “generous” in a memo. "
        "“It is fair. It is final,” Tom Reyes said."
    )
    assert scare.scare and scare.text == "generous"
    assert not full.scare and full.speaker == "Tom Reyes" and full.text == "It is fair. It is final"


def entities_of(*sentences: str, sports: bool = False) -> dict[str, str | None]:
    """Entity name -> label for some sentences."""
    found = find_entities([Text(s, i) for i, s in enumerate(sentences)], sports)
    return {e.name: e.label for e in found}


def test_entities_people_orgs_places_and_links() -> None:
    found = entities_of(
        "Finance Minister Amara Osei met the African Development Bank (AfDB) in Accra.",
        "Osei said the AfDB would open an office in Kenya.",
    )
    assert found["Amara Osei"] == "person"
    assert found["African Development Bank"] == "organization"
    assert found["Accra"] == "place" and found["Kenya"] == "place"
    assert "Osei" not in found and "AfDB" not in found  # folded into their full names


def test_demonyms_and_events_are_not_entities() -> None:
    found = entities_of("Dutch fans travelled to the World Cup in Qatar with German friends.")
    assert found == {"Qatar": "place"}


def test_sports_reports_name_teams_after_cities() -> None:
    assert is_sports("SOCCER - LEAGUE RESULTS")
    found = entities_of(
        "SOCCER - LEAGUE RESULTS .",
        "MADRID 1996-08-30",
        "On Saturday , Bilbao beat Valencia 2-1 in Madrid .",
        sports=True,
    )
    assert found["Valencia"] == "organization" and found["Bilbao"] == "organization"
    assert found["Madrid"] == "place"


def test_dateline_and_removed_sources() -> None:
    place, agency = source.from_dateline("LIMA, March 3 (Reuters) -- Peru's congress voted.")
    assert place == "Lima" and agency is not None and agency.name == "Reuters"
    removed = (
        Removal("byline", "By Jane Park"),
        Removal("caption", "Crowds gather in the square. (AFP)"),
        Removal("caption", "Boats leave the quay. (AFP Photo/John Doe)"),  # a photo credit
        Removal("credit", "(Photo by Ana Ruiz/Kestrel Images)"),
        Removal("source-line", "Source: Reuters"),
    )
    assert [(h.name, h.role) for h in source.from_removed(removed)] == [
        ("Jane Park", "byline"),
        ("AFP", "agency"),
        ("Reuters", "footer"),
    ]


def test_what_is_a_short_verb_phrase() -> None:
    assert what_of("Kenya, Ghana agree to cut tariffs on farm goods") == "agree to cut tariffs"
    assert what_of("The mayor unveiled a new budget on Monday.") == "unveiled a new budget"


def test_dateline_found_after_a_glued_byline() -> None:
    text = "Court backs port plan By Ana Silva and Li Wei OSLO, May 2 (Reuters) - The court ruled."
    place, agency = source.from_dateline(text)
    assert place == "Oslo" and agency is not None and agency.name == "Reuters"
    assert source.from_dateline("The FBI - and its critics - said nothing.") == (None, None)


def test_acronym_needs_matching_letters() -> None:
    found = find_entities(
        [Text("Aides met at the White House (REUTERS) on Monday, officials said.", 0)], False
    )
    house = next(e for e in found if e.name == "White House")
    assert all(m.acronym is None for m in house.mentions)


def test_hyphenated_place_names_survive_and_codes_do_not() -> None:
    found = entities_of(
        "The blast hit a consulate in Mazar-e-Sharif as Year-on-year M3 growth slowed."
    )
    assert found.get("Mazar-e-Sharif") == "place"
    assert "Year-on-year" not in found and "M3" not in found


def test_weak_place_cues_do_not_make_a_brand_a_place() -> None:
    found = entities_of(
        "Fans wrote to Snackwell about the change.",
        "Shoppers said changes to the Snackwell bar were a shame.",
    )
    assert found.get("Snackwell") != "place"


def test_title_case_headline_verb() -> None:
    from newsfacts.facts.event import build_event

    event = build_event(
        "Mayor Slams Budget Cuts For Schools", "The mayor spoke on Monday.", [], None, None
    )
    assert event.what == "slams Budget Cuts For Schools"


def test_who_falls_back_to_the_lead_subject() -> None:
    from newsfacts.facts.event import build_event

    event = build_event(
        None, "A lone climber was rescued from the ridge on Sunday.", [], None, None
    )
    assert event.who == "A lone climber"
    assert event.what == "was rescued from the ridge"


def test_removed_dateline_and_headline_still_count() -> None:
    from newsfacts.facts import find_facts
    from newsfacts.model import Options

    article = Article(
        source="t",
        text="Halvorsen beat Lindgren 6-3 on Friday .",
        removed=(
            Removal("headline", "TENNIS - HALVORSEN WINS IN OSLO ."),
            Removal("date", "OSLO 1999-06-04"),
        ),
    )
    facts, event = find_facts(segment(article), Options())
    places = [f for f in facts if f.kind == "place"]
    assert [p.text for p in places] == ["Oslo"] and "OSLO" in places[0].aliases
    dates_found = {f.text: f.value for f in facts if f.kind == "date"}
    assert dates_found["Friday"] == "1999-06-04"  # the removed dateline dated the article
    assert event.where == "Oslo"


def test_compound_unit_and_speaker_behind_a_role() -> None:
    (h,) = hits("About 4,100 bus drivers will strike.")
    assert (h.value, h.unit) == (4100, "bus drivers")
    (q,) = quote_list("“The offer is final,” Kestrel Air chief executive Ola Berg said.")
    assert q.speaker == "Ola Berg"


def test_role_phrase_and_portfolio_title() -> None:
    found = find_entities(
        [
            Text("Health Minister Rosa Lind met union leader Per Dahl in Bergen.", 0),
            Text("Lind said talks would go on.", 1),
        ],
        False,
    )
    people = {e.name: e for e in found if e.label == "person"}
    assert people["Rosa Lind"].mentions[0].role == "Health Minister"
    assert people["Per Dahl"].mentions[0].role == "union leader"
    assert "Health" not in {e.name for e in found}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The board voted 7 to 2 to close the depot.", ("7 to 2", 7, "votes", "vote 7 to 2")),
        ("Tarvik Rovers won 3-1 away.", ("3-1", 3, None, "score 3 to 1")),
        ("It was a 2-0 win for the hosts.", ("2-0", 2, None, "score 2 to 0")),
        ("The motion fell by 52 votes to 48.", ("52 votes to 48", 52, "votes", "vote 52 to 48")),
        ("The Greens took 41 seats to 30.", ("41 seats to 30", 41, "seats", "seats 41 to 30")),
    ],
)
def test_tallies_are_one_number_about_the_vote_or_score(
    text: str, expected: tuple[str, int, str | None, str]
) -> None:
    assert [(h.text, h.value, h.unit, h.about) for h in hits(text)] == [expected]


def test_ranges_and_changes_are_no_tallies() -> None:
    assert hits("Children aged 5-11 may enter.") == []
    (change,) = hits("Votes rose from 7 to 9.")
    assert change.changed_from == "7" and change.value == 9


def test_photo_credits_name_sources_not_people_of_the_story() -> None:
    removed = (
        Removal("caption", "Crews inspect the Tarvik dam. Photo: Courier/Nils Avery"),
        Removal("credit", "(Photo by Ida Marsh/Kestrel Images)"),
        Removal("credit", "Credit: Ole Brandt"),
    )
    text = (
        "Mayor Rosa Lind said the Tarvik dam held during the storm on Monday.\n\n"
        "Lind said repairs would take a month."
    )
    facts, event = find_facts(segment(Article(source="t", text=text, removed=removed)), Options())
    people = {f.text for f in facts if f.kind == "person"}
    credits = {f.text for f in facts if f.kind == "source" and f.source_kind == "photo credit"}
    assert people == {"Rosa Lind"}
    assert {"Nils Avery", "Ida Marsh", "Ole Brandt"} <= credits
    assert event.who == "Rosa Lind"


def test_ages_are_one_number_about_whose_age() -> None:
    found = hits("A 12-year-old girl and the 40-year-old bus driver were hurt.")
    assert [(h.text, h.value, h.unit, h.about) for h in found] == [
        ("12-year-old", 12, "years", "age of girl"),
        ("40-year-old", 40, "years", "age of bus driver"),
    ]


def test_each_author_of_a_byline_is_a_source() -> None:
    removed = (Removal("byline", "By Jane Park, Ola Berg and Ida Marsh"),)
    assert [(h.name, h.role) for h in source.from_removed(removed)] == [
        ("Jane Park", "byline"),
        ("Ola Berg", "byline"),
        ("Ida Marsh", "byline"),
    ]


def test_wire_staff_credits_and_glued_bylines_name_no_actors() -> None:
    removed = (Removal("credit", "(Reporting by Piet Jansen; Editing by Alex Moore)"),)
    text = (
        "By Lena Ferris TARVIK -- Union leader Maria Holm accepted a pay offer on Monday.\n\n"
        "Holm said the strike was over."
    )
    facts, event = find_facts(segment(Article(source="t", text=text, removed=removed)), Options())
    people = {f.text for f in facts if f.kind == "person"}
    bylines = {f.text for f in facts if f.kind == "source" and f.source_kind == "byline"}
    assert people == {"Maria Holm"}
    assert {"Piet Jansen", "Alex Moore", "Lena Ferris"} <= bylines
    assert event.who == "Maria Holm"  # the byline glued before the dateline is no actor


def test_the_sets_of_one_match_are_one_score() -> None:
    found = hits("Ola Berg beat Ida Marsh 6-7 (3-7) 6-3 7-6 (7-4) in Tarvik.")
    assert [(h.text, h.value, h.about) for h in found] == [
        ("6-7 (3-7) 6-3 7-6 (7-4)", 6, "score 6-7 (3-7) 6-3 7-6 (7-4)")
    ]


def test_by_before_a_possessive_is_no_byline() -> None:
    text = "By Ola Berg's count, the Tarvik dam held on Monday.\n\nBerg said so."
    facts, _ = find_facts(segment(Article(source="t", text=text)), Options())
    assert "Ola Berg" in {f.text for f in facts if f.kind == "person"}


def test_a_file_photo_caption_does_not_date_the_article() -> None:
    captions = [
        "FILE PHOTO: Ferries dock at Tarvik on May 2, 2011. REUTERS/Ola Berg",
        "Crews inspect the ferry in Tarvik on June 9, 2026.",
    ]
    assert dates.first_full_date(captions) == dt.date(2026, 6, 9)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Dozens of divers searched the bay.", [("Dozens", 12, "divers", None)]),
        ("The crane lifted the 30m hull.", [("30m", 30, "m", "hull")]),
        ("Some 30m people watched.", [("30m", 30_000_000, "people", None)]),
        ("The ferry left at 6 a.m. and docked at 7.15pm.", []),
        ("A 900-square-metre hall rose.", [("900-square-metre", 900, "square-metre", "hall")]),
    ],
)
def test_counted_nouns_lengths_and_clock_times(
    text: str, expected: list[tuple[str, float, str | None, str | None]]
) -> None:
    assert [(h.text, h.value, h.unit, h.about) for h in hits(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Turnout fell eight percent in Tarvik.", [("eight percent", 8, "%")]),
        ("Fares rose two per cent.", [("two per cent", 2, "%")]),
        ("Ninety-nine percent agreed.", [("Ninety-nine percent", 99, "%")]),
        ("Twenty-five dockers walked out.", [("Twenty-five", 25, "dockers")]),
        ("Some 400 dockers walk out today.", [("400", 400, "dockers")]),
        ("About 300 news outlets carried it.", [("300", 300, "news outlets")]),
        ("The 12 judges were 40 years old.", [("12", 12, "judges"), ("40", 40, "years old")]),
        ("A well 30 metres deep ran dry.", [("30", 30, "metres deep")]),
    ],
)
def test_shares_in_words_and_the_head_noun_of_a_count(
    text: str, expected: list[tuple[str, float, str | None]]
) -> None:
    assert [(h.text, h.value, h.unit) for h in hits(text)] == expected


@pytest.mark.parametrize(
    ("text", "about"),
    [
        ("The S&P 500 fell 2% on Friday.", "S&P 500"),
        ("Harbor Mills' shares rose 4%.", "Harbor Mills' shares"),
        ("Ola sued 'thief' Ida Marsh for $5,000.", "Ida Marsh"),
    ],
)
def test_what_a_figure_is_about_keeps_ampersands_and_possessives(text: str, about: str) -> None:
    assert [h.about for h in hits(text) if h.kind != "number"] == [about]


def test_a_weekday_before_the_verb_is_not_what_money_is_about() -> None:
    found = hits("The regulator on Thursday fined Corvane Holdings $42 million.")
    assert [(h.text, h.about) for h in found] == [("$42 million", "Corvane Holdings")]


def test_a_market_code_or_a_pronoun_is_not_what_a_figure_is() -> None:
    (price,) = [h for h in hits("Brent LCOc1 was last at $61.20 a barrel.") if h.kind == "money"]
    assert price.about is None
    (share,) = [h for h in hits("For context, that's less than 3% of the budget.")]
    assert share.about != "that's"
    (cost,) = [h for h in hits("It would mean a $12 billion dollar hit to growth.")]
    assert cost.about != "dollar"
