"""More evidence for names in German, Dutch and Spanish: a compound noun or a noun around a
place, a first name a stop list holds, a compass word joined to a region, a ministry after its
minister, streets, a surname's capitalised particle, an initial, a country that opens a firm's
name or ends a longer name, a lone body word and a repeated company. Every sentence here is our
own, written for these tests.
"""

from __future__ import annotations

from conftest import name_spans as spans

from newsfacts.facts import evidence
from newsfacts.model import Options
from newsfacts.pipeline import analyze
from newsfacts.words import words_of


def kinds(text: str, code: str) -> dict[str, str | None]:
    """The candidate names of one sentence: name -> kind."""
    return {name: kind for name, kind, _ in spans(text, code)}


def facts_of(text: str, code: str) -> dict[str, str]:
    """Every person, organisation and place found in a story: name -> kind."""
    report = analyze("-", Options(all_facts=True, language=code), text.encode())
    return {f.text: f.kind for f in report.facts if f.kind in ("person", "organization", "place")}


def test_a_compound_noun_before_a_town_is_dropped() -> None:
    """'Residenzstadt' ends in the word 'Stadt': the town is 'Mannheim'."""
    assert kinds("Er zog bald in die Residenzstadt Mannheim um.", "de") == {"Mannheim": "place"}


def test_a_noun_after_a_country_ends_its_run() -> None:
    """'Brasilien Platz': the country, then the noun of the next phrase."""
    found = kinds("Das Lied kam in Irland und Brasilien Platz 3 der Liste.", "de")
    assert found.get("Brasilien") == "place"


def test_a_first_name_in_a_stop_list_opens_a_name() -> None:
    """jusText's German list holds 'Peter'; it is a first name all the same."""
    found = kinds("Das Buch schrieb sie zusammen mit Peter Quandtmeier im Winter.", "de")
    assert found.get("Peter Quandtmeier") == "person"


def test_a_compass_word_joined_to_a_region_is_a_place() -> None:
    """'Ostdeutschland', 'Nordhessen'; 'Niederlage' is no place though 'Lage' is a town."""
    words = words_of("de")
    assert words is not None
    assert evidence.place_name("Ostdeutschland", words) == "country"
    assert evidence.place_name("Nordhessen", words) == "country"
    assert evidence.place_name("Niederlage", words) is None


def test_the_ministry_after_its_minister_is_an_organisation() -> None:
    """'minister van Landbouw Jan Peeters': the ministry, then the person."""
    found = kinds("Dat zei minister van Landbouw Jan Peeters gisteren in Gent.", "nl")
    assert found.get("Landbouw") == "organization"
    assert found.get("Jan Peeters") == "person"


def test_streets_are_places() -> None:
    """One word ending in 'straße' after an unlisted head, or a town's adjective and 'Straße'."""
    assert kinds("Das Haus steht in der Quendelbachstraße am Ende.", "de") == {
        "Quendelbachstraße": "place"
    }
    assert kinds("Der Laden liegt an der Lindauer Straße neben dem Park.", "de") == {
        "Lindauer Straße": "place"
    }


def test_a_capitalised_particle_belongs_to_the_surname() -> None:
    """Flemish surnames keep 'Van' and 'De' capitalised inside the name."""
    found = kinds("Dat vindt ook Karel De Wispelaere uit Brugge.", "nl")
    assert found.get("Karel De Wispelaere") == "person"


def test_an_initial_opens_a_persons_name_but_not_before_a_word() -> None:
    """'K. Verhulst' is a person; an initial before a word of the language is none."""
    assert kinds("Het rapport van K. Verhulst kwam gisteren uit.", "nl").get("K. Verhulst") == (
        "person"
    )
    words = words_of("de")
    assert words is not None
    assert evidence.label_of("H. Sonnenblumenfeld", "mit", None, False, words)[1] != "first name"


def test_a_country_opens_a_firms_name_not_a_persons() -> None:
    """'Chile Telecom' is a company; no one's name opens with a country."""
    found = kinds("La empresa Chile Telecom compró acciones ayer.", "es")
    assert found.get("Chile Telecom") == "organization"


def test_a_region_another_language_names_is_a_place() -> None:
    """'América Latina' is Portuguese's CLDR name, and Spanish's too."""
    words = words_of("es")
    assert words is not None
    assert evidence.place_name("América Latina", words) == "country"


def test_a_country_ending_a_longer_name_is_no_place() -> None:
    """'Estadio de Francia': the stadium's name holds the country."""
    assert "Francia" not in kinds("El partido se juega en el Estadio de Francia mañana.", "es")


def test_a_lone_body_word_inside_a_sentence_is_an_organisation() -> None:
    """'la Comisión': the body the story speaks of (weak evidence, not shown)."""
    found = spans("El informe llegó ayer a la Comisión para su estudio.", "es")
    assert ("Comisión", "organization", "loose organisation word") in found


def test_a_repeated_unknown_word_in_spanish_is_a_company() -> None:
    """'Zentrovia' twice, no first name and no article: a company, as Spanish news names
    people in full."""
    story = (
        "Los resultados llegaron ayer. Este año Zentrovia ganó más que el año pasado, y "
        "por eso Zentrovia pagará un dividendo en junio."
    )
    assert facts_of(story, "es").get("Zentrovia") == "organization"


def test_initials_in_brackets_after_a_sentence_are_its_writer() -> None:
    """'... goed. (KV)': the writer's initials, a person; '(PP).' after a sentence is none."""
    found = spans("Het plan is goed. (KV) Morgen volgt meer.", "nl")
    assert ("KV", "person", "initials") in found
    assert ("PP", "person", "initials") not in spans("Lo dijo ayer. (PP).", "es")


def test_a_subdivision_under_its_name_in_the_language_is_a_place() -> None:
    """pycountry's German translations name the Swiss canton 'Genf' and the province 'Bozen'."""
    words = words_of("de")
    assert words is not None
    assert evidence.place_name("Genf", words) is not None
    assert kinds("Die Konferenz findet in Genf statt.", "de") == {"Genf": "place"}


def test_no_speaker_after_a_word_that_only_may_say() -> None:
    """'so' in German says as often 'thus' ('so Reichweite'), and 'Dr' is a title."""
    words = words_of("de")
    assert words is not None
    assert not evidence.said_by("Reichweite", "so", words)
    assert not evidence.said_by("Dr", "sagte", words)
    assert evidence.said_by("Pfister", "sagte", words)


def test_capitalised_plural_words_name_a_body_not_a_person() -> None:
    """'Fuerzas Navales' ends each word in a plural '-s': no one's name."""
    found = kinds("Lo confirmaron ayer las Fuerzas Navales en un comunicado.", "es")
    assert found.get("Fuerzas Navales") == "organization"


def test_a_translated_subdivision_that_is_a_plural_is_no_place() -> None:
    """German names the Marche 'Marken', first the plural of 'Marke' (brands)."""
    assert "Marken" not in kinds("Die Firma verkauft viele Marken in Europa.", "de")
