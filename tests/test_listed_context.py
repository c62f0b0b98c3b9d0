"""A listed company's name read against the words around it: a person's short form or cue, a
place's cues, an everyday word of the language (facts/names/english_listed.py,
facts/names/listed_context.py). The finder reads a small lexicon of our own in place of the
package's; every sentence is our own, written for these tests."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from finder_entities import entities_in, use_lexicon

from newsfacts.facts.names import find
from newsfacts.facts.names.model import Text

LEXICON = (
    "Toyota", "Tesla", "Honda", "Dover", "Hartford", "Amazon", "Hershey", "Nokia", "Salzgitter",
    "Fresnillo", "Antofagasta", "Henkel", "Linde", "Bayer", "Visa", "Disco", "Volvo", "Siemens",
    "Ericsson", "Continental", "Kinetik", "Hertz", "Uber",
)  # fmt: skip


@pytest.fixture
def listed(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The finder reads our lexicon in place of the package's."""
    use_lexicon(monkeypatch, LEXICON)
    yield


def english(text: str) -> dict[str, str | None]:
    """The names the English finder keeps in one text: name -> kind."""
    return {e.name: e.label for e in find.find_entities([Text(text, 0)], False)}


def test_a_person_named_in_full_keeps_a_listed_surname(listed: None) -> None:
    """'Dragan Tesla' ... 'Tesla said': his surname, though a carmaker's name and no census
    first name opens it."""
    found = english(
        "Dragan Tesla built his first boat in 1929. Ten years on, Tesla said he was tired."
    )
    assert found.get("Dragan Tesla") == "person"


def test_a_listed_name_with_a_persons_cue_is_no_company(listed: None) -> None:
    """'Ms. Tesla, 41,': an honorific and an age say a person."""
    found = english("The judge said Ms. Tesla, 41, would be freed on bail.")
    assert found.get("Tesla") != "organization"


def test_a_listed_town_with_a_places_cues_stays_a_place(listed: None) -> None:
    """'Hartford Mayor', 'Dover harbour' ... named twice: the town, counted once as a firm."""
    found = english(
        "Hartford Mayor Ines Vukovic closed the schools. Hartford will reopen them on Friday."
    )
    assert found.get("Hartford") == "place"
    found = english("Dover harbour reopened at noon. Dover expects more trucks this week.")
    assert found.get("Dover") == "place"


def test_a_listed_river_after_in_the_is_no_company(listed: None) -> None:
    """'in the Amazon', 'the Amazon basin': the river and its land."""
    found = english("Gold miners in the Amazon cleared new land, a report by Greenpeace said.")
    assert found.get("Amazon") != "organization"
    found = english("Rains flooded the Amazon basin for a third week.")
    assert found.get("Amazon") != "organization"


def test_a_listed_town_named_alone_is_the_company(listed: None) -> None:
    """'Nokia said', twice: no cue of a town, the company."""
    found = english("Nokia said profit rose. Nokia also said it would cut 300 jobs in Espoo.")
    assert found.get("Nokia") == "organization"


def test_a_listed_town_with_a_towns_cues_stays_a_town(listed: None) -> None:
    """'der Oberbürgermeister von X', 'von X nach Y', 'X zählt ... Einwohner', 'la alcaldesa de
    X', 'van X naar Y': the town, whatever its size; the company's name alone stays the firm."""
    found = entities_in("Der Oberbürgermeister von Salzgitter lud zum Empfang ein.", "de")
    assert found.get("Salzgitter") == "place"
    found = entities_in("Der Zug von Dover nach London war am Morgen voll.", "de")
    assert found.get("Dover") == "place"
    found = entities_in("Salzgitter zählt heute rund 100.000 Einwohner.", "de")
    assert found.get("Salzgitter") == "place"
    found = entities_in("La alcaldesa de Fresnillo inauguró una escuela el viernes.", "es")
    assert found.get("Fresnillo") == "place"
    found = entities_in("De trein van Dover naar Londen was dinsdag vol.", "nl")
    assert found.get("Dover") == "place"
    found = entities_in("Auch Salzgitter streicht im Herbst viele Stellen.", "de")
    assert found.get("Salzgitter") == "organization"


def test_a_listed_german_noun_needs_a_companys_cue(listed: None) -> None:
    """'am Henkel', 'der Linde', 'ein Bayer': German nouns by their forms; 'der Konzern Henkel',
    'Aktien von Siemens und Bayer': the companies."""
    found = entities_in("Sie hielt den Becher am Henkel fest, erzählte Jana Kurz.", "de")
    assert found.get("Henkel") != "organization"
    found = entities_in("Im Schatten der Linde saß am Abend ein alter Mann.", "de")
    assert found.get("Linde") != "organization"
    found = entities_in("Der Konzern Henkel meldete am Dienstag mehr Umsatz.", "de")
    assert found.get("Henkel") == "organization"
    found = entities_in("Die Aktien von Siemens und Bayer stiegen am Montag.", "de")
    assert found.get("Bayer") == "organization"


def test_a_listed_name_no_german_noun_by_its_own_forms_stays_the_company(listed: None) -> None:
    """'Amazon' ('Amazonen' are another word's forms; English lists it), 'Uber' ('über'):
    companies, with no market's word around them."""
    found = entities_in("Im Herbst eröffnete Amazon ein neues Lager bei Erfurt.", "de")
    assert found.get("Amazon") == "organization"
    found = entities_in("In Wien wirbt jetzt auch Uber um neue Fahrer.", "de")
    assert found.get("Uber") == "organization"


def test_a_listed_german_noun_of_an_adjective_needs_a_companys_cue(listed: None) -> None:
    """'Kinetik': the noun of 'kinetisch', though the word list holds no other form of it."""
    found = entities_in("Die Kinetik des Zerfalls maß Jonas Pfeil im Labor.", "de")
    assert found.get("Kinetik") != "organization"


def test_a_listed_german_noun_with_its_role_compound_is_the_company(listed: None) -> None:
    """'Der Henkel-Chef' ... 'Henkel will': the compound of a role names the company."""
    text = "Der Henkel-Chef kündigte am Montag Sparpläne an. Henkel will viele Stellen streichen."
    assert entities_in(text, "de").get("Henkel") == "organization"


def test_a_listed_word_opening_a_sentence_needs_more(listed: None) -> None:
    """'Disco was ...', 'Volvo a casa': a word of the language at the sentence's start; 'Visa
    meldde ... omzet': the company, by its market's word."""
    found = entities_in("Disco was in de jaren zeventig overal te horen in Utrecht.", "nl")
    assert found.get("Disco") != "organization"
    found = entities_in("Volvo a casa mañana, dijo el alcalde Tomás Ruiz en Burgos.", "es")
    assert found.get("Volvo") != "organization"
    found = entities_in("Visa meldde dinsdag een hogere omzet dan verwacht.", "nl")
    assert found.get("Visa") == "organization"


def test_a_listed_name_after_a_count_is_a_unit(listed: None) -> None:
    """'mit 400 Hertz': a count before the name; in a table of shares figures stand on both
    sides of each name ('Siemens 120,50 1,2 Nokia 40,10'): the companies."""
    found = entities_in("Der Motor dreht mit 400 Hertz, sagte der Techniker Uwe Brand.", "de")
    assert found.get("Hertz") != "organization"
    found = entities_in("Kurse am Mittag: Siemens 120,50 1,2 Nokia 40,10 0,3", "de")
    assert found.get("Nokia") == "organization"


def test_every_language_reads_a_listed_town_without_error() -> None:
    """A listed company that is also a town ('Nokia') in French, Italian or Portuguese: the
    town's cues are read in every language with a finder, no internal error."""
    from newsfacts.model import Options
    from newsfacts.pipeline import analyze_safely

    for code, text in (
        ("fr", "Nokia a annoncé mardi la suppression de 500 emplois en Finlande."),
        ("it", "Nokia ha annunciato martedì il taglio di 500 posti di lavoro."),
        ("pt", "A Nokia anunciou na terça-feira o corte de 500 empregos."),
    ):
        report = analyze_safely("-", Options(language=code), text.encode())
        assert report.ok, (code, report.error)
