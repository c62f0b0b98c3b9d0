"""Issue #7, files and stdin: every odd input ends in a clean Page or one of our errors."""

from __future__ import annotations

import codecs
import os
from pathlib import Path

import pytest

from newsfacts.errors import NewsfactsError, NoTextError, SourceError
from newsfacts.load import MAX_TEXT_CHARS, decode, load
from newsfacts.model import Options, Page

OPTS = Options()
STORY = (
    "The harbour board voted on Tuesday to dredge the northern channel before winter. "
    "Board chair Mette Olsen said the work would cost 3.5 million kroner.\n\n"
    "Fishermen said the silted channel had closed the port twice this year."
)


def write(tmp_path: Path, name: str, data: bytes) -> str:
    path = tmp_path / name
    path.write_bytes(data)
    return str(path)


def error_of(source: str, options: Options = OPTS, data: bytes | None = None) -> NewsfactsError:
    with pytest.raises(NewsfactsError) as err:
        load(source, options, data)
    assert "\n" not in err.value.message and err.value.message
    return err.value


@pytest.mark.parametrize(
    ("make", "code", "exit_code"),
    [
        (lambda d: str(d / "missing.txt"), "file-not-found", 3),
        (lambda d: str(d), "is-a-directory", 3),
        (lambda d: str(d / "nul\x00name.txt"), "file-not-found", 3),
        (lambda d: write(d, "empty.txt", b""), "empty", 4),
        (lambda d: write(d, "blank.txt", b" \r\n\t\n  \n"), "empty", 4),
        (lambda d: write(d, "bom-only.txt", codecs.BOM_UTF8 + b"\n"), "empty", 4),
        (lambda d: write(d, "utf16-blank.txt", "  \n ".encode("utf-16")), "empty", 4),
        (lambda d: write(d, "nuls.txt", b"\x00" * 500), "not-text", 3),
        (lambda d: write(d, "random.bin", bytes(range(256)) * 64), "not-text", 3),
        (lambda d: write(d, "doc.pdf", b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj"), "not-text", 3),
        (lambda d: write(d, "photo.txt", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00"), "not-text", 3),
        (lambda d: write(d, "archive.txt", b"PK\x03\x04\x14\x00\x00\x00"), "not-text", 3),
    ],
)
def test_bad_files(tmp_path: Path, make, code: str, exit_code: int) -> None:  # type: ignore[no-untyped-def]
    err = error_of(make(tmp_path))
    assert (err.code, err.exit_code) == (code, exit_code)


def test_size_cap_is_checked_before_reading_everything(tmp_path: Path) -> None:
    path = tmp_path / "sparse.txt"
    with path.open("wb") as fh:  # a sparse file: 20 MB + 1 on paper, nothing on disk
        fh.truncate(OPTS.max_bytes + 1)
    err = error_of(str(path))
    assert (err.code, err.exit_code) == ("too-large", 3)


def test_stdin_size_cap() -> None:
    err = error_of("-", Options(max_bytes=1000), b"a " * 600)
    assert (err.code, err.exit_code) == ("too-large", 3)


def test_text_longer_than_any_article_is_refused(tmp_path: Path) -> None:
    line = b"Word after word goes on. " * (MAX_TEXT_CHARS // 25 + 10)
    err = error_of(write(tmp_path, "book.txt", line))
    assert (err.code, err.exit_code) == ("too-long", 3)


@pytest.mark.parametrize(
    ("name", "data"),
    [
        ("utf16.txt", STORY.encode("utf-16")),
        ("utf16be.txt", codecs.BOM_UTF16_BE + STORY.encode("utf-16-be")),
        ("utf16le-no-bom.txt", STORY.encode("utf-16-le")),
        ("utf32.txt", STORY.encode("utf-32")),
        ("utf8-bom.txt", codecs.BOM_UTF8 + STORY.encode()),
        ("crlf.txt", STORY.replace("\n", "\r\n").encode()),
    ],
)
def test_unicode_encodings_decode_to_the_same_text(tmp_path: Path, name: str, data: bytes) -> None:
    page = load(write(tmp_path, name, data), OPTS)
    assert page.content.replace("\r\n", "\n") == STORY and not page.is_html


def test_utf16_html_is_sniffed_as_html(tmp_path: Path) -> None:
    html = f"<html><body><p>{STORY}</p></body></html>"
    for enc in ("utf-16", "utf-16-le"):
        assert load(write(tmp_path, f"page-{enc}", html.encode(enc)), OPTS).is_html


def test_nul_and_control_characters_are_dropped(tmp_path: Path) -> None:
    dirty = STORY.replace("harbour", "har\x00bour").replace("winter", "win\x1bter\x07")
    page = load(write(tmp_path, "dirty.txt", dirty.encode()), OPTS)
    assert page.content == STORY


def test_form_feeds_and_vertical_tabs_become_line_breaks() -> None:
    page = load("-", OPTS, b"First part of the story.\x0cSecond part.\x0bThird.")
    assert page.content == "First part of the story.\nSecond part.\nThird."


def test_invalid_utf8_keeps_the_good_utf8_and_reads_stray_bytes_as_cp1252() -> None:
    mixed = "Caf\u00e9 owners \u201cwon\u201d".encode() + b" \x93fair\x94 fee of \x80900 \xff"
    text = decode(mixed)
    assert text == "Caf\u00e9 owners \u201cwon\u201d \u201cfair\u201d fee of \u20ac900 \u00ff"


def test_lone_surrogates_and_noncharacters_never_survive() -> None:
    page = load("-", OPTS, STORY.encode() + b" \xed\xa0\x80 \xef\xbf\xbf \xef\xbf\xbe")
    assert page.content.startswith(STORY)
    assert not any(0xD800 <= ord(c) <= 0xDFFF or c in "\ufffe\uffff" for c in page.content)


def test_legacy_non_latin_charsets_are_detected() -> None:
    russian = (
        "\u041c\u044d\u0440 \u0433\u043e\u0440\u043e\u0434\u0430 \u0437\u0430\u044f\u0432\u0438"
        "\u043b \u0432\u043e \u0432\u0442\u043e\u0440\u043d\u0438\u043a, \u0447\u0442\u043e "
        "\u043d\u043e\u0432\u0430\u044f \u0431\u0438\u0431\u043b\u0438\u043e\u0442\u0435\u043a"
        "\u0430 \u0431\u0443\u0434\u0435\u0442 \u043f\u043e\u0441\u0442\u0440\u043e\u0435\u043d"
        "\u0430 \u0443 \u0440\u0435\u043a\u0438."
    )
    assert decode(russian.encode("cp1251")) == russian


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("utf-8", "caf\u00e9 \u201cok\u201d"),  # a lying label: the bytes are cp1252
        ("idna", "caf\u00e9 \u201cok\u201d"),  # a codec that is no web charset
        ("rot13", "caf\u00e9 \u201cok\u201d"),
        ("utf-16", "caf\u00e9 \u201cok\u201d"),  # no NUL byte: cannot be UTF-16
        ("x-unknown", "caf\u00e9 \u201cok\u201d"),
        ("windows-1252", "caf\u00e9 \u201cok\u201d"),
        ("ISO-8859-1", "caf\u00e9 \u201cok\u201d"),  # latin-1 labels mean cp1252 on the web
    ],
)
def test_declared_charsets_are_used_only_when_plausible(label: str, expected: str) -> None:
    assert decode("caf\u00e9 \u201cok\u201d".encode("cp1252"), label) == expected


def test_one_enormous_line_is_read_whole(tmp_path: Path) -> None:
    line = ("The harbour board met again and talked about the channel " * 3000).encode()
    page = load(write(tmp_path, "line.txt", line), OPTS)
    assert isinstance(page, Page) and len(page.content) == len(line) and "\n" not in page.content


def test_unreadable_file(tmp_path: Path) -> None:
    path = Path(write(tmp_path, "secret.txt", STORY.encode()))
    path.chmod(0)
    try:
        if os.access(path, os.R_OK):  # root ignores modes: use a file whose read() fails
            if not Path("/proc/self/mem").exists():
                pytest.skip("no unreadable file available")
            path = Path("/proc/self/mem")
        err = error_of(str(path))
        assert (err.code, err.exit_code) == ("file-unreadable", 3)
    finally:
        (tmp_path / "secret.txt").chmod(0o600)


def test_messages_show_hostile_paths_safely(tmp_path: Path) -> None:
    err = error_of(str(tmp_path / ("\x1b]0;pwned\x07" + "x" * 300)))
    assert err.message.isprintable() and len(err.message) <= 250 and "\x1b" not in err.message


def test_errors_are_typed(tmp_path: Path) -> None:
    assert isinstance(error_of(str(tmp_path / "nope")), SourceError)
    assert isinstance(error_of("-", OPTS, b"   "), NoTextError)
