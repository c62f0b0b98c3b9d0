"""German organisations named by their shape: a paper or body in quote marks after its
article, a public body by its kind and its seat. Every sentence here is our own, written for
these tests.
"""

from __future__ import annotations

from conftest import name_spans as spans


def test_a_paper_in_quote_marks_after_its_article_is_an_organisation() -> None:
    """'sagte sie dem „Kölner Boten“': the paper, not the town in its adjective."""
    found = spans("Das sagte die Ministerin dem „Kölner Boten“ am Montag.", "de")
    assert ("Kölner Boten", "organization", "quoted body") in found


def test_a_press_word_ends_a_quoted_paper() -> None:
    """'in der "Lübecker Rundschau"': a paper by its last word."""
    found = spans('Das stand gestern in der "Lübecker Rundschau" zu lesen.', "de")
    assert ("Lübecker Rundschau", "organization", "quoted body") in found


def test_a_quoted_title_without_article_is_no_body() -> None:
    """'den Roman „Grüne Felder“': a work's title after a noun, no paper."""
    found = spans("Sie las den Roman „Grüne Felder“ am Abend.", "de")
    assert not [t for t, k, _ in found if k == "organization"]


def test_a_quoted_treaty_named_for_a_town_is_no_body() -> None:
    """'den „Bremer Vertrag“': a treaty named for its town, no paper nor body."""
    found = spans("Beide Länder unterzeichneten den „Bremer Vertrag“ im Mai.", "de")
    assert not [t for t, k, _ in found if k == "organization"]
