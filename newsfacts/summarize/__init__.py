"""Summarize stage: the news-tuned default ranker plus every sumy method, all offline.

Modules: `text` (words, stems), `signals` and `checks` (what the ranker scores and refuses),
`ranker` (the default `news` method), `sumy_adapter` (the only importer of sumy).
"""

from __future__ import annotations

import math

from newsfacts.errors import UsageError
from newsfacts.model import Document, Options, SummarySentence
from newsfacts.summarize.checks import eligible, rejection
from newsfacts.summarize.ranker import (
    BODY_PROFILE,
    explain,
    lead_is_summary,
    lead_reason,
    lead_share,
    mmr_select,
    news,
    profile,
    quote_partner,
    ranker_reason,
)
from newsfacts.summarize.signals import SIGNALS, position_signal
from newsfacts.summarize.sumy_adapter import (
    SUMY_CAP,
    SUMY_METHODS,
    Summarizer,
    Tokenizer,
    sumy_method,
)
from newsfacts.summarize.text import content_stems

__all__ = [
    "BODY_PROFILE",
    "SIGNALS",
    "SUMMARIZERS",
    "SUMY_CAP",
    "SUMY_METHODS",
    "Summarizer",
    "Tokenizer",
    "auto_length",
    "content_stems",
    "eligible",
    "explain",
    "lead",
    "lead_is_summary",
    "lead_reason",
    "lead_share",
    "mmr_select",
    "news",
    "position_signal",
    "profile",
    "quote_partner",
    "ranker_reason",
    "reason",
    "rejection",
    "summarize",
    "summary_length",
]


def lead(doc: Document, count: int) -> tuple[SummarySentence, ...]:
    """The first `count` sentences (the LEAD-k baseline)."""
    return tuple(SummarySentence(s.text, s.index, 1.0) for s in doc.sentences[:count])


SUMMARIZERS: dict[str, Summarizer] = {
    "news": news,
    "lead": lead,
    **{name: sumy_method(name) for name in SUMY_METHODS},
}


# --- length and entry point -------------------------------------------------------------------


def auto_length(n: int) -> int:
    """3 sentences for a short news story, one more each time the article doubles."""
    if n <= 15:
        return min(3, n)
    return min(10, 3 + round(math.log2(n / 15)))


def summary_length(n: int, sentences: int | None, ratio: float | None) -> int:
    """How many sentences to pick from an article of n sentences."""
    if sentences is not None and ratio is not None:
        raise UsageError("use either --sentences or --ratio, not both")
    if sentences is not None:
        if sentences < 1:
            raise UsageError(f"--sentences must be at least 1, got {sentences}")
        return min(sentences, n)
    if ratio is not None:
        if not 0 < ratio <= 1:
            raise UsageError(f"--ratio must be between 0 and 1, got {ratio}")
        return min(n, max(1, round(ratio * n)))
    return auto_length(n)


def summarize(doc: Document, options: Options) -> tuple[SummarySentence, ...]:
    """Pick summary sentences with `options.method`, in article order."""
    method = SUMMARIZERS.get(options.method)
    if method is None:
        names = ", ".join(SUMMARIZERS)
        raise UsageError(f"unknown summary method {options.method!r} (choose from {names})")
    count = summary_length(len(doc.sentences), options.sentences, options.ratio)
    return method(doc, count) if count else ()


def reason(doc: Document, options: Options) -> str:
    """Why the summary holds the sentences it holds, in one line (for --explain)."""
    n = len(doc.sentences)
    count = summary_length(n, options.sentences, options.ratio)
    if not count:
        return "no sentence to summarize"
    if options.method == "news":
        if lead_is_summary(count, n):
            return f"news method: {lead_reason(count, n)}"
        return f"news method, {count} of {n} sentences {ranker_reason(count, n)}"
    if options.method == "lead":
        return f"lead method: the first {count} of {n} sentences"
    return f"sumy's {options.method} method, {count} of {n} sentences"
