"""Portuguese word data: the small words inside names."""

NAME = "Portuguese"
PARTICLES = frozenset(["de", "do", "da", "dos", "das", "e", "para", "em"])
COMPOUNDS = False
ANY_LISTED = False
