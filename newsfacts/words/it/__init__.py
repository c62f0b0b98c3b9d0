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
