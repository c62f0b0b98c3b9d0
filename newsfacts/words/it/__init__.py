"""Italian word data: the small words inside names."""

NAME = "Italian"
PARTICLES = frozenset(
    ["di", "del", "della", "dei", "degli", "delle", "da", "la", "il", "lo", "e", "per", "in"]
)
COMPOUNDS = False
ANY_LISTED = False
