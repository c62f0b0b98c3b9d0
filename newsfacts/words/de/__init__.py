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
