"""A name right before a model's number in a German text is a product's. Every sentence here
is our own, written for these tests.
"""

from __future__ import annotations

from finder_entities import entities_in


def test_words_before_a_model_number_are_a_product_no_name() -> None:
    """'der Segler Kessing Ro 212': an aircraft's model, no person."""
    text = "Gebaut wurden auch die Segler Kessing Ro 212 und Kessing Ba 318 in der Halle."
    found = entities_in(text, "de")
    assert "Kessing Ro" not in found
    assert "Kessing Ba" not in found


def test_a_count_after_a_name_is_no_model_number() -> None:
    """'spielte Teemu Vaarala 90 Minuten': a count of minutes, the player stays a person."""
    from newsfacts.facts.names.model_numbers import model_numbers
    from newsfacts.facts.names.reading import Span
    from newsfacts.facts.tokens import tokenize
    from newsfacts.words import de

    tokens = tokenize("Dann spielte Teemu Vaarala 90 Minuten durch.")
    span = Span("Teemu Vaarala", 2, 4, "person", "capitals", None, False)
    assert model_numbers(tokens, [span], de) == [span]
    tokens = tokenize("Sein Vaarala Mondo 208 fährt noch.")
    span = Span("Vaarala Mondo", 1, 3, "person", "capitals", None, False)
    assert model_numbers(tokens, [span], de)[0].label is None


def test_a_year_or_a_share_move_after_a_name_is_no_model_number() -> None:
    """'Kessing Verlag 1990', 'Borlo Tec 1,4 %': a year, a share's move."""
    from newsfacts.facts.names.model_numbers import model_numbers
    from newsfacts.facts.names.reading import Span
    from newsfacts.facts.tokens import tokenize
    from newsfacts.words import de

    tokens = tokenize("Dagegen gaben Borlo Tec 1,4 % nach.")
    span = Span("Borlo Tec", 2, 4, "organization", "capitals", None, False)
    assert model_numbers(tokens, [span], de) == [span]
    tokens = tokenize("So stand es bei Borlo Tec 1990 im Bericht.")
    span = Span("Borlo Tec", 4, 6, "organization", "capitals", None, False)
    assert model_numbers(tokens, [span], de) == [span]
