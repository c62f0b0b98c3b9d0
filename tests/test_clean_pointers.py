"""A `Read more: …` pointer inside an article goes alone; the story after it stays."""

from __future__ import annotations

import pytest
from conftest import ROUTES, Handler

from newsfacts import analyze
from newsfacts.model import Options, Report

LEAD = {
    "en": "The council of Dunmore will spend 60 million pounds on its bus depots, its leader "
    "Harriet Quayle said on Tuesday.",
    "fr": "La commune de Villebrune dépensera 60 millions d'euros pour ses dépôts de bus, a "
    "annoncé mardi sa maire Harriet Quayle.",
    "de": "Die Stadt Hollerau wird 60 Millionen Euro in ihre Busdepots stecken, sagte ihre "
    "Bürgermeisterin Harriet Quayle am Dienstag.",
}
POINTER = {
    "en": "Read more: What the floods in Carlow mean for you",
    "fr": "Lire aussi : Les crues ferment la rocade de Carlon",
    "de": "Mehr zum Thema: Hochwasser sperrt die Ringstraße in Karlsdorf",
}
AFTER = {
    "en": [
        "The chair of the riders group, Owen Petrakis, welcomed the plan.",
        "He called it overdue.",
    ],
    "fr": ["Owen Petrakis, qui préside les usagers, a salué le plan.", "Il le juge tardif."],
    "de": ["Owen Petrakis vom Fahrgastverband begrüßte den Plan.", "Er nannte ihn überfällig."],
}


def _report(text: str) -> Report:
    return analyze("-", Options(all_facts=True), text.encode())


def _check(report: Report, lang: str) -> None:
    assert report.article is not None
    for line in AFTER[lang]:
        assert line in report.article.text
        assert line in [s.text for s in report.sentences]
    related = [r.text for r in report.article.removed if r.kind == "related"]
    assert related == [POINTER[lang]]
    assert "Owen Petrakis" in {f.text for f in report.facts if f.kind == "person"}


@pytest.mark.parametrize("lang", ["en", "fr", "de"])
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_pointer_in_the_middle_removes_only_itself(lang: str, gap: str) -> None:
    text = gap.join([LEAD[lang], POINTER[lang], *AFTER[lang]]) + "\n"
    _check(_report(text), lang)


def test_pointer_before_a_list_of_headlines_still_takes_them() -> None:
    headlines = ["Floods close the ring road in Carlow", "A new ferry for Balwick", "Tolls rise"]
    text = "\n\n".join([LEAD["en"], *AFTER["en"], "Read more:", *headlines]) + "\n"
    report = _report(text)
    assert report.article is not None
    assert all(line not in report.article.text for line in headlines)
    assert AFTER["en"][1] in report.article.text


def _read_more(h: Handler) -> None:
    """An article with a `Read more: <a>…</a>` paragraph between its paragraphs."""
    paragraphs = [
        "The council of Dunmore will spend 60 million pounds on its bus depots over four years,"
        " its leader Harriet Quayle said on Tuesday at a meeting of the transport board.",
        "Read more: <a href='/carlow'>What the floods in Carlow mean for you</a>",
        *AFTER["en"],
    ]
    body = "".join(f"<p>{p}</p>" for p in paragraphs)
    page = (
        "<html lang='en'><head><title>Dunmore funds its depots - Coast Post</title></head>"
        "<body><nav><a href='/'>Home</a> <a href='/city'>City</a></nav>"
        f"<article><h1>Dunmore funds its depots</h1>{body}</article>"
        "<footer><p>© 2026 Coast Post. All rights reserved.</p></footer></body></html>"
    )
    h._send(200, page.encode())


ROUTES["/read-more"] = _read_more  # served by the conftest's 127.0.0.1 server


def test_html_page_with_a_pointer_paragraph(server: str) -> None:
    report = analyze(f"{server}/read-more", Options(all_facts=True))
    _check(report, "en")
