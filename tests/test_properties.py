"""Issue #7, fuzzing with hypothesis: whatever the bytes, analyze returns a sound Report or
raises our own error; the JSON record is always valid schema 1.

Derandomized (a fixed example sequence) and small, so the suite stays deterministic and fast.
"""

from __future__ import annotations

import json
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsfacts import analyze
from newsfacts.errors import NewsfactsError
from newsfacts.load import decode, sanitize
from newsfacts.model import FACT_KINDS, SCHEMA, Options, Report
from newsfacts.pipeline import failed

SETTINGS = settings(
    max_examples=40,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
OPTS = Options()

WORDS = [
    "The",
    "mayor",
    "said",
    "on",
    "Tuesday",
    "that",
    "the",
    "council",
    "would",
    "spend",
    "$4.5",
    "million",
    ",",
    "12%",
    "of",
    "budget",
    "Mr.",
    "Dr.",
    "U.S.",
    "S.",
    "Korea",
    "Sept.",
    "4",
    "Ana",
    "Lopez",
    "of",
    "Riverton",
    "(",
    "AP",
    ")",
    "--",
    "“We",
    "will”",
    "he",
    "added",
    ".",
    "!",
    "?",
    ";",
    ":",
    "'",
    '"',
    "2024",
    "1,200",
    "percent",
    "Inc.",
    "Ltd.",
    "e.g.",
    "www.example.org",
    "a@b.co",
    "President",
    "Prime",
    "Minister",
    "Union",
    "NRWU",
    "Reuters",
    "Photo",
    "Getty",
    "Images",
    "Source:",
    "yesterday",
]
SEPARATORS = st.sampled_from([" ", " ", " ", "\n", "\n\n", "\t", "\r\n", "  ", "\u00a0"])
TOKENS = st.one_of(
    st.sampled_from(WORDS),
    st.text(min_size=1, max_size=12),
    st.from_regex(r"[A-Z][a-z]{1,9}", fullmatch=True),
    st.from_regex(r"[0-9]{1,4}([.,][0-9]{1,3})?", fullmatch=True),
)
FRAGMENTS = st.one_of(
    st.sampled_from(
        [
            "<p>",
            "</p>",
            "<div>",
            "</div>",
            "<br>",
            "<article>",
            "</article>",
            "<h1>",
            "</h1>",
            "<html><body>",
            "</body></html>",
            "<!DOCTYPE html>",
            "<?xml version='1.0' encoding='utf-8'?>",
            "<title>",
            "</title>",
            "<script>var x = '</p>';</script>",
            "<style>p{}</style>",
            "<!--",
            "-->",
            "<![CDATA[",
            "]]>",
            "&amp;",
            "&#0;",
            "&#xD800;",
            "&nbsp;",
            "&unknown;",
            "<meta charset='utf-16'>",
            "<meta charset='x-bogus'>",
            '<a href="javascript:alert(1)">',
            "<img src=x onerror=1>",
            "<p class='caption'>",
            "<figcaption>",
            "<<<>>>",
        ]
    ),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=25).map(" ".join),
    st.text(max_size=30),
)


@st.composite
def newsish_text(draw: st.DrawFn) -> str:
    """Text that looks a little like an article: words, names, numbers, odd separators."""
    tokens = draw(st.lists(TOKENS, max_size=150))
    seps = draw(st.lists(SEPARATORS, min_size=len(tokens), max_size=len(tokens)))
    return "".join(t + s for t, s in zip(tokens, seps, strict=True))


@st.composite
def htmlish_bytes(draw: st.DrawFn) -> bytes:
    """Bytes that look a little like a web page, in a random encoding, with random junk."""
    parts = draw(st.lists(FRAGMENTS, max_size=60))
    encoding = draw(st.sampled_from(["utf-8", "utf-16", "cp1252", "latin-1", "utf-8-sig"]))
    body = "".join(parts).encode(encoding, errors="replace")
    junk = draw(st.binary(max_size=24))
    where = draw(st.integers(min_value=0, max_value=len(body)))
    return body[:where] + junk + body[where:]


def outcome(data: bytes) -> Report | None:
    """Analyze stdin bytes: a Report, or None for one of our own errors; anything else fails."""
    try:
        return analyze("-", OPTS, data)
    except NewsfactsError as exc:
        assert exc.message and "\n" not in exc.message
        assert exc.exit_code in (2, 3, 4)
        check_record(failed("-", exc).to_dict())
        return None


def check_record(rec: dict[str, Any]) -> None:
    """The JSON contract, schema 1: valid JSON, the keys and the types."""
    back = json.loads(json.dumps(rec, ensure_ascii=False))
    assert back == rec
    keys = "schema input url ok error title author site language published text removed"
    assert set(keys.split()) | {"summary", "event", "facts", "stats"} <= set(rec)
    assert rec["schema"] == SCHEMA and isinstance(rec["ok"], bool)
    assert (rec["error"] is None) is rec["ok"]
    if rec["error"] is not None:
        assert set(rec["error"]) == {"code", "message"} and rec["error"]["code"]
    for key in ("title", "author", "site", "language", "published", "url"):
        assert rec[key] is None or isinstance(rec[key], str)
    assert set(rec["event"]) == {"who", "what", "when", "where"}
    assert all(set(r) == {"kind", "text"} for r in rec["removed"])
    assert all(isinstance(rec["stats"][k], (int, float)) for k in ("words", "sentences", "seconds"))
    assert all(f["kind"] in FACT_KINDS for f in rec["facts"])


def check_report(report: Report) -> None:
    """Summary sentences are verbatim, fact sentence indices are valid, the JSON is sound."""
    assert report.ok and report.article is not None
    text = report.article.text
    count = len(report.sentences)
    assert [s.index for s in report.sentences] == list(range(count))
    for s in report.sentences:
        assert text[s.start : s.end] == s.text
    for s in report.summary:
        assert s.text in text and 0 <= s.sentence < count
    for f in report.facts:
        assert 0 <= f.sentence < count, f
    check_record(report.to_dict())


@SETTINGS
@given(newsish_text())
def test_any_text_gives_a_sound_report_or_our_error(text: str) -> None:
    report = outcome(text.encode("utf-8", errors="surrogatepass"))
    if report is not None:
        check_report(report)


@SETTINGS
@given(htmlish_bytes())
def test_any_htmlish_bytes_give_a_sound_report_or_our_error(data: bytes) -> None:
    report = outcome(data)
    if report is not None:
        check_report(report)


@settings(max_examples=200, deadline=None, derandomize=True)
@given(st.binary(max_size=400), st.sampled_from([None, "utf-8", "utf-16", "cp1252", "bogus"]))
def test_decoding_any_bytes_gives_clean_unicode(data: bytes, charset: str | None) -> None:
    text = sanitize(decode(data, charset))
    text.encode("utf-8")  # no lone surrogates
    assert not any(ord(c) < 32 and c not in "\t\n\r" for c in text)
    assert "\ufffe" not in text and "\uffff" not in text


@settings(max_examples=25, deadline=None, derandomize=True)
@given(st.binary(max_size=300))
def test_random_bytes_never_escape_as_foreign_errors(data: bytes) -> None:
    report = outcome(data)
    if report is not None:
        check_report(report)
