"""Faults a review of round 11's merged code found, each in sentences of our own."""

from __future__ import annotations

import datetime as dt

from newsfacts.facts.dateline_day import yearless_dateline_day
from newsfacts.model import Options
from newsfacts.pipeline import analyze


def quotes_of(code: str, story: str) -> list[tuple[str, str | None]]:
    """Each quote of a story with its speaker."""
    opts = Options(all_facts=True, language=code, reference_date="2026-12-04")
    report = analyze("-", opts, story.encode())
    return [(f.text, f.speaker) for f in report.facts if f.kind == "quote"]


def test_the_italian_article_after_a_verb_of_saying_is_no_pronoun() -> None:
    """'ha detto il capogruppo': a role names the speaker, not the person named before."""
    story = (
        "Bilancio comunale\n\nIl sindaco Marco Bianchi ha presentato il bilancio martedì a "
        "Bologna. «Non ci sono soldi per le strade», ha detto il capogruppo in consiglio.\n"
    )
    assert quotes_of("it", story) == [("Non ci sono soldi per le strade", None)]


def test_a_pronoun_after_a_verb_of_saying_still_names_the_last_subject() -> None:
    """'dijo ella': the person last named as a subject before the quote."""
    story = (
        "Acuerdo pesquero\n\nEl diplomático Luis Mar viajó el lunes. La ministra Ana Ruiz llegó "
        "el martes. Ana Ruiz habló con Marruecos sobre la pesca. «Es un buen acuerdo para "
        "todos», dijo ella.\n"
    )
    assert quotes_of("es", story) == [("Es un buen acuerdo para todos", "Ana Ruiz")]


def test_the_dateline_day_is_read_past_a_line_with_a_bracket_and_no_day() -> None:
    """'Portada (vídeo) - última hora' holds no day: the dateline after it is read."""
    texts = [
        "Portada (vídeo) - última hora",
        "VALENCIA, 3 Dic. (EFE) - El ayuntamiento aprobó el presupuesto.",
    ]
    sentences = ["El pleno del 1 de diciembre de 2026 lo había aplazado."]
    assert yearless_dateline_day(texts, sentences, "es") == dt.date(2026, 12, 3)


def test_an_inflected_firm_noun_gives_the_name_after_it_its_kind() -> None:
    """'des Konzerns Velmora': the genitive of a firm noun names a firm."""
    opts = Options(all_facts=True, language="de", reference_date="2026-12-04")
    story = "Börse\n\nDie Aktie des Konzerns Velmora stieg am Montag deutlich, hieß es.\n"
    found = {(f.kind, f.text) for f in analyze("-", opts, story.encode()).facts}
    assert ("organization", "Velmora") in found


def test_a_sentence_of_thousands_of_names_is_read_in_bounded_time() -> None:
    """A role is looked for in the words just before each name, not in the whole sentence
    before it (a 50 kB list of names took 14 s); the names are all found."""
    story = "Liste\n\nHeute " + "Anna Berg, Carl Dorn und Emil Faber, " * 300 + "kamen alle.\n"
    opts = Options(all_facts=True, language="de")
    people = {f.text for f in analyze("-", opts, story.encode()).facts if f.kind == "person"}
    assert {"Anna Berg", "Carl Dorn", "Emil Faber"} <= people


def test_a_surname_that_is_an_english_word_is_kept_after_a_role() -> None:
    """'Wirtschaftsminister Olaf Lies': the role and the first name say who, though 'lies' is
    an English word; without the role such a pair stays no one."""
    opts = Options(all_facts=True, language="de")
    story = "Hilfen\n\nWirtschaftsminister Olaf Lies sagte in Hannover, das Land prüfe Hilfen.\n"
    people = {(f.text, f.role) for f in analyze("-", opts, story.encode()).facts}
    assert ("Olaf Lies", "Wirtschaftsminister") in people
