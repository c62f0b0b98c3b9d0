"""A removed byline's author is a person: a known first name and one or two more capitalised
words; the outlet or place after a comma or "in" is cut off, and a first line whose words name
no one ("Di Rossi Signs For Bologna", "Von Stillen Wassern und Hohen Bergen") is no byline."""

from __future__ import annotations

import pytest

from newsfacts.model import Options
from newsfacts.pipeline import analyze

BODY = {
    "en": "The club said on Tuesday that the coach will come back next season to lead the squad.",
    "de": "Die Ausstellung im Stadtmuseum zeigt seit Dienstag Bilder aus zwei Jahrhunderten.",
}


def _read(first: str, code: str) -> tuple[str | None, str]:
    opts = Options(language=code)
    article = analyze("-", opts, f"{first}\n\n{BODY[code]}\n".encode()).article
    assert article is not None
    return article.author, f"{article.title}\n{article.text}"


@pytest.mark.parametrize(
    ("first", "code", "author"),
    [
        ("By Laura Pine, Harbour Radio", "en", "Laura Pine"),
        ("By Oliver Grant, Special to The Herald", "en", "Oliver Grant"),
        ("By Laura Pine in Lisbon", "en", "Laura Pine"),
        ("By Ferry And Coach", "en", None),
        ("Par Claire Dumoulin", "en", "Claire Dumoulin"),
    ],
)
def test_a_bylines_author_is_the_person_only(first: str, code: str, author: str | None) -> None:
    assert _read(first, code)[0] == author


@pytest.mark.parametrize(
    ("first", "code"),
    [
        ("Di Rossi Signs For Bologna", "en"),
        ("Von Stillen Wassern und Hohen Bergen", "de"),
    ],
)
def test_a_lead_word_before_no_persons_name_is_no_byline(first: str, code: str) -> None:
    author, kept = _read(first, code)
    assert author is None and first in kept  # kept: the title or the text
