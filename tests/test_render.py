"""Renderers: JSON streams stay valid, tables and text show the key parts."""

from __future__ import annotations

import io
import json

from newsfacts.model import Article, ErrorInfo, Event, Fact, Removal, Report, SummarySentence
from newsfacts.render import View, fact_details, open_sink, shown_facts

ARTICLE = Article(
    source="a.txt",
    text="The mayor opened the bridge on Friday. It cost $3 million.",
    title="Bridge opens",
    published="2025-01-10",
    removed=(Removal("caption", "The mayor cuts a ribbon. (City Photo)"),),
)
FACTS = tuple(Fact("place", f"Town {i}", 0, mentions=i) for i in range(7)) + (
    Fact("money", "$3 million", 1, value=3_000_000, unit="USD", about="bridge cost"),
    Fact("person", "Ann Lee", 0, role="Mayor", aliases=("Lee",)),
)
GOOD = Report(
    input="a.txt",
    ok=True,
    article=ARTICLE,
    summary=(SummarySentence("The mayor opened the bridge on Friday.", 0, 0.9),),
    facts=FACTS,
    event=Event(who="Ann Lee", what="opened the bridge", when="2025-01-10", where="Town 0"),
)
BAD = Report(
    input="gone.txt", ok=False, error=ErrorInfo("file-not-found", "gone.txt: no such file", 3)
)


def render(fmt: str, reports: list[Report], **view: bool) -> str:
    out = io.StringIO()
    sink = open_sink(out, View(format=fmt, **view), many=len(reports) > 1)
    for r in reports:
        sink.write(r)
    sink.close()
    return out.getvalue()


def test_json_array_for_several_and_object_for_one() -> None:
    one = json.loads(render("json", [GOOD]))
    assert one["title"] == "Bridge opens" and one["removed"][0]["kind"] == "caption"
    many = json.loads(render("json", [GOOD, BAD]))
    assert [r["ok"] for r in many] == [True, False]
    assert many[1]["error"] == {"code": "file-not-found", "message": "gone.txt: no such file"}
    empty = io.StringIO()
    sink = open_sink(empty, View(format="json"), many=True)
    sink.close()
    assert json.loads(empty.getvalue()) == []


def test_jsonl_is_one_whole_line_per_record() -> None:
    lines = render("jsonl", [GOOD, BAD, GOOD]).splitlines()
    assert len(lines) == 3 and all(json.loads(x)["schema"] == 1 for x in lines)


def test_top_facts_per_kind_and_all_facts() -> None:
    assert len([f for f in shown_facts(GOOD, False) if f.kind == "place"]) == 5
    assert len(shown_facts(GOOD, True)) == len(FACTS)
    assert shown_facts(GOOD, False)[0].kind == "person"  # grouped in kind order
    assert "USD" in fact_details(FACTS[7]) and "bridge cost" in fact_details(FACTS[7])


def test_table_text_and_markdown() -> None:
    table = render("table", [GOOD, BAD], explain=True)
    assert "Bridge opens" in table and "Ann Lee" in table and "Mayor" in table
    assert "(City Photo)" in table and "gone.txt" in table
    assert "more facts" in table
    md = render("markdown", [GOOD])
    assert md.startswith("# Bridge opens") and "## Key facts" in md
    text = render("text", [GOOD], explain=False)
    assert "Summary:" in text and "caption" not in text


def test_a_bare_number_still_shows_what_it_counts() -> None:
    assert fact_details(Fact("number", "48", 0, value=48, unit="hours")) == "= 48 hours"
    assert fact_details(Fact("number", "85", 0, value=85)) == ""


def test_a_photo_credit_is_no_source_in_the_table() -> None:
    credit = Fact("source", "Ola Berg", 0, source_kind="photo credit")
    byline = Fact("source", "Ida Marsh", 0, source_kind="byline")
    report = Report(input="a.txt", ok=True, article=ARTICLE, facts=(credit, byline))
    assert [f.text for f in shown_facts(report, False)] == ["Ida Marsh"]
    assert len(shown_facts(report, True)) == 2  # --all-facts still lists who took the photo


def test_no_shown_fact_is_one_line_not_an_empty_grid() -> None:
    weak = Report(
        input="a.txt",
        ok=True,
        article=ARTICLE,
        facts=(Fact("person", "Ann Lee", 0, confidence=0.05),),
    )
    assert shown_facts(weak, False) == []
    table = render("table", [weak])
    assert "Key facts: none strong enough to show" in table
    assert "1 more fact: --all-facts shows it" in table and "┏" not in table
    bare = Report(input="a.txt", ok=True, article=ARTICLE)
    assert "Key facts: none found" in render("table", [bare])
    assert "Ann Lee" in render("table", [weak], all_facts=True)


def test_an_unsure_name_is_shown_only_after_every_surer_one_of_its_kind() -> None:
    unsure = [Fact("organization", f"Weak Group {i}", 0, confidence=0.78) for i in range(2)]
    sure = [Fact("organization", f"Firm {i}", 1, confidence=0.93) for i in range(5)]
    report = Report(input="a.txt", ok=True, article=ARTICLE, facts=(*unsure, *sure))
    shown = shown_facts(report, all_facts=False)
    assert [f.text for f in shown] == [f.text for f in sure]  # the surer five, in their order
    six = Report(input="a.txt", ok=True, article=ARTICLE, facts=(*unsure, *sure[:4]))
    picked = [f.text for f in shown_facts(six, all_facts=False)]
    assert picked == ["Weak Group 0", *(f.text for f in sure[:4])]  # one unsure fills the fifth
    assert len(shown_facts(six, all_facts=True)) == 6


def test_a_name_told_again_and_again_is_not_held_back() -> None:
    """An unsure name the story repeats ('New Zealand' six times) keeps its place in the table."""
    repeated = Fact("place", "Tarvia", 0, mentions=6, confidence=0.8)
    sure = [Fact("place", f"Town {i}", 1, confidence=0.93) for i in range(5)]
    report = Report(input="a.txt", ok=True, article=ARTICLE, facts=(repeated, *sure))
    assert "Tarvia" in [f.text for f in shown_facts(report, False)]
