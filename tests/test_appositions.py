"""Roles given in apposition, before or after the name, in English and other languages.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

import pytest

from newsfacts.model import Options
from newsfacts.pipeline import analyze


def roles(text: str, code: str | None = None) -> dict[str, str | None]:
    """Each person the text names, with the role found for them."""
    opts = Options(all_facts=True, language=code, reference_date="2026-12-09")
    return {f.text: f.role for f in analyze("-", opts, text.encode()).facts if f.kind == "person"}


@pytest.mark.parametrize(
    ("text", "code", "person", "role"),
    [
        ("Mara Lindqvist, the port's chief executive, said volumes fell.", None,
         "Mara Lindqvist", "port's chief executive"),
        ("The port director, Tomas Varga, said the berth was closed.", None,
         "Tomas Varga", "port director"),
        ("Ivo Brandt, chairman and chief executive of Nordhafen, resigned.", None,
         "Ivo Brandt", "chairman and chief executive of Nordhafen"),
        ("Le ministre des Transports, Julien Marchetti, a appelé au calme.", "fr",
         "Julien Marchetti", "ministre des Transports"),
        ('"Non firmeremo", ha detto Sara Bellucci, segretaria del sindacato.', "it",
         "Sara Bellucci", "segretaria del sindacato"),
        ("Clara Osório, ministra da Saúde, visitou o hospital ontem.", "pt",
         "Clara Osório", "ministra da Saúde"),
    ],
)  # fmt: skip
def test_a_role_in_apposition_is_the_persons_role(
    text: str, code: str | None, person: str, role: str
) -> None:
    assert roles(text, code)[person] == role


@pytest.mark.parametrize(
    "text",
    [
        "Mara Lindqvist, the manager said, left the port early.",
        "Mara Lindqvist, whose husband is a director, declined to comment.",
        "After meeting the director, Mara Lindqvist left the port.",
        "Mara Lindqvist, 52, a former teacher, won the seat.",
    ],
)
def test_a_clause_between_commas_gives_no_role(text: str) -> None:
    """A clause, a relative or an age between commas is no title."""
    assert roles(text)["Mara Lindqvist"] is None


def test_a_role_after_a_verb_of_saying_and_the_speaker_it_names() -> None:
    """'afirmou o ministro das Finanças, Rui Ventura,': the role, and the quote is Ventura's;
    the English 'said the finance minister, Ann Lee,' the same."""
    text = '"Não há outra saída", afirmou o ministro das Finanças, Rui Ventura, em Lisboa.'
    opts = Options(all_facts=True, language="pt")
    facts = analyze("-", opts, text.encode()).facts
    assert roles(text, "pt")["Rui Ventura"] == "ministro das Finanças"
    assert [f.speaker for f in facts if f.kind == "quote"] == ["Rui Ventura"]
    text = '"We will not back down," said the finance minister, Ann Lee, on Monday.'
    facts = analyze("-", Options(all_facts=True), text.encode()).facts
    assert roles(text)["Ann Lee"] == "finance minister"
    assert [f.speaker for f in facts if f.kind == "quote"] == ["Ann Lee"]
