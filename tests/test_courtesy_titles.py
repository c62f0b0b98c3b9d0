"""Courtesy titles in other languages ('M.', 'Frau', 'la señora') are evidence of a person but
no role, as English 'Mr.' is none; a real role beside the name is the one shown. Every
sentence here is our own, written for these tests."""

from __future__ import annotations

from newsfacts.model import Options
from newsfacts.pipeline import analyze_safely


def people(text: str, language: str) -> dict[str, str | None]:
    """Person facts of a pasted text: name -> role."""
    report = analyze_safely("-", Options(language=language), text.encode())
    return {f.text: f.role for f in report.facts if f.kind == "person"}


def test_a_courtesy_title_gives_way_to_the_apposition_role() -> None:
    """'son président, Bruno Bernard' ... 'a déclaré M. Bernard': président, not 'M.'."""
    found = people(
        "Le président de la métropole, Bruno Bernard, a parlé lundi. « Nous sommes prêts », "
        "a déclaré M. Bernard lors d'une conférence de presse.",
        "fr",
    )
    assert found.get("Bruno Bernard") == "président de la métropole"


def test_a_courtesy_title_alone_is_no_role() -> None:
    """'La señora Ana Ruiz', 'Frau Lindqvist': a person with no role."""
    assert people("La señora Ana Ruiz llegó el lunes a Madrid.", "es") == {"Ana Ruiz": None}
    found = people("Frau Karin Lindqvist kam am Montag nach Kiel.", "de")
    assert found == {"Karin Lindqvist": None}


def quote_speakers(text: str, language: str) -> list[str | None]:
    """The speakers of a pasted text's quotes, in order."""
    report = analyze_safely("-", Options(language=language), text.encode())
    return [f.speaker for f in report.facts if f.kind == "quote"]


def test_a_courtesy_title_before_the_speaker_after_the_verb() -> None:
    """'« … », a déclaré M. Bernard lors d'une conférence de presse.': Bernard speaks."""
    text = (
        "Le président de la métropole, Bruno Bernard, a parlé lundi. « Nous sommes prêts », "
        "a déclaré M. Bernard lors d'une conférence de presse."
    )
    assert quote_speakers(text, "fr") == ["Bruno Bernard"]


def test_the_first_of_two_surnames_alone_is_the_person() -> None:
    """'Marta Beltrán Soler' ... 'afirmó Beltrán': Spanish names carry two surnames and the
    first alone is the person, not a second one."""
    text = (
        "Lo anunció la consellera, Marta Beltrán Soler. «No vamos a parar», afirmó Beltrán en "
        "rueda de prensa."
    )
    assert list(people(text, "es")) == ["Marta Beltrán Soler"]
    assert quote_speakers(text, "es") == ["Marta Beltrán Soler"]
