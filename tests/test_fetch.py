"""URL handling against a real HTTP server on 127.0.0.1 (started by the conftest fixture)."""

from __future__ import annotations

import socket

import pytest

from newsfacts.errors import SourceError
from newsfacts.fetch import fetch
from newsfacts.load import load
from newsfacts.model import Options

OPTS = Options(timeout=5.0)


def test_fetches_html_and_follows_redirects(server: str) -> None:
    page = load(f"{server}/redirect", OPTS)
    assert page.is_html and page.url == f"{server}/article"
    assert "Riverton" in page.content


def test_plain_text_url(server: str) -> None:
    page = load(f"{server}/text", OPTS)
    assert not page.is_html and "train drivers" in page.content


def test_gzip_and_latin1(server: str) -> None:
    assert "Riverton" in load(f"{server}/gzip", OPTS).content
    assert "Caf\u00e9 owners" in load(f"{server}/latin1", OPTS).content


@pytest.mark.parametrize(
    ("route", "code"),
    [
        ("/missing", "http-404"),
        ("/gone", "http-410"),
        ("/loop", "redirect-loop"),
        ("/to-file", "unsupported-scheme"),
        ("/binary", "not-an-article"),
    ],
)
def test_error_routes(server: str, route: str, code: str) -> None:
    with pytest.raises(SourceError) as err:
        fetch(f"{server}{route}", OPTS)
    assert err.value.code == code and err.value.exit_code == 3
    assert "\n" not in err.value.message


def test_size_cap(server: str) -> None:
    with pytest.raises(SourceError, match="larger than"):
        fetch(f"{server}/huge", Options(max_bytes=100_000))


def test_timeout_bounds_the_fetch(server: str) -> None:
    with pytest.raises(SourceError) as err:
        fetch(f"{server}/slow", Options(timeout=0.5))
    assert err.value.code == "timeout"


def test_retries_503_then_succeeds(server: str) -> None:
    body, _final, ctype, _ = fetch(f"{server}/flaky", OPTS)
    assert b"Riverton" in body and ctype == "text/html"


def test_connection_refused_and_bad_scheme() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(SourceError) as err:
        fetch(f"http://127.0.0.1:{port}/", OPTS)
    assert err.value.code == "connection-refused"
    with pytest.raises(SourceError, match="unsupported URL scheme"):
        fetch("ftp://127.0.0.1/file", OPTS)
