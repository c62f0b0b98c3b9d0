"""A page's byline line read into its headline is cut off the title; a title that only
resembles a removed line keeps its words.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

from newsfacts.clean.stage import title_without_removed
from newsfacts.model import Removal


def test_a_removed_byline_glued_after_the_title_is_cut_off() -> None:
    """'»…« Veröffentlicht von Ruderclub am 3. Mai 2021': the headline is the quote alone."""
    removed = (Removal("furniture", "Veröffentlicht von Ruderclub am 3. Mai 2021"),)
    title = "»Rettet den Uferweg!« Veröffentlicht von Ruderclub am 3. Mai 2021"
    assert title_without_removed(title, removed) == "»Rettet den Uferweg!«"


def test_a_title_that_is_no_removed_line_plus_more_stays_whole() -> None:
    """A short removed word, or a removed line that is the whole title, cuts nothing."""
    title = "La mairie ouvre une piscine en plein air"
    assert title_without_removed(title, (Removal("menu", "plein air"),)) == title
    assert title_without_removed(title, (Removal("share", title),)) == title
    assert title_without_removed(title, ()) == title


def test_a_menus_line_that_repeats_the_headline_cuts_nothing() -> None:
    """A menu that lists the headline is no byline glued to the title."""
    title = "Share this: The river that floods the old town every spring"
    removed = (Removal("menu", "The river that floods the old town every spring"),)
    assert title_without_removed(title, removed) == title
