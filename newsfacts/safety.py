"""What reaches a terminal or a message from outside: control characters made visible, URL
credentials redacted. One place, used by errors, the pipeline and the renderers."""

from __future__ import annotations

import dataclasses
import re
from typing import Any, TypeVar

T = TypeVar("T")

# C0 controls but tab and newline, DEL and the C1 controls (U+0080-U+009F: U+009B is a CSI, as
# good as ESC [ to a terminal that reads 8-bit controls). Shown as \x1b, never sent raw.
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_CONTROLS_AND_BREAKS = re.compile("[\x00-\x1f\x7f-\x9f]")
# JSON strings keep their data; json.dumps escapes C0 itself, these it would send raw.
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029]")
# scheme://userinfo@ : the userinfo ends at the first / ? # before the @ (RFC 3986).
_USERINFO = re.compile(r"\b([A-Za-z][A-Za-z0-9+.\-]*://)[^/?#\s@]*@")


def _escape(match: re.Match[str]) -> str:
    return f"\\x{ord(match.group()):02x}"


def printable(text: str, one_line: bool = False) -> str:
    """Text safe for a terminal: controls shown escaped (newlines too with one_line)."""
    return (_CONTROLS_AND_BREAKS if one_line else _CONTROLS).sub(_escape, text)


def redact(text: str) -> str:
    """URLs in the text without their credentials: http://user:pw@host -> http://***@host."""
    return _USERINFO.sub(r"\1***@", text) if "@" in text else text


def message(text: str) -> str:
    """One line for stderr or a JSON error: one line, controls escaped, credentials redacted."""
    return redact(printable(" ".join(text.split()), one_line=True))


def json_escaped(text: str) -> str:
    """JSON text (from json.dumps, ensure_ascii=False) with DEL, C1 and U+2028/9 escaped."""
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


def for_terminal(value: T) -> T:
    """A copy of a frozen dataclass tree with every string made printable (newlines kept)."""
    cleaned: T = _clean(value)
    return cleaned


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return printable(value)
    if isinstance(value, tuple):
        return tuple(_clean(v) for v in value)
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: _clean(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **changes)
    return value
