"""Source facts from page metadata, and photo credits ranked as credits."""

from __future__ import annotations

from newsfacts.facts import find_facts
from newsfacts.facts.source import from_metadata
from newsfacts.model import Article, Options, Removal
from newsfacts.segment import segment


def test_metadata_gives_one_byline_per_author_and_the_publisher() -> None:
    hits = from_metadata("Ana Ruiz; Tom Hale and Ida Marsh", "The Valley Courier")
    assert [(h.name, h.role) for h in hits] == [
        ("Ana Ruiz", "byline"),
        ("Tom Hale", "byline"),
        ("Ida Marsh", "byline"),
        ("The Valley Courier", "publisher"),
    ]
    assert from_metadata(None, None) == []


def test_byline_and_publisher_outrank_a_photo_credit() -> None:
    text = (
        "The harbour board on Monday approved a new ferry timetable for the islands.\n\n"
        "Board chair Lena Voss said the change would cut waiting times.\n\n"
        "Ferries will run every 40 minutes from April."
    )
    caption = Removal("caption", "Ferries wait at the quay. (Photo: Courier/Omar Haddad)")
    article = Article(
        source="p.html",
        text=text,
        author="Ana Ruiz",
        site="The Valley Courier",
        removed=(caption,),
        is_html=True,
    )
    facts, _ = find_facts(segment(article), Options(reference_date="2025-03-14"))
    sources = [(f.text, f.source_kind) for f in facts if f.kind == "source"]
    assert ("Ana Ruiz", "byline") in sources and ("The Valley Courier", "publisher") in sources
    credits = [i for i, s in enumerate(sources) if s[1] == "photo credit"]
    assert all(i >= 2 for i in credits)  # after the byline and the publisher
    assert "Ana Ruiz" not in {f.text for f in facts if f.kind == "person"}


def test_a_dateline_written_as_a_name_with_a_known_agency() -> None:
    text = (
        "Tarvingen/Main (dpa) - Der Stadtrat hat am Donnerstag ein neues Busnetz beschlossen.\n\n"
        "Die Opposition kritisierte die Kosten."
    )
    facts, event = find_facts(segment(Article(source="t", text=text)), Options(language="de"))
    assert [(f.text, f.source_kind) for f in facts if f.kind == "source"] == [("dpa", "dateline")]
    assert event.where == "Tarvingen"
    plain = "Harbor (Lights) - a band from Tarvik - played on Friday.\n\nFans sang."
    facts, _ = find_facts(segment(Article(source="t", text=plain)), Options())
    assert not [f for f in facts if f.kind == "source"]  # no agency: no dateline


def test_a_byline_loses_its_day_count_and_degrees_and_a_menu_is_no_publisher() -> None:
    hits = from_metadata("Ana Ruiz Monday, Tom Hale 0, MSc, RD (CA)", "News | Sport | Weather")
    assert [(h.name, h.role) for h in hits] == [("Ana Ruiz", "byline"), ("Tom Hale", "byline")]


def test_a_job_title_a_piece_kind_or_a_doubled_name_is_no_byline() -> None:
    hits = from_metadata("Analysis by Ana Ruiz, Tom Hale Tom Hale, Tarvik Sports Writer", None)
    assert [h.name for h in hits] == ["Ana Ruiz", "Tom Hale"]


def test_a_lone_letter_is_no_byline() -> None:
    """A byline "Lindenhof-Verein e V" (an "e.V." its metadata flattened) splits at the "e" of
    Italian and Portuguese bylines; the letter left over names no one."""
    hits = from_metadata("Lindenhof-Verein e V", None)
    assert [h.name for h in hits] == ["Lindenhof-Verein"]


def test_a_credit_in_prose_is_no_byline() -> None:
    """A site's credit in the author field names no author; a bio after a name is cut."""
    assert from_metadata("Hecho en Cartago con Plone por Tinamu", None) == []
    assert [h.name for h in from_metadata("Ida Marsh is a reporter", None)] == ["Ida Marsh"]
    assert [h.name for h in from_metadata("Ana de la Torre y Tom Hale", None)] == [
        "Ana de la Torre",
        "Tom Hale",
    ]
