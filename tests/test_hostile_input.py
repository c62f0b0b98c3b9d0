"""Issue #17, classes 2, 3 and 6: escape sequences never reach the terminal raw, URL
credentials are never echoed, and one odd character or deep nesting never loses the article.

The real CLI against a real HTTP server on 127.0.0.1 (see conftest), and real files.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from newsfacts.model import Options
from newsfacts.pipeline import analyze, analyze_safely
from newsfacts.safety import message, printable, redact

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "samples" / "harbour-pact.txt"
ENV = {**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"}
RAW = ("\x1b", "\x07", "\x9b")  # ESC, BEL (ends an OSC), the C1 CSI

BODY = (
    "<p>The harbour authority of Eastmere said on Monday that the new pact would cut shipping "
    "costs for the region by a third, according to officials who spoke after the meeting.</p>"
    "<p>Ministers from both countries signed the agreement in the afternoon and promised to "
    "review it within two years of its start.</p>"
    "<p>Dock workers welcomed the news but asked for guarantees on jobs and pay.</p>"
)


C1_ARTICLE = (
    "Harbour pact signed\n\nThe port authority of Eastmere signed a new pact on Monday, said "
    "Mayor Anna Lindqvist. She called it \x9b2J a turning point for the ports of the region.\n"
)  # U+009B (CSI) survives loading: only the renderers can keep it off the terminal


def page(body: str, title: str = "Harbour pact signed") -> bytes:
    """A small article page around `body`."""
    return (
        f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1>"
        f"{body}</article></body></html>"
    ).encode()


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """The CLI in a subprocess, to the end."""
    return subprocess.run(
        [sys.executable, "-m", "newsfacts", *args],
        capture_output=True, text=True, env=ENV, cwd=ROOT, timeout=120,
    )  # fmt: skip


def clean_of_escapes(*texts: str) -> None:
    for text in texts:
        assert not any(ch in text for ch in RAW), repr(text)


# ---- the sanitiser and the redactor themselves -------------------------------------------


def test_printable_shows_controls_and_keeps_newlines() -> None:
    assert printable("a\x1b[2Jb\x9bc\nd") == "a\\x1b[2Jb\\x9bc\nd"
    assert message("one\ntwo\x07") == "one two\\x07"


def test_redact_removes_userinfo_of_every_url_in_a_text() -> None:
    text = "http://ann:s3cret@example.org/a and https://tok@example.org/b?x=a@b"
    assert redact(text) == "http://***@example.org/a and https://***@example.org/b?x=a@b"
    assert redact("mail ann@example.org") == "mail ann@example.org"


# ---- class 2: escapes from the network, files and text -------------------------------------


@pytest.mark.parametrize("name", ["escape-reason", "escape-status-line", "escape-redirect"])
def test_escapes_from_a_server_never_reach_stderr(
    raw_server: Callable[[str], str], name: str
) -> None:
    proc = cli(raw_server(name), "-f", "json")
    assert proc.returncode == 3 and "Traceback" not in proc.stderr
    clean_of_escapes(proc.stderr, proc.stdout)
    assert json.loads(proc.stdout)["ok"] is False


def test_a_file_name_with_escapes_is_shown_escaped(tmp_path: Path) -> None:
    odd = tmp_path / "a\x1b[2Jb.txt"
    odd.write_text("   \n")
    proc = cli(str(odd))
    assert proc.returncode == 4 and "\\x1b" in proc.stderr
    clean_of_escapes(proc.stderr)


@pytest.mark.parametrize("fmt", ["table", "text", "markdown"])
def test_c1_controls_in_the_text_never_reach_the_terminal(tmp_path: Path, fmt: str) -> None:
    article = tmp_path / "c1.txt"
    article.write_text(C1_ARTICLE)
    proc = cli(str(article), "-f", fmt, "--explain")
    assert proc.returncode == 0, proc.stderr
    clean_of_escapes(proc.stdout)
    assert "\\x9b" in proc.stdout


def test_json_keeps_control_characters_escaped(tmp_path: Path) -> None:
    article = tmp_path / "c1.txt"
    article.write_text(C1_ARTICLE)
    proc = cli(str(article), "-f", "json")
    assert "\\u009b" in proc.stdout
    clean_of_escapes(proc.stdout)
    assert "\x9b2J" in json.loads(proc.stdout)["text"]  # the data is kept


@pytest.mark.parametrize("fmt", ["text", "table"])
def test_caption_text_in_explain_is_escaped(fmt: str) -> None:
    import io

    from newsfacts.render import View, open_sink

    html = page(BODY + "<figure><figcaption>Docks at dawn \x9b2J</figcaption></figure>")
    report = analyze("-", Options(), html)
    assert any("\x9b" in r.text for r in report.article.removed)  # the caption kept its CSI
    out = io.StringIO()
    sink = open_sink(out, View(format=fmt, explain=True, color=False), many=False)
    sink.write(report)
    sink.close()
    clean_of_escapes(out.getvalue())
    assert "Docks at dawn \\x9b2J" in out.getvalue()


# ---- class 3: credentials ------------------------------------------------------------------


def test_url_credentials_are_never_echoed(server: str) -> None:
    host = server.removeprefix("http://")
    for path in ("/article", "/status/404"):
        url = f"http://ann:s3cret@{host}{path}"
        for fmt in ("json", "table"):
            proc = cli(url, "-f", fmt)
            assert "s3cret" not in proc.stdout + proc.stderr, (path, fmt)
    record = json.loads(cli(f"http://ann:s3cret@{host}/article", "-f", "json").stdout)
    assert record["input"] == f"http://***@{host}/article" and record["ok"] is True


# ---- class 4 (URLs) and 6: odd characters and deep pages -------------------------------------


@pytest.mark.parametrize(
    "url", ["http://a..example.org/", "http://.example.org/", "http://" + "ä" * 70 + ".org/"]
)
def test_a_host_with_an_empty_or_over_long_label_is_a_bad_url(url: str) -> None:
    report = analyze_safely(url, Options())
    assert report.error is not None and report.error.code == "bad-url"


@pytest.mark.parametrize("ref", ["&#27;", "&#1;", "&#xFFFF;", "&#xD800;"])
def test_one_forbidden_character_reference_does_not_lose_the_page(ref: str) -> None:
    report = analyze("-", Options(), page(BODY.replace("region", f"region{ref}")))
    assert "shipping costs" in report.article.text if report.article else False


def test_a_page_nested_deeper_than_libxml2s_limit_keeps_its_article() -> None:
    deep = "<div>" * 300 + BODY + "</div>" * 300
    report = analyze("-", Options(), page(deep))
    assert report.article is not None and "Dock workers" in report.article.text


def test_template_text_is_not_article_text() -> None:
    hidden = "<template><p>Sign in to read the hidden template words of this page.</p></template>"
    report = analyze("-", Options(), page(BODY + hidden))
    assert report.article is not None and "hidden template" not in report.article.text


def test_a_line_separator_inside_a_name_does_not_split_it() -> None:
    text = (
        "Harbour pact signed\n\nThe port authority of Eastmere signed a new deal on Monday, said "
        "Prime Minister Anna\u2028Lindqvist, who called it a turning point for the region.\n"
    )
    report = analyze("-", Options(), text.encode())
    assert "Anna Lindqvist" in [f.text for f in report.facts if f.kind == "person"]


def test_a_page_of_only_navigation_links_has_no_article(tmp_path: Path) -> None:
    nav = tmp_path / "nav.html"
    nav.write_text(
        '<html><body><nav><a href="/">Home</a> <a href="/w">World</a></nav>'
        '<ul><li><a href="/a">Home</a></li><li><a href="/b">World</a></li></ul></body></html>'
    )
    proc = cli(str(nav), "-f", "json")
    assert proc.returncode == 4 and json.loads(proc.stdout)["error"]["code"] == "no-article-text"


@pytest.mark.parametrize(
    "text",
    [
        "The fund paid 5 ſterling to ſix people on Monday, ſeventy-five in all.",
        "Sales rose ſeventy-ſix percent laſt year, in the firſt quarter, on Wedneſday.",
        "On Mıllıon Day, sıx hundred fans paid £5 bıllıon, ten percent more than İn 2024.",
        "Der Preis stieg am Donnerſtag um 5 Prozent, ſagte er.",
        "Une hausse de 5 \u212aelvin le 3 déc., ſix jours après.",
    ],
)
def test_letters_a_case_blind_match_equates_with_ascii_never_crash(text: str) -> None:
    """'ſ', 'ı', 'İ' and the Kelvin sign match 's', 'i' and 'k' in a case-blind pattern; the
    word tables are read with the word as matched ('ſix' is six), never a KeyError."""
    report = analyze_safely("-", Options(all_facts=True), text.encode())
    assert report.ok, report.error
    assert any(f.kind in ("number", "money", "percent", "date") for f in report.facts)
