"""German word data: the small words inside names, and the spelling name that marks a compound."""

NAME = "German"  # jusText's stoplist and pyspellchecker's list under this name
# Lower-case words that may stand inside a name ("Walther von der Vogelweide", "Bank für ...").
PARTICLES = frozenset(
    [
        "von",
        "vom",
        "zu",
        "zum",
        "zur",
        "der",
        "den",
        "des",
        "dem",
        "und",
        "am",
        "im",
        "für",
        "auf",
        "an",
        "bei",
    ]
)
COMPOUNDS = True  # nouns join into one word: "Schwarzmarkt" is "schwarz" + "markt"
ANY_LISTED = True  # its counts sit at the floor for most words ("hund" 64, "merkel" 50)
# Numbers: scale words (their multiplier), words for per cent, currency words and the word that
# may join a scale to its currency (none in German: "3,5 Millionen Euro").
SCALES = {"Tausend": 1e3, "Mio.": 1e6, "Million": 1e6, "Millionen": 1e6, "Mrd.": 1e9,
          "Milliarde": 1e9, "Milliarden": 1e9, "Billionen": 1e12}  # fmt: skip
PERCENT = ("Prozent",)
CURRENCIES = {"Euro": "EUR", "Dollar": "USD", "US-Dollar": "USD", "Franken": "CHF",
              "Pfund": "GBP"}  # fmt: skip
SCALE_LINK = ""
# Dates: day words (days from the article date), and words that point back or ahead.
DAY_WORDS = {"heute": 0, "gestern": -1, "vorgestern": -2, "übermorgen": 2}  # "Morgen": morning
BACK = ("vergangenen", "vergangene", "letzten", "letzte", "vorigen")
AHEAD = ("kommenden", "kommende", "nächsten", "nächste")
# Quotes: speech verbs, as they stand next to a quote ("…“, sagte Brenner).
SPEECH_VERBS = ("sagte", "sagt", "erklärte", "betonte", "meinte", "fügte hinzu", "teilte mit",
                "so", "schrieb", "warnte", "kritisierte", "sagten")  # fmt: skip
