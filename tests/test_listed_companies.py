"""Listed companies (pytickersymbols' index members, read as data) as evidence of an
organisation in the other languages' name finder. The parser runs on a source of our own; the
finder on a small lexicon of our own put in place of the package's, so these tests hold with
and without the package. Every sentence is our own, written for these tests."""

from __future__ import annotations

import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from finder_entities import entities_in, use_lexicon

from newsfacts.cache import WordSet, pack
from newsfacts.facts import companies
from newsfacts.facts.names import find
from newsfacts.facts.names.model import Text

SOURCE = """
INDICES = {'NASDAQ 100': {'name': 'NASDAQ 100', 'companies': [
    {'name': 'Quellwerk Inc.', 'symbol': 'QW', 'metadata': {'name': 'not this'}},
    {'name': 'Nasdaq, Inc.', 'symbol': 'NDAQ'}]},
  'DAX': {'name': 'DAX', 'companies': [{'name': 'Brandl Group'}, {'name': 'Korvex AG'},
    {'name': 'The Hollow Pine Company'}, {'name': 'Sorrel (brand)'}]}}
"""

# Our lexicon: real names the tests' sentences use, and names that are also something else
# (a German word, a common surname, a country, a big city).
LEXICON = (
    "Siemens", "Nokia", "Honda", "Toyota", "Commerzbank", "Nvidia", "Airbus", "Merck", "Ferrari",
    "Repsol", "General Motors", "Swiss Life", "Allianz", "Brady", "Douglas", "Morgan Stanley",
    "Phoenix", "Post", "Intesa Sanpaolo", "Ericsson", "Target",
    "Box", "McDermott", "Vilaplana", "Oosterhof",
)  # fmt: skip


@pytest.fixture
def listed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The finder reads our lexicon in place of the package's."""
    use_lexicon(monkeypatch, LEXICON)
    yield


@pytest.fixture
def unlisted(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The finder reads an empty lexicon, as without the package."""
    table = WordSet(pack(()))
    monkeypatch.setattr(companies, "listed_companies", lambda: table)
    yield


def test_the_members_of_every_index_are_read_not_the_index_names() -> None:
    """Each company's name; no index's name, no name inside the metadata, and no company
    named as an index is ('Nasdaq' of 'NASDAQ 100'): news names the market by it."""
    assert companies.company_names(SOURCE) == {
        "Quellwerk Inc.", "Brandl Group", "Korvex AG", "The Hollow Pine Company", "Sorrel (brand)",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("name", "short"),
    [
        ("Quellwerk Inc.", "Quellwerk"),
        ("Korvex AG", "Korvex"),
        ("Brandl Group", "Brandl"),
        ("Aster Holdings, Inc.", "Aster"),
        ("Velden N.V.", "Velden"),
        ("Marlow plc", "Marlow"),
        ("The Hollow Pine Company", "Hollow Pine"),
        ("Sorrel (brand)", "Sorrel"),
        ("Tarn & Co.", "Tarn"),
        ("Swiss Life", "Swiss Life"),
    ],
)
def test_a_short_form_goes_without_its_legal_form(name: str, short: str) -> None:
    assert companies.short_form(name) == short


def test_a_listed_name_read_as_a_person_is_the_company(listed: None) -> None:
    """'sagte Merck': a company speaks too."""
    found = entities_in("Die Nachfrage bleibe hoch, sagte Merck am Mittwoch in Darmstadt.", "de")
    assert found.get("Merck") == "organization"


def test_listed_names_read_as_towns_are_the_companies(listed: None) -> None:
    """'Honda', 'Toyota', 'Nokia': towns too, but the companies outshine them."""
    found = entities_in("Die Aktien von Honda und Toyota legten am Freitag zu.", "de")
    assert found.get("Honda") == "organization"
    assert found.get("Toyota") == "organization"
    found = entities_in("Auch Nokia streicht im kommenden Jahr Stellen.", "de")
    assert found.get("Nokia") == "organization"


def test_a_listed_german_compound_is_the_company(listed: None) -> None:
    """'Commerzbank', 'Nvidia': capitals alone say nothing in German."""
    found = entities_in("Danach kaufte die Commerzbank weitere Anteile an Nvidia.", "de")
    assert found.get("Commerzbank") == "organization"
    assert found.get("Nvidia") == "organization"


def test_a_listed_name_after_a_noun_for_a_firm_is_the_company(listed: None) -> None:
    """'den Herstellern Siemens und Airbus': both firms, the noun no part of their names."""
    found = entities_in("Man einigte sich mit den Herstellern Siemens und Airbus.", "de")
    assert found.get("Siemens") == "organization"
    assert "Herstellern Siemens" not in found


def test_a_listed_name_of_two_words_stays_whole(listed: None) -> None:
    """'General Motors': 'general' is a Spanish word (and a role), the name keeps it."""
    found = entities_in("Le acusan de copiar planos secretos de General Motors.", "es")
    assert found.get("General Motors") == "organization"
    assert "Motors" not in found


def test_a_listed_name_after_german_nouns_that_describe_it(listed: None) -> None:
    """'der Versicherung Swiss Life': the insurer's name, the noun no part of it."""
    found = entities_in("Die Tochter der Versicherung Swiss Life schreibt Verluste.", "de")
    assert found.get("Swiss Life") == "organization"
    assert "Versicherung Swiss Life" not in found


def test_listed_names_in_spanish_and_dutch(listed: None) -> None:
    """'Repsol' alone; 'volgens Ferrari': the team, though a surname follows 'volgens'."""
    assert entities_in("Ayer Repsol cerró con una subida en Bolsa.", "es").get("Repsol") == (
        "organization"
    )
    found = entities_in("De nieuwe wagen is volgens Ferrari klaar voor de race.", "nl")
    assert found.get("Ferrari") == "organization"


def test_a_listed_name_shaped_as_a_person_is_the_company(listed: None) -> None:
    """'Intesa Sanpaolo' opening an Italian wire story: a bank, not a first name and surname."""
    found = entities_in("Ieri Intesa Sanpaolo ha chiuso il trimestre con un utile record.", "it")
    assert found.get("Intesa Sanpaolo") == "organization"


def test_a_listed_everyday_word_needs_more_evidence(listed: None) -> None:
    """'die Allianz der Staaten', 'die Post': German words first."""
    found = entities_in("Die Allianz der drei Staaten zerbrach im Winter.", "de")
    assert found.get("Allianz") != "organization"
    found = entities_in("Gestern kam die Post erst am Mittag bei uns an.", "de")
    assert found.get("Post") != "organization"


def test_a_listed_english_noun_in_german_needs_more_evidence(listed: None) -> None:
    """'die Box': German borrows English nouns, and its word list cannot tell them from names."""
    found = entities_in("Nach dem Rennen blieb der Wagen lange in der Box stehen.", "de")
    assert found.get("Box") != "organization"


def test_a_listed_common_surname_stays_a_person(listed: None) -> None:
    """'Präsident Douglas', 'Morgan Stanley said ...': a person's name first."""
    found = entities_in("Am Abend sprach Präsident Douglas vor dem Parlament.", "de")
    assert found.get("Douglas") == "person"
    found = entities_in("Zum Schluss gewann Brady das Turnier in Wimbledon.", "de")
    assert found.get("Brady") != "organization"


def test_a_listed_surname_after_a_person_named_in_full_is_that_person(listed: None) -> None:
    """'Jordi Vilaplana' ... 'Vilaplana': his short form, though a company's name too."""
    text = "El concejal Jordi Vilaplana dimitió el martes. Vilaplana dijo que no volvería."
    found = entities_in(text, "es")
    assert found.get("Jordi Vilaplana") == "person"
    assert found.get("Vilaplana", "person") == "person"
    text = "Maarten Oosterhof overleed in 2003. Oosterhof leidde het bedrijf lang."
    found = entities_in(text, "nl")
    assert found.get("Maarten Oosterhof") == "person"
    assert found.get("Oosterhof", "person") == "person"


def test_a_listed_big_city_or_a_town_after_in_stays_a_place(listed: None) -> None:
    """'nach Phoenix': a city of half a million; 'in Toyota': the town, by its preposition."""
    found = entities_in("Im Sommer zog die Familie nach Phoenix um.", "de")
    assert found.get("Phoenix") == "place"
    found = entities_in("Die Arbeiter in Toyota streiken seit Montag.", "de")
    assert found.get("Toyota") == "place"


def english(text: str) -> dict[str, str | None]:
    """The names the English finder keeps in one text: name -> kind."""
    return {e.name: e.label for e in find.find_entities([Text(text, 0)], False)}


def test_an_english_listed_name_that_speaks_is_the_company(listed: None) -> None:
    """'Ericsson said': a firm, though a surname too; 'Nokia said': no town either."""
    assert english("Ericsson said on Monday it would close two plants.")["Ericsson"] == (
        "organization"
    )
    assert english("Nokia said quarterly sales fell by a tenth.")["Nokia"] == "organization"


def test_an_english_listed_name_after_a_role_is_the_company(listed: None) -> None:
    """'with partner General Motors': a role tells a firm too, no person."""
    from test_entities_rules import kinds

    text = "The carmaker agreed a package with partner General Motors to buy out its stake."
    assert kinds(text).get("General Motors") == "organization"


def test_an_english_listed_name_stays_what_else_it_is(listed: None) -> None:
    """'Brady said': a common surname; 'in Toyota': the town; 'Target' an everyday word."""
    assert english("Brady said he would retire after the season.").get("Brady") == "person"
    assert english("Workers at the plant in Toyota went on strike.").get("Toyota") == "place"
    assert english("Coach Brady hit the Target twice.").get("Target") != "organization"


def test_an_english_person_named_in_full_keeps_a_listed_surname(listed: None) -> None:
    """'state schools Superintendent Laura McDermott' ... 'McDermott, who ...': her surname, a
    common one (the census writes it 'Mcdermott'), though a company's name too."""
    text = (
        "The state schools Superintendent Laura McDermott has cited a new study on pay. "
        "McDermott, who has split from her party on many issues, wants more money for schools."
    )
    found = english(text)
    assert "organization" not in {found.get(n) for n in found if "McDermott" in n}


def test_without_the_lexicon_the_finder_reads_as_before(unlisted: None) -> None:
    """An empty lexicon (the package uninstalled): no listed company, no error."""
    found = entities_in("Am Ende verlor Nokia deutlich an Wert.", "de")
    assert found.get("Nokia") != "organization"


@pytest.mark.skipif(importlib.util.find_spec("pytickersymbols") is None, reason="not installed")
def test_the_installed_lexicon_lists_index_members_and_their_short_forms() -> None:
    assert companies.is_listed("Siemens")
    assert companies.is_listed("Swiss Life")
    assert companies.is_listed("Linde")  # 'Linde plc'
    assert not companies.is_listed("Nasdaq")  # the market, by the index 'NASDAQ 100'


def test_the_help_never_loads_the_lexicon() -> None:
    """`newsfacts --help` imports neither the lexicon's module nor the package."""
    code = (
        "import sys, runpy\nsys.argv = ['newsfacts', '--help']\n"
        "try:\n    runpy.run_module('newsfacts', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print(' '.join(m for m in sys.modules if 'compan' in m or 'ticker' in m), file=sys.stderr)"
    )
    root = Path(__file__).resolve().parent.parent
    env = {**os.environ, "PYTHONPATH": str(root)}
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )
    assert proc.stderr.split() == []
