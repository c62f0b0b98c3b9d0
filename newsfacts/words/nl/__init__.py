"""Dutch word data: the small words inside names, and the spelling name that marks a compound."""

NAME = "Dutch"
PARTICLES = frozenset(
    ["van", "de", "der", "den", "het", "ter", "ten", "te", "en", "voor", "op", "'t", "in"]
)
COMPOUNDS = True  # "Waterschap", "Belastingdienst": compounds are one word
ANY_LISTED = False
