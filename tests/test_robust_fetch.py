"""Issue #7, network side: hostile and broken servers on 127.0.0.1 never hang or crash a fetch.

Every case ends in a Page or in our own error with a stable code and a one-line message.
"""

from __future__ import annotations

import shutil
import socket
import ssl
import subprocess
import threading
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import pytest
from conftest import BOMB_SIZE, Handler, QuietServer

from newsfacts.errors import NewsfactsError, NoTextError, SourceError
from newsfacts.fetch import fetch
from newsfacts.load import load
from newsfacts.model import Options, Page

FAST = Options(timeout=5.0)
HANG_GUARD = 20.0  # seconds: far beyond any --timeout used here; only a hang gets near it


def outcome(source: str, options: Options = FAST) -> Page | NewsfactsError:
    """Load a source in a thread, failing the test if it hangs; return the Page or our error."""
    box: list[Page | NewsfactsError | BaseException] = []

    def work() -> None:
        try:
            box.append(load(source, options))
        except BaseException as exc:  # collected, re-checked below
            box.append(exc)

    worker = threading.Thread(target=work, daemon=True)
    worker.start()
    worker.join(HANG_GUARD)
    assert not worker.is_alive(), f"{source}: fetch hung past the deadline"
    result = box[0]
    assert isinstance(result, (Page, NewsfactsError)), f"foreign exception: {result!r}"
    return result


def error_of(source: str, options: Options = FAST) -> NewsfactsError:
    """The error a source ends in (the test fails if it loads)."""
    result = outcome(source, options)
    assert isinstance(result, NewsfactsError), f"{source} loaded but should fail"
    assert "\n" not in result.message and result.message
    return result


def test_connection_refused() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    err = error_of(f"http://127.0.0.1:{port}/news")
    assert (err.code, err.exit_code) == ("connection-refused", 3)


def test_reserved_invalid_tld_is_not_found_without_asking_dns(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_dns(*args: object, **kwargs: object) -> None:
        raise AssertionError("DNS was asked")

    monkeypatch.setattr(socket, "getaddrinfo", no_dns)
    err = error_of("http://newsfacts-test.invalid/story")
    assert (err.code, err.exit_code) == ("dns", 3)


def test_resolver_failure_maps_to_dns(monkeypatch: pytest.MonkeyPatch) -> None:
    def failing(*args: object, **kwargs: object) -> None:
        raise socket.gaierror(socket.EAI_NONAME, "Name or service not known")

    monkeypatch.setattr(socket, "getaddrinfo", failing)  # no packet leaves the machine
    err = error_of("http://newsfacts-test.example/story")
    assert (err.code, err.exit_code) == ("dns", 3)


@pytest.mark.parametrize(
    "behaviour",
    ["never-headers", "trickle-headers", "trickle-body", "trickle-chunked", "gzip-stall"],
)
def test_deadline_bounds_the_whole_fetch(raw_server: Callable[[str], str], behaviour: str) -> None:
    # Bytes keep coming (except for never-headers), so per-read timeouts never fire:
    # only the whole-fetch deadline can end these.
    err = error_of(raw_server(behaviour), Options(timeout=0.5))
    assert (err.code, err.exit_code) == ("timeout", 3)


@pytest.mark.parametrize("behaviour", ["close-at-once", "not-http", "truncated"])
def test_broken_responses_are_network_errors(
    raw_server: Callable[[str], str], behaviour: str
) -> None:
    err = error_of(raw_server(behaviour))
    assert (err.code, err.exit_code) == ("network", 3)


@pytest.mark.parametrize("status", [404, 410, 400, 401, 403, 451])
def test_client_errors_are_not_retried(server: str, status: int) -> None:
    path = f"/status/{status}"
    before = Handler.hits.get(path, 0)
    err = error_of(f"{server}{path}")
    assert (err.code, err.exit_code) == (f"http-{status}", 3)
    assert Handler.hits[path] - before == 1


@pytest.mark.parametrize("status", [500, 502, 503, 504, 429])
def test_server_errors_are_retried_a_bounded_number_of_times(server: str, status: int) -> None:
    path = f"/status/{status}"
    before = Handler.hits.get(path, 0)
    err = error_of(f"{server}{path}?retry_after=0")
    assert (err.code, err.exit_code) == (f"http-{status}", 3)
    assert Handler.hits[path] - before == 3  # one try and two retries


def test_retry_after_beyond_the_deadline_gives_up_at_once(server: str) -> None:
    path = "/status/429"
    before = Handler.hits.get(path, 0)
    err = error_of(f"{server}{path}?retry_after=3600", Options(timeout=2.0))
    assert err.code == "http-429" and Handler.hits[path] - before == 1


def test_retry_after_as_http_date_in_the_past_retries_now(server: str) -> None:
    path = "/status/503"
    before = Handler.hits.get(path, 0)
    err = error_of(f"{server}{path}?retry_after=Wed,%2021%20Oct%202015%2007:28:00%20GMT")
    assert err.code == "http-503" and Handler.hits[path] - before == 3


def test_flaky_server_recovers_after_a_retry(server: str) -> None:
    page = outcome(f"{server}/flaky")
    assert isinstance(page, Page) and "Riverton" in page.content


@pytest.mark.parametrize(
    ("route", "code"),
    [
        ("/loop", "redirect-loop"),
        ("/hops/11", "too-many-redirects"),
        ("/to-file", "unsupported-scheme"),
        ("/to-javascript", "unsupported-scheme"),
        ("/to-data", "unsupported-scheme"),
        ("/no-location", "bad-redirect"),
        ("/bad-location", "bad-redirect"),
    ],
)
def test_bad_redirects(server: str, route: str, code: str) -> None:
    err = error_of(f"{server}{route}")
    assert (err.code, err.exit_code) == (code, 3)


def test_a_few_redirects_are_followed(server: str) -> None:
    page = outcome(f"{server}/hops/10")
    assert isinstance(page, Page) and page.url == f"{server}/hops/0" and page.is_html


@pytest.mark.parametrize("route", ["/huge", "/chunked-huge"])
def test_size_cap_with_and_without_content_length(server: str, route: str) -> None:
    err = error_of(f"{server}{route}", Options(timeout=5.0, max_bytes=100_000))
    assert (err.code, err.exit_code) == ("too-large", 3)


@pytest.mark.parametrize("route", ["/bomb", "/deflate-bomb"])
def test_compression_bomb_is_capped_by_decoded_size(server: str, route: str) -> None:
    cap = 1_000_000  # the bomb is ~64 KB on the wire and BOMB_SIZE bytes decoded
    tracemalloc.start()
    try:
        err = error_of(f"{server}{route}", Options(timeout=5.0, max_bytes=cap))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert (err.code, err.exit_code) == ("too-large", 3)
    assert peak < BOMB_SIZE // 4  # decoded in bounded pieces, never the whole bomb at once


@pytest.mark.parametrize("route", ["/pdf", "/octet", "/binary"])
def test_non_text_content_types_are_not_articles(server: str, route: str) -> None:
    err = error_of(f"{server}{route}")
    assert (err.code, err.exit_code) == ("not-an-article", 3)


@pytest.mark.parametrize("route", ["/pdf-as-html", "/png-as-html"])
def test_binary_bodies_under_a_text_type_are_refused(server: str, route: str) -> None:
    err = error_of(f"{server}{route}")
    assert (err.code, err.exit_code) == ("not-text", 3)


@pytest.mark.parametrize("route", ["/empty-body", "/blank-body"])
def test_empty_bodies_have_no_text(server: str, route: str) -> None:
    err = error_of(f"{server}{route}")
    assert isinstance(err, NoTextError) and (err.code, err.exit_code) == ("empty", 4)


@pytest.mark.parametrize(
    "route",
    ["/cp1252-no-charset", "/cp1252-says-utf8", "/cp1252-says-latin1", "/cp1252-says-nonsense"],
)
def test_windows_1252_pages_decode_right_whatever_the_label(server: str, route: str) -> None:
    page = outcome(f"{server}{route}")
    assert isinstance(page, Page)
    assert "\u201cIt is a fee we cannot pay,\u201d said Ren\u00e9e Dupr\u00e9" in page.content
    assert "\u2013 the levy is \u20ac900" in page.content and "\ufffd" not in page.content


def test_meta_charset_and_utf16_pages(server: str) -> None:
    page = outcome(f"{server}/meta-latin1")
    assert isinstance(page, Page) and "caf\u00e9s on the square" in page.content
    page = outcome(f"{server}/utf16")
    assert isinstance(page, Page) and page.is_html and "Na\u00efve caf\u00e9" in page.content


def test_control_characters_never_reach_the_parser(server: str) -> None:
    page = outcome(f"{server}/control-chars")
    assert isinstance(page, Page) and "ferry service" in page.content
    assert not any(ord(ch) < 32 and ch not in "\t\n\r" for ch in page.content)


@pytest.mark.parametrize(
    ("url", "code"),
    [
        ("ftp://127.0.0.1/story.txt", "unsupported-scheme"),
        ("file:///etc/passwd", "unsupported-scheme"),
        ("gopher://127.0.0.1/1", "unsupported-scheme"),
        ("http:///no-host", "bad-url"),
        ("http://[::1/broken", "bad-url"),
        ("http://127.0.0.1:99999/", "bad-url"),
    ],
)
def test_only_well_formed_http_urls_are_fetched(url: str, code: str) -> None:
    err = error_of(url)
    assert (err.code, err.exit_code) == (code, 3)


def test_fetch_returns_the_final_url_and_type(server: str) -> None:
    body, final, ctype, charset = fetch(f"{server}/redirect", FAST)
    assert final == f"{server}/article" and ctype == "text/html" and charset == "utf-8"
    assert b"Riverton" in body


def test_errors_are_source_errors_with_exit_3(server: str, tmp_path: Path) -> None:
    err = error_of(f"{server}/status/404")
    assert isinstance(err, SourceError) and str(err) == err.message


def test_tls_handshake_that_never_ends_times_out(raw_server: Callable[[str], str]) -> None:
    url = raw_server("never-headers").replace("http://", "https://")
    err = error_of(url, Options(timeout=0.5))
    assert (err.code, err.exit_code) == ("timeout", 3)


def test_untrusted_certificate_is_a_tls_error(tmp_path: Path) -> None:
    if shutil.which("openssl") is None:
        pytest.skip("no openssl to make a self-signed certificate")
    cert, key = tmp_path / "cert.pem", tmp_path / "key.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"]
        + ["-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)],
        check=True,
        capture_output=True,
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    httpd.socket = context.wrap_socket(httpd.socket, server_side=True)
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    try:
        err = error_of(f"https://127.0.0.1:{httpd.server_address[1]}/article")
    finally:
        httpd.shutdown()
        httpd.server_close()
    assert (err.code, err.exit_code) == ("tls", 3) and "certificate" in err.message


def test_messages_show_hostile_urls_safely() -> None:
    err = error_of("http://newsfacts-test.invalid/\x1b[31m" + "a" * 5000)
    assert err.code == "dns" and len(err.message) < 300 and err.message.isprintable()


@pytest.mark.parametrize(
    ("behaviour", "code"),
    [
        ("many-headers", "network"),
        ("endless-header-line", "network"),
        ("http-0.9", "network"),
        ("bad-chunk-size", "network"),
        ("not-gzip", "bad-encoding"),
        ("status-999", "http-999"),
        ("not-modified", "http-304"),
    ],
)
def test_protocol_oddities(raw_server: Callable[[str], str], behaviour: str, code: str) -> None:
    err = error_of(raw_server(behaviour))
    assert (err.code, err.exit_code) == (code, 3)


@pytest.mark.parametrize("timeout", [float("inf"), 1e300])
def test_absurd_timeouts_still_work(
    server: str, timeout: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    crashes: list[object] = []
    monkeypatch.setattr(threading, "excepthook", crashes.append)  # e.g. the watchdog's timer
    page = outcome(f"{server}/article", Options(timeout=timeout))
    assert isinstance(page, Page) and "Riverton" in page.content and not crashes


# A resolver that never answers cannot be set up for real in a test (it is the system's), so
# this one test stands in a slow getaddrinfo, in its own process; everything else is real.
_HUNG_RESOLVER = """
import socket, sys, time
socket.getaddrinfo = lambda *args, **kwargs: time.sleep(60)
from newsfacts.cli import main
sys.argv = ["newsfacts", "http://news.example.org/story", "--timeout", "1", "-f", "json"]
main()
"""


def test_a_hung_name_lookup_is_bounded_by_the_timeout() -> None:
    import os
    import sys
    import time

    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    started = time.monotonic()
    proc = subprocess.run(
        [sys.executable, "-c", _HUNG_RESOLVER], env=env, capture_output=True, text=True, timeout=30
    )
    assert time.monotonic() - started < 15
    assert proc.returncode == 3
    assert proc.stderr.strip().splitlines() == [
        "newsfacts: error: http://news.example.org/story: timed out (name lookup)"
    ]
