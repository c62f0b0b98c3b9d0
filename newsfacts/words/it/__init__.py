"""Italian word data: the small words inside names."""

NAME = "Italian"
PARTICLES = frozenset(
    ["di", "del", "della", "dei", "degli", "delle", "da", "la", "il", "lo", "e", "per", "in"]
)
COMPOUNDS = False
ANY_LISTED = False
SCALES = {"miliardi": 1e9, "miliardo": 1e9, "milioni": 1e6, "milione": 1e6, "mila": 1e3}
PERCENT = ("per cento",)
CURRENCIES = {"euro": "EUR", "dollari": "USD", "dollaro": "USD", "sterline": "GBP"}
SCALE_LINK = "di"
DAY_WORDS = {"oggi": 0, "ieri": -1, "domani": 1, "l'altro ieri": -2}
BACK = ("scorso", "scorsa")
AHEAD = ("prossimo", "prossima")
SPEECH_VERBS = ("ha detto", "ha dichiarato", "ha spiegato", "ha aggiunto", "ha affermato",
                "dice", "ha sottolineato", "secondo")  # fmt: skip
