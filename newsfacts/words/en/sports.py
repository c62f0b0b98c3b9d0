"""Sports names: a report whose headline opens with one is a sports report."""

from __future__ import annotations

from newsfacts.words import split_words

SPORTS = frozenset(
    split_words("""
    soccer football cricket tennis golf baseball basketball rugby cycling athletics boxing
    motor racing hockey skiing swimming olympics formula horse nfl nba nhl badminton volleyball
    snooker squash rowing sailing handball""")
)
