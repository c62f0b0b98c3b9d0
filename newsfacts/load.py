"""Load stage: read a URL, a file or stdin into a decoded Page; sniff HTML vs text.

Every input is capped at `Options.max_bytes` before it is decoded, known binary formats are
refused by their magic bytes, and the decoded text never carries characters an XML/HTML
parser rejects (NUL and other C0 controls), so later stages see clean Unicode.
"""

from __future__ import annotations

import codecs
import re
from pathlib import Path

from newsfacts.errors import NoTextError, SourceError
from newsfacts.model import Options, Page
from newsfacts.safety import redact

STDIN = "-"
SNIFF_BYTES = 65536  # how much of a document the charset detector looks at
# Plain text longer than this is a book or a dump, not an article: refuse it clearly rather
# than spend minutes on it (the longest news features are ~150,000 characters).
MAX_TEXT_CHARS = 1_500_000
_HTML_START = re.compile(
    rb"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body|meta|title|div|p|article|section|main)\b",
    re.IGNORECASE | re.DOTALL,
)
_HTML_TAGS = re.compile(rb"</?(?:p|div|br|span|a|h[1-6]|article|li|ul|body|html)\b[^>]*>", re.I)
_META_CHARSET = re.compile(rb"""<meta[^>]+charset=["']?\s*([A-Za-z0-9_\-:.]+)""", re.IGNORECASE)
_BOMS = (
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
# Magic numbers of formats people point a news tool at by mistake (offset, bytes, name).
BINARY_MAGIC: tuple[tuple[int, bytes, str], ...] = (
    (0, b"%PDF-", "PDF"),
    (0, b"\x89PNG\r\n\x1a\n", "PNG image"),
    (0, b"GIF87a", "GIF image"),
    (0, b"GIF89a", "GIF image"),
    (0, b"\xff\xd8\xff", "JPEG image"),
    (0, b"RIFF", "RIFF media (WebP/WAV/AVI)"),
    (4, b"ftyp", "MP4/HEIC media"),
    (0, b"OggS", "Ogg media"),
    (0, b"wOFF", "web font"),
    (0, b"wOF2", "web font"),
    (0, b"PK\x03\x04", "ZIP archive (or DOCX/EPUB)"),
    (0, b"\x1f\x8b\x08", "gzip archive"),
    (0, b"\xfd7zXZ\x00", "xz archive"),
    (0, b"7z\xbc\xaf\x27\x1c", "7-Zip archive"),
    (0, b"\x7fELF", "executable"),
    (0, b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (0, b"SQLite format 3\x00", "SQLite database"),
)
# Python codecs that are not character sets a web page could really be in.
_REFUSED_CHARSETS = frozenset(
    {"idna", "punycode", "unicode-escape", "raw-unicode-escape", "undefined", "utf-7"}
)
# Characters XML/HTML parsers (lxml) reject: C0 controls but tab/newline/CR, and U+FFFE/U+FFFF.
# Form feed and vertical tab end a line, so they become newlines; the rest is dropped.
# Compiled classes, not str.translate with a dict: translate is ~20x slower on non-ASCII text.
_DROPPED = re.compile("[\x00-\x08\x0e-\x1f\ufffe\uffff]")
_BREAKS = re.compile("[\x0b\x0c\u2029]")
_SOFT_BREAK = "\u2028"  # a line separator inside a paragraph: a space ("Anna\u2028Lind")
# The rest, looked for with `in` (a memchr-like scan): a regex alternation with "&#" tries
# every position and cost three times the whole check on a 150 kB page.
_UNUSUAL = ("&#", "\u2028", "\u2029", "\ufffe", "\uffff")
_BAD_REF = re.compile(r"&#([xX][0-9a-fA-F]{1,8}|[0-9]{1,9});?")
# What either pattern above would touch among the C0 controls. Looked for in the page's UTF-8
# bytes (a control byte stands only for itself there), which bytes.translate deletes in one C
# pass: a regex character class scanned the str at 2.5 times the cost (0.65 ms a dev page).
_CONTROL_BYTES = bytes(range(0x00, 0x09)) + b"\x0b\x0c" + bytes(range(0x0E, 0x20))
FOREIGN_SHARE = 0.3  # above this share of non-ASCII letters, cp1252 is probably the wrong guess


def _cp1252_fallback(err: UnicodeError) -> tuple[str, int]:
    """Decode the bytes UTF-8 rejected as Windows-1252: mixed files come out readable."""
    if not isinstance(err, UnicodeDecodeError):
        raise err
    bad = err.object[err.start : err.end]
    return bytes(bad).decode("cp1252", errors="replace"), err.end


codecs.register_error("newsfacts-cp1252", _cp1252_fallback)


def shown(source: str, limit: int = 200) -> str:
    """A source (path or URL) as printable text for messages: escapes, at most `limit` chars."""
    text = "".join(ch if ch.isprintable() else ascii(ch)[1:-1] for ch in source[: limit + 1])
    return text if len(text) <= limit else text[: limit - 1] + "\u2026"


def is_url(source: str) -> bool:
    """True when the source looks like a URL (any scheme), so files never shadow URLs."""
    return re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*://", source) is not None


def load(source: str, options: Options, data: bytes | None = None) -> Page:
    """Read one source into a Page; `data` carries stdin's bytes for the "-" source."""
    if data is not None or source == STDIN:
        raw = data or b""
        if len(raw) > options.max_bytes:
            raise SourceError(
                f"{shown(source)}: larger than {options.max_bytes} bytes", "too-large"
            )
        return page_from_bytes(source, raw, None, None)
    if is_url(source):
        from newsfacts.fetch import fetch

        raw, final_url, ctype, charset = fetch(source, options)
        return page_from_bytes(source, raw, redact(final_url), ctype, charset)
    return page_from_bytes(source, read_file(source, options.max_bytes), None, None)


def read_file(source: str, max_bytes: int) -> bytes:
    """Read a local file with a size cap, mapping OS errors to SourceError."""
    try:
        path = Path(source).expanduser()
        if path.is_dir():
            raise SourceError(f"{shown(source)}: is a directory", "is-a-directory")
        if not path.exists():
            raise SourceError(f"{shown(source)}: no such file", "file-not-found")
        with path.open("rb") as fh:
            raw = fh.read(max_bytes + 1)
    except OSError as exc:
        raise SourceError(f"{shown(source)}: {exc.strerror or exc}", "file-unreadable") from None
    except (ValueError, RuntimeError) as exc:  # a NUL in the path; `~user` that does not exist
        raise SourceError(f"{shown(source)}: bad file name ({exc})", "file-not-found") from None
    if len(raw) > max_bytes:
        raise SourceError(f"{shown(source)}: larger than {max_bytes} bytes", "too-large")
    return raw


def page_from_bytes(
    source: str,
    raw: bytes,
    url: str | None,
    content_type: str | None,
    charset: str | None = None,
) -> Page:
    """Decode bytes, refuse binary content, and sniff HTML vs plain text."""
    kind = binary_kind(raw)
    if kind:
        raise SourceError(f"{shown(source)}: {kind}, not an article", "not-text")
    text = decode(raw, charset)
    if looks_binary(text):
        raise SourceError(f"{shown(source)}: binary data, not an article", "not-text")
    text = sanitize(text)
    if not text.strip():
        raise NoTextError(f"{shown(source)}: empty input, no text", "empty")
    is_html = (content_type or "").startswith(("text/html", "application/xhtml")) or sniff_html(raw)
    if not is_html and len(text) > MAX_TEXT_CHARS:
        raise SourceError(
            f"{shown(source)}: {len(text)} characters, more than an article ({MAX_TEXT_CHARS})",
            "too-long",
        )
    return Page(source=source, content=text, is_html=is_html, url=url, content_type=content_type)


def binary_kind(raw: bytes) -> str | None:
    """Name of the binary format the bytes start with, or None."""
    for offset, magic, name in BINARY_MAGIC:
        if raw[offset : offset + len(magic)] == magic:
            return name
    return None


def sanitize(text: str) -> str:
    """Drop the characters XML/HTML parsers reject (NUL, other C0 controls, U+FFFE/U+FFFF),
    and the character references that would name them (one `&#27;` must not lose the page);
    the Unicode line separator (U+2028) is a space, the paragraph separator a newline."""
    control = _has_control(text)
    if not control and not any(mark in text for mark in _UNUSUAL):
        return text  # the usual case, found at a fraction of the cost of the substitutions
    text = _BAD_REF.sub(_bad_ref, text) if "&#" in text else text
    # Each substitution scans the page: run it only when the page has what it replaces
    # (dropping references only deletes, so a character absent before is absent after).
    if control or "\ufffe" in text or "\uffff" in text:
        text = _DROPPED.sub("", text)
    if control or "\u2029" in text:
        text = _BREAKS.sub("\n", text)
    return text.replace(_SOFT_BREAK, " ")


def _has_control(text: str) -> bool:
    """Whether the text has a C0 control that sanitize drops or turns into a newline."""
    raw = text.encode("utf-8", "surrogatepass")
    return len(raw.translate(None, _CONTROL_BYTES)) != len(raw)


def _bad_ref(match: re.Match[str]) -> str:
    """A numeric character reference that names a character XML forbids, dropped."""
    ref = match.group(1)
    try:
        code = int(ref[1:], 16) if ref[0] in "xX" else int(ref)
    except ValueError:
        return match.group()
    forbidden = (
        (code < 32 and code not in (9, 10, 13))
        or 0xD800 <= code <= 0xDFFF
        or code in (0xFFFE, 0xFFFF)
        or code > 0x10FFFF
    )
    return "" if forbidden else match.group()


def sniff_html(raw: bytes) -> bool:
    """True when the bytes start like an HTML document or are dense with HTML tags."""
    head = _ascii_view(raw[:4096])
    if _HTML_START.match(head):
        return True
    return len(_HTML_TAGS.findall(head)) >= 3


def _ascii_view(head: bytes) -> bytes:
    """The bytes with any BOM removed and UTF-16/32 NUL padding squeezed out, for sniffing."""
    for bom, _enc in _BOMS:
        if head.startswith(bom):
            head = head[len(bom) :]
            break
    return head.replace(b"\x00", b"") if head.count(0) > len(head) // 4 else head


def decode(raw: bytes, charset: str | None = None) -> str:
    """Decode by BOM, declared charset, UTF-8 (stray bytes as cp1252), then a detector."""
    for bom, enc in _BOMS:
        if raw.startswith(bom):
            return raw.decode(enc, errors="replace")
    declared = _usable_charset(charset or _meta_charset(raw), raw)
    if declared:
        try:
            return raw.decode(declared)
        except (UnicodeError, LookupError):  # a lying header: fall back to sniffing
            pass
    wide = _utf16_without_bom(raw)
    if wide:
        return raw.decode(wide, errors="replace")
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        pass
    text = raw.decode("utf-8", errors="newsfacts-cp1252")
    if _mostly_foreign(text):
        return _detect(raw) or text
    return text


def _meta_charset(raw: bytes) -> str | None:
    m = _META_CHARSET.search(_ascii_view(raw[:4096]))
    return m.group(1).decode("ascii", "ignore") if m else None


def _usable_charset(name: str | None, raw: bytes) -> str | None:
    """The Python codec for a declared charset, or None when it is unknown or implausible."""
    if not name:
        return None
    try:
        codec = codecs.lookup(_normalise_charset(name))
    except LookupError:
        return None
    if codec.name in _REFUSED_CHARSETS or not getattr(codec, "_is_text_encoding", True):
        return None
    if codec.name.startswith(("utf-16", "utf-32")) and b"\x00" not in raw[:4096]:
        return None  # a page declared UTF-16 without a single NUL byte is really 8-bit text
    return codec.name


def _normalise_charset(name: str) -> str:
    # Browsers treat latin-1 labels as windows-1252 (WHATWG encoding standard); so do we.
    name = name.strip().lower()
    if name in ("iso-8859-1", "latin-1", "latin1", "us-ascii", "ascii", "iso8859-1", "l1"):
        return "cp1252"
    return name


def _utf16_without_bom(raw: bytes) -> str | None:
    """The UTF-16 codec when every other byte is NUL (Latin text in UTF-16 without BOM)."""
    sample = raw[:4096]
    if len(sample) < 8:
        return None
    even, odd = sample[0::2], sample[1::2]
    if odd.count(0) >= 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
        return "utf-16-le"
    if even.count(0) >= 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
        return "utf-16-be"
    return None


def _mostly_foreign(text: str) -> bool:
    """True when most letters are non-ASCII: a non-Latin legacy charset, not cp1252."""
    letters = [ch for ch in text[:SNIFF_BYTES] if ch.isalpha()]
    foreign = sum(1 for ch in letters if ord(ch) > 127)
    return foreign >= 20 and foreign > FOREIGN_SHARE * len(letters)


def _detect(raw: bytes) -> str | None:
    """Decode with the detected charset (for Cyrillic, Greek, CJK legacy pages), or None."""
    try:
        from charset_normalizer import from_bytes
    except ImportError:  # pragma: no cover - charset_normalizer comes with trafilatura
        return None
    best = from_bytes(raw[:SNIFF_BYTES]).best()
    if best is None or not best.encoding:
        return None
    try:
        return raw.decode(best.encoding, errors="replace")
    except LookupError:  # pragma: no cover - the detector only names Python codecs
        return None


# Control characters other than whitespace, and the replacement character of a failed decode.
_BINARY_CHARS = re.compile("[\x00-\x08\x0e-\x1f\ufffd]")


def looks_binary(text: str) -> bool:
    """True for decoded content with many control characters (images, PDFs, archives)."""
    sample = text[:8192]
    if not sample:
        return False
    if sample.startswith("%PDF"):
        return True
    return len(_BINARY_CHARS.findall(sample)) > max(8, len(sample) // 20)
