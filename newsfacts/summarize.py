"""Summarize stage: the news-tuned default ranker plus every sumy method, all offline.

sumy is fed our own tokenizer and a document model built from our `Document`, so NLTK data
is never needed. This is the only module that imports sumy, always lazily.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable, Sequence
from functools import lru_cache
from typing import Any

from newsfacts.errors import UsageError
from newsfacts.model import Document, Options, SummarySentence
from newsfacts.segment import split

Summarizer = Callable[[Document, int], tuple[SummarySentence, ...]]

WORD = re.compile(r"[^\W_]+(?:['’.\-][^\W_]+)*")
# sumy's methods are pure Python and quadratic (LexRank, TextRank, Reduction) or worse (KL):
# they rank at most the first SUMY_CAP sentences (news puts its substance first), scored in
# chunks of CHUNK sentences (KL_CHUNK for KL), so a 100k-word input still takes seconds.
SUMY_CAP = 200
CHUNK = 100
KL_CHUNK = 40
GRAPH_WINDOW = 120  # our own word-overlap graph is scored within windows of this many sentences


# --- our tokenizer for sumy -------------------------------------------------------------------


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


# --- shared text features ---------------------------------------------------------------------


@lru_cache(maxsize=1)
def stop_words() -> frozenset[str]:
    """sumy's English stop-word list, read from its package data (no heavy import)."""
    from importlib.resources import files

    text = (files("sumy") / "data" / "stopwords" / "english.txt").read_text(encoding="utf-8")
    return frozenset(w.strip() for w in text.splitlines() if w.strip())


SUFFIXES = ("ations", "ation", "ings", "ing", "ies", "ied", "ers", "er", "es", "ed", "ly", "s")


@lru_cache(maxsize=131072)
def content_stem(word: str) -> str:
    """The stem of a content word, or '' for a stop word or a 1-letter token."""
    return "" if len(word) < 2 or word.lower() in stop_words() else stem(word)


def stem(word: str) -> str:
    """A light suffix-stripping stemmer: enough to match `talks`/`talked`/`talking`."""
    w = word.lower()
    for suffix in SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3:
            return w[: -len(suffix)] + ("y" if suffix in ("ies", "ied") else "")
    return w


def content_stems(text: str) -> list[str]:
    """Stems of the content words of a text (stop words and 1-letter tokens dropped)."""
    return [t for t in map(content_stem, WORD.findall(text)) if t]


# --- the news ranker: signals -----------------------------------------------------------------


POSITION_DECAY = 0.5
PARAGRAPH_BONUS = 0.1


def position_signal(doc: Document, bags: Sequence[Counter[str]]) -> list[float]:
    """Lead bias: news puts the key facts first; paragraph openers get a small bonus."""
    firsts = {s.index for s in doc.sentences if s.index == 0 or _starts_paragraph(doc, s.index)}
    return [
        (1.0 + s.index) ** -POSITION_DECAY + (PARAGRAPH_BONUS if s.index in firsts else 0.0)
        for s in doc.sentences
    ]


def _starts_paragraph(doc: Document, i: int) -> bool:
    """Whether sentence i opens its paragraph."""
    return i > 0 and doc.sentences[i - 1].paragraph != doc.sentences[i].paragraph


def _tfidf(bags: Sequence[Counter[str]], rows: Sequence[int]) -> list[dict[str, float]]:
    """L2-normalised TF-IDF vectors of some sentences, IDF over the whole article."""
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(bags)
    vecs = []
    for bag in (bags[i] for i in rows):
        v = {w: (1 + math.log(c)) * math.log(1 + n / df[w]) for w, c in bag.items()}
        norm = math.sqrt(sum(x * x for x in v.values())) or 1.0
        vecs.append({w: x / norm for w, x in v.items()})
    return vecs


def _cosine(a: dict[str, float], b: dict[str, float]) -> float:
    """Cosine of two normalised sparse vectors."""
    if len(a) > len(b):
        a, b = b, a
    return sum(x * b.get(w, 0.0) for w, x in a.items())


def graph_signal(doc: Document, bags: Sequence[Counter[str]]) -> list[float]:
    """TextRank/Reduction-style centrality: shared words with every other sentence.

    Quadratic, so long texts are scored within windows of GRAPH_WINDOW sentences.
    """
    out: list[float] = []
    for start in range(0, len(bags), GRAPH_WINDOW):
        out.extend(_graph_window(bags[start : start + GRAPH_WINDOW]))
    return out


def _graph_window(bags: Sequence[Counter[str]]) -> list[float]:
    """Sum over other sentences of shared-word pairs / (log|a| + log|b|), by inverted index."""
    index: dict[str, list[tuple[int, int]]] = {}
    for i, bag in enumerate(bags):
        for w, c in bag.items():
            index.setdefault(w, []).append((i, c))
    logs = [math.log(max(sum(bag.values()), 1)) for bag in bags]
    scores = [0.0] * len(bags)
    for i, bag in enumerate(bags):
        shared: Counter[int] = Counter()
        for w, c in bag.items():
            for j, cj in index[w]:
                shared[j] += c * cj
        scores[i] = sum(
            n / (logs[i] + logs[j]) for j, n in shared.items() if j != i and logs[i] + logs[j]
        )
    return scores


def keyword_signal(doc: Document, bags: Sequence[Counter[str]]) -> list[float]:
    """Luhn-style density of the article's significant (frequent) words in each sentence."""
    freq: Counter[str] = Counter()
    for bag in bags:
        freq.update(bag)
    top = {w for w, c in freq.most_common(max(5, len(freq) // 10)) if c > 1}
    return [
        (sum(c for w, c in bag.items() if w in top) ** 2 / (sum(bag.values()) or 1)) ** 0.5
        for bag in bags
    ]


def title_signal(doc: Document, bags: Sequence[Counter[str]]) -> list[float]:
    """Share of the headline's content words that a sentence repeats."""
    title = set(content_stems(doc.article.title or ""))
    if not title:
        return [0.0] * len(bags)
    return [len(title & bag.keys()) / len(title) for bag in bags]


FACT = re.compile(r"\d|[%$£€¥]|\b(?:percent|million|billion)\b")
NAME = re.compile(r"(?<![.!?“\"‘'(]\s)(?<!^)\b[A-Z][a-z]+")


def fact_signal(doc: Document, bags: Sequence[Counter[str]]) -> list[float]:
    """Sentences that carry key facts: numbers, money, names (capitalised words mid-sentence)."""
    out = []
    for s in doc.sentences:
        facts = min(len(FACT.findall(s.text)), 3) / 3
        names = min(len(NAME.findall(s.text)), 4) / 4
        out.append(0.5 * facts + 0.5 * names)
    return out


Signal = Callable[[Document, Sequence[Counter[str]]], list[float]]
SIGNALS: dict[str, Signal] = {
    "position": position_signal,
    "graph": graph_signal,
    "keywords": keyword_signal,
    "title": title_signal,
    "facts": fact_signal,
}


# --- the news ranker: what is never picked ----------------------------------------------------

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


# --- the news ranker: combination and selection -----------------------------------------------

# Two weight profiles, tuned on the dev sets (CNN/DM highlights, BBC extracts). A short
# summary (a few sentences of a long story) is best served by the lead; a long one (near half
# the article) must cover the body, where word-overlap centrality wins. `profile()` blends them.
# Luhn-style keyword density is kept as a signal but weighted 0: any weight > 0 lowered
# ROUGE on both dev sets (the word-overlap graph already rewards frequent words).
LEAD_PROFILE = {
    "position": 1.0,
    "graph": 0.2,
    "keywords": 0.0,
    "title": 0.3,
    "facts": 0.15,
    "redundancy": 0.8,  # MMR: share of a score lost to similarity with picked sentences
}
BODY_PROFILE = {
    "position": 0.0,
    "graph": 1.0,
    "keywords": 0.0,
    "title": 0.0,
    "facts": 0.0,
    "redundancy": 0.0,
}
LEAD_COUNT = 3  # a news lead carries about three sentences (LEAD-3)
# Summary/article sentence shares: lead-like .. body-like. A summary of over a third of the
# article is an extract of its body (BBC references are ~45%): there the graph alone wins.
SHORT_SHARE, LONG_SHARE = 0.3, 0.35
NEAR_DUPLICATE = 0.8  # cosine above which a candidate repeats a picked sentence
MMR_POOL = 40  # MMR is O(pool x count): longer summaries only drop exact repeats


def lead_share(count: int, n: int) -> float:
    """How lead-like the summary is: 1.0 for <= 3 sentences of a long story, else fading.

    Past LEAD_COUNT + 1 sentences, or past LONG_SHARE of the article, the body profile takes over.
    """
    by_count = min(1.0, max(0.0, float(LEAD_COUNT + 1 - count)))
    share = count / max(n, 1)
    by_share = min(1.0, max(0.0, (LONG_SHARE - share) / (LONG_SHARE - SHORT_SHARE)))
    return by_count * by_share


def profile(count: int, n: int) -> dict[str, float]:
    """Signal weights (and MMR redundancy) for a summary of `count` of `n` sentences."""
    t = lead_share(count, n)
    return {k: t * LEAD_PROFILE[k] + (1 - t) * BODY_PROFILE[k] for k in LEAD_PROFILE}


def _normalise(values: list[float]) -> list[float]:
    """Scale to 0..1 by the maximum, so weights are comparable across signals."""
    top = max(values, default=0.0)
    return [v / top for v in values] if top > 0 else [0.0] * len(values)


def used(weights: dict[str, float]) -> dict[str, Signal]:
    """The signals that carry weight in a profile."""
    return {k: fn for k, fn in SIGNALS.items() if weights.get(k, 0.0) > 0}


def combine(scaled: dict[str, list[float]], weights: dict[str, float]) -> list[float]:
    """Weighted mean of the signals per sentence (signals with weight 0 are skipped)."""
    active = {k: w for k, w in weights.items() if k in scaled and w > 0}
    total = sum(active.values()) or 1.0
    n = len(next(iter(scaled.values()), []))
    return [sum(w * scaled[k][i] for k, w in active.items()) / total for i in range(n)]


def mmr_select(
    scores: Sequence[float],
    vecs: dict[int, dict[str, float]],
    pool: Sequence[int],
    count: int,
    redundancy: float,
    needs: dict[int, int] | None = None,
) -> list[int]:
    """Greedy maximal marginal relevance: high score, low overlap with what is picked.

    A near-duplicate of a picked sentence (cosine >= NEAR_DUPLICATE) is never taken while
    other candidates remain, whatever the profile's redundancy weight. A sentence listed in
    `needs` (a quotation) is taken as a unit with its partner (the speaker's sentence): the
    unit's gain is the mean of both, and it is taken only when both fit. `vecs` must cover
    the partners too.
    """
    needs = needs or {}
    picked: list[int] = []
    overlap = dict.fromkeys(pool, 0.0)  # max similarity to any picked sentence, kept current

    def unit(i: int) -> list[int]:
        partner = needs.get(i)
        return [i] if partner is None or partner in picked else [partner, i]

    def gain(i: int) -> tuple[bool, float, int]:
        members = unit(i)
        near = [overlap.get(m, 0.0) for m in members]
        fresh = max(near) < NEAR_DUPLICATE
        value = sum(scores[m] * (1 - redundancy * o) for m, o in zip(members, near, strict=True))
        return fresh, value / len(members), -i

    while len(picked) < count:
        ready = [i for i in overlap if len(unit(i)) <= count - len(picked)]
        if not ready:
            break
        for m in unit(max(ready, key=gain)):
            picked.append(m)
            overlap.pop(m, None)
            for i in overlap:
                overlap[i] = max(overlap[i], _cosine(vecs[i], vecs[m]))
    return picked


def quote_partner(doc: Document, i: int) -> int | None:
    """For a quotation without its speaker: the sentence within two that names the speaker
    (`..., he said.`), which must be in the summary too; else None.

    News often puts the speaker's line and the quote in separate one-sentence paragraphs,
    so the search crosses paragraph breaks (nearest first, the one before preferred).
    """
    for step in (-1, 1, -2, 2):
        j = i + step
        if 0 <= j < len(doc.sentences):
            text = doc.sentences[j].text
            if ATTRIBUTION.search(text) and eligible(text):
                return j
    return None


def candidates(
    doc: Document, scores: Sequence[float], count: int
) -> tuple[list[int], dict[int, int]]:
    """The best-scored usable sentences (checked lazily, best first), enough for MMR, and
    the torn quotes among them mapped to the sentence that must come with them."""
    want = count * 2 if count > MMR_POOL else max(count * 8, 40)
    order = sorted(range(len(scores)), key=lambda i: (-scores[i], i))
    pool: list[int] = []
    needs: dict[int, int] = {}
    for i in order:
        if len(pool) >= want:
            break
        reason = rejection(doc.sentences[i].text)
        partner = quote_partner(doc, i) if reason == "torn_quote" else None
        if reason is None or partner is not None:
            pool.append(i)
        if partner is not None:
            needs[i] = partner
    if len(pool) < count:  # a text of only short lines: better something than nothing
        pool += [i for i in order if i not in pool][: count - len(pool)]
    return pool, needs


def distinct_top(
    doc: Document, scores: Sequence[float], pool: Sequence[int], count: int
) -> list[int]:
    """Best-scored sentences, skipping repeats of an already picked text (for long summaries)."""
    seen: set[str] = set()
    picked = []
    for i in sorted(pool, key=lambda i: (-scores[i], i)):
        if is_torn_quote(doc.sentences[i].text):
            continue
        key = " ".join(doc.sentences[i].text.lower().split())
        if key not in seen:
            seen.add(key)
            picked.append(i)
    return picked[:count]


def news(doc: Document, count: int) -> tuple[SummarySentence, ...]:
    """The default: lead, centrality, headline and facts, minus redundancy."""
    if not doc.sentences:
        return ()
    weights = profile(count, len(doc.sentences))
    bags = [Counter(content_stems(s.text)) for s in doc.sentences]
    scores = combine({k: _normalise(fn(doc, bags)) for k, fn in used(weights).items()}, weights)
    pool, needs = candidates(doc, scores, count)
    if count > MMR_POOL:
        picked = distinct_top(doc, scores, pool, count)
    else:
        rows = sorted(set(pool) | set(needs.values()))  # partners may sit outside the pool
        vecs = dict(zip(rows, _tfidf(bags, rows), strict=True))
        picked = mmr_select(scores, vecs, pool, count, weights["redundancy"], needs)
    return tuple(SummarySentence(doc.sentences[i].text, i, scores[i]) for i in sorted(picked))


def explain(doc: Document, count: int) -> list[dict[str, Any]]:
    """Per sentence: each weighted signal's share of the score, the score, and any rejection."""
    weights = profile(count, len(doc.sentences))
    bags = [Counter(content_stems(s.text)) for s in doc.sentences]
    scaled = {k: _normalise(fn(doc, bags)) for k, fn in used(weights).items()}
    total = sum(weights[k] for k in scaled) or 1.0
    scores = combine(scaled, weights)
    return [
        {
            "sentence": s.index,
            "score": scores[s.index],
            "signals": {k: weights[k] * v[s.index] / total for k, v in scaled.items()},
            "rejected": rejection(s.text),
        }
        for s in doc.sentences
    ]


# --- sumy adapters ----------------------------------------------------------------------------

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


def _configure(summarizer: Any, doc: Document) -> Any:
    """Stop words everywhere; Edmundson's bonus words from the headline."""
    from sumy.utils import get_stop_words

    words = get_stop_words("english")
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

    summarizer = _configure(_sumy_class(name)(Stemmer("english")), doc)
    store: list[float] = []
    summarizer._get_best_sentences = _capture(store)
    document = _sumy_document(doc, indices, Tokenizer())
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
