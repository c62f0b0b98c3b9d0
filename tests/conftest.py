"""Shared fixtures: a real HTTP server on 127.0.0.1 with article and error routes."""

from __future__ import annotations

import contextlib
import gzip
import signal
import socket
import threading
import time
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import ClassVar
from urllib.parse import parse_qs, urlsplit

import pytest

SAMPLES = Path(__file__).resolve().parent.parent / "samples"

# Tests press Ctrl-C on the processes they start. A shell starts a background job with SIGINT
# ignored, and a child inherits an ignored signal, so pytest run as `cmd &` would hand that on
# and the Ctrl-C tests would test nothing: a handler here makes every child start with the default.
if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)


class Handler(BaseHTTPRequestHandler):
    """Routes for the URL tests: good pages and every kind of failure."""

    protocol_version = "HTTP/1.1"
    hits: ClassVar[dict[str, int]] = {}

    def log_message(self, format: str, *args: object) -> None:
        pass

    def _send(
        self, status: int, body: bytes, ctype: str = "text/html; charset=utf-8", **headers: str
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in headers.items():
            self.send_header(key.replace("_", "-"), value)
        self.end_headers()
        self.wfile.write(body)

    def do_GET(self) -> None:
        path = self.path.split("?")[0]
        Handler.hits[path] = Handler.hits.get(path, 0) + 1
        route = ROUTES.get(path) or _prefix_route(path)
        if route is None:
            self._send(404, b"<html><body><p>Not found</p></body></html>")
            return
        route(self)


def _article(h: Handler) -> None:
    h._send(200, (SAMPLES / "council-budget.html").read_bytes())


def _text(h: Handler) -> None:
    h._send(200, (SAMPLES / "rail-strike.txt").read_bytes(), "text/plain; charset=utf-8")


def _redirect(h: Handler) -> None:
    h._send(302, b"", Location="/article")


def _loop(h: Handler) -> None:
    h._send(302, b"", Location="/loop")


def _to_file(h: Handler) -> None:
    h._send(302, b"", Location="file:///etc/passwd")


def _binary(h: Handler) -> None:
    h._send(200, b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8, "image/png")


def _huge(h: Handler) -> None:
    h._send(200, b"<html><body><p>" + b"word " * 400_000 + b"</p></body></html>")


def _slow(h: Handler) -> None:
    time.sleep(3)
    _article(h)


def _flaky(h: Handler) -> None:
    if Handler.hits["/flaky"] % 2 == 1:
        h._send(503, b"busy", "text/plain", Retry_After="0")
    else:
        _article(h)


def _gone(h: Handler) -> None:
    h._send(410, b"gone", "text/plain")


def _latin1(h: Handler) -> None:
    body = (
        "<html><head><title>Caf\u00e9 owners protest</title></head><body><article>"
        "<p>Caf\u00e9 owners in the old town protested on Friday against a new tax on terraces, "
        "saying the fee of 900 euros a year would force many of them to close.</p>"
        "<p>The city said the money would pay for cleaner pavements and more benches.</p>"
        "</article></body></html>"
    ).encode("latin-1")
    h._send(200, body, "text/html; charset=iso-8859-1")


def _gzip(h: Handler) -> None:
    body = gzip.compress((SAMPLES / "council-budget.html").read_bytes())
    h._send(200, body, Content_Encoding="gzip")


def _empty_page(h: Handler) -> None:
    h._send(
        200,
        b"<html><head><title>Menu</title></head>"
        b"<body><nav><a href='/'>Home</a></nav></body></html>",
    )


ROUTES = {
    "/article": _article,
    "/text": _text,
    "/redirect": _redirect,
    "/loop": _loop,
    "/to-file": _to_file,
    "/binary": _binary,
    "/huge": _huge,
    "/slow": _slow,
    "/flaky": _flaky,
    "/gone": _gone,
    "/latin1": _latin1,
    "/gzip": _gzip,
    "/empty-page": _empty_page,
}
PREFIX_ROUTES: dict[str, Callable[[Handler], None]] = {}  # routes with a parameter in the path

# ---- robustness routes (issue #7): every way a web server can be unhelpful -------------------

BOMB_SIZE = 64 * 1024 * 1024  # decoded size of the compression bombs; their wire size is ~64 KB


def _compressed(kind: str) -> bytes:
    """A compression bomb: BOMB_SIZE bytes of one letter, gzip- or zlib-compressed (cached)."""
    if kind not in _BOMBS:
        packer = zlib.compressobj(9, zlib.DEFLATED, 31 if kind == "gzip" else 15)
        block = b"a" * (1024 * 1024)
        parts = [packer.compress(block) for _ in range(BOMB_SIZE // len(block))]
        _BOMBS[kind] = b"".join(parts) + packer.flush()
    return _BOMBS[kind]


_BOMBS: dict[str, bytes] = {}


def _query(h: Handler, key: str) -> str | None:
    values = parse_qs(urlsplit(h.path).query).get(key)
    return values[0] if values else None


def _status(h: Handler) -> None:
    """/status/NNN[?retry_after=S]: that status, with a Retry-After header when asked."""
    code = int(h.path.split("?")[0].rsplit("/", 1)[1])
    extra = {"Retry_After": ra} if (ra := _query(h, "retry_after")) is not None else {}
    h._send(code, f"status {code}".encode(), "text/plain", **extra)


def _hops(h: Handler) -> None:
    """/hops/N: a chain of N redirects ending on the article."""
    left = int(h.path.split("?")[0].rsplit("/", 1)[1])
    if left <= 0:
        _article(h)
    else:
        h._send(302, b"", Location=f"/hops/{left - 1}")


def _bomb(h: Handler) -> None:
    h._send(200, _compressed("gzip"), Content_Encoding="gzip")


def _deflate_bomb(h: Handler) -> None:
    h._send(200, _compressed("deflate"), Content_Encoding="deflate")


def _chunked_huge(h: Handler) -> None:
    """A body past the size cap with no Content-Length (chunked), so only the read loop sees it."""
    h.send_response(200)
    h.send_header("Content-Type", "text/html")
    h.send_header("Transfer-Encoding", "chunked")
    h.end_headers()
    chunk = b"<p>" + b"word " * 2000 + b"</p>"
    try:
        for _ in range(400):
            h.wfile.write(b"%x\r\n%s\r\n" % (len(chunk), chunk))
        h.wfile.write(b"0\r\n\r\n")
    except OSError:  # the client stopped reading at its cap
        h.close_connection = True


def _cp1252_page(charset: str | None) -> Callable[[Handler], None]:
    """A Windows-1252 page served with the given charset label (or none at all)."""

    def route(h: Handler) -> None:
        body = (
            "<html><head><title>Tax on terraces</title></head><body><article>"
            "<p>\u201cIt is a fee we cannot pay,\u201d said Ren\u00e9e Dupr\u00e9, who runs a "
            "caf\u00e9 on the square \u2013 the levy is \u20ac900 a year per table.</p>"
            "<p>The council voted for the levy on Tuesday by 31 votes to 12 after a debate.</p>"
            "</article></body></html>"
        ).encode("cp1252")
        h._send(200, body, "text/html" + (f"; charset={charset}" if charset else ""))

    return route


def _meta_latin1(h: Handler) -> None:
    body = (
        "<html><head><meta charset='iso-8859-1'><title>Caf\u00e9s</title></head><body>"
        "<p>The owners of the caf\u00e9s on the square met the mayor on Monday.</p></body></html>"
    ).encode("latin-1")
    h._send(200, body, "text/html")


def _utf16_page(h: Handler) -> None:
    body = "<html><body><p>Na\u00efve caf\u00e9 owners met the mayor.</p></body></html>"
    h._send(200, body.encode("utf-16"), "text/html; charset=utf-16")


def _typed(ctype: str, body: bytes) -> Callable[[Handler], None]:
    def route(h: Handler) -> None:
        h._send(200, body, ctype)

    return route


def _redirect_to(location: str | None) -> Callable[[Handler], None]:
    def route(h: Handler) -> None:
        h._send(302, b"", **({"Location": location} if location is not None else {}))

    return route


def _xxe(h: Handler) -> None:
    """A page whose DOCTYPE declares external entities: a local file and a DTD on this server."""
    target = _query(h, "f") or "/etc/hostname"
    dtd = f"http://{h.headers.get('Host')}/dtd-hit"
    ctype = _query(h, "type") or "text/html"
    body = (
        f'<?xml version="1.0"?>\n<!DOCTYPE html SYSTEM "{dtd}" [\n'
        f'  <!ENTITY secret SYSTEM "file://{target}">\n'
        f'  <!ENTITY remote SYSTEM "{dtd}">\n]>\n'
        "<html><head><title>Bridge reopens</title></head><body><article>"
        "<p>The old bridge over the river reopened on Monday after two years of repairs, "
        "the transport office said in a statement.</p><p>Entity: &secret; and &remote;</p>"
        "<p>Engineers replaced the deck and strengthened the piers at a cost of 4 million "
        "dollars, officials said.</p></article></body></html>"
    )
    h._send(200, body.encode(), ctype)


def _dtd_hit(h: Handler) -> None:
    h._send(200, b'<!ENTITY leak "DTD-WAS-FETCHED">', "application/xml-dtd")


def _control_chars(h: Handler) -> None:
    body = (
        b"<html><body><article><p>The ferry\x00 service\x0b resumed on\x1b Friday after the "
        b"storm, the port\x0c authority said.</p></article></body></html>"
    )
    h._send(200, body)


PDF = b"%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n" + bytes(range(256)) * 4
ROBUST_ROUTES: dict[str, Callable[[Handler], None]] = {
    "/bomb": _bomb,
    "/deflate-bomb": _deflate_bomb,
    "/chunked-huge": _chunked_huge,
    "/cp1252-no-charset": _cp1252_page(None),
    "/cp1252-says-utf8": _cp1252_page("utf-8"),
    "/cp1252-says-latin1": _cp1252_page("ISO-8859-1"),
    "/cp1252-says-nonsense": _cp1252_page("x-no-such-charset"),
    "/meta-latin1": _meta_latin1,
    "/utf16": _utf16_page,
    "/pdf": _typed("application/pdf", PDF),
    "/pdf-as-html": _typed("text/html", PDF),
    "/png-as-html": _typed("text/html", b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4),
    "/octet": _typed("application/octet-stream", b"\x00\x01\x02" * 100),
    "/empty-body": _typed("text/html", b""),
    "/no-text": _typed(
        "text/html",
        b"<html><head><title>Live</title><script>var feed = [];</script></head>"
        b"<body><script>track()</script><style>p {}</style><img src='/x.png'></body></html>",
    ),
    "/blank-body": _typed("text/plain", b" \r\n\t \n"),
    "/to-javascript": _redirect_to("javascript:alert(1)"),
    "/to-data": _redirect_to("data:text/html,<p>hello</p>"),
    "/no-location": _redirect_to(None),
    "/bad-location": _redirect_to("http://[::1/broken"),
    "/xxe": _xxe,
    "/dtd-hit": _dtd_hit,
    "/control-chars": _control_chars,
}
ROUTES.update(ROBUST_ROUTES)
PREFIX_ROUTES.update({"/status/": _status, "/hops/": _hops})


# ---- raw socket servers: misbehaviour below HTTP ----------------------------------------------


def _read_request(conn: socket.socket) -> None:
    """Swallow the request head (we answer the same thing to every request)."""
    data = b""
    while b"\r\n\r\n" not in data:
        part = conn.recv(4096)
        if not part:
            return
        data += part


def _drip(conn: socket.socket, stop: threading.Event, piece: bytes, every: float = 0.02) -> None:
    """Send `piece` again and again, slowly, until the test ends or the client leaves."""
    while not stop.wait(every):
        conn.sendall(piece)


def _never_headers(conn: socket.socket, stop: threading.Event) -> None:
    _read_request(conn)
    stop.wait(30)


def _trickle_body(conn: socket.socket, stop: threading.Event) -> None:
    _read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nConnection: close\r\n\r\n<p>")
    _drip(conn, stop, b"a")


def _trickle_chunked(conn: socket.socket, stop: threading.Event) -> None:
    _read_request(conn)
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\r\n"
    )
    _drip(conn, stop, b"1\r\na\r\n")


def _trickle_headers(conn: socket.socket, stop: threading.Event) -> None:
    _read_request(conn)
    conn.sendall(b"HTTP/1.1 200 OK\r\nX-Slow: ")
    _drip(conn, stop, b"z")


def _gzip_stall(conn: socket.socket, stop: threading.Event) -> None:
    """A gzip body of empty deflate blocks: bytes keep coming, decoded output never does."""
    _read_request(conn)
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Encoding: gzip\r\n"
        b"Connection: close\r\n\r\n\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\xff"
    )
    _drip(conn, stop, b"\x00\x00\x00\xff\xff")


def _close_at_once(conn: socket.socket, stop: threading.Event) -> None:
    _read_request(conn)


def _not_http(conn: socket.socket, stop: threading.Event) -> None:
    _read_request(conn)
    conn.sendall(b"SSH-2.0-OpenSSH_9.0\r\n\r\n")


def _truncated(conn: socket.socket, stop: threading.Event) -> None:
    _read_request(conn)
    conn.sendall(
        b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 5000\r\n\r\n<p>cut"
    )


def _answer(head_and_body: bytes) -> Callable[[socket.socket, threading.Event], None]:
    """Answer every request with these exact bytes, then hang up."""

    def behaviour(conn: socket.socket, stop: threading.Event) -> None:
        _read_request(conn)
        conn.sendall(head_and_body)

    return behaviour


RAW_BEHAVIOURS: dict[str, Callable[[socket.socket, threading.Event], None]] = {
    "never-headers": _never_headers,
    "trickle-body": _trickle_body,
    "trickle-chunked": _trickle_chunked,
    "trickle-headers": _trickle_headers,
    "gzip-stall": _gzip_stall,
    "close-at-once": _close_at_once,
    "not-http": _not_http,
    "truncated": _truncated,
    "many-headers": _answer(
        b"HTTP/1.1 200 OK\r\n" + b"".join(b"X-H%d: v\r\n" % i for i in range(200)) + b"\r\n"
    ),
    "endless-header-line": _answer(b"HTTP/1.1 200 OK\r\nX-Long: " + b"a" * 200_000 + b"\r\n\r\n"),
    "http-0.9": _answer(b"<html><body><p>No status line at all.</p></body></html>"),
    "bad-chunk-size": _answer(
        b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\nhello\r\n0\r\n\r\n"
    ),
    "not-gzip": _answer(
        b"HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: 12\r\n\r\nnot gzip !!!"
    ),
    "status-999": _answer(b"HTTP/1.1 999 Odd\r\nContent-Length: 2\r\n\r\nhi"),
    # escape sequences from the network: clipboard write (OSC 52), clear screen, C1 CSI
    "escape-reason": _answer(
        b"HTTP/1.1 404 \x1b]52;c;cHduZWQ=\x07\x1b[2J\xc2\x9b2J\r\nContent-Length: 2\r\n\r\nno"
    ),
    "escape-status-line": _answer(b"\x1b]52;c;cHduZWQ=\x07\x1b[2J gone\r\n\r\n"),
    "escape-redirect": _answer(
        b"HTTP/1.1 302 Found\r\nLocation: /\x1b[2Jhere\r\nContent-Length: 0\r\n\r\n"
    ),
    "not-modified": _answer(b"HTTP/1.1 304 Not Modified\r\n\r\n"),
}


class RawServer:
    """A TCP server on 127.0.0.1 whose every connection runs one misbehaviour in a thread."""

    def __init__(self, behaviour: Callable[[socket.socket, threading.Event], None]) -> None:
        self.behaviour = behaviour
        self.stopping = threading.Event()
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.url = f"http://127.0.0.1:{self.sock.getsockname()[1]}/"
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self) -> None:
        while not self.stopping.is_set():
            try:
                conn, _ = self.sock.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    def _serve(self, conn: socket.socket) -> None:
        conn.settimeout(10)
        with conn, contextlib.suppress(OSError):  # the client hung up: that is the point
            self.behaviour(conn, self.stopping)

    def stop(self) -> None:
        """Stop accepting and end every running misbehaviour."""
        self.stopping.set()
        self.sock.close()


def _prefix_route(path: str) -> Callable[[Handler], None] | None:
    """Routes with a parameter in the path, e.g. /status/503 or /hops/12."""
    for prefix, route in PREFIX_ROUTES.items():
        if path.startswith(prefix):
            return route
    return None


class QuietServer(ThreadingHTTPServer):
    """Clients that hang up early (timeouts, caps, Ctrl-C) are expected: no tracebacks."""

    def handle_error(self, request: object, client_address: object) -> None:
        pass


@pytest.fixture(scope="session")
def server() -> Iterator[str]:
    """Base URL of a real HTTP server on 127.0.0.1, stopped after the session."""
    httpd = QuietServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture()
def raw_server() -> Iterator[Callable[[str], str]]:
    """Start raw socket servers on 127.0.0.1 that misbehave below HTTP (see RAW BEHAVIOURS)."""
    started: list[RawServer] = []

    def start(name: str) -> str:
        srv = RawServer(RAW_BEHAVIOURS[name])
        started.append(srv)
        return srv.url

    yield start
    for srv in started:
        srv.stop()


def name_spans(text: str, code: str) -> list[tuple[str, str | None, str]]:
    """The candidate names of one sentence in another language: (text, kind, evidence)."""
    from newsfacts.facts.names import foreign
    from newsfacts.facts.tokens import tokenize
    from newsfacts.words import words_of

    words = words_of(code)
    assert words is not None
    return [(s.text, s.label, s.reason) for s in foreign.spans_in(text, tokenize(text), words)]
