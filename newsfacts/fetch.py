"""HTTP fetching: the one module that imports urllib3.

One deadline bounds the whole fetch (connect, headers, every body read, retries and
redirects): besides urllib3's per-read timeouts, a watchdog timer shuts the socket down when
the deadline passes, so no trickling server or byte-swallowing decoder can outlive --timeout.
The decoded body is capped; only http(s) is followed.
"""

from __future__ import annotations

import contextlib
import email.utils
import math
import socket
import threading
import time
from collections.abc import Callable
from typing import Any
from urllib.parse import SplitResult, urljoin, urlsplit

from newsfacts import __version__
from newsfacts.errors import SourceError
from newsfacts.load import shown
from newsfacts.model import Options

USER_AGENT = f"newsfacts/{__version__} (+https://pypi.org/project/newsfacts/)"
MAX_REDIRECTS = 10
MAX_RETRIES = 2  # so at most 3 attempts per URL
BACKOFF = 0.5  # seconds before the first retry; doubles each time unless Retry-After says more
RETRY_STATUSES = frozenset({429, 500, 502, 503, 504})
REDIRECT_STATUSES = frozenset({301, 302, 303, 307, 308})
TEXTUAL = ("text/", "application/xhtml", "application/xml", "application/rss", "application/atom")
MAX_TIMEOUT = 86_400.0  # `--timeout inf` means a day: timers and sockets reject larger values
RESERVED_TLDS = ("invalid",)  # RFC 6761: never resolvable, answer "not found" without asking DNS
CHUNK = 65536  # urllib3 >= 2.6 caps the *decoded* output of one read1 call to this
DRAIN_LIMIT = 65536  # unread bodies up to this size are drained to keep the connection

_pool: Any = None
_local = threading.local()


class Watchdog:
    """Shuts down the sockets of one fetch when its deadline passes."""

    def __init__(self, deadline: float) -> None:
        self.deadline = deadline
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(max(0.0, deadline - time.monotonic()), self.fire)
        self._timer.daemon = True

    def __enter__(self) -> Watchdog:
        _local.dog = self
        self._timer.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.cancel()
        _local.dog = None

    def watch(self, sock: socket.socket | None) -> None:
        """Add a socket; shut it at once if the deadline has already passed."""
        if sock is None:
            return
        with self._lock:
            self._sockets.append(sock)
            fired = self.fired
        if fired:
            _shutdown(sock)

    def fire(self) -> None:
        """The deadline passed: unblock every pending read by shutting its socket."""
        with self._lock:
            self.fired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shutdown(sock)


def _shutdown(sock: socket.socket) -> None:
    """Shut a socket down from another thread; a blocked recv then returns at once."""
    # socket.socket's own method: SSLSocket.shutdown would tear down TLS state under a reader.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _timed_out() -> bool:
    """True when this thread's fetch ran past its deadline."""
    dog = getattr(_local, "dog", None)
    return dog is not None and dog.fired


def _watch_current(sock: socket.socket | None) -> None:
    """Hand a connection's socket to this thread's watchdog, if a fetch is running."""
    dog = getattr(_local, "dog", None)
    if dog is not None:
        dog.watch(sock)


def _manager() -> Any:
    """One connection pool per process, with connections the watchdog can see."""
    global _pool
    if _pool is None:
        import urllib3
        from urllib3.connection import HTTPConnection, HTTPSConnection
        from urllib3.connectionpool import HTTPConnectionPool, HTTPSConnectionPool

        class WatchedHTTPConnection(HTTPConnection):
            def getresponse(self) -> Any:
                _watch_current(self.sock)
                return super().getresponse()

        class WatchedHTTPSConnection(HTTPSConnection):
            def getresponse(self) -> Any:
                _watch_current(self.sock)
                return super().getresponse()

        class WatchedHTTPPool(HTTPConnectionPool):
            ConnectionCls = WatchedHTTPConnection

        class WatchedHTTPSPool(HTTPSConnectionPool):
            ConnectionCls = WatchedHTTPSConnection

        _pool = urllib3.PoolManager(
            retries=False,
            headers={
                "User-Agent": USER_AGENT,
                "Accept": "text/html,application/xhtml+xml,text/plain;q=0.9,*/*;q=0.5",
                "Accept-Encoding": "gzip, deflate",
            },
        )
        _pool.pool_classes_by_scheme = {"http": WatchedHTTPPool, "https": WatchedHTTPSPool}
    return _pool


def check_url(url: str) -> None:
    """Refuse anything but http(s) URLs with a host; reserved names are "not found" at once."""
    parts = _split(url)
    if parts.scheme.lower() not in ("http", "https"):
        raise fail(url, f"unsupported URL scheme {parts.scheme!r}", "unsupported-scheme")
    host = (parts.hostname or "").rstrip(".").lower()
    if not host:
        raise fail(url, "URL has no host", "bad-url")
    if not _is_ip(host):
        _check_labels(url, host)
    if host.rpartition(".")[2] in RESERVED_TLDS:
        raise fail(url, "host not found", "dns")


def _check_labels(url: str, host: str) -> None:
    """A host name must encode to IDNA labels of 1 to 63 octets, 253 in all."""
    try:
        ascii_host = host.encode("idna").decode("ascii")
    except UnicodeError:
        raise fail(url, "bad host name (an empty or over-long label)", "bad-url") from None
    labels = ascii_host.split(".")
    if len(ascii_host) > 253 or any(not 0 < len(label) <= 63 for label in labels):
        raise fail(url, "bad host name (an empty or over-long label)", "bad-url")


check_scheme = check_url  # the name of the first version


def fail(url: str, message: str, code: str) -> SourceError:
    """A SourceError naming the URL, shown safely: control characters escaped, length capped."""
    return SourceError(f"{shown(url)}: {message}", code)


def _split(url: str) -> SplitResult:
    """urlsplit, with malformed URLs (bad IPv6 brackets, bad ports) as SourceError."""
    try:
        parts = urlsplit(url)
        _ = parts.port  # raises on a non-numeric or out-of-range port
    except ValueError as exc:
        raise fail(url, f"malformed URL ({exc})", "bad-url") from None
    return parts


def fetch(url: str, options: Options) -> tuple[bytes, str, str | None, str | None]:
    """GET a URL; return (body, final URL, content type, charset) or raise SourceError."""
    deadline = time.monotonic() + min(options.timeout, MAX_TIMEOUT)
    with Watchdog(deadline):
        return _follow(url, deadline, options)


def _follow(
    url: str, deadline: float, options: Options
) -> tuple[bytes, str, str | None, str | None]:
    """Follow redirects (http(s) only, no loops, at most MAX_REDIRECTS) and read the final page."""
    seen: set[str] = set()
    current = url
    for _hop in range(MAX_REDIRECTS + 1):
        check_url(current)
        if current in seen:
            raise fail(url, f"redirect loop at {shown(current)}", "redirect-loop")
        seen.add(current)
        resp = _request_with_retries(current, deadline)
        if resp.status in REDIRECT_STATUSES:
            location = resp.headers.get("Location")
            _discard(resp)
            if not location:
                raise fail(url, "redirect without a Location", "bad-redirect")
            current = _join(url, current, location)
            continue
        return _read_response(url, current, resp, options)
    raise fail(url, f"more than {MAX_REDIRECTS} redirects", "too-many-redirects")


def _join(url: str, current: str, location: str) -> str:
    """Resolve a Location header against the current URL."""
    try:
        return urljoin(current, location.strip())
    except ValueError:
        raise fail(url, f"malformed redirect to {location[:100]!r}", "bad-redirect") from None


def _request_with_retries(url: str, deadline: float) -> Any:
    """Send the request; retry a few times on 429/5xx, honouring Retry-After within the deadline."""
    for attempt in range(MAX_RETRIES + 1):
        resp = _request(url, deadline)
        if resp.status not in RETRY_STATUSES or attempt == MAX_RETRIES:
            return resp
        wait = _retry_after(resp.headers.get("Retry-After"), default=BACKOFF * 2**attempt)
        if time.monotonic() + wait >= deadline:
            return resp  # no time left to wait: report this status
        _discard(resp)
        time.sleep(wait)
    raise AssertionError("unreachable")  # pragma: no cover - the loop always returns


def _request(url: str, deadline: float) -> Any:
    """One GET without redirects or retries, bounded by the deadline."""
    import urllib3

    _lookup_within(url, deadline)
    remaining = deadline - time.monotonic()
    if remaining <= 0:
        raise fail(url, "timed out", "timeout")
    try:
        return _manager().request(
            "GET",
            url,
            redirect=False,
            preload_content=False,
            decode_content=True,
            timeout=urllib3.Timeout(connect=remaining, read=remaining),
        )
    except urllib3.exceptions.MaxRetryError as exc:
        raise _network_error(url, exc.reason) from None
    except (urllib3.exceptions.HTTPError, OSError, ValueError) as exc:
        raise _network_error(url, exc) from None


def _lookup_within(url: str, deadline: float) -> None:
    """Resolve the URL's host within the deadline, or fail as timed out.

    The system resolver cannot be interrupted and the watchdog has no socket to shut while it
    runs, so the lookup runs in a helper thread that is abandoned (it ends on its own) when the
    deadline passes first. The connection then resolves the name again, from a warm cache.
    """
    parts = urlsplit(url)
    host = parts.hostname
    if not host or _is_ip(host):
        return
    port = parts.port or (443 if parts.scheme == "https" else 80)
    failure: list[OSError] = []

    def lookup() -> None:
        try:
            socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
        except OSError as exc:
            failure.append(exc)

    worker = threading.Thread(target=lookup, name="newsfacts-dns", daemon=True)
    worker.start()
    worker.join(max(0.0, deadline - time.monotonic()))
    if worker.is_alive():
        raise fail(url, "timed out (name lookup)", "timeout")
    if failure:
        raise _network_error(url, failure[0])


def _is_ip(host: str) -> bool:
    """An IPv4 or IPv6 literal: nothing to look up."""
    import ipaddress

    try:
        ipaddress.ip_address(host)
    except ValueError:
        return False
    return True


def _is_refused(exc: object, text: str) -> bool:
    return isinstance(exc, ConnectionRefusedError) or "refused" in text


def _is_dns(exc: object, text: str) -> bool:
    import urllib3

    return isinstance(exc, (urllib3.exceptions.NameResolutionError, socket.gaierror)) or any(
        s in text for s in ("name or service not known", "nodename nor servname", "getaddrinfo")
    )


def _is_tls(exc: object, text: str) -> bool:
    import ssl

    import urllib3

    return isinstance(exc, (urllib3.exceptions.SSLError, ssl.SSLError))


def _is_timeout(exc: object, text: str) -> bool:
    import urllib3

    return isinstance(exc, (urllib3.exceptions.TimeoutError, TimeoutError)) or "timed out" in text


# Checked in order: NameResolutionError and NewConnectionError subclass ConnectTimeoutError,
# so the cause is named before the class.
NETWORK_ERRORS: tuple[tuple[Callable[[object, str], bool], str, str], ...] = (
    (_is_refused, "connection-refused", "connection refused"),
    (_is_dns, "dns", "host not found"),
    (_is_timeout, "timeout", "timed out"),
    (_is_tls, "tls", "TLS error"),
)


def _network_error(url: str, exc: object) -> SourceError:
    """Map a urllib3/socket failure to a short, one-line SourceError."""
    if _timed_out():
        return fail(url, "timed out", "timeout")
    text = _cause_text(exc)
    for matches, code, message in NETWORK_ERRORS:
        if matches(exc, text.lower()):
            detail = f" ({_tls_reason(text)})" if code == "tls" else ""
            return fail(url, f"{message}{detail}", code)
    return fail(url, f"network error: {text[:160]}", "network")


def _cause_text(exc: object) -> str:
    """The innermost message: urllib3 wraps causes as ('Connection aborted.', Cause(...))."""
    args = getattr(exc, "args", ())
    while args and isinstance(args[-1], BaseException):
        exc = args[-1]
        args = getattr(exc, "args", ())
    return str(exc) or type(exc).__name__


def _tls_reason(text: str) -> str:
    """The readable part of an OpenSSL message: "certificate verify failed: self-signed ..."."""
    reason = text.rpartition("] ")[2] or text
    return reason.split(" (_ssl.c")[0][:120]


def _retry_after(value: str | None, default: float) -> float:
    """Seconds to wait from a Retry-After header (seconds or HTTP date)."""
    if not value:
        return default
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
        seconds = when.timestamp() - time.time()
    except (TypeError, ValueError, OverflowError):
        return default
    return max(0.0, seconds) if math.isfinite(seconds) else default


def _read_response(
    url: str, final: str, resp: Any, options: Options
) -> tuple[bytes, str, str | None, str | None]:
    """Check status and type, then read the decoded body within the deadline and size cap."""
    import urllib3

    finished = False
    try:
        _check_status(url, resp)
        ctype, charset = _content_type(resp.headers.get("Content-Type"))
        if ctype and not ctype.startswith(TEXTUAL):
            raise fail(url, f"not an article (content type {shown(ctype, 60)})", "not-an-article")
        declared = resp.headers.get("Content-Length", "").strip()
        if declared.isdigit() and int(declared) > options.max_bytes:
            raise fail(url, f"larger than {options.max_bytes} bytes", "too-large")
        body = _read_body(url, resp, options.max_bytes)
        finished = True
        return body, final, ctype, charset
    except urllib3.exceptions.DecodeError:
        raise fail(url, "body could not be decoded", "bad-encoding") from None
    except (urllib3.exceptions.HTTPError, OSError, ValueError) as exc:
        raise _network_error(url, exc) from None
    finally:
        _discard(resp, finished)


def _check_status(url: str, resp: Any) -> None:
    """Anything but a 2xx (after redirects and retries) is an HTTP error."""
    if 200 <= resp.status < 300:
        return
    reason = " ".join(str(resp.reason or "").split())[:60]
    raise fail(url, f"HTTP {resp.status} {reason}".strip(), f"http-{resp.status}")


def _read_body(url: str, resp: Any, max_bytes: int) -> bytes:
    """Read the decoded body chunk by chunk; the watchdog ends any read past the deadline."""
    body = bytearray()
    while not _timed_out():
        chunk = resp.read1(CHUNK)
        if not chunk:
            break
        body += chunk
        if len(body) > max_bytes:
            raise fail(url, f"larger than {max_bytes} bytes", "too-large")
    if _timed_out():  # a shut socket reads as EOF: never mistake a cut body for a whole one
        raise fail(url, "timed out reading the body", "timeout")
    return bytes(body)


def _discard(resp: Any, finished: bool = False) -> None:
    """Give the connection back when its body is done or small and unread; otherwise close it."""
    try:
        left = resp.length_remaining
        if not finished and left is not None and left <= DRAIN_LIMIT and resp.tell() == 0:
            # Raw bytes only: a small compressed error page must never be inflated here.
            resp.read(decode_content=False)
        elif not finished:
            resp.close()
    except Exception:  # a broken connection is simply dropped
        resp.close()
    resp.release_conn()


def _content_type(header: str | None) -> tuple[str | None, str | None]:
    """Split a Content-Type header into (media type, charset)."""
    if not header:
        return None, None
    parts = [p.strip() for p in header.split(";")]
    charset = None
    for p in parts[1:]:
        key, _, val = p.partition("=")
        if key.strip().lower() == "charset":
            charset = val.strip().strip("\"'") or None
    return parts[0].lower() or None, charset
