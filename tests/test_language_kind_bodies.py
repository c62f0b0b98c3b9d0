"""German bodies of a kind read as no body's name. Every sentence here is our own, written for
these tests.
"""

from __future__ import annotations

from finder_entities import entities_in


def test_a_plural_of_a_body_word_after_an_adjective_is_no_name() -> None:
    """'Sächsische Vereine', 'die Deutschen Banken': clubs and banks of a kind."""
    found = entities_in("Gegner waren meist Sächsische Vereine aus der Region.", "de")
    assert "Sächsische Vereine" not in found
    found = entities_in("Die Deutschen Banken und die Evangelischen Kirchen schwiegen.", "de")
    assert "Deutschen Banken" not in found


def test_a_body_word_after_an_indefinite_article_is_no_name() -> None:
    """'einer Gruppe von Kohlenwasserstoffen': a group of things."""
    text = "Sie gehören zu einer Gruppe von Kohlenwasserstoffen, die giftig sind."
    assert not any("Gruppe" in name for name in entities_in(text, "de"))


def test_a_word_of_time_after_a_body_word_is_no_part_of_a_name() -> None:
    """'die Polizei Anfang der 1990er-Jahre': the police, then when."""
    text = "Später zog die Polizei Anfang der 1990er-Jahre hier ein."
    assert "Polizei Anfang" not in entities_in(text, "de")


def test_a_singular_body_with_a_place_adjective_stays_a_name() -> None:
    """'die Sächsische Landesbank': one bank, still a name."""
    found = entities_in("Gestern zahlte die Sächsische Landesbank die Zinsen.", "de")
    assert found.get("Sächsische Landesbank") == "organization"


def test_bodies_of_a_kind_and_stray_capitals_unname_a_span_alike() -> None:
    """One helper drops a span's kind and evidence for both passes, its words kept."""
    from newsfacts.facts.names import kind_bodies, stray_capitals
    from newsfacts.facts.names.reading import Span

    assert kind_bodies.unnamed is stray_capitals.unnamed
    span = Span("Sächsische Vereine", 2, 4, "organization", "organisation word", None, False)
    assert stray_capitals.unnamed(span) == Span("Sächsische Vereine", 2, 4, None, "", None, False)
