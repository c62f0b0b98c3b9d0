"""A role with its portfolio or body right before a person, in the languages that write their
nouns small: 'el ministro de Hacienda Lucía Pardo' is Lucía Pardo, ministro de Hacienda.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

import pytest

from newsfacts.model import Options
from newsfacts.pipeline import analyze


def roles(text: str, code: str) -> dict[str, str | None]:
    """Each person of a short text with the role the report gives them."""
    opts = Options(all_facts=True, language=code, reference_date="2025-03-11")
    report = analyze("-", opts, text.encode())
    return {f.text: f.role for f in report.facts if f.kind == "person"}


@pytest.mark.parametrize(
    ("code", "text", "person", "role"),
    [
        ("es", "El ministro de Hacienda Lucía Pardo presentó ayer el presupuesto.", "Lucía Pardo",
         "ministro de Hacienda"),
        ("pt", "O ministro da Saúde Rui Tavares visitou ontem o hospital.", "Rui Tavares",
         "ministro da Saúde"),
        ("it", "L'assessore ai Trasporti Franca Rossetti ha convocato le parti.", "Franca Rossetti",
         "assessore ai Trasporti"),
        ("it", "Il ministro dell'Economia Giulio Verdi ha parlato ieri.", "Giulio Verdi",
         "ministro dell'Economia"),
        ("fr", "Le ministre de l'Intérieur Paul Garnier a annoncé une enquête.", "Paul Garnier",
         "ministre de l'Intérieur"),
    ],
)  # fmt: skip
def test_a_role_with_its_portfolio_before_a_person_is_their_role(
    code: str, text: str, person: str, role: str
) -> None:
    """The role's words and its portfolio, up to the person's name."""
    assert roles(text, code).get(person) == role


def test_a_place_after_a_roles_link_gets_no_role() -> None:
    """'la alcaldesa de Sevilla': the town is no person and takes no role."""
    found = roles("La alcaldesa de Sevilla inauguró ayer el puente nuevo.", "es")
    assert "Sevilla" not in found
