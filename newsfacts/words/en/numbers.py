"""Number words, scale words and currency signs and names, with the ISO codes they stand for."""

from __future__ import annotations

from newsfacts.words import split_words

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "thousand": 1000, "dozen": 12, "hundreds": 100,
    "thousands": 1000, "dozens": 12,
}  # fmt: skip
# The parts of a compound number word ("seventy-eight").
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}  # fmt: skip
UNITS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
         "nine": 9}  # fmt: skip
SCALES = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "bn": 1e9,
    "mld": 1e9,
    "billion": 1e9, "tn": 1e12, "trillion": 1e12,
}  # fmt: skip
CURRENCY_SIGNS = {
    "US$": "USD", "NZ$": "NZD", "A$": "AUD", "C$": "CAD", "HK$": "HKD", "S$": "SGD", "$": "USD",
    "€": "EUR", "£": "GBP", "¥": "JPY", "₩": "KRW", "₹": "INR", "Rs.": "INR", "Rs": "INR",
}  # fmt: skip
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "euros": "EUR", "euro": "EUR", "pounds": "GBP",
    "sterling": "GBP", "yen": "JPY", "won": "KRW", "yuan": "CNY", "rupees": "INR",
    "francs": "CHF", "marks": "DEM", "roubles": "RUB", "rubles": "RUB", "pesos": "MXN",
}  # fmt: skip

# ISO currency codes (and "Rs"): a capitalised one before a number is no name.
CURRENCY_CODES = frozenset(
    split_words("Rs Rs. INR USD EUR GBP JPY CNY RMB HKD AUD CAD CHF NZD SGD KRW")
)

# Words of a number phrase (facts/number_phrases.py): magnitudes multiplied ("hundreds of
# thousands" = 1e5), fraction words dividing ("two-thirds"), digits read out ("six point six").
MAGNITUDES = {
    "tens": 10.0, "dozens": 12.0, "scores": 20.0, "hundreds": 100.0, "thousands": 1e3,
    "millions": 1e6, "billions": 1e9, "trillions": 1e12,
}  # fmt: skip
FRACTION_WORDS = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip
DIGIT_WORDS = {
    "zero": 0, "oh": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9,
}  # fmt: skip
# Currency nouns in the singular, money only after a scale word ("a 3.5 billion pound plan";
# "a 300 pound man" is a weight).
CURRENCY_NOUNS = {
    **CURRENCY_WORDS, "pound": "GBP", "rupee": "INR", "franc": "CHF", "rouble": "RUB",
    "ruble": "RUB", "peso": "MXN", "rand": "ZAR", "krona": "SEK", "krone": "NOK",
}  # fmt: skip

# Verbs and links between a figure and its noun ("sales rose to $5m"): no noun of their own.
FIGURE_LINKS = frozenset(
    split_words(
        """
    rose fell by to at of worth paid was is were are up down grew increased decreased climbed
    dropped jumped slipped gained lost cost costs about around nearly almost some than over
    estimated record offered has have had averaged totalled totaled reached hit"""
    )
)

# Hedges and auxiliaries between a noun and its figure ("options ranged from approximately").
HEDGES = frozenset(
    split_words(
        """
    approximately roughly around about nearly almost some from will would can could may might
    must be been being"""
    )
)

# Nouns in -ing/-ed that name what a figure counts ("a $5 million building", "funding").
ING_NOUNS = frozenset(
    split_words(
        """
    building buildings funding spending meeting meetings housing earnings savings holdings
    offering offerings financing pricing ranking rating ratings listing listings seed
    shipping training clothing bedding feed need hundred"""
    )
)

# Plural nouns that modify another noun ("news outlets", "sales staff"): no head noun.
PLURAL_MODIFIERS = frozenset(
    split_words(
        """
    news sales sports arms savings goods customs earnings series species means"""
    )
)

# Words after a measure that say what it measures ("12 inches wide", "five points clear").
MEASURES = frozenset(
    split_words(
        """
    old wide deep long tall high thick away behind ahead clear apart ago early late older
    younger longer higher lower earlier later bigger smaller larger more less"""
    )
)

# Words near a tally ("7 to 2") that make it a vote, or a game's score.
VOTE_CUES = frozenset(
    split_words(
        """
    vote votes voted voting ballot ballots margin majority approved passed rejected ruled ruling
    decision verdict split favour favor"""
    )
)

SCORE_CUES = frozenset(
    split_words(
        """
    won win wins winning beat beats beating lost lose loses losing defeat defeated defeats drew
    draw tied score scored victory loss thrashed thrashing edged routed rout lead led leading
    trailed trailing triumph scoreline crushed demolished downed overcame success thumped
    hammered"""
    )
)

# Nouns a tally qualifies right after it: "a 2-0 win", "a 5-4 ruling".
TALLY_NOUNS = frozenset(
    split_words(
        """
    win victory defeat loss lead draw decision ruling vote verdict majority margin split
    scoreline triumph thrashing rout"""
    )
)
