"""Character positions of a text already claimed by a finder."""

from __future__ import annotations


class Claimed:
    """Character positions already claimed: linear checks, however many numbers a text has."""

    def __init__(self, size: int, spans: list[tuple[int, int]]) -> None:
        self.used = bytearray(size + 1)
        for span in spans:
            self.append(span)

    def free(self, a: int, b: int) -> bool:
        """True when no claimed position lies in [a, b)."""
        return not any(self.used[max(a, 0) : b])

    def append(self, span: tuple[int, int]) -> None:
        """Claim the positions of a span."""
        a, b = max(span[0], 0), min(span[1], len(self.used))
        if b > a:
            self.used[a:b] = b"\x01" * (b - a)
