"""Spanish word data: the small words inside names."""

NAME = "Spanish"
PARTICLES = frozenset(["de", "del", "la", "las", "los", "el", "y", "e", "para", "por", "en"])
COMPOUNDS = False
ANY_LISTED = False
