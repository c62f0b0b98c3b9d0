"""The facts stage end to end, on an original article shaped like a wire-agency summit story."""

from __future__ import annotations

import pytest

from newsfacts.facts import find_facts
from newsfacts.model import Article, Fact, Options, Removal
from newsfacts.segment import segment

TITLE = "Chile, Norway sign deal to expand clean energy research"
TEXT = """President Elena Varga and Norway Prime Minister Tomas Lindqvist criticised rising \
tensions between Iran and Syria and agreed to deepen energy ties during their meeting Tuesday, \
Varga’s office said.

Varga and Lindqvist discussed ways to widen cooperation in mining, shipping and research, and \
vowed to lift ties to a “strategic partnership,” the office said.

Lindqvist was on a three-day visit to Chile, the first since he took office in October 2021.

The two leaders “firmly” rejected attacks on shipping in the Red Sea, according to the office.

Varga praised Norway’s role as a member of the International Energy Forum (IEF), which was \
founded in 1991.

In May, Norway announced plans to raise its research staff in the IEF from 20 to 45 \
scientists, and the two nations signed a $1.5 billion deal.

“We want our children to inherit a cleaner world,” Lindqvist told reporters.

Exports grew 12% last year, the office said."""
REMOVED = (
    Removal(
        "caption",
        "President Elena Varga (L) and Norway Prime Minister Tomas Lindqvist shake hands at the "
        "presidential palace in Santiago on March 11, 2025. (EFE)",
    ),
    Removal("source-line", "Source: EFE News Agency"),
)


def make_doc(text: str = TEXT, title: str | None = TITLE, removed=REMOVED, published=None):
    """A Document built the way the pipeline builds it (segment of a cleaned Article)."""
    article = Article(source="t", text=text, title=title, removed=removed, published=published)
    return segment(article)


@pytest.fixture(scope="module")
def found() -> tuple[tuple[Fact, ...], object]:
    """Facts and event of the test article."""
    return find_facts(make_doc(), Options())


def of_kind(facts: tuple[Fact, ...], kind: str) -> dict[str, Fact]:
    """Facts of one kind by text."""
    return {f.text: f for f in facts if f.kind == kind}


def test_people_have_roles_aliases_and_affiliation(found) -> None:
    people = of_kind(found[0], "person")
    varga, lindqvist = people["Elena Varga"], people["Tomas Lindqvist"]
    assert varga.role == "President" and "Varga" in varga.aliases
    assert lindqvist.role == "Prime Minister" and "Lindqvist" in lindqvist.aliases
    assert lindqvist.about == "Norway"
    assert (varga.mentions or 0) >= 4


def test_a_caption_city_supports_the_event_but_is_no_place_fact(found) -> None:
    places = of_kind(found[0], "place")
    assert {"Norway", "Iran", "Syria", "Chile"} <= set(places)
    assert "Santiago" not in places  # named only in the removed photo caption
    assert found[1].where == "Santiago"  # ... which still tells where it happened


def test_organisation_acronym_linked(found) -> None:
    orgs = of_kind(found[0], "organization")
    assert "IEF" in orgs["International Energy Forum"].aliases


def test_relative_date_resolved_from_caption_date(found) -> None:
    dates = {f.text: f.value for f in found[0] if f.kind == "date"}
    assert dates["Tuesday"] == "2025-03-11"  # the caption's March 11, 2025 was a Tuesday
    assert dates["May"] == "2024-05"  # a May before a March article is last year's
    assert dates["last year"] == "2024"
    assert dates["October 2021"] == "2021-10"


def test_number_change_with_about(found) -> None:
    numbers = [f for f in found[0] if f.kind == "number" and f.value == 45]
    assert numbers and "from 20 to 45" in numbers[0].text
    assert numbers[0].unit == "scientists" and "IEF" in (numbers[0].about or "")


def test_money_and_percent(found) -> None:
    money = [f for f in found[0] if f.kind == "money"]
    percent = [f for f in found[0] if f.kind == "percent"]
    assert money[0].value == 1_500_000_000 and money[0].unit == "USD"
    assert percent[0].value == 12 and percent[0].about == "Exports"


def test_quotes_speakers_and_scare_quotes(found) -> None:
    quotes = of_kind(found[0], "quote")
    assert quotes["firmly"].quote_kind == "scare quote"
    assert quotes["firmly"].speaker == "Varga's office"
    full = quotes["We want our children to inherit a cleaner world"]
    assert full.speaker == "Tomas Lindqvist" and full.quote_kind == "quote"


def test_source_footer_and_agency_merged(found) -> None:
    sources = of_kind(found[0], "source")
    assert "EFE News Agency" in sources
    assert "EFE" in sources["EFE News Agency"].aliases


def test_event(found) -> None:
    event = found[1]
    assert event.when == "2025-03-11" and event.where == "Santiago"
    assert "Elena Varga" in (event.who or "")
    assert (event.what or "").startswith("sign deal")


def test_every_fact_cites_a_sentence_and_key_facts_come_first(found) -> None:
    facts, _ = found
    n = len(make_doc().sentences)
    assert all(0 <= f.sentence < n for f in facts)
    assert [f.salience for f in facts] == sorted((f.salience for f in facts), reverse=True)
    top_people = [f.text for f in facts if f.kind == "person"][:2]
    assert set(top_people) == {"Elena Varga", "Tomas Lindqvist"}


def test_reference_date_option_wins() -> None:
    facts, event = find_facts(
        make_doc(published="2025-03-20"), Options(reference_date="2025-06-01")
    )
    dates = {f.text: f.value for f in facts if f.kind == "date"}
    assert dates["Tuesday"] == "2025-05-27"
    assert event.when == "2025-05-27"


def test_published_date_beats_caption() -> None:
    facts, _ = find_facts(make_doc(published="2025-03-20"), Options())
    dates = {f.text: f.value for f in facts if f.kind == "date"}
    assert dates["Tuesday"] == "2025-03-18"


def test_empty_document() -> None:
    facts, event = find_facts(make_doc(text="", title=None, removed=()), Options())
    assert facts == () and event.who is None and event.when is None
