"""Portuguese word data: the small words inside names."""

NAME = "Portuguese"
PARTICLES = frozenset(["de", "do", "da", "dos", "das", "e", "para", "em"])
COMPOUNDS = False
ANY_LISTED = False
SCALES = {"mil milhões": 1e9, "bilhões": 1e9, "bilião": 1e9, "milhões": 1e6, "milhão": 1e6,
          "mil": 1e3}  # fmt: skip
PERCENT = ("por cento",)
CURRENCIES = {"euros": "EUR", "euro": "EUR", "reais": "BRL", "real": "BRL", "dólares": "USD",
              "dólar": "USD"}  # fmt: skip
SCALE_LINK = "de"
DAY_WORDS = {"hoje": 0, "ontem": -1, "amanhã": 1, "anteontem": -2}
BACK = ("passado", "passada")
AHEAD = ("próximo", "próxima", "que vem")
SPEECH_VERBS = ("disse", "afirmou", "declarou", "explicou", "acrescentou", "segundo", "diz",
                "destacou")  # fmt: skip
