"""German listed words told apart by their forms: the word list lists names among its nouns, at
the same counts, but only a common noun has a plural or case form there ('Hund', 'Hunde',
'Hunden'). Every sentence here is our own, written for these tests.
"""

from __future__ import annotations

import pytest
from finder_entities import entities_by_sentence

from newsfacts import lexicon
from newsfacts.facts.names.inflection import uninflected
from newsfacts.words import words_of

pytestmark = pytest.mark.skipif(
    not lexicon.has_lexicon("German"), reason="needs pyspellchecker's German list"
)


def entities(text: str) -> dict[str, str | None]:
    """The names the finder keeps in the text: name -> kind."""
    return entities_by_sentence(text, "de")


def test_a_noun_has_forms_a_name_lacks() -> None:
    """'Hund' has 'Hunde', 'Kandidatin' 'Kandidatinnen', 'Themen' is 'Thema''s plural, 'Kinder'
    has 'Kindern'; 'Merkel' has no such form."""
    words = words_of("de")
    assert words is not None
    assert uninflected("Merkel", words)
    assert not uninflected("Hund", words)
    assert not uninflected("Kandidatin", words)
    assert not uninflected("Themen", words)
    assert not uninflected("Kinder", words)


def test_no_noun_forms_in_a_language_without_them() -> None:
    """Dutch has no noun forms listed here: no word is a name by lacking them."""
    words = words_of("nl")
    assert words is not None
    assert not uninflected("Merkel", words)


def test_a_compound_shaped_word_with_no_noun_forms_after_a_verb_is_a_person() -> None:
    """'hatte Zwehring': shaped like a compound ('…hering'), but its head is no word, the
    list lacks the word and it has no noun form."""
    assert entities("Im Ausschuss hatte Zwehring die Vorlage schon gelesen.") == {
        "Zwehring": "person"
    }


def test_a_listed_word_with_no_plural_after_a_verb_is_none() -> None:
    """'fiel Schnee': a listed noun with no plural, no one's name."""
    assert entities("Im Winter fiel Schnee auf die Dächer der Stadt.") == {}


def test_a_listed_noun_after_a_verb_is_none() -> None:
    """'spielten Kinder': a plural noun after its verb, no one's name."""
    assert entities("Am Nachmittag spielten Kinder lange im Park.") == {}


def test_a_bare_noun_after_a_preposition_is_none() -> None:
    """'mit Efeu': a bare noun after a preposition, though the list lacks its plural."""
    assert entities("Die alte Mauer war ganz mit Efeu bewachsen.") == {}


def test_an_unknown_word_in_the_genitive_after_a_noun_is_its_owner() -> None:
    """'der Sieg Quarnicks': an unknown word with a genitive '-s' after a noun, a person."""
    assert entities("Viele rechneten mit einem Sieg Quarnicks im Finale.") == {
        "Quarnicks": "person"
    }


def test_a_name_word_after_a_role_is_a_person() -> None:
    """'Bäderleiter Zwehring': a role word (a compound ending in one) before a name word."""
    assert entities("Am Abend schwieg Bäderleiter Zwehring zu den Preisen.") == {
        "Zwehring": "person"
    }


def test_an_english_plural_after_a_noun_is_no_owner() -> None:
    """'die Anzahl Tickets': an English plural after a noun, no genitive of a name."""
    assert entities("Die Anzahl Tickets für das Konzert wuchs rasch.") == {}


def test_a_lone_first_name_with_no_kind_from_its_context_is_a_person() -> None:
    """'die junge Caroline': an adjective before it gives no kind, the first name does."""
    assert entities("Am Abend sang die junge Caroline im Chor.") == {"Caroline": "person"}
