"""sumy's methods read an article in another language with that language's stemmer and stop
words (Dutch, which sumy has no stop list for, with jusText's).

Every text here is our own, written for these tests.
"""

from __future__ import annotations

import pytest

from newsfacts.model import Document, Options
from newsfacts.pipeline import analyze
from newsfacts.summarize.sumy_adapter import language_of

DUTCH = """\
Het waterschap legt een nieuwe dijk aan langs de rivier. De dijk moet de stad beschermen \
tegen hoog water. Volgens het waterschap kost de dijk twaalf miljoen euro.

De bewoners zijn blij met de dijk. Zij hadden al jaren om een betere dijk gevraagd. De bouw \
begint in het voorjaar en duurt twee jaar.
"""


@pytest.mark.parametrize("method", ["lexrank", "luhn", "edmundson"])
def test_a_dutch_article_is_summarised_by_sumy(method: str) -> None:
    """Each method gives sentences of the article, read as Dutch."""
    report = analyze("-", Options(method=method, language="nl"), DUTCH.encode())
    assert report.article is not None
    doc = Document(article=report.article, sentences=report.sentences)
    assert language_of(doc) == "dutch"
    assert report.summary and all(s.text in report.article.text for s in report.summary)


def test_the_default_method_reads_stems_and_stop_words_of_the_language() -> None:
    """German words get German stems, German stop words drop out; English keeps its own."""
    from newsfacts.summarize.text import content_stems

    assert content_stems("Die neuen Brücken der Stadt", "german") == ["neu", "bruck", "stadt"]
    assert content_stems("De bewoners van de dijken", "dutch") == ["bewoner", "dijk"]
    assert content_stems("The talks ended") == ["talk", "end"]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("„Wir bleiben in der Stadt“, sagte Anna Berg.", "german"),
        ("«No habrá nuevos impuestos», aseguró Pedro Alarcón.", "spanish"),
        ("Wir kennen alle unseren Partner persönlich.", "german"),
        ("« Nous restons ici », a déclaré Claire Dubois.", "french"),
    ],
)
def test_a_sentence_of_the_language_is_eligible(text: str, language: str) -> None:
    """A quote with its speaker in the language's marks and verbs, a short sentence with the
    language's small words: the default method may pick them."""
    from newsfacts.summarize import eligible

    assert eligible(text, language)


def test_a_short_sentence_is_judged_by_the_languages_small_words() -> None:
    """Read as English, a short German sentence has no verb and is a scrap; read as German,
    its small words ('wir', 'alle') make it a sentence."""
    from newsfacts.summarize import rejection

    text = "Wir kennen alle unseren Partner persönlich."
    assert rejection(text) == "fragment"
    assert rejection(text, "german") is None


def test_junk_lines_stay_out_in_every_language() -> None:
    """A credit line and a quote torn from its speaker are never picked in German either."""
    from newsfacts.summarize import rejection

    assert rejection("Foto: Anna Berg.", "german") == "fragment"
    assert rejection("„Wir bleiben in der Stadt.“", "german") == "torn_quote"


GERMAN = """\
Die Stadt Kiel baut eine neue Brücke über den Kanal. Die Brücke soll im Jahr 2027 fertig \
sein. Der Bau der Brücke kostet nach Angaben der Stadt rund 40 Millionen Euro.

Die Anwohner warten seit Jahren auf die Brücke. Viele fahren heute einen Umweg von zehn \
Kilometern. Der Umweg kostet sie jeden Tag viel Zeit.

Die alte Fähre fährt bis zur Eröffnung weiter. Danach wird sie verkauft. Der Stadtrat hat \
den Plan am Montag beschlossen. Die Opposition stimmte dagegen.
"""


def test_a_german_body_extract_takes_sentences_of_the_story() -> None:
    """A long German summary is ranked by German stems: the sentences about the bridge."""
    report = analyze("-", Options(language="de", sentences=5), GERMAN.encode())
    picked = [s.text for s in report.summary]
    assert len(picked) == 5
    assert sum("Brücke" in t for t in picked) >= 3
