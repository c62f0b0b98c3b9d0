"""Names the wire stories read wrong once, in new sentences: a minister's name run into the
ministry's ('minister van Defensie Gijsbert Brekelmans'), an employer after 'van het' taken
into a person's name, a name of four words cut at a surname that is a word too, a speaker
whose surname is a word ('Pedro Rio'), a German town after a word for a firm's site, a Dutch
town no list knows."""

from __future__ import annotations

from newsfacts.model import Fact, Options
from newsfacts.pipeline import analyze
from newsfacts.render import shown_facts


def names_of(code: str, text: str) -> dict[str, Fact]:
    """The people, organisations and places of one text, by their text."""
    opts = Options(all_facts=True, language=code, reference_date="2026-12-04")
    facts = analyze("-", opts, text.encode()).facts
    return {f.text: f for f in facts if f.kind in ("person", "organization", "place")}


def test_a_minister_named_after_the_ministry_is_a_person_with_that_role() -> None:
    """'minister van Defensie Gijsbert Brekelmans', later 'Brekelmans': the ministry, then its
    minister, whose role is the minister's title and portfolio."""
    found = names_of(
        "nl",
        "Dat meldde minister van Defensie Gijsbert Brekelmans dinsdag in Den Haag. "
        "Volgens Brekelmans is er extra geld nodig voor de marine.",
    )
    assert "Defensie Gijsbert Brekelmans" not in found
    person = found["Gijsbert Brekelmans"]
    assert person.kind == "person"
    assert person.role == "minister van Defensie"


def test_an_employer_after_van_het_is_no_part_of_the_persons_name() -> None:
    """'woordvoerder Marijke Verhoeven van het Energiebedrijf Noord': the spokeswoman, then her
    employer, whose name holds a compound of a body's noun ('-bedrijf')."""
    found = names_of(
        "nl",
        "De cijfers werden bekendgemaakt door woordvoerder Marijke Verhoeven van het "
        "Energiebedrijf Noord. Verhoeven verwacht hogere prijzen.",
    )
    assert not any("Verhoeven van" in name for name in found)
    assert found["Marijke Verhoeven"].kind == "person"
    assert found["Energiebedrijf Noord"].kind == "organization"


def test_a_surname_that_is_also_a_word_stays_in_a_long_name() -> None:
    """'Ana Luísa Palma Fontoura': 'palma' is a Portuguese word and a surname; with one more
    surname after it, it is part of the name, not where the name ends."""
    found = names_of(
        "pt",
        "A diretora-geral, Ana Luísa Palma Fontoura, visitou ontem o hospital de Braga. "
        "Fontoura prometeu mais médicos.",
    )
    assert "Ana Luísa" not in found
    person = found["Ana Luísa Palma Fontoura"]
    assert person.kind == "person"
    assert person.role == "diretora-geral"


def test_a_quotes_speaker_whose_surname_is_a_word_is_a_person() -> None:
    """'o vereador da educação, Pedro Rio': the quote's speaker, though 'rio' is a word, is a
    person, with the role before the comma."""
    found = names_of(
        "pt",
        '"Vamos abrir mais duas creches no próximo ano", garantiu o vereador da educação, '
        "Pedro Rio. A proposta será votada em janeiro.",
    )
    person = found["Pedro Rio"]
    assert person.kind == "person"
    assert person.role == "vereador da educação"


def test_a_town_after_a_word_for_a_firms_site_is_shown() -> None:
    """'im Werk Zwickau': the plant's town is a place the table shows, sure as after 'in'."""
    text = "Der Hersteller will im kommenden Jahr 300 neue Stellen im Werk Zwickau schaffen."
    report = analyze("-", Options(language="de", reference_date="2026-12-04"), text.encode())
    shown = {(f.kind, f.text) for f in shown_facts(report, False)}
    assert ("place", "Zwickau") in shown


def test_a_town_no_list_knows_is_shown_by_its_towns_ending() -> None:
    """'in Zoeterwoude': a word after 'in' ending as only Dutch towns' names do is a town the
    table shows, though no gazetteer lists it."""
    text = "De brandweer rukte dinsdagavond uit voor een grote brand in Zoeterwoude."
    report = analyze("-", Options(language="nl", reference_date="2026-12-04"), text.encode())
    shown = {(f.kind, f.text) for f in shown_facts(report, False)}
    assert ("place", "Zoeterwoude") in shown
