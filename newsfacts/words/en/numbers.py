"""Number words, scale words and currency signs and names, with the ISO codes they stand for."""

from __future__ import annotations

from newsfacts.words import split_words

NUMBER_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "hundred": 100, "thousand": 1000, "dozen": 12, "hundreds": 100,
    "thousands": 1000, "dozens": 12,
}  # fmt: skip
SCALES = {
    "k": 1e3, "thousand": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "million": 1e6, "bn": 1e9,
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
