"""Names in our own short wire stories in six languages: people, places, organisations and
the quote's speaker, each on evidence of its own (a role word, a first name, a legal form, the
gazetteer in the language), and the pieces of the finder alone.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

import pytest
from conftest import name_spans as spans

from newsfacts.facts import kept_names
from newsfacts.model import Fact, Options
from newsfacts.pipeline import analyze
from newsfacts.render import shown_facts

STORIES = {
    "de": """\
Die Stadtwerke Bremen GmbH investieren 3,5 Milliarden Euro in neue Windparks. Das teilte \
das Unternehmen am Donnerstag in Bremen mit. Der Anteil erneuerbarer Energie soll bis 2030 \
um 12 Prozent steigen.

„Wir können nicht länger warten“, sagte Vorstandschefin Martina Keller. Auch Bundeskanzler \
Olaf Brandt begrüßte den Plan bei einem Besuch in Hamburg.

Kritik kam von der Umweltorganisation Nordlicht. Keller will die Pläne im März in Berlin \
vorstellen.
""",
    "fr": """\
La société Lumière Énergie SA va investir 2,4 milliards d'euros dans le solaire, a annoncé \
l'entreprise jeudi à Lyon. Sa part de marché a progressé de 8 % en un an.

« Nous allons créer mille emplois dans la région », a déclaré sa présidente, Claire \
Dubois. Le ministre de l'Économie, Thomas Girard, a salué le projet lors d'une visite à \
Marseille le 2 mars 2025.

Dubois présentera le plan à Paris la semaine prochaine.
""",
    "es": """\
La empresa Aguas del Sur S.A. invertirá 2.500 millones de euros en nuevas plantas, informó \
el martes la compañía en Sevilla. El consumo de agua bajó un 15 por ciento el año pasado.

«Es el mayor proyecto de nuestra historia», afirmó su presidenta, Lucía Romero. La \
ministra de Medio Ambiente, Carmen Ortega, visitó las obras en Córdoba.

Romero presentará el plan en Madrid el próximo lunes.
""",
    "it": """\
La società Ferrovie Alpine SpA investirà 1,2 miliardi di euro nella nuova linea, ha \
annunciato l'azienda martedì a Torino. Il traffico è cresciuto del 7 per cento nel 2024.

«Il progetto è pronto per partire», ha detto l'amministratore delegato Marco Bianchi. Il \
sindaco di Milano, Giulia Ferri, ha accolto con favore il piano.

Bianchi presenterà i dettagli a Roma il 1° aprile.
""",
    "pt": """\
A empresa Energia Atlântica S.A. vai investir 800 milhões de euros em parques eólicos, \
anunciou a companhia na sexta-feira passada em Lisboa. A produção cresceu 20 por cento em \
2024.

“Vamos criar quinhentos empregos”, disse o presidente executivo, João Almeida. A ministra \
do Ambiente, Teresa Costa, visitou as obras no Porto.

Almeida apresenta o plano em Coimbra na próxima semana.
""",
    "nl": """\
Het energiebedrijf Noordzee Stroom B.V. investeert 1,8 miljard euro in nieuwe windparken, \
maakte het bedrijf dinsdag in Rotterdam bekend. Het aandeel groene stroom steeg met 9 \
procent.

"We gaan gewoon door met het plan," zei topman Pieter de Vries. Minister Anne Jansen van \
Klimaat bezocht het project in Groningen.

De Vries presenteert de plannen volgende week in Amsterdam.
""",
}

# What each story names: (organisation, [people], [places], the quote's speaker).
EXPECTED = {
    "de": ("Stadtwerke Bremen GmbH", ["Martina Keller", "Olaf Brandt"],
           ["Bremen", "Hamburg", "Berlin"], "Martina Keller"),
    "fr": ("Lumière Énergie SA", ["Claire Dubois", "Thomas Girard"], ["Lyon", "Marseille"],
           "Claire Dubois"),
    "es": ("Aguas del Sur S.A.", ["Lucía Romero", "Carmen Ortega"],
           ["Sevilla", "Córdoba", "Madrid"], "Lucía Romero"),
    "it": ("Ferrovie Alpine SpA", ["Marco Bianchi", "Giulia Ferri"],
           ["Torino", "Milano", "Roma"], "Marco Bianchi"),
    "pt": ("Energia Atlântica S.A.", ["João Almeida", "Teresa Costa"],
           ["Lisboa", "Coimbra", "Porto"], "João Almeida"),
    "nl": ("Noordzee Stroom B.V.", ["Pieter de Vries", "Anne Jansen"],
           ["Rotterdam", "Groningen", "Amsterdam"], "Pieter de Vries"),
}  # fmt: skip


def facts_of(code: str) -> list[Fact]:
    """The facts of one story, told its language."""
    opts = Options(all_facts=True, language=code, reference_date="2025-03-06")
    return list(analyze("-", opts, STORIES[code].encode()).facts)


@pytest.mark.parametrize("code", sorted(STORIES))
def test_people_places_organisation_and_speaker(code: str) -> None:
    """Each story's people, places, company and speaker, and nothing else as a name."""
    org, people, places, speaker = EXPECTED[code]
    found = facts_of(code)
    of = {k: [f.text for f in found if f.kind == k] for k in ("person", "organization", "place")}
    assert of["organization"] == [org]
    assert sorted(of["person"]) == sorted(people)
    assert sorted(of["place"]) == sorted(places)
    assert [f.speaker for f in found if f.kind == "quote"] == [speaker]


@pytest.mark.parametrize("code", sorted(STORIES))
def test_the_table_shows_every_name_of_the_story(code: str) -> None:
    """The names found on evidence are confident: the table shows them."""
    opts = Options(language=code, reference_date="2025-03-06")
    report = analyze("-", opts, STORIES[code].encode())
    shown = {f.text for f in shown_facts(report, all_facts=False)}
    org, people, places, _ = EXPECTED[code]
    assert {org, *people, *places} <= shown


def test_a_role_word_makes_a_person_and_stays_its_role() -> None:
    """'Bundeskanzler Olaf Brandt': the role is not part of the name."""
    person = next(f for f in facts_of("de") if f.text == "Olaf Brandt")
    assert person.role == "Bundeskanzler"


def test_a_name_told_again_by_its_surname_is_one_person() -> None:
    """'Keller will ...' after 'Martina Keller' is her, not another name."""
    person = next(f for f in facts_of("de") if f.text == "Martina Keller")
    assert "Keller" in person.aliases and (person.mentions or 0) >= 2


def test_countries_joined_by_and_are_two_places() -> None:
    """'Deutschland und Italien' is two countries (CLDR's German names)."""
    found = spans("Gestern trafen sich Deutschland und Italien zu Gesprächen.", "de")
    assert ("Deutschland", "place", "country") in found
    assert ("Italien", "place", "country") in found


def test_an_organisation_word_keeps_its_region() -> None:
    """'la Junta de Andalucía' is the organisation, not the region alone."""
    found = spans("Lo confirmó ayer la Junta de Andalucía en un comunicado.", "es")
    assert [(t, k) for t, k, _ in found] == [("Junta de Andalucía", "organization")]


def test_a_person_is_cut_from_the_organisation_after_van() -> None:
    """'Jan Peeters van de Fortis Bank': a person and a bank, not one name."""
    found = spans("Dat zegt analist Jan Peeters van de Fortis Bank vandaag.", "nl")
    assert ("Jan Peeters", "person", "first name") in found
    assert ("Fortis Bank", "organization", "organisation word") in found


def test_a_german_common_noun_after_an_article_is_no_place() -> None:
    """'auf dem Boden': a noun, though a Swedish town has the name; 'in Boden' may be one."""
    assert not spans("Das Glas fiel auf dem Weg zu dem Boden.", "de")


def test_headline_capitals_are_cut_from_a_name() -> None:
    """A headline in capitals glued to the dateline leaves only the place."""
    found = spans("NUEVAS OBRAS EN EL PUERTO Valencia, 3 mar (EFE).", "es")
    assert ("Valencia", "place", "town") in found
    assert all("NUEVAS" not in t for t, _, _ in found)


def test_weak_evidence_is_kept_but_not_shown() -> None:
    """An unknown two-word name is a fact with low confidence, under the table's threshold."""
    facts = [Fact("person", "Quintus Zorbel", 0, confidence=0.9)]
    weighed = kept_names.weigh(facts, {"Quintus Zorbel": "capitals"})
    assert weighed[0].confidence is not None and weighed[0].confidence <= kept_names.WEAK_AT
    strong = kept_names.weigh(facts, {"Quintus Zorbel": "first name"})
    assert strong[0].confidence == 0.9


@pytest.mark.parametrize("code", sorted(STORIES))
def test_each_story_has_its_date_money_and_share(code: str) -> None:
    """A resolved date, an amount of money and a per-cent share in every language."""
    found = facts_of(code)
    assert any(f.kind == "date" and f.value for f in found)
    assert any(f.kind == "money" and isinstance(f.value, int) and f.value >= 10**8 for f in found)
    assert any(f.kind == "percent" for f in found)


def test_an_acronym_glossed_in_brackets_is_the_same_body() -> None:
    """'la Guardia Portuaria Regional (GPR)' and a later 'la GPR' are one organisation; a
    person's party in brackets stays a name of its own."""
    text = (
        "La Guardia Portuaria Regional (GPR) cerró el muelle norte el martes por la tormenta. "
        "Según la GPR, los barcos podrán volver a entrar el jueves.\n\n"
        "El alcalde Tomás Pardo (PTP) pidió ayuda al Gobierno regional."
    )
    facts = analyze("-", Options(all_facts=True, language="es"), text.encode()).facts
    bodies = {f.text: f.aliases for f in facts if f.kind == "organization"}
    assert bodies.get("Guardia Portuaria Regional") == ("GPR",) and "GPR" not in bodies
    assert "PTP" not in [a for f in facts for a in f.aliases if f.kind == "person"]


def test_an_acronym_in_a_titles_case_glossed_in_brackets_is_the_same_body() -> None:
    """'la Federación Regional de Pescadores (Ferpesca)' and a later 'Ferpesca' are one body,
    no person; a bracketed word whose letters do not follow the initials is no acronym."""
    text = (
        "La Federación Regional de Pescadores (Ferpesca) convocó una huelga para el lunes. "
        "Según Ferpesca, la flota no saldrá del puerto.\n\n"
        "La Cámara de Comercio (Lima) pidió calma."
    )
    facts = analyze("-", Options(all_facts=True, language="es"), text.encode()).facts
    bodies = {f.text: f.aliases for f in facts if f.kind == "organization"}
    people = {f.text for f in facts if f.kind == "person"}
    assert bodies.get("Federación Regional de Pescadores") == ("Ferpesca",)
    assert "Ferpesca" not in people and "Ferpesca" not in bodies
    assert "Lima" not in bodies.get("Cámara de Comercio", ())


def test_a_dateline_town_in_capitals_is_the_town_the_story_names() -> None:
    """'GENOVA, 9 dic (ANSA) -' and a later 'a Genova' are one place, shown as written in the
    story, the capitals its alias."""
    text = (
        "GENOVA, 9 dic (ANSA) - Il porto è rimasto chiuso per il vento a Genova e in Liguria.\n\n"
        "Il sindaco di Genova ha chiesto aiuto alla Regione."
    )
    facts = analyze("-", Options(all_facts=True, language="it"), text.encode()).facts
    genova = [f for f in facts if f.kind == "place" and f.text.lower() == "genova"]
    assert [(f.text, f.aliases) for f in genova] == [("Genova", ("GENOVA",))]


def test_an_elided_article_before_a_small_word_opens_no_name() -> None:
    """ "L'avocate Claire Meunier" is Claire Meunier; "L'Aquila" keeps its article."""
    found = spans("L'avocate Claire Meunier conteste la décision du tribunal.", "fr")
    assert [t for t, _, _ in found] == ["Claire Meunier"]
    assert "L'Aquila" in [t for t, _, _ in spans("Il sindaco vive a L'Aquila da anni.", "it")]
