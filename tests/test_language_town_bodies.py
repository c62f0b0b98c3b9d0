"""A town's or region's government by its noun and its seat ('Comune di Asti', 'Mairie de
Nantes', 'Prefeitura de Campinas'), and a lone name after 'according to' ('secondo la Fiom').
Every sentence here is our own, written for these tests.
"""

from __future__ import annotations

import pytest

from newsfacts.model import Options
from newsfacts.pipeline import analyze


def name_facts(text: str, code: str) -> set[tuple[str, str]]:
    """The (kind, text) of the people, organisations and places of a text."""
    report = analyze("-", Options(language=code, all_facts=True), text.encode())
    return {(f.kind, f.text) for f in report.facts if f.kind in ("person", "organization", "place")}


@pytest.mark.parametrize(
    ("code", "text", "body"),
    [
        ("it", "Il Comune di Asti ha chiuso la piscina per lavori.", "Comune di Asti"),
        ("it", "La Regione Liguria ha stanziato nuovi fondi per le scuole.", "Regione Liguria"),
        ("it", "La Provincia di Lecco ha riaperto la strada martedì.", "Provincia di Lecco"),
        ("fr", "La Mairie de Nantes a fermé la piscine pour travaux.", "Mairie de Nantes"),
        ("fr", "La Préfecture du Gard a interdit la baignade.", "Préfecture du Gard"),
        ("fr", "La Région Normandie a voté un budget pour les lycées.", "Région Normandie"),
        ("pt", "A Prefeitura de Campinas fechou a piscina para obras.", "Prefeitura de Campinas"),
    ],
)  # fmt: skip
def test_a_government_by_its_noun_and_its_seat_is_one_organisation(
    code: str, text: str, body: str
) -> None:
    """The body's noun, capitalised in a name's place, and the town or region after it: the
    town's government, one organisation, not the town."""
    found = name_facts(text, code)
    assert ("organization", body) in found
    assert not {t for k, t in found if k == "place"}


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "La mairie de Nantes a fermé la piscine pour travaux."),
        ("es", "El ayuntamiento de Teruel cerró la piscina."),
    ],
)
def test_a_small_noun_of_a_government_leaves_the_town_a_place(code: str, text: str) -> None:
    """'la mairie de Nantes': the noun written small is outside the name, as the Spanish and
    Dutch news sets mark it; the town is the name."""
    assert {k for k, _ in name_facts(text, code)} == {"place"}


@pytest.mark.parametrize(
    ("code", "text", "name", "kind"),
    [
        ("it", "Secondo la Fiom, il 40% delle fabbriche è in crisi.", "Fiom", "organization"),
        ("fr", "Selon la Capeb, 30% des chantiers sont à l'arrêt.", "Capeb", "organization"),
        ("es", "Según el Inegi, el paro bajó en marzo.", "Inegi", "organization"),
        ("pt", "Segundo a Fenprof, 30% das escolas estão fechadas.", "Fenprof", "organization"),
    ],
)  # fmt: skip
def test_a_lone_name_after_according_to(code: str, text: str, name: str, kind: str) -> None:
    """'secondo la Fiom', 'selon la Capeb': a source after an article is a body's name."""
    assert (kind, name) in name_facts(text, code)


@pytest.mark.parametrize(
    ("code", "text", "name"),
    [
        ("it", "Secondo Istat, la disoccupazione è scesa a marzo.", "Istat"),
        ("es", "Según Funcas, la economía crecerá un 2 % este año.", "Funcas"),
        ("fr", "Le plan, selon Dufourcq, coûtera trop cher.", "Dufourcq"),
    ],
)
def test_a_bare_word_after_according_to_is_no_person(code: str, text: str, name: str) -> None:
    """'secondo Istat', 'según Funcas': Romance news names bodies without an article too, so a
    bare word no name table holds as a surname is no person ('selon Dufourcq' neither)."""
    assert ("person", name) not in name_facts(text, code)
