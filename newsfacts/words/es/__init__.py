"""Spanish word data: the small words inside names."""

NAME = "Spanish"
PARTICLES = frozenset(["de", "del", "la", "las", "los", "el", "y", "e", "para", "por", "en"])
COMPOUNDS = False
ANY_LISTED = False
SCALES = {"mil millones": 1e9, "millones": 1e6, "millón": 1e6, "mil": 1e3, "billones": 1e12}
PERCENT = ("por ciento",)
CURRENCIES = {"euros": "EUR", "euro": "EUR", "dólares": "USD", "dólar": "USD", "pesos": "MXN",
              "libras": "GBP"}  # fmt: skip
SCALE_LINK = "de"
DAY_WORDS = {"hoy": 0, "ayer": -1, "anteayer": -2, "anoche": -1}  # "mañana": also morning
BACK = ("pasado", "pasada", "último")
AHEAD = ("próximo", "próxima", "que viene")
SPEECH_VERBS = ("dijo", "afirmó", "declaró", "explicó", "señaló", "aseguró", "añadió", "indicó",
                "advirtió", "sostuvo", "según")  # fmt: skip
