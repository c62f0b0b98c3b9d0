"""German names as the language bends them: a person's or a place's genitive ('Wendlers',
'Bremens'), a country as an adjective or a dative plural ('den Vereinigten Staaten', 'den
Niederlanden'), and no description of a region made a place ('Hauptstadt'). Each fact is
the name's plain form, the written form its alias.
Every sentence here is our own, written for these tests.
"""

from __future__ import annotations

from newsfacts.facts import places
from newsfacts.facts.place_names import base_place, bent_forms, place_name
from newsfacts.model import Fact, Options
from newsfacts.pipeline import analyze
from newsfacts.render import shown_facts
from newsfacts.words import words_of


def _facts(text: str) -> dict[tuple[str, str], Fact]:
    """The German text's facts of names, by kind and text."""
    facts = analyze("-", Options(all_facts=True, language="de"), text.encode()).facts
    return {(f.kind, f.text): f for f in facts if f.kind in ("person", "place", "organization")}


def _words():  # type: ignore[no-untyped-def]
    words = words_of("de")
    assert words is not None
    return words


def test_a_census_surname_in_the_genitive_is_that_person() -> None:
    """'die Thesen Kowalczyks', 'Wendlers Regierung' opening a sentence: the people Kowalczyk
    and Wendler, their genitives the aliases."""
    text = (
        "Die Thesen Kowalczyks wurden im Herbst gedruckt. Wendlers Regierung plant neue "
        "Gesetze, sagte eine Sprecherin am Dienstag."
    )
    found = _facts(text)
    assert found[("person", "Kowalczyk")].aliases == ("Kowalczyks",)
    assert found[("person", "Wendler")].aliases == ("Wendlers",)


def test_a_genitive_before_a_place_is_two_names() -> None:
    """'auf Druck Wendlers Bremen verlassen': the person, then the town, no one name."""
    found = _facts("Er musste auf Druck Wendlers Bremen im Mai verlassen.")
    assert ("person", "Wendler") in found
    assert ("place", "Bremen") in found
    assert not [k for k in found if "Wendlers Bremen" in k[1]]


def test_a_full_names_genitive_is_that_person() -> None:
    """'die Rede Petra Zielinskis' beside 'Zielinski sagte': one person, Petra Zielinski."""
    text = "Die Rede Petra Zielinskis dauerte zwei Stunden. Danach sagte Zielinski kein Wort."
    found = _facts(text)
    person = found[("person", "Petra Zielinski")]
    assert "Petra Zielinskis" in person.aliases
    assert ("person", "Petra Zielinskis") not in found


def test_a_towns_genitive_is_the_town() -> None:
    """'die Museen Hamburgs': Hamburg, its genitive the alias, though the text never writes
    'Hamburg'; 'die Hauptstadt Großbritanniens': the country, and no place 'Hauptstadt'."""
    found = _facts(
        "Der Minister besuchte die Museen Hamburgs und danach die Hauptstadt Großbritanniens."
    )
    assert found[("place", "Hamburg")].aliases == ("Hamburgs",)
    assert found[("place", "Großbritannien")].aliases == ("Großbritanniens",)
    assert ("place", "Hauptstadt") not in found


def test_a_country_bent_as_an_adjective_or_a_plural_is_the_country() -> None:
    """'in den Vereinigten Staaten', 'den Niederlanden', 'der Dominikanischen Republik': each
    country under its own name."""
    found = _facts(
        "In den Vereinigten Staaten und den Niederlanden wurde gewählt, in der "
        "Dominikanischen Republik erst im Juli."
    )
    assert found[("place", "Vereinigte Staaten")].aliases == ("Vereinigten Staaten",)
    assert found[("place", "Niederlande")].aliases == ("Niederlanden",)
    assert ("place", "Dominikanische Republik") in found


def test_bent_forms_of_a_name() -> None:
    """An adjective's other endings, a genitive's and a dative plural's; none in Spanish."""
    words = _words()
    assert "Vereinigtes Königreich" in bent_forms("Vereinigten Königreichs", words)
    assert "Niederlande" in bent_forms("Niederlanden", words)
    assert base_place("Vereinigten Arabischen Emiraten", words) == "Vereinigte Arabische Emirate"
    assert base_place("Niederlande", words) is None
    assert place_name("Türken", words) is None  # a people, no country bent
    spanish = words_of("es")
    assert spanish is not None and bent_forms("Estados Unidos", spanish) == []


def test_a_translated_region_that_only_describes_is_no_place() -> None:
    """pycountry renders 'Capital Territory', 'Free State' as German nouns: no subdivisions."""
    translated = places.translated_subdivisions("de")
    assert "Hauptstadt" not in translated and "Freistaat" not in translated
    assert "Genf" in translated


def test_an_english_word_in_s_is_no_places_genitive() -> None:
    """'Basis' is no genitive of a town 'Basi'; 'Mercedes', a first name, is no 'Merced's."""
    words = _words()
    assert place_name("Basis", words) is None
    found = _facts("Auf der Basis neuer Zahlen entschied der Rat am Montag.")
    assert not [k for k in found if k[1] in ("Basis", "Basi")]
    found = _facts("Die Geschichte Mercedes ist lang und bewegt.")
    assert not [k for k in found if k[1] == "Merced"]


def test_a_big_citys_genitive_is_shown() -> None:
    """'die Museen Hamburgs': as sure a place as 'in Hamburg', so the table shows it."""
    text = "Der Minister besuchte am Montag die Museen Hamburgs und sprach mit Schülern."
    report = analyze("-", Options(language="de"), text.encode())
    assert "Hamburg" in {f.text for f in shown_facts(report, all_facts=False)}


def test_a_big_citys_genitive_opening_a_sentence_before_a_noun_is_the_city() -> None:
    """'Hamburgs Hafen wächst': the city's harbour, the city a place."""
    found = _facts("Hamburgs Hafen wächst seit Jahren, sagte die Senatorin am Montag.")
    assert found[("place", "Hamburg")].aliases == ("Hamburgs",)


def test_a_genitive_of_a_person_the_text_names_is_that_person_though_a_town_has_it() -> None:
    """'die Rede Hamms' after 'Lisa Hamm': hers, no town Hamm."""
    found = _facts("Die Ministerin Lisa Hamm sprach lange. Die Rede Hamms wurde gelobt.")
    assert "Hamms" in found[("person", "Lisa Hamm")].aliases
    assert ("place", "Hamm") not in found and ("place", "Hamms") not in found


def test_a_surname_in_s_before_a_firms_word_or_alone_is_no_genitive() -> None:
    """'für Lloyds Bank', 'bei Harrods ein': a firm's name, no person Lloyd or Harrod; a
    genitive stands beside the noun it belongs to ('Kowalczyks erstes Tor')."""
    found = _facts("Er arbeitet für Lloyds Bank in London. Er kauft gern bei Harrods ein.")
    assert not [k for k in found if k[0] == "person"]
    found = _facts("Im Spiel am Samstag fiel Kowalczyks erstes Tor.")
    assert ("person", "Kowalczyk") in found


def test_a_first_name_in_the_genitive_after_a_noun_is_that_person() -> None:
    """'der Vater Svenjas': Svenja's father; Svenja a person, her genitive the alias."""
    found = _facts("Am Freitag kam der Vater Svenjas zu Besuch nach Kassel.")
    assert found[("person", "Svenja")].aliases == ("Svenjas",)


def test_a_full_name_in_the_genitive_before_a_noun_is_one_person() -> None:
    """'Lukas Kowalskis Sprecherin', 'Anna Maria Nowaks Anwalt': the first names stay with the
    surname in the genitive, one person, the written form its alias."""
    text = (
        "Gestern lobte Lukas Kowalskis Sprecherin das Konzept der Stadt. Am Dienstag wies "
        "Anna Maria Nowaks Anwalt alle Vorwürfe zurück."
    )
    found = _facts(text)
    assert found[("person", "Lukas Kowalski")].aliases == ("Lukas Kowalskis",)
    assert ("person", "Anna Maria Nowak") in found
    assert ("person", "Lukas") not in found and ("person", "Nowak") not in found


def test_an_apostrophe_genitive_opening_a_sentence_is_the_person() -> None:
    """'Birkenholz' Nachfolger' opening a sentence (a name of nouns: 'Birke', 'Holz'), 'ein
    Sprecher Birkenholz'' after the full name: each a mention of Wiebke Birkenholz, no other
    fact."""
    text = (
        "In Husum trat Aufsichtsratschefin Wiebke Birkenholz am Montag zurück. Birkenholz' "
        "Nachfolger steht noch nicht fest. Das bestätigte ein Sprecher Birkenholz' am Abend."
    )
    found = _facts(text)
    assert found[("person", "Wiebke Birkenholz")].mentions == 3
    assert not [k for k in found if k[1].startswith("Birkenholz")]


def test_a_full_name_in_s_after_a_role_or_ending_a_sentence_keeps_its_s() -> None:
    """'Pröpstin Helga Wendels.', 'sprach Jonas Kowalskis in Kiel': the -s is the name's own,
    no genitive (an apposition; no noun for it to belong to)."""
    found = _facts("Die neue Vorsitzende ist Pröpstin Helga Wendels.")
    assert ("person", "Helga Wendels") in found
    assert ("person", "Helga Wendel") not in found
    found = _facts("Am Montag sprach Verkehrsministerin Lena Kowalskis.")
    assert ("person", "Lena Kowalskis") in found
    found = _facts("Am Abend sprach Jonas Kowalskis in Kiel über den Hafen.")
    assert ("person", "Jonas Kowalskis") in found
