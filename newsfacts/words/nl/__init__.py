"""Dutch word data: the small words inside names, and the spelling name that marks a compound."""

NAME = "Dutch"
PARTICLES = frozenset(
    ["van", "de", "der", "den", "het", "ter", "ten", "te", "en", "voor", "op", "'t", "in"]
)
COMPOUNDS = True  # "Waterschap", "Belastingdienst": compounds are one word
ANY_LISTED = False
SCALES = {"miljard": 1e9, "miljoen": 1e6, "duizend": 1e3}
PERCENT = ("procent",)
CURRENCIES = {"euro": "EUR", "dollar": "USD", "pond": "GBP"}
SCALE_LINK = ""
DAY_WORDS = {
    "vandaag": 0,
    "gisteren": -1,
    "eergisteren": -2,
    "overmorgen": 2,
}  # "morgen": also morning
BACK = ("afgelopen", "vorige")
AHEAD = ("komende", "volgende", "aanstaande")
SPEECH_VERBS = ("zei", "zegt", "verklaarde", "aldus", "voegde toe", "stelde", "schreef",
                "benadrukte", "volgens")  # fmt: skip
