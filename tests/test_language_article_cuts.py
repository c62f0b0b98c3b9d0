"""A German article written with a capital inside a run of capitalised words opens a sentence
(the words before it are a heading's, or end a sentence missing its full stop); a noun for a
kind of body stands before a name. Every sentence here is our own, written for these tests.
"""

from __future__ import annotations

from finder_entities import entities_in


def test_a_heading_glued_to_a_sentence_is_no_part_of_a_body() -> None:
    """'Gründung der Akademie Die damals …': no body named 'Akademie Die'."""
    text = "Gründung der Akademie Die damals noch kleine Akademie wurde 1990 gegründet."
    assert not any(name.endswith(" Die") for name in entities_in(text, "de"))


def test_a_sentence_missing_its_stop_is_cut_at_the_next_article() -> None:
    """'… und Stadtkirche Den Mittelpunkt …': no body 'Stadtkirche Den Mittelpunkt'."""
    text = "Das Rathaus steht zwischen Markt und Stadtkirche Den Mittelpunkt bildet ein Brunnen."
    assert "Stadtkirche Den Mittelpunkt" not in entities_in(text, "de")


def test_a_kind_of_body_after_a_places_adjective_is_no_part_of_its_name() -> None:
    """'der Schweizer Versicherung Alpine Life': the insurer is 'Alpine Life'."""
    text = "Die Tochter der Schweizer Versicherung Alpine Life arbeitet mit Verlust."
    found = entities_in(text, "de")
    assert found.get("Alpine Life") == "organization"
    assert "Versicherung Alpine Life" not in found
