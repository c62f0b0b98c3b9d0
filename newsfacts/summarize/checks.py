"""What the news ranker never picks: captions, fragments, quotations torn from their speaker."""

from __future__ import annotations

import re
from collections.abc import Callable

CAPTION = re.compile(
    r"\((?:AP|AFP|Reuters|Yonhap|EPA|Getty|File|Xinhua|PA)\b[^)]*\)\s*$|\bPhoto(?:graph)?:"
    r"|\bpose[sd]? for (?:a )?(?:photo|picture)s?\b|\b(?:Getty|Shutterstock|Reuters|AP) Images?\b"
    r"|^(?:Photo by|Image:|Source:|Read more|Related|Advertisement)\b|\bclick here\b"
    r"|\bScroll down for\b",
    re.IGNORECASE,
)
BYLINE = re.compile(r"^By\s+[A-Z][\w.'-]+(?:\s+[A-Z][\w.'-]+){0,3}\s*(?:[,|]|$)")
VERBISH = re.compile(
    r"\b(?:is|are|was|were|be|been|has|have|had|will|would|can|could|should|may|might|must|"
    r"do|does|did|said|says)\b|\b\w{2,}(?:ed|es|s)\b",
    re.IGNORECASE,
)
OPEN_QUOTE = "\"“‘'"
CLOSE_QUOTE = "\"”’'"
ATTRIBUTION = re.compile(
    r"\b(?:said|says|say|told|tells|added|adds|asked|asks|according|explained|stated|noted|"
    r"wrote|writes|insisted|warned|warns|claimed|claims|argued|argues|tweeted|declared)\b",
    re.IGNORECASE,
)


def is_caption(text: str) -> bool:
    """Photo captions, credits, bylines and link lines."""
    return CAPTION.search(text) is not None or BYLINE.search(text) is not None


def is_fragment(text: str) -> bool:
    """A header or list line without final punctuation, or a short verbless scrap."""
    words = text.split()
    ends = text.rstrip(CLOSE_QUOTE + ")").endswith((".", "!", "?", "…"))
    short_verbless = len(words) < 8 and VERBISH.search(text) is None
    return len(words) < 4 or not ends or short_verbless


def is_torn_quote(text: str) -> bool:
    """A quotation whose speaker lives in another sentence (or that runs on into the next)."""
    t = text.strip()
    if t[:1] not in OPEN_QUOTE:
        return False
    rest = t[1:].rstrip(".")
    closed = any(q in rest[:-1] for q in CLOSE_QUOTE if q != "'")
    return not closed or ATTRIBUTION.search(t) is None


CHECKS: tuple[Callable[[str], bool], ...] = (is_caption, is_fragment, is_torn_quote)


def eligible(text: str) -> bool:
    """Whether the default method may put a sentence in a summary."""
    return not any(check(text) for check in CHECKS)


def rejection(text: str) -> str | None:
    """Why the default method never picks a sentence (`caption`, `fragment`, ...), or None."""
    for check in CHECKS:
        if check(text):
            return check.__name__.removeprefix("is_")
    return None
