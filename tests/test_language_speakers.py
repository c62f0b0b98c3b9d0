"""Quotes' speakers in other languages: more of the verbs that tell speech, a speaker after
an adverb or a role word ('erklärt auf Nachfrage Jonas Kemper', 'führte Stadtsprecherin
Lena Brückner aus'), a hyphenated role with its body ('o secretário-geral do sindicato,
Rui Medeiros'); and a count's word read whole ('40 dipendenti', not 'di pendenti').

Every text here is our own, written for these tests.
"""

from __future__ import annotations

import pytest

from newsfacts.model import Options, Report
from newsfacts.pipeline import analyze


def run(text: str, code: str) -> Report:
    """The whole pipeline on a short text in one language."""
    opts = Options(all_facts=True, language=code, reference_date="2025-03-11")
    return analyze("-", opts, text.encode())


def speakers(report: Report) -> list[str | None]:
    """The speakers of the report's quotes, in order."""
    return [f.speaker for f in report.facts if f.kind == "quote"]


@pytest.mark.parametrize(
    ("code", "text", "who"),
    [
        (
            "de",
            "Die Stadt prüft den Schaden am Rathaus. „Wir warten auf das Gutachten“, erklärt "
            "auf Nachfrage Jonas Kemper aus dem Presseamt. Der Termin ist offen.",
            "Jonas Kemper",
        ),
        (
            "de",
            "Die Stadt prüft den Schaden am Rathaus. „Wir sind nicht zufrieden“, führte damals "
            "Stadtsprecherin Lena Brückner aus. Der Termin ist offen.",
            "Lena Brückner",
        ),
        (
            "pt",
            'Os professores fizeram greve em Braga. "Queremos respeito pela carreira", disse o '
            "secretário-geral do sindicato, Rui Medeiros, em frente à escola.",
            "Rui Medeiros",
        ),
        (
            "fr",
            "Le trafic reste perturbé à Nantes. « Le dialogue continue », a assuré le ministre "
            "des Transports, Luc Arnaud, devant la presse.",
            "Luc Arnaud",
        ),
        (
            "it",
            'La giunta ha approvato il piano a Verona. "È un passo avanti", ha commentato Sara '
            "Lodi, assessora alla Mobilità.",
            "Sara Lodi",
        ),
    ],
)
def test_the_speaker_after_the_quote_is_found(code: str, text: str, who: str) -> None:
    """The name after the speech verb, past an adverb or a role, speaks the quote."""
    assert speakers(run(text, code)) == [who]


def test_a_count_after_a_number_is_the_whole_word() -> None:
    """'40.000 dipendenti' counts employees: the 'di' is the word's, no link."""
    report = run("L'azienda ha 40.000 dipendenti in Italia e 300 milioni di euro di debiti.", "it")
    units = {f.text: f.unit for f in report.facts if f.kind == "number"}
    assert units.get("40.000") == "dipendenti"


def test_a_role_after_the_verb_speaks_for_the_person_named_with_it() -> None:
    """'a assuré le ministre' after 'Le ministre des Transports, Luc Arnaud': Luc Arnaud."""
    text = (
        "Le ministre des Transports, Luc Arnaud, a reçu les syndicats à Nantes. « Le dialogue "
        "continue », a assuré le ministre lors d'un point presse."
    )
    assert speakers(run(text, "fr")) == ["Luc Arnaud"]


def test_a_title_abbreviation_inside_the_speakers_name_is_read_past() -> None:
    """'so Parkleiter Dr. Jana Vogt': Jana Vogt speaks, not 'Parkleiter Dr'."""
    text = (
        "Der Park meldet neue Zahlen. „Die Geier kehren zurück“, so Parkleiter Dr. Jana Vogt. "
        "Die Zählung geht weiter."
    )
    assert speakers(run(text, "de")) == ["Jana Vogt"]


def test_a_lone_noun_after_the_verb_is_no_speaker() -> None:
    """'meint der Trainer': a noun, no one the text names, so no speaker."""
    text = "Die Mannschaft übt jeden Tag. „So geht das nicht weiter“, meint der Trainer am Platz."
    assert speakers(run(text, "de")) == [None]


@pytest.mark.parametrize(
    ("code", "text", "who"),
    [
        (
            "it",
            'Le corse ripartono domani. "Serve un accordo sulla sicurezza", ha detto il '
            "segretario regionale della Uil Trasporti Lazio, Paolo Serafini.",
            "Paolo Serafini",
        ),
        (
            "es",
            'El colegio cerró sus puertas. "Investigaremos lo ocurrido", afirmó el director de '
            "la UGEL Norte, Hugo Salcedo.",
            "Hugo Salcedo",
        ),
    ],
)
def test_a_role_of_a_named_body_before_a_comma_leaves_the_name_after_it_as_speaker(
    code: str, text: str, who: str
) -> None:
    """'il segretario della Uil Trasporti Lazio, Paolo Serafini': the body is no speaker."""
    assert speakers(run(text, code)) == [who]
