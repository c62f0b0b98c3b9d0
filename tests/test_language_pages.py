"""Issue #12, read as a user: whole news pages of our own in other languages, fetched from a
real HTTP server on 127.0.0.1, with the furniture of such pages around the story (a cookie
notice above it, share buttons, bylines, stamp lines, a town set before the lead).

Every page here is our own, written for these tests (invented people and events, real towns).
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from newsfacts.model import Options, Report
from newsfacts.pipeline import analyze


def page(
    lang: str, title: str, cookie_box: str, cookie: str, head: list[str], body: list[str]
) -> str:
    """A news page: a cookie notice in its own box, a menu, the headline, lines before the
    story (byline, stamp, share buttons), the story's paragraphs, a footer."""
    lines = "".join(f"<p>{line}</p>" for line in head)
    paragraphs = "".join(f"<p>{p}</p>" for p in body)
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8"><title>{title}'
        '</title><meta property="article:published_time" content="2026-11-12T09:00:00+01:00">'
        f'</head><body><div class="{cookie_box}"><p>{cookie}</p><button>OK</button></div>'
        '<nav><a href="/">Home</a> <a href="/a">A</a> <a href="/b">B</a></nav>'
        f"<main><article><h1>{title}</h1>{lines}{paragraphs}</article></main>"
        '<footer><a href="/p">Privacy</a></footer></body></html>'
    )


PAGES = {
    "/bordeaux": page(
        "fr",
        "Bordeaux rénove ses piscines",
        "cookies",
        "Ce site utilise des cookies pour améliorer votre expérience de navigation. En "
        "poursuivant votre visite, vous acceptez leur utilisation et nos conditions.",
        ["Par Maëlle Fontaine", "Publié le à 09h00", "Partager", "Copier le lien"],
        [
            "La métropole de Bordeaux a voté lundi un plan de 40 millions d'euros pour rénover "
            "ses piscines municipales, a annoncé la présidente du conseil, Odile Maréchal.",
            "« Nos bassins ont cinquante ans et il était temps d'agir », a déclaré Odile "
            "Maréchal devant les élus réunis à Mérignac.",
            "Les travaux commenceront au printemps dans trois piscines de la rive droite.",
        ],
    ),
    "/braga": page(
        "pt",
        "Braga renova o mercado municipal",
        "cookie-consent",
        "Este site utiliza cookies para melhorar a sua experiência de navegação. Ao continuar "
        "a navegar, está a concordar com a sua utilização e com a nossa política.",
        ["Por Tiago Meireles", "Partilhar no Facebook"],
        [
            "A Câmara Municipal de Braga aprovou na segunda-feira um investimento de 9 milhões "
            "de euros na requalificação do mercado municipal, segundo a autarquia.",
            '"O mercado é o coração da cidade", disse o vereador Nuno Bastos aos jornalistas.',
            "As obras deverão terminar no final do próximo ano.",
        ],
    ),
    "/zwolle": page(
        "nl",
        "Zwolle legt nieuwe fietspaden aan",
        "cookiebar",
        "Wij gebruiken cookies om onze website te verbeteren en advertenties te tonen. Door "
        "verder te gaan op deze website ga je akkoord met ons cookiebeleid.",
        ["Door Femke Hilbrands", "Delen via WhatsApp"],
        [
            "De gemeente Zwolle investeert 5 miljoen euro in nieuwe fietspaden langs de IJssel, "
            "maakte wethouder Joost Kampman maandag bekend.",
            '"Fietsers verdienen een veilige route naar het centrum", zei Kampman.',
            "De aanleg begint in het voorjaar en duurt ongeveer een jaar.",
        ],
    ),
    "/parma": page(
        "it",
        "Parma, 3 milioni per le scuole",
        "banner",
        "Scopri le offerte del mese.",
        ["Di Federica Moretti", "Condividi su Facebook"],
        [
            "Il Comune di Parma ha stanziato martedì 3 milioni di euro per la manutenzione delle "
            "scuole elementari, ha annunciato l'assessore Carlo Benassi.",
            "«Le scuole devono essere sicure per tutti i bambini», ha detto Benassi in una nota.",
            "I lavori partiranno a luglio in dodici istituti della città.",
        ],
    ),
    "/kiel": page(
        "de",
        "Kiel saniert die Hörn-Brücke",
        "banner",
        "Jetzt Abo sichern.",
        ["Von Jonas Petersen"],
        [
            "<strong>Kiel.</strong> Die Stadt Kiel hat am Dienstag einen Zuschuss von 2 Millionen "
            "Euro für die Sanierung der Hörn-Brücke beschlossen, teilte das Rathaus mit.",
            "„Die Brücke ist für Pendler unverzichtbar“, sagte Bürgermeisterin Greta Hansen.",
            "Die Arbeiten sollen im Frühjahr beginnen und rund ein Jahr dauern. Während der "
            "Bauzeit fahren die Fähren nach Wellingdorf häufiger. Der Radverkehr wird über die "
            "Gablenzbrücke umgeleitet. Die Opposition im Rat stimmte dem Plan zu. Nur die "
            "Grünen enthielten sich. Sie hatten einen Neubau gefordert.",
        ],
    ),
    "/ulm": page(
        "de",
        "Ulm baut eine neue Stadtbibliothek",
        "banner",
        "Jetzt Abo sichern.",
        ["Von Lena Vogt und Tim Brandt"],
        [
            "Der Gemeinderat von Ulm hat am Montag den Bau einer neuen Stadtbibliothek für 31 "
            "Millionen Euro beschlossen, wie die Stadtverwaltung mitteilte.",
            "„Die Bibliothek wird ein Treffpunkt für alle“, sagte Oberbürgermeister Karl Haug.",
            "Der Bau soll im Herbst beginnen.",
        ],
    ),
    "/malaga": page(
        "es",
        "Málaga amplía el paseo marítimo",
        "banner",
        "Suscríbete ahora.",
        ["Por Rocío Alba | Málaga"],
        [
            "El Ayuntamiento de Málaga aprobó el jueves la ampliación del paseo marítimo de "
            "Pedregalejo, una obra de 6 millones de euros, según informó el consistorio.",
            '"Será un espacio para todos los vecinos", afirmó la concejala Marta Ibáñez.',
            "Las obras empezarán en otoño.",
        ],
    ),
    "/lugo": page(
        "es",
        "Lugo restaura su muralla romana",
        "banner",
        "Suscríbete ahora.",
        ["Por Xoán Barreiro"],
        [
            "El Concello de Lugo invertirá 4 millones de euros en restaurar un tramo de la "
            "muralla romana, según anunció el martes la alcaldesa, Carmen Outeiro.",
            "Un operario revisa las piedras del tramo dañado. EFE/Eliseo Trigo",
            "Las obras durarán un año y no cerrarán el paseo de ronda.",
            "Compartir esta noticia",
        ],
    ),
    "/jena": page(
        "de",
        "Jena erweitert den Botanischen Garten",
        "banner",
        "Jetzt Abo sichern.",
        ["Von Ulrike Hesse"],
        [
            "Die Universität Jena erweitert ihren Botanischen Garten um ein neues Gewächshaus "
            "für 3,5 Millionen Euro, wie die Hochschule am Montag mitteilte.",
            "Das alte Tropenhaus im Garten stammt aus dem Jahr 1905. Foto: Bernd Kästner/dpa",
            "Das neue Haus soll im Sommer 2028 eröffnet werden.",
            "Diesen Artikel teilen:",
        ],
    ),
    "/trento": page(
        "it",
        "Trento, nuova pista ciclabile lungo l'Adige",
        "banner",
        "Abbonati ora.",
        ["di Silvia Dallapè"],
        [
            "Il Comune di Trento ha approvato giovedì il progetto di una pista ciclabile di 7 "
            "chilometri lungo l'Adige, ha annunciato il sindaco Paolo Gretter.",
            "Ciclisti sul lungadige di Trento. (Foto Ansa)",
            "I lavori costeranno 2 milioni di euro e partiranno in primavera.",
        ],
    ),
}


class _Pages(BaseHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        body = PAGES.get(self.path, "").encode()
        self.send_response(200 if body else 404)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@pytest.fixture(scope="module")
def site() -> Iterator[str]:
    """Base URL of a server on 127.0.0.1 that serves PAGES."""
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), _Pages)
    httpd.daemon_threads = True
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


def fetch(site: str, path: str) -> Report:
    report = analyze(site + path, Options(all_facts=True))
    assert report.ok and report.article is not None
    return report


@pytest.mark.parametrize(("path", "word"), [("/bordeaux", "cookies"), ("/braga", "cookies"),
                                            ("/zwolle", "cookies")])  # fmt: skip
def test_a_cookie_notice_above_the_story_is_no_lead(site: str, path: str, word: str) -> None:
    """A consent notice in a box named for cookies, right above the article, reads like prose
    (long, stop words, a full stop): it is the site's notice, neither text nor summary."""
    report = fetch(site, path)
    assert report.article is not None
    assert word not in report.article.text
    assert all(word not in s.text for s in report.summary)


def test_the_story_day_is_the_lead_day_not_the_notice_day(site: str) -> None:
    """With the notice gone, the event's day is the lead's weekday ('lundi': the Monday before
    the page's Thursday), not the page's own date."""
    report = fetch(site, "/bordeaux")
    assert report.event is not None and report.event.when == "2026-11-09"


def test_share_buttons_and_an_empty_stamp_line_leave_the_text(site: str) -> None:
    """'Partager', 'Copier le lien' and 'Publié le à 09h00' (its <time> emptied) are the page's
    buttons and stamp in French: removed, the text starts with the lead."""
    report = fetch(site, "/bordeaux")
    assert report.article is not None
    assert report.article.text.startswith("La métropole de Bordeaux a voté lundi")
    removed = " ".join(r.text for r in report.article.removed)
    assert "Copier le lien" in removed and "Publié le" in removed


@pytest.mark.parametrize(("path", "first"), [("/braga", "A Câmara"), ("/zwolle", "De gemeente"),
                                             ("/parma", "Il Comune")])  # fmt: skip
def test_share_lines_in_other_languages_leave_the_text(site: str, path: str, first: str) -> None:
    """'Partilhar no Facebook', 'Delen via WhatsApp', 'Condividi su Facebook': share buttons."""
    report = fetch(site, path)
    assert report.article is not None
    assert report.article.text.startswith(first)


def test_an_italian_byline_with_a_capital_di_is_no_person(site: str) -> None:
    """'Di Federica Moretti' alone on its line is the byline (as 'di …' is): the author is a
    source, not a person of the story nor its event's subject."""
    report = fetch(site, "/parma")
    people = [f.text for f in report.facts if f.kind == "person"]
    assert "Federica Moretti" not in people
    assert any(f.kind == "source" and f.text == "Federica Moretti" for f in report.facts)
    assert report.event is None or report.event.who != "Federica Moretti"


def test_a_town_set_before_the_lead_is_no_summary_sentence(site: str) -> None:
    """'Kiel. Die Stadt Kiel hat …': a regional paper's dateline, one word and a full stop,
    is no sentence of the summary; the lead's sentence opens it."""
    report = fetch(site, "/kiel")
    assert report.summary[0].text.startswith("Die Stadt Kiel hat am Dienstag")


@pytest.mark.parametrize(
    ("path", "author"),
    [("/bordeaux", "Maëlle Fontaine"), ("/braga", "Tiago Meireles"), ("/zwolle", "Femke Hilbrands"),
     ("/parma", "Federica Moretti"), ("/kiel", "Jonas Petersen")],
)  # fmt: skip
def test_the_byline_line_names_the_author(site: str, path: str, author: str) -> None:
    """A page whose meta tags name no author, its byline a line above the story ('Par …',
    'Por …', 'Door …', 'Di …', 'Von …'): that name is the article's author, not null."""
    report = fetch(site, path)
    assert report.article is not None and report.article.author == author


def test_a_byline_of_two_authors_and_a_town_names_its_authors(site: str) -> None:
    """'Von Lena Vogt und Tim Brandt' and 'Por Rocío Alba | Málaga' above the story: bylines
    (the authors are sources, not people of the story), the town after the bar no author."""
    report = fetch(site, "/ulm")
    assert report.article is not None and report.article.author == "Lena Vogt; Tim Brandt"
    assert not {"Lena Vogt", "Tim Brandt"} & {f.text for f in report.facts if f.kind == "person"}
    assert report.event is None or report.event.who not in ("Lena Vogt", "Tim Brandt")
    report = fetch(site, "/malaga")
    assert report.article is not None and report.article.author == "Rocío Alba"


@pytest.mark.parametrize(
    ("path", "caption", "credit"),
    [
        ("/lugo", "Un operario revisa", "Eliseo Trigo"),
        ("/jena", "Das alte Tropenhaus", "Bernd Kästner"),
    ],
)
def test_a_caption_set_as_a_paragraph_leaves_the_text(
    site: str, path: str, caption: str, credit: str
) -> None:
    """A photo's caption written as a paragraph of the story, closed by its credit ('Foto:
    Name/dpa', an agency and its photographer 'EFE/Name'): a caption, its photographer no
    person nor place of the story; 'Diesen Artikel teilen:', 'Compartir esta noticia' are
    share buttons."""
    report = fetch(site, path)
    assert report.article is not None
    assert caption not in report.article.text
    assert any(r.kind == "caption" and caption in r.text for r in report.article.removed)
    assert not any(credit.split()[-1] in f.text for f in report.facts if f.kind != "source")
    assert "teilen" not in report.article.text and "Compartir" not in report.article.text


def test_a_caption_credit_with_its_photo_word_names_the_agency(site: str) -> None:
    """'(Foto Ansa)' closing a caption: the agency that lent the photo is 'Ansa', a photo
    credit, not a source named 'Foto Ansa'."""
    sources = {(f.text, f.source_kind) for f in fetch(site, "/trento").facts if f.kind == "source"}
    assert ("Ansa", "photo credit") in sources
    assert not any("Foto" in text for text, _ in sources)


@pytest.mark.parametrize(
    ("code", "text", "opening"),
    [
        ("de", "Der Stadtrat von Görlitz stimmte am Montag zu. „Wir bauen die Brücke neu“, "
         "sagte Bürgermeister Jens Kalusa.", "„Wir bauen"),
        ("nl", "Wethouder Ria Stam noemt de sluiting nodig. ,,De brug in Kampen is versleten'', "
         "zei Stam dinsdag.", ",,De brug"),
    ],
)  # fmt: skip
def test_a_quote_opening_with_a_low_mark_starts_a_sentence(
    code: str, text: str, opening: str
) -> None:
    """„…“ (German) and ,,…'' (Dutch papers' typewriter marks) after a full stop open a new
    sentence, so a summary never glues the quote to the sentence before it."""
    report = analyze("-", Options(language=code, reference_date="2026-05-06"), text.encode())
    assert [s.text[: len(opening)] for s in report.sentences][-1] == opening
    assert len(report.sentences) == 2


def test_dutch_typewriter_quote_marks_hold_speech_with_its_speaker() -> None:
    """,,De brug in Kampen is versleten'', zei Stam: a quote, its speaker the alderman."""
    text = (
        "Wethouder Ria Stam noemt de sluiting van de brug in Kampen nodig. ,,De brug is "
        "versleten en moet dicht'', zei Stam dinsdag tegen de gemeenteraad."
    )
    report = analyze("-", Options(language="nl", all_facts=True), text.encode())
    quotes = [(f.text, f.speaker) for f in report.facts if f.kind == "quote"]
    assert ("De brug is versleten en moet dicht", "Ria Stam") in quotes


@pytest.mark.parametrize(
    "line",
    ["Door onze verslaggever", "Von unserem Korrespondenten", "De notre correspondant à Lyon",
     "Dal nostro inviato", "Por nuestra corresponsal"],
)  # fmt: skip
def test_a_staff_byline_leaves_the_text_and_names_no_author(line: str) -> None:
    """A byline naming the paper's own reporter, no name: removed as a byline, no author."""
    html = (
        f"<html><body><article><h1>Nieuwe brug in Deventer</h1><p>{line}</p><p>De gemeente "
        "Deventer bouwt een nieuwe brug over de IJssel, maakte wethouder Jan Brink maandag "
        "bekend.</p><p>De bouw begint in het voorjaar en duurt twee jaar.</p>"
        "</article></body></html>"
    )
    report = analyze("page.html", Options(), html.encode())
    assert report.article is not None
    assert line not in report.article.text
    assert any(r.kind == "byline" and r.text == line for r in report.article.removed)
    assert report.article.author is None
