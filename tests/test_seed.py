"""The reference article (../shared/seed) through text, stdin and a local HTTP server.

The article is not part of the repo: these tests skip on a clone without ../shared.
"""

from __future__ import annotations

import html
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest

from newsfacts import analyze
from newsfacts.model import Options

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "summit-article.txt"
pytestmark = pytest.mark.skipif(not SEED.exists(), reason="../shared/seed is not here")


def as_html(text: str) -> bytes:
    """The pasted article as a simple page: headline as <h1>, blocks as <p>, breaks as <br>."""
    blocks = [b.strip() for b in text.split("\n\n") if b.strip()]
    paras = (html.escape(b).replace("\n", "<br>") for b in blocks[:1] + blocks[2:])
    body = "".join(f"<p>{p}</p>" for p in paras)
    head = html.escape(blocks[1])
    page = (
        f"<html><head><title>{head}</title></head>"
        f"<body><article><h1>{head}</h1>{body}</article></body></html>"
    )
    return page.encode("utf-8")


@pytest.fixture(scope="module")
def seed_server() -> Iterator[str]:
    page = as_html(SEED.read_text(encoding="utf-8"))

    class H(BaseHTTPRequestHandler):
        def log_message(self, *a: object) -> None:
            pass

        def do_GET(self) -> None:
            self.send_response(200)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(page)))
            self.end_headers()
            self.wfile.write(page)

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), H)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}/summit"
    httpd.shutdown()


def facts_of(rec: dict[str, Any], kind: str) -> list[dict[str, Any]]:
    return [f for f in rec["facts"] if f["kind"] == kind]


def check(rec: dict[str, Any], from_text: bool) -> None:
    assert rec["ok"], rec["error"]
    assert rec["title"] == "S. Korea, New Zealand agree to boost security cooperation"
    text = rec["text"]
    assert (
        "human rights situation," in text and "South Korea and New Zealand have stepped up" in text
    )
    for junk in ("Categories General", "pose for a photo", "(Yonhap)", "Source:"):
        assert junk not in text
    if from_text:
        assert {"category-header", "caption", "source-line"} <= {r["kind"] for r in rec["removed"]}
    assert not any("pose for a photo" in s["text"] for s in rec["summary"])
    people = {f["text"]: f for f in facts_of(rec, "person")}
    assert (
        people["Yoon Suk Yeol"]["role"] == "President"
        and "Yoon" in people["Yoon Suk Yeol"]["aliases"]
    )
    assert people["Christopher Luxon"]["role"] == "Prime Minister"
    assert "Luxon" in people["Christopher Luxon"]["aliases"]
    places = {f["text"] for f in facts_of(rec, "place")}
    assert {"New Zealand", "North Korea", "Russia"} <= places
    orgs = {f["text"]: f for f in facts_of(rec, "organization")}
    assert "UNC" in orgs["United Nations Command"]["aliases"] and "NATO" in str(orgs)
    assert 53 in [f.get("value") for f in facts_of(rec, "number")]
    assert "strongly" in [f["text"] for f in facts_of(rec, "quote")]
    if from_text:
        assert "Seoul" not in places  # only the photo caption names it: no fact of the text
        assert "2024-09-04" in [f.get("value") for f in facts_of(rec, "date")]
        assert "Yonhap News Agency" in [f["text"] for f in facts_of(rec, "source")]
        assert rec["event"]["when"] == "2024-09-04" and rec["event"]["where"] == "Seoul"
    assert any(n in (rec["event"]["who"] or "") for n in ("Yoon", "Luxon"))


def test_seed_from_file() -> None:
    check(analyze(str(SEED)).to_dict(), from_text=True)


def test_seed_from_stdin() -> None:
    check(analyze("-", Options(), SEED.read_bytes()).to_dict(), from_text=True)


def test_seed_from_url(seed_server: str) -> None:
    check(analyze(seed_server).to_dict(), from_text=True)
