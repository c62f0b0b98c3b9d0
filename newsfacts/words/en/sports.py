"""Sports words: sport names (a headline opening with one marks a sports report), play words."""

from __future__ import annotations

from newsfacts.words import split_words

SPORTS = frozenset(
    split_words("""
    soccer football cricket tennis golf baseball basketball rugby cycling athletics boxing
    motor racing hockey skiing swimming olympics formula horse nfl nba nhl badminton volleyball
    snooker squash rowing sailing handball""")
)

# Words near a name in a match report ("beat", "v", "drew"): the name is a team there.
PLAY_WORDS = frozenset(
    split_words(
        "beat beats drew draw lost v vs against defeated held host won reached declared scored "
        "batted bowled trailed rivals over joined champions victory winners thrashed"
    )
)
