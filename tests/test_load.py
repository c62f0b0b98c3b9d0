"""Load stage: files, stdin bytes, decoding and HTML sniffing."""

from __future__ import annotations

import codecs
from pathlib import Path

import pytest

from newsfacts.errors import NoTextError, SourceError
from newsfacts.load import decode, is_url, load, looks_binary, sniff_html
from newsfacts.model import Options

OPTS = Options()


def test_reads_text_file(tmp_path: Path) -> None:
    p = tmp_path / "a.txt"
    p.write_text("The mayor opened a new bridge on Friday.\n", encoding="utf-8")
    page = load(str(p), OPTS)
    assert page.content.startswith("The mayor") and not page.is_html


def test_sniffs_html_without_extension(tmp_path: Path) -> None:
    p = tmp_path / "page"
    p.write_bytes(b"<!doctype html><html><body><p>Hello there.</p></body></html>")
    assert load(str(p), OPTS).is_html


def test_stdin_bytes_are_sniffed() -> None:
    assert load("-", OPTS, b"<html><body><p>x</p></body></html>").is_html
    assert not load("-", OPTS, b"Plain words only. Nothing else.").is_html


@pytest.mark.parametrize(
    ("name", "make", "code"),
    [
        ("missing", lambda d: d / "nope.txt", "file-not-found"),
        ("directory", lambda d: d, "is-a-directory"),
    ],
)
def test_bad_paths(tmp_path: Path, name: str, make, code: str) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(SourceError) as err:
        load(str(make(tmp_path)), OPTS)
    assert err.value.code == code and err.value.exit_code == 3


def test_empty_and_binary_files(tmp_path: Path) -> None:
    empty = tmp_path / "e.txt"
    empty.write_text("  \n\t\n")
    with pytest.raises(NoTextError, match="empty") as err:  # read fine, holds no text: exit 4
        load(str(empty), OPTS)
    assert err.value.exit_code == 4
    blob = tmp_path / "b.bin"
    blob.write_bytes(bytes(range(256)) * 40)
    with pytest.raises(SourceError, match="binary"):
        load(str(blob), OPTS)


def test_size_cap(tmp_path: Path) -> None:
    p = tmp_path / "big.txt"
    p.write_bytes(b"a" * 2000)
    with pytest.raises(SourceError, match="larger than"):
        load(str(p), Options(max_bytes=1000))


def test_decoding_boms_and_legacy_charsets() -> None:
    text = "Zo\u00eb said \u201chello\u201d in M\u00e1laga."
    assert decode(codecs.BOM_UTF8 + text.encode("utf-8")) == text
    assert decode(text.encode("utf-16")) == text
    assert decode(text.encode("cp1252")) == text
    assert decode("caf\u00e9".encode("latin-1"), "iso-8859-1") == "caf\u00e9"
    page = b'<meta charset="windows-1252"><p>\x93hi\x94</p>'
    assert decode(page) == '<meta charset="windows-1252"><p>\u201chi\u201d</p>'


def test_helpers() -> None:
    assert is_url("https://example.org/a") and is_url("ftp://x/y") and not is_url("dir/file.txt")
    assert sniff_html(b"<p>a</p><p>b</p><div>c</div>")
    assert not sniff_html(b"Use <b> for bold, said nobody.")
    assert looks_binary("%PDF-1.7 ...") and not looks_binary("ordinary words\nand lines")
