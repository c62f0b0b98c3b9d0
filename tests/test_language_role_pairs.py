"""German nouns for a person by their pair of forms (facts/role_pairs.py): a doer's noun whose
woman's form the word list holds ('Politiker'/'Politikerin') is a role before a person's name,
alone or as a compound's end; things, towns' adjectives, firms' doers and surnames are none, and
a name with a number after it is a model's. Every sentence and name here is our own, written
for these tests.
"""

from __future__ import annotations

from finder_entities import entities_in

from newsfacts.facts.names import foreign
from newsfacts.facts.names.model import Text
from newsfacts.facts.role_pairs import role_noun
from newsfacts.words import words_of


def entities(text: str) -> dict[str, str | None]:
    """The names the German finder keeps in the text: name -> kind."""
    return entities_in(text, "de")


def test_surname_after_a_paired_role_is_a_person() -> None:
    """'der SPD-Politiker Wendrowski': a surname alone after a role no list of roles holds."""
    found = entities("Das sagte der SPD-Politiker Wendrowski am Montag in der Sitzung.")
    assert found.get("Wendrowski") == "person"


def test_surname_after_a_compound_role_is_a_person() -> None:
    """'Der Olympiasieger Castellaro': the role is the compound's end ('sieger'/'siegerin')."""
    found = entities("Der Olympiasieger Castellaro stürzte in der letzten Kurve schwer.")
    assert found.get("Castellaro") == "person"


def test_role_nouns_by_their_pairs() -> None:
    """Doers with a woman's form are roles; a thing ('Computer'), a town's adjective
    ('Münchner'), a firm's doer ('Hersteller', 'Konkurrent') and a stem's letters ('Deutscher')
    are none."""
    words = words_of("de")
    assert words is not None
    for word in ("Politiker", "CSU-Politiker", "Olympiasieger", "Kritikerin", "Psychologe"):
        assert role_noun(word, words), word
    for word in ("Computer", "Münchner", "Thüringer", "Hersteller", "Konkurrent", "Deutscher"):
        assert not role_noun(word, words), word


def test_name_with_a_number_after_a_paired_role_is_no_person() -> None:
    """'der Lastensegler Kranich 3': a model's name and number, no person."""
    found = entities("Im Museum steht der Lastensegler Kranich 3 neben dem Hangar.")
    assert found.get("Kranich") != "person"


def test_unlisted_names_after_a_paired_role_are_a_person() -> None:
    """'die Sozialwissenschaftlerin Thirza Wendrowski': two words no list holds after the
    role, the first no census first name, are a person's names on the role's evidence, not
    on their capitals alone."""
    words = words_of("de")
    assert words is not None
    text = "Die Sozialwissenschaftlerin Thirza Wendrowski sprach am Montag in Kassel."
    found, reasons = foreign.find_entities([Text(text, 0)], words)
    assert {e.name: e.label for e in found}.get("Thirza Wendrowski") == "person"
    assert reasons.get("Thirza Wendrowski") == "role"


def test_a_trades_doer_or_a_listed_firm_after_the_noun_is_no_person() -> None:
    """'Der Vermieter Vonovia', 'Der Veranstalter Kellmann': a landlord, an organiser, a
    developer is a firm as often as a person, and a listed firm is no one's name."""
    found = entities(
        "Der Vermieter Vonovia erhöht die Mieten. Der Veranstalter Kellmann sagt ab. "
        "Der Entwickler Trondal wächst."
    )
    assert found.get("Vonovia") != "person"
    assert found.get("Kellmann") != "person"
    assert found.get("Trondal") != "person"
