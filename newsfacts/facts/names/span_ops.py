"""One step the text passes share: new spans put in place of the spans they overlap."""

from __future__ import annotations

from newsfacts.facts.names.reading import Span


def put(spans: list[Span], *new: Span) -> list[Span]:
    """The spans with `new` in place of every span overlapping them, in text order."""
    start, end = min(s.start for s in new), max(s.end for s in new)
    kept = [s for s in spans if s.end <= start or s.start >= end]
    return sorted([*kept, *new], key=lambda s: s.start)
