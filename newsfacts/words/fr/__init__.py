"""French word data: the small words inside names."""

NAME = "French"
PARTICLES = frozenset(["de", "du", "des", "la", "le", "les", "et", "d'", "l'", "pour", "en", "sur"])
COMPOUNDS = False
ANY_LISTED = False
