"""Every sumy method, offline: our tokenizer and a document model built from our `Document`.

sumy is fed our own sentences and words, so NLTK data is never needed. This is the only module
that imports sumy, always lazily.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from newsfacts.model import Document, SummarySentence
from newsfacts.segment import split
from newsfacts.summarize.text import WORD, language_of, stop_words

Summarizer = Callable[[Document, int], tuple[SummarySentence, ...]]

# sumy's methods are pure Python and quadratic (LexRank, TextRank, Reduction) or worse (KL):
# they rank at most the first SUMY_CAP sentences (news puts its substance first), scored in
# chunks of CHUNK sentences (KL_CHUNK for KL), so a 100k-word input still takes seconds.
SUMY_CAP = 200
CHUNK = 100
KL_CHUNK = 40


class Tokenizer:
    """The object sumy expects (`language`, `to_sentences`, `to_words`), without NLTK data."""

    def __init__(self, language: str = "english") -> None:
        self.language = language

    def to_sentences(self, paragraph: str) -> tuple[str, ...]:
        """Sentences of a paragraph, by our own splitter."""
        return tuple(split(paragraph))

    def to_words(self, sentence: str) -> tuple[str, ...]:
        """Word tokens (letters/digits, inner apostrophes, dots and hyphens kept)."""
        return tuple(WORD.findall(sentence))


BONUS_FALLBACK = ("important", "significant", "key", "major", "first", "new")
STIGMA_WORDS = ("advertisement", "subscribe", "click", "cookie", "newsletter")


def _sumy_document(doc: Document, indices: Sequence[int], tokenizer: Tokenizer) -> Any:
    """sumy's document model built directly from our sentences (title as a heading)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    paragraphs: list[Any] = []
    title = doc.article.title
    if title:
        paragraphs.append(Paragraph([SumySentence(title, tokenizer, is_heading=True)]))
    group: list[Any] = []
    last = None
    for i in indices:
        s = doc.sentences[i]
        if group and s.paragraph != last:
            paragraphs.append(Paragraph(group))
            group = []
        group.append(SumySentence(s.text, tokenizer))
        last = s.paragraph
    if group:
        paragraphs.append(Paragraph(group))
    return ObjectDocumentModel(paragraphs)


def load_stemmers() -> None:
    """Load sumy's stemmers ahead of their first use: the import (all of nltk, 0.3-0.5 s of
    CPU) and the language names the first stemmer reads (pycountry's, about 35 ms)."""
    snowball("english")


def snowball(language: str) -> Callable[[str], str] | None:
    """sumy's stemmer of a language (nltk's Snowball, pure code: no data), or None."""
    from sumy.nlp.stemmers import Stemmer

    try:
        stem: Callable[[str], str] = Stemmer(language)
    except LookupError:
        return None
    return stem


def _configure(summarizer: Any, doc: Document) -> Any:
    """Stop words everywhere; Edmundson's bonus words from the headline."""
    words = stop_words(language_of(doc))
    if hasattr(summarizer, "null_words"):
        summarizer.null_words = words
        title = [w for w in WORD.findall(doc.article.title or "") if w.lower() not in words]
        summarizer.bonus_words = title or BONUS_FALLBACK
        summarizer.stigma_words = STIGMA_WORDS
    elif hasattr(summarizer, "stop_words"):
        summarizer.stop_words = words
    return summarizer


def _sumy_class(name: str) -> Any:
    """The sumy summarizer class for a method name."""
    from importlib import import_module

    module, cls = SUMY_METHODS[name]
    return getattr(import_module(f"sumy.summarizers.{module}"), cls)


SUMY_METHODS: dict[str, tuple[str, str]] = {
    "luhn": ("luhn", "LuhnSummarizer"),
    "lsa": ("lsa", "LsaSummarizer"),
    "lexrank": ("lex_rank", "LexRankSummarizer"),
    "textrank": ("text_rank", "TextRankSummarizer"),
    "sumbasic": ("sum_basic", "SumBasicSummarizer"),
    "kl": ("kl", "KLSummarizer"),
    "edmundson": ("edmundson", "EdmundsonSummarizer"),
    "reduction": ("reduction", "ReductionSummarizer"),
    "random": ("random", "RandomSummarizer"),
}


def _capture(store: list[float]) -> Callable[..., tuple[()]]:
    """Stand-in for sumy's `_get_best_sentences` that records every sentence's rating."""

    def best(sentences: Any, count: Any, rating: Any, *args: Any, **kwargs: Any) -> tuple[()]:
        if isinstance(rating, dict):
            store.extend(float(rating[s]) for s in sentences)
        else:
            store.extend(float(rating(s, *args, **kwargs)) for s in sentences)
        return ()

    return best


def sumy_scores(name: str, doc: Document, indices: Sequence[int]) -> list[float]:
    """One sumy method's rating of each given sentence (0 when it rates nothing)."""
    from sumy.nlp.stemmers import Stemmer

    language = language_of(doc)
    summarizer = _configure(_sumy_class(name)(Stemmer(language)), doc)
    store: list[float] = []
    summarizer._get_best_sentences = _capture(store)
    document = _sumy_document(doc, indices, Tokenizer(language))
    if len(document.sentences) == len(indices):
        summarizer(document, len(indices))
    return store if len(store) == len(indices) else [0.0] * len(indices)


def chunked_scores(name: str, doc: Document) -> list[float]:
    """sumy scores over chunks of the first SUMY_CAP sentences, min-max scaled per chunk."""
    n = min(len(doc.sentences), SUMY_CAP)
    size = KL_CHUNK if name == "kl" else CHUNK
    out: list[float] = []
    for start in range(0, n, size):
        raw = sumy_scores(name, doc, range(start, min(n, start + size)))
        if n > size:
            low, high = min(raw), max(raw)
            raw = [(x - low) / (high - low) if high > low else 0.0 for x in raw]
        out.extend(raw)
    return out


def top(doc: Document, scores: Sequence[float], count: int) -> tuple[SummarySentence, ...]:
    """The `count` best-scored sentences, in article order (ties: earlier first)."""
    best = sorted(range(len(scores)), key=lambda i: (-scores[i], i))[:count]
    return tuple(SummarySentence(doc.sentences[i].text, i, scores[i]) for i in sorted(best))


def sumy_method(name: str) -> Summarizer:
    """A registry entry running one sumy method through our tokenizer."""

    def run(doc: Document, count: int) -> tuple[SummarySentence, ...]:
        return top(doc, chunked_scores(name, doc), count) if doc.sentences else ()

    run.__doc__ = f"sumy's {name} summarizer, offline through our tokenizer."
    return run
