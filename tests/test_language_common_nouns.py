"""German common nouns the word list lacks, told by their shape (names/common_nouns.py): a
plural or a case of a listed noun, a Swiss spelling of 'ß', a noun in '-ik' of an adjective in
'-isch', a doer in '-ler', a compound ending in a noun. Every sentence here is our own,
written for these tests.
"""

from __future__ import annotations

from finder_entities import entities_by_sentence

from newsfacts.facts.names.common_nouns import (
    common_noun,
    frequent_first_name,
    holds_noun,
    noun_after,
)
from newsfacts.facts.names.inflection import respelt
from newsfacts.words import words_of


def entities(text: str) -> dict[str, str | None]:
    """The names the finder keeps in the text: name -> kind."""
    return entities_by_sentence(text, "de")


def test_nouns_by_their_shape() -> None:
    """A doer ('Kleinstädtler': 'Kleinstadt'), a plural ('Vorschriften'), a Swiss spelling
    ('Schneeweiss', 'Strassenbahn'), a compound ('Gartenbus', 'Frühgotik': 'gotisch')."""
    words = words_of("de")
    assert words is not None
    for word in ("Kleinstädtler", "Vorschriften", "Schneeweiss", "Gartenbus", "Frühgotik"):
        assert common_noun(word, words), word


def test_names_are_no_nouns_by_their_shape() -> None:
    """Known surnames that are compounds of words ('Zimmermann', 'Hoffmann'), surnames ending
    in a name's part ('Beckenbauer'), first names, and names no shape explains stay names."""
    words = words_of("de")
    assert words is not None
    for word in ("Zimmermann", "Hoffmann", "Beckenbauer", "Ulrike", "Quendrith", "Madoff"):
        assert not common_noun(word, words), word


def test_a_short_part_after_a_vowel_is_no_word() -> None:
    """'Vesper|ion': '-ion' ends a brand's name, no noun of its own."""
    words = words_of("de")
    assert words is not None
    assert not common_noun("Vesperion", words)


def test_no_shapes_in_a_language_without_them() -> None:
    """Dutch has no such shapes here: nothing is a noun by them."""
    words = words_of("nl")
    assert words is not None
    assert not common_noun("Inschriften", words)


def test_a_noun_by_its_shape_after_a_verb_is_no_person() -> None:
    """'zwischen Frühgotik und Barock', 'sind Hinterwäldler': nouns the list lacks, after the
    words that make an unknown word a person."""
    found = entities("Der Turm der Kapelle steht im Stil zwischen Frühgotik und Barock.")
    assert "Frühgotik" not in found
    assert "Hinterwäldler" not in entities("Danach sind Hinterwäldler dreier Dörfer gefolgt.")


def test_a_lone_name_after_a_verb_stays_a_person() -> None:
    """'traf Vormelka': no noun's shape, a person still."""
    assert entities("Am Morgen traf Vormelka die Gäste im Rathaus.") == {"Vormelka": "person"}


def test_a_swiss_spelling_is_respelt() -> None:
    """'Grösse': Swiss for 'Größe', a listed word respelt; 'Weiss' a surname no word."""
    words = words_of("de")
    assert words is not None
    assert respelt("grösse", words)
    assert not respelt("weiss", words)  # 'Weiss': a surname the census spells so


def test_a_genitive_before_a_noun_is_its_owner() -> None:
    """'Quarnicks Stil': the genitive of a person before a noun."""
    assert entities("Viele lobten Quarnicks Stil am Klavier.") == {
        "Quarnick": "person"
    }  # the genitive named by its plain form


def test_a_listed_word_after_an_adjective_is_a_noun() -> None:
    """'heiße Sommer': a noun after its adjective, though 'Sommer' is a first name and a
    surname too; a first name no frequent word ('die 20-jährige Marlene') and a surname with no
    noun's forms stay people."""
    assert "Sommer" not in entities("Die Insel hat heiße Sommer und milde Winter.")
    assert entities("Die 20-jährige Marlene singt heute.") == {"Marlene": "person"}


def test_a_frequent_word_alone_is_no_first_name() -> None:
    """'Schuld Darin': a frequent word of the language, though a first name's letters."""
    words = words_of("de")
    assert words is not None
    assert frequent_first_name("Darin", words)
    assert not frequent_first_name("Marlene", words)
    assert not noun_after("Wagner", "alte", words)  # 'der alte Wagner': a surname, no noun
    assert noun_after("Sommer", "heiße", words)


def test_capitalised_words_with_a_noun_are_no_person() -> None:
    """'Lyon Eisenkerne', 'Lage Montrevaux': a noun by its shape or a frequent word of
    the language among capitalised words no list knows as a name; a name of unknown words
    ('Teodor Vrastik') stays a person."""
    words = words_of("de")
    assert words is not None
    assert holds_noun("Zweirad Stubbe", words)
    assert holds_noun("Lage Montrevaux", words)
    assert not holds_noun("Teodor Vrastik", words)
    # the compound after a known town starts the next phrase: the town alone is the name
    assert entities("Forscher haben im Labor bei Lyon Eisenkerne zerlegt.") == {"Lyon": "place"}
    assert entities("Geographische Lage Montrevaux liegt im Norden.") == {}
