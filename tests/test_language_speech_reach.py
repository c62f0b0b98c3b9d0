"""Quotes and their speakers in other languages, found in time on long texts (Dutch single marks
that never close, one sentence holding hundreds of reported quotes); no speaker met with, argued
against or spoken to after the verb of saying; a report that names its own subject before the
quote; German's comma before 'dass'.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

import pytest

from newsfacts.facts.speech import SINGLE, find_quotes
from newsfacts.model import Options, Report, Sentence
from newsfacts.pipeline import analyze
from newsfacts.segment import split_spans


def quotes_of(text: str, code: str) -> list[tuple[str, str | None]]:
    """The quotes of a text and their speakers as written."""
    spans = split_spans(text)
    sentences = [Sentence(i, text[a:b], 0, a, b) for i, (a, b) in enumerate(spans)]
    return [(q.text, q.speaker) for q in find_quotes(text, sentences, code)]


def speakers(text: str, code: str) -> list[str | None]:
    """The speakers of the quote facts the whole pipeline gives a short text."""
    opts = Options(all_facts=True, language=code, reference_date="2025-03-11")
    report: Report = analyze("-", opts, text.encode())
    return [f.speaker for f in report.facts if f.kind == "quote"]


def test_a_single_mark_that_never_closes_leaves_the_next_quote_found() -> None:
    """50 kB after an opening mark that never closes (the old pattern took a minute on it)."""
    text = "‘" + "de vrouw fietste door de regen naar het werk en " * 1100
    assert list(SINGLE.finditer(text)) == []
    text += "\n‘Wij gaan gewoon door met de bouw’, zei Sanne de Wit."
    assert [m["g"] for m in SINGLE.finditer(text)] == ["Wij gaan gewoon door met de bouw"]


def test_a_decade_in_single_marks_opens_no_quote_in_a_long_paragraph() -> None:
    """The decade in "in de jaren '90", no mark after it for a paragraph (old pattern: seconds)."""
    text = "In de jaren '90 " + "groeide de haven van Vlieburg snel en kwamen er schepen bij, " * 80
    text += "\n‘Dit was een mooie tijd voor iedereen’, zei Joost Verhagen."
    assert [m["g"] for m in SINGLE.finditer(text)] == ["Dit was een mooie tijd voor iedereen"]


def test_a_single_quote_holds_three_words_and_no_mark() -> None:
    assert [m["g"] for m in SINGLE.finditer("Het was 'zo'n dag' voor hem.")] == []
    assert [m["g"] for m in SINGLE.finditer("Ze zei 'nee dank je' en liep.")] == ["nee dank je"]


def test_one_sentence_of_hundreds_of_reported_quotes_keeps_each_speaker() -> None:
    """50 kB in one sentence: every quote's speaker read near the quote, not the whole head."""
    text = ("Lucía Moreno explicó en una nota que el empleo «ha subido» y " * 800) + "."
    sentences = [Sentence(0, text, 0, 0, len(text))]
    found = find_quotes(text, sentences, "es")
    assert len(found) == 800
    assert {q.speaker for q in found} == {"Lucía Moreno"}


@pytest.mark.parametrize(
    ("code", "text", "met"),
    [
        (
            "it",
            "Carla Benedetti è a Bari. «Siamo pronti a firmare», ha detto durante l'incontro "
            "con Franco Esposito a Lecce.",
            "Franco Esposito",
        ),
        (
            "it",
            "Carla Benedetti è a Bari. «Siamo pronti a firmare», ha detto dopo il vertice con "
            "il ministro Franco Esposito.",
            "Franco Esposito",
        ),
        (
            "es",
            "Marta Quiroga llegó a Toledo. «Vamos a seguir adelante», dijo durante la reunión "
            "con Julián Ortega en Cuenca.",
            "Julián Ortega",
        ),
        (
            "pt",
            "Helena Barros chegou a Braga. «Vamos continuar a lutar», disse durante o encontro "
            "com Tiago Lobo.",
            "Tiago Lobo",
        ),
        (
            "fr",
            "Odile Ferrand est arrivée à Nantes. « Nous allons continuer le travail », a "
            "déclaré lors de sa rencontre avec Gilles Perrot à Angers.",
            "Gilles Perrot",
        ),
    ],
)
def test_a_name_met_with_after_the_verb_is_no_speaker(code: str, text: str, met: str) -> None:
    """'ha detto durante l'incontro con Franco Esposito': the one met with speaks not."""
    found = speakers(text, code)
    assert found and met not in found
    assert found[0] in (None, text.split(" ")[0] + " " + text.split(" ")[1])


def test_a_name_told_after_where_it_was_said_still_speaks() -> None:
    text = "«Il piano è pronto», ha detto in una nota il ministro Paolo Ferrante."
    assert quotes_of(text, "it") == [("Il piano è pronto", "Paolo Ferrante")]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "Hélène Carpentier a dit que le maire Bruno Roux avait parlé d'« une crise »."),
        ("es", "Tomás Vidal dijo que no vio al hombre que Rosa Blanco llamó «un traidor total»."),
    ],
)
def test_a_report_naming_its_own_subject_gives_the_quote_no_outer_speaker(
    code: str, text: str
) -> None:
    """The one who reports did not say the words the report's own subject used."""
    assert [who for _, who in quotes_of(text, code)] == [None]


def test_a_report_inside_a_report_gives_its_own_speaker() -> None:
    text = "Tomás Vidal dijo que Rosa Blanco afirmó que la obra «seguirá hasta el verano»."
    assert [who for _, who in quotes_of(text, "es")] == ["Rosa Blanco"]


def test_a_report_naming_someone_after_a_preposition_keeps_its_speaker() -> None:
    text = "Tomás Vidal dijo que el acuerdo con Rosa Blanco era «un error de todos»."
    assert [who for _, who in quotes_of(text, "es")] == ["Tomás Vidal"]


def test_german_reported_speech_after_its_comma_has_a_speaker() -> None:
    text = "Greta Lindner sagte am Dienstag, dass „die Brücke im Herbst fertig wird“."
    assert [who for _, who in quotes_of(text, "de")] == ["Greta Lindner"]


def test_a_relative_clause_after_a_named_subject_gives_no_report() -> None:
    """'ha detto il presidente X, che ha parlato di «…»': 'che' is who, not that."""
    text = "Lo ha detto il presidente Ugo Marchetti, che ha parlato di «una crisi profonda»."
    assert [who for _, who in quotes_of(text, "it")] == [None]


def test_a_report_whose_subject_stands_far_from_the_quote_keeps_its_speaker() -> None:
    """The quote is the reporter's words when the report's subject does not take it."""
    text = (
        "Tomás Vidal afirmó que Villa Rica será vista por los vecinos de la región como la "
        "ciudad de «la buena mesa»."
    )
    assert [who for _, who in quotes_of(text, "es")] == ["Tomás Vidal"]


@pytest.mark.parametrize(
    ("code", "text", "who"),
    [
        (
            "it",
            "La sindaca Giulia Ferretti ha detto che Dario Santoro è «un vero amico».",
            "Giulia Ferretti",
        ),
        (
            "es",
            "La alcaldesa Lidia Ortega aseguró que Ramón Pizarro Gil es «un peligro».",
            "Lidia Ortega",
        ),
        (
            "fr",
            "Le maire Olivier Chabert a estimé que Sophie Lemaire était « trop prudente ».",
            "Olivier Chabert",
        ),
        (
            "de",
            "Frieda Kessler sagte, dass Jonas Wendt „gute Arbeit“ geleistet habe.",
            "Frieda Kessler",
        ),
        ("pt", "A autarca Inês Lobato afirmou que Rui Teixeira é «um bom colega».", "Inês Lobato"),
        ("nl", "Sanne Visser zei dat Bram Kuipers „goed werk“ had geleverd.", "Sanne Visser"),
    ],
)
def test_a_report_whose_named_subject_says_nothing_keeps_the_outer_speaker(
    code: str, text: str, who: str
) -> None:
    """A name after 'che'/'que'/'dass' with no verb of saying or naming of its own is what the
    report is about, not who said the quoted words: the one who reports said them."""
    assert [w for _, w in quotes_of(text, code)] == [who]


@pytest.mark.parametrize(
    ("code", "text", "outer"),
    [
        ("it", "Giulia Ferretti ha detto che Dario Santoro ha chiamato «un errore» la scelta.",
         "Giulia Ferretti"),
        ("de", "Frieda Kessler sagte, dass Jonas Wendt den Plan „ein Wagnis“ nannte.",
         "Frieda Kessler"),
        ("pt", "Inês Lobato disse que Rui Teixeira chamou «um traidor» ao colega.", "Inês Lobato"),
    ],
)  # fmt: skip
def test_a_report_whose_named_subject_names_the_quote_gives_no_outer_speaker(
    code: str, text: str, outer: str
) -> None:
    """The report's own subject called something by the quoted words: not the reporter's."""
    assert outer not in [w for _, w in quotes_of(text, code)]
