"""What the news ranker never picks: captions, fragments, quotations torn from their speaker.

Each check reads the text in a language (sumy's name, 'english' by default): another language
brings its quote marks („…“, »…«, «…»), its speech verbs and its stop words.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from newsfacts.lazyre import may_contain
from newsfacts.summarize.text import ENGLISH, WORD, stop_words
from newsfacts.words import LANGUAGES, words_of

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
# Quote marks of other languages (German „…“ and »…«, French «…», Spanish and Portuguese «…»):
# either side, as German's closing “ is English's opening one.
OTHER_QUOTES = "„“«»‚‘‹›"


@cache
def attribution(language: str = ENGLISH) -> re.Pattern[str]:
    """A speech verb of the language ('said', 'sagte', 'a déclaré', 'dijo'); English's words
    count in every language (quoted English in a German story)."""
    verbs = speech_verbs(language)
    if not verbs:
        return ATTRIBUTION
    alternatives = "|".join(re.escape(v) for v in sorted(verbs, key=len, reverse=True))
    return re.compile(rf"{ATTRIBUTION.pattern}|\b(?:{alternatives})\b", re.IGNORECASE)


def speech_verbs(language: str) -> tuple[str, ...]:
    """The speech verbs of a language other than English from its word data (none if none)."""
    for code in LANGUAGES:
        words = words_of(code)
        if words is not None and str(words.NAME).lower() == language:
            return tuple(words.SPEECH_VERBS)
    return ()


def quote_marks(language: str) -> tuple[str, str]:
    """The opening and closing quote marks read in a language."""
    if language == ENGLISH:
        return OPEN_QUOTE, CLOSE_QUOTE
    return OPEN_QUOTE + OTHER_QUOTES, CLOSE_QUOTE + OTHER_QUOTES


# A word each of CAPTION's alternatives needs: a text with none of them (most sentences) is no
# caption, without the slow case-blind scan.
CAPTION_NEEDS = (
    "(", "photo", "pose", "image", "source", "read more", "related", "advertisement", "click",
    "scroll",
)  # fmt: skip


def is_caption(text: str, language: str = ENGLISH) -> bool:
    """Photo captions, credits, bylines and link lines (English words, in any language)."""
    return _caption_words(text) is not None or BYLINE.search(text) is not None


def _caption_words(text: str) -> re.Match[str] | None:
    """CAPTION's match in the text, scanning only a text that has a word it needs."""
    return CAPTION.search(text) if may_contain(text, CAPTION_NEEDS, ignore_case=True) else None


def is_heading(text: str, language: str = ENGLISH) -> bool:
    """A header or list line: no final punctuation."""
    closing = quote_marks(language)[1]
    return not text.rstrip(closing + ")").endswith((".", "!", "?", "…"))


def is_fragment(text: str, language: str = ENGLISH) -> bool:
    """A header or list line without final punctuation, or a short verbless scrap (in another
    language than English: a short line with neither a stop word nor a speech verb of the
    language, 'Foto: Anna Berg.')."""
    words = text.split()
    if len(words) < 4 or is_heading(text, language):
        return True
    return len(words) < 8 and _verbless(text, language)  # a scan for short lines only


def _verbless(text: str, language: str) -> bool:
    """No verb-like word (English), or neither a stop word nor a speech verb (another language)."""
    if language == ENGLISH:
        return VERBISH.search(text) is None
    stops = stop_words(language)
    small = any(w.lower() in stops for w in WORD.findall(text))
    return not small and attribution(language).search(text) is None


def is_torn_quote(text: str, language: str = ENGLISH) -> bool:
    """A quotation whose speaker lives in another sentence (or that runs on into the next)."""
    opening, closing = quote_marks(language)
    t = text.strip()
    if t[:1] not in opening:
        return False
    rest = t[1:].rstrip(".")
    closed = any(q in rest[:-1] for q in closing if q != "'")
    return not closed or attribution(language).search(t) is None


Check = Callable[[str, str], bool]
CHECKS: tuple[Check, ...] = (is_caption, is_fragment, is_torn_quote)


def eligible(text: str, language: str = ENGLISH) -> bool:
    """Whether the default method may put a sentence in a summary."""
    return not any(check(text, language) for check in CHECKS)


def rejection(text: str, language: str = ENGLISH) -> str | None:
    """Why the default method never picks a sentence (`caption`, `fragment`, ...), or None."""
    for check in CHECKS:
        if check(text, language):
            return check.__name__.removeprefix("is_")
    return None
