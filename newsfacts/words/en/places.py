"""Place cues: first and last words of place names, place prepositions and nouns."""

from __future__ import annotations

from newsfacts.words import split_words

# Last and first words that make a name a place ("Tiananmen Square", "Republic of Ireland").
PLACE_SUFFIXES = frozenset(
    split_words("""
    Park Square Road Street Avenue Bridge River Lake Mountain Mountains Island Islands Valley
    Airport Stadium Beach Coast Heights Hills Peninsula Province Region District County Oval
    Desert Sea Ocean Strait Canal Harbour Harbor Port Palace House Hall Arena Cathedral Castle
    Barracks Prison Station""")
)

PLACE_HEADS = frozenset(
    split_words("""
    Republic Kingdom Gulf Bay Isle Cape Lake Mount Port Fort""")
)

PLACE_PREPS = frozenset({"in", "at", "near", "from", "outside", "across", "throughout", "to"})

STRONG_PLACE_PREPS = frozenset({"in", "at", "near"})

COMPASS = frozenset(
    split_words("North South East West Northern Southern Eastern Western Central Upper Lower")
)

PLACE_NOUNS = frozenset(
    split_words("city town village province region state island capital district county port")
)

# Words right after a name that make it a place's ('Dover port', 'the Amazon rainforest')
PLACE_AFTER = frozenset(
    split_words(
        "mayor residents port harbour harbor rainforest river basin delta valley region county "
        "township suburb suburbs district"
    )
)

STATE_WORDS = frozenset({"Republic", "Kingdom", "Emirates", "Principality", "Sultanate"})

# Words that open place names before a first name ("Port Elizabeth", "Mount Vernon").
NAME_PREFIXES = frozenset(split_words("St St. Saint San Santa Port Fort Mount Lake Cape Glen"))

# Lower-case nouns right after a name that make it a facility's name, a place ("Charles de
# Gaulle airport"), even where it reads as a person's; not "port" (an HDMI port, a game's port).
FACILITY_NOUNS = frozenset(
    split_words("airport airfield harbour harbor palace bridge stadium dam canal")
)

# Demonyms map to their country: "South Korean troops" tells where, not who.
DEMONYMS: dict[str, str] = {
    "American": "United States",
    "British": "United Kingdom",
    "English": "England",
    "Scottish": "Scotland",
    "Welsh": "Wales",
    "Irish": "Ireland",
    "French": "France",
    "German": "Germany",
    "Dutch": "Netherlands",
    "Belgian": "Belgium",
    "Spanish": "Spain",
    "Portuguese": "Portugal",
    "Italian": "Italy",
    "Greek": "Greece",
    "Swiss": "Switzerland",
    "Austrian": "Austria",
    "Swedish": "Sweden",
    "Norwegian": "Norway",
    "Danish": "Denmark",
    "Finnish": "Finland",
    "Polish": "Poland",
    "Czech": "Czechia",
    "Hungarian": "Hungary",
    "Romanian": "Romania",
    "Bulgarian": "Bulgaria",
    "Serbian": "Serbia",
    "Croatian": "Croatia",
    "Bosnian": "Bosnia and Herzegovina",
    "Russian": "Russia",
    "Ukrainian": "Ukraine",
    "Turkish": "Turkey",
    "Israeli": "Israel",
    "Palestinian": "Palestine",
    "Iranian": "Iran",
    "Iraqi": "Iraq",
    "Syrian": "Syria",
    "Saudi": "Saudi Arabia",
    "Egyptian": "Egypt",
    "Afghan": "Afghanistan",
    "Pakistani": "Pakistan",
    "Indian": "India",
    "Chinese": "China",
    "Japanese": "Japan",
    "Korean": "Korea",
    "South Korean": "South Korea",
    "North Korean": "North Korea",
    "Taiwanese": "Taiwan",
    "Vietnamese": "Vietnam",
    "Thai": "Thailand",
    "Indonesian": "Indonesia",
    "Filipino": "Philippines",
    "Australian": "Australia",
    "New Zealander": "New Zealand",
    "Canadian": "Canada",
    "Mexican": "Mexico",
    "Brazilian": "Brazil",
    "Argentine": "Argentina",
    "Chilean": "Chile",
    "Colombian": "Colombia",
    "Peruvian": "Peru",
    "Cuban": "Cuba",
    "Nigerian": "Nigeria",
    "Kenyan": "Kenya",
    "South African": "South Africa",
    "Ethiopian": "Ethiopia",
    "European": "Europe",
    "African": "Africa",
    "Asian": "Asia",
    "Arab": "Arab world",
    "Kiwi": "New Zealand",
}
