"""French word data: the small words inside names."""

NAME = "French"
PARTICLES = frozenset(["de", "du", "des", "la", "le", "les", "et", "d'", "l'", "pour", "en", "sur"])
COMPOUNDS = False
ANY_LISTED = False
SCALES = {"milliards": 1e9, "milliard": 1e9, "millions": 1e6, "million": 1e6, "mille": 1e3}
PERCENT = ("pour cent",)
CURRENCIES = {"euros": "EUR", "euro": "EUR", "dollars": "USD", "dollar": "USD",
              "francs": "CHF", "livres": "GBP"}  # fmt: skip
SCALE_LINK = "d'|d’|de"
DAY_WORDS = {"aujourd'hui": 0, "aujourd’hui": 0, "hier": -1, "avant-hier": -2, "demain": 1}
BACK = ("dernier", "passé")
AHEAD = ("prochain",)
SPEECH_VERBS = ("a déclaré", "a dit", "a affirmé", "a expliqué", "a ajouté", "a-t-il déclaré",
                "a-t-elle déclaré", "déclare", "explique", "affirme", "a souligné",
                "selon")  # fmt: skip
