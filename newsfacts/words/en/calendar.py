"""Calendar words: month and weekday names, and the regex sources built on them."""

from __future__ import annotations

from newsfacts.words import split_words

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}  # fmt: skip

WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip

# Regex sources (groups named month and weekday), compiled in `newsfacts.facts.dates`.
MONTH_PATTERN = r"(?P<month>Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\.?"  # noqa: E501
WEEKDAY_PATTERN = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
# Three-letter month abbreviations, title case: a text without any of them names no month.
MONTH_ABBREVIATIONS = tuple(m.title() for m in MONTHS if len(m) == 3)

DAY_OFFSETS = {
    "today": 0, "yesterday": -1, "tomorrow": 1, "tonight": 0, "last night": -1,
    "this morning": 0, "this afternoon": 0, "this evening": 0,
}  # fmt: skip
# Named days that are no relative weekday: "Remembrance Sunday", "Black Friday".
NAMED_DAYS = frozenset(
    split_words(
        """
    remembrance easter palm good black cyber super ash bloody holy maundy shrove whit
    mothering giving"""
    )
)

# Nouns after which "today's" / "tomorrow's" is an era, not a day ("today's youth").
TIMELESS_NOUNS = frozenset(
    split_words("world youth society generation generations children kids culture economy")
)

# Tense markers (facts/tense.py): words that point a clause ahead or back in time. Participles
# of planning ("scheduled", "expected") look ahead even though they end in -ed.
AHEAD_WORDS = frozenset(
    split_words(
        """
    will would shall won't wo going scheduled expected due slated plans intends supposed upcoming
    until till starting starts begins opens"""
    )
)
# Verbs of a scheduled event in the present tense: news tells what is still to come this way
# ("the two leaders meet Monday", "the team hosts Ohio on Saturday").
SCHEDULED_WORDS = frozenset(
    split_words(
        """
    meet meets visit visits arrive arrives vote votes travel travels return returns resume resumes
    face faces play plays host hosts testify testifies"""
    )
)
BACK_WORDS = frozenset(
    split_words(
        """
    was were had did ago last said met came took made told left went won lost fell rose began
    held saw gave sold bought got found became struck hit spoke ran sent brought kept paid
    earlier previously since"""
    )
)

# Holidays on a fixed day (month, day) or on the nth weekday of a month (month, weekday, n):
# the US ones most news names; "year-end" is the last day of a year.
HOLIDAYS: dict[str, tuple[int, ...]] = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "christmas day": (12, 25),
    "christmas eve": (12, 24), "christmas": (12, 25), "boxing day": (12, 26),
    "independence day": (7, 4), "halloween": (10, 31), "valentine's day": (2, 14),
    "thanksgiving day": (11, 3, 4), "thanksgiving": (11, 3, 4), "year-end": (12, 31),
}  # fmt: skip
