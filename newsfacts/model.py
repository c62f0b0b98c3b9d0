"""The data objects that flow through the pipeline: frozen dataclasses, sentences by index."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from typing import Any

SCHEMA = 1

FACT_KINDS = (
    "person",
    "organization",
    "place",
    "date",
    "number",
    "money",
    "percent",
    "quote",
    "source",
)


@dataclass(frozen=True)
class Options:
    """Every knob of one run, collected once at the boundary."""

    method: str = "news"
    sentences: int | None = None
    ratio: float | None = None
    timeout: float = 20.0
    max_bytes: int = 20_000_000
    reference_date: str | None = None  # --date YYYY-MM-DD, beats the article's own date
    all_facts: bool = False
    with_sentences: bool = False
    language: str | None = None  # --language CODE: beats the page's tag and the detector
    ner: str = "builtin"  # --ner: builtin, or spacy:MODEL (a spaCy pipeline the user installed)
    explain: bool = False  # --explain: also say why the summary sentences were chosen


@dataclass(frozen=True)
class Page:
    """What the load stage read: decoded content plus where it came from."""

    source: str
    content: str
    is_html: bool
    url: str | None = None
    content_type: str | None = None


@dataclass(frozen=True)
class Removal:
    """One piece of text the cleaner dropped, and why."""

    kind: str
    text: str


@dataclass(frozen=True)
class Article:
    """Main text plus metadata; the clean stage returns a new one with `removed` filled."""

    source: str
    text: str
    url: str | None = None
    title: str | None = None
    author: str | None = None
    site: str | None = None
    language: str | None = None
    published: str | None = None  # YYYY-MM-DD
    published_time: str | None = None  # HH:MM of publication, as the page states it (internal)
    is_html: bool = False
    removed: tuple[Removal, ...] = ()

    def with_changes(self, **changes: Any) -> Article:
        """Return a copy with some fields replaced."""
        return replace(self, **changes)

    @property
    def paragraphs(self) -> list[str]:
        """The text's paragraphs (separated by blank lines)."""
        return [p for p in self.text.split("\n\n") if p.strip()]


@dataclass(frozen=True)
class Sentence:
    """One sentence of the cleaned text; `start`/`end` are offsets into `Article.text`."""

    index: int
    text: str
    paragraph: int
    start: int
    end: int


@dataclass(frozen=True)
class Document:
    """The cleaned article split into sentences: what summarize and facts consume."""

    article: Article
    sentences: tuple[Sentence, ...]

    @property
    def words(self) -> int:
        """Number of words in the cleaned text."""
        return len(self.article.text.split())


@dataclass(frozen=True)
class SummarySentence:
    """A summary sentence: verbatim text, its sentence index and its score."""

    text: str
    sentence: int
    score: float


SHOW_AT = 0.75  # the table shows a name or a figure from this confidence on
# (facts/confidence.py for names, facts/numbers_confidence.py for numbers, money, percentages)
SURE_AT = 0.85  # a name this confident goes into the table before any less sure one of its kind
NAME_KINDS = ("person", "organization", "place")


@dataclass(frozen=True)
class Fact:
    """One key fact; kind-specific fields are None when they do not apply."""

    kind: str
    text: str
    sentence: int
    value: Any = None
    role: str | None = None
    aliases: tuple[str, ...] = ()
    mentions: int | None = None
    unit: str | None = None
    about: str | None = None
    speaker: str | None = None
    salience: float = 0.0
    quote_kind: str | None = None  # "quote" or "scare quote"
    source_kind: str | None = None  # "byline", "photo credit", ...
    confidence: float | None = None  # names and figures: how strongly the evidence supports it

    def with_changes(self, **changes: Any) -> Fact:
        """A copy with some fields changed: dataclasses.replace's result, built without its
        per-call field scan and frozen __init__ (a batch copies every fact once or twice).
        Like replace, it refuses a name that is no field of Fact."""
        if not _FACT_FIELDS.issuperset(changes):
            raise TypeError(f"Fact has no field {sorted(set(changes) - _FACT_FIELDS)}")
        new = object.__new__(Fact)
        state = new.__dict__
        state.update(self.__dict__)
        state.update(changes)
        return new

    @property
    def shown_role(self) -> str | None:
        """What the JSON's `role` shows: a person's title, a quote's kind or a source's kind."""
        return self.role or self.quote_kind or self.source_kind

    def to_dict(self) -> dict[str, Any]:
        """JSON form: the contract keys, with empty optional fields left out."""
        out: dict[str, Any] = {"kind": self.kind, "text": self.text, "sentence": self.sentence}
        for name in _OPTIONAL_KEYS:
            v = self.shown_role if name == "role" else getattr(self, name)
            if v is None or v == ():
                continue
            out[name] = list(v) if isinstance(v, tuple) else v
        return out


_FACT_FIELDS = frozenset(f.name for f in fields(Fact))  # what Fact.with_changes may set


# The optional keys of a fact's JSON, in field order: read once, not once per fact.
_OPTIONAL_KEYS = tuple(
    f.name
    for f in fields(Fact)
    if f.name not in ("kind", "text", "sentence", "salience", "quote_kind", "source_kind")
)


def unsure_name(fact: Fact) -> bool:
    """A name shown only when fewer surer ones of its kind fill the table: confident, but
    under SURE_AT and named once (weak evidence: one mention, no cue beyond its shape); a name
    the story repeats ('New Zealand' six times in the seed story) is never held back."""
    if fact.kind not in NAME_KINDS or fact.confidence is None:
        return False
    return fact.confidence < SURE_AT and (fact.mentions or 1) < 2


def confident(fact: Fact) -> bool:
    """A fact the evidence supports well enough for the table (names and figures carry a
    confidence; dates, quotes and sources none)."""
    return fact.confidence is None or fact.confidence >= SHOW_AT


@dataclass(frozen=True)
class Event:
    """The main event: who did what, when and where."""

    who: str | None = None
    what: str | None = None
    when: str | None = None
    where: str | None = None

    def to_dict(self) -> dict[str, str | None]:
        """JSON form."""
        return {"who": self.who, "what": self.what, "when": self.when, "where": self.where}


@dataclass(frozen=True)
class ErrorInfo:
    """Why an input failed: a short slug and a one-line message."""

    code: str
    message: str
    exit_code: int = 1


@dataclass(frozen=True)
class Report:
    """Everything newsfacts knows about one input: what the renderers print."""

    input: str
    ok: bool
    article: Article | None = None
    summary: tuple[SummarySentence, ...] = ()
    facts: tuple[Fact, ...] = ()
    event: Event = field(default_factory=Event)
    sentences: tuple[Sentence, ...] = ()
    seconds: float = 0.0
    error: ErrorInfo | None = None
    with_sentences: bool = False
    summary_why: str | None = None  # --explain only; not in the JSON contract

    def to_dict(self) -> dict[str, Any]:
        """The JSON contract, schema 1."""
        a = self.article
        out: dict[str, Any] = {
            "schema": SCHEMA,
            "input": self.input,
            "url": a.url if a else None,
            "ok": self.ok,
            "error": (
                {"code": self.error.code, "message": self.error.message} if self.error else None
            ),
            "title": a.title if a else None,
            "author": a.author if a else None,
            "site": a.site if a else None,
            "language": a.language if a else None,
            "published": a.published if a else None,
            "text": a.text if a else None,
            "removed": [{"kind": r.kind, "text": r.text} for r in a.removed] if a else [],
            "summary": [
                {"text": s.text, "sentence": s.sentence, "score": round(s.score, 4)}
                for s in self.summary
            ],
            "event": self.event.to_dict(),
            "facts": [f.to_dict() for f in self.facts],
            "stats": {
                "words": len(a.text.split()) if a else 0,
                "sentences": len(self.sentences),
                "seconds": round(self.seconds, 4),
            },
        }
        if self.with_sentences:
            out["sentences"] = [s.text for s in self.sentences]
        return out
