"""German persons: a census surname the word list holds with no noun form, and a name inside a
run of capitalised words beside a noun (sentences written for these tests)."""

from __future__ import annotations

import pytest

from tests.finder_entities import entities_in


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Nach langem Zögern hatte Schulz seine Entscheidung von der Prüfung abhängig gemacht.",
            "Schulz",
        ),
        ("Am Abend verließ Huber die Versammlung ohne ein Wort.", "Huber"),
    ],
)
def test_census_surname_without_noun_forms_is_a_person(text: str, name: str) -> None:
    """A census surname with no plural or case form in the word list, after a verb: a person."""
    assert entities_in(text, "de").get(name) == "person"


def test_noun_with_plural_is_no_surname() -> None:
    """A census surname that is also a noun with its forms ('Wolf', 'Wölfe') stays no name."""
    found = entities_in("Im Winter hatte Wolf die Herde nicht mehr angegriffen.", "de")
    assert "Wolf" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Im Jahr 1921 war Quirrelsen Gründungsmitglied der örtlichen Künstlervereinigung.",
            "Quirrelsen",
        ),
        ("Nach dem Unfall erhält Zabrina Hilfe von ihrer Nachbarin.", "Zabrina"),
    ],
)
def test_name_before_a_noun_is_read_alone(text: str, name: str) -> None:
    """An unknown word after a verb, then a noun of the next phrase: the word is a person."""
    found = entities_in(text, "de")
    assert found.get(name) == "person"
    assert not any(" " in n and name in n for n in found)


def test_english_run_is_not_cut() -> None:
    """A run with English words is another language's name, not nouns beside a name."""
    found = entities_in("Er sprach im Millennium Broadway Hotel über die Zahlen.", "de")
    assert "Broadway" not in found


def test_census_surname_that_is_a_german_noun_is_none() -> None:
    """A census surname the word list holds as a noun with its plural ('Chance', 'Chancen')
    is the noun: no person."""
    found = entities_in(
        "Die Mannschaft vergab die größte Chance zur Führung kurz vor Schluss.", "de"
    )
    assert found.get("Chance") != "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Als Gast sprach gestern Maria da Silveira über die neue Schule.", "Maria da Silveira"),
        ("Ihr Taufname lautete Ana de Sousa, wie die Urkunde zeigt.", "Ana de Sousa"),
    ],
)
def test_first_name_particle_and_surname_are_one_person(text: str, name: str) -> None:
    """A first name, a particle of another language and one word: one person, though a town
    may have the last word's name."""
    assert entities_in(text, "de").get(name) == "person"


@pytest.mark.parametrize(
    "text",
    [
        "Minerva trat damals oft als Literatin auf.",
        "Am Abend kaufte man Upgrades für die Rechner.",
    ],
)
def test_woman_form_and_english_plural_are_no_lone_names(text: str) -> None:
    """A woman's form of a listed noun ('Literat|in') and an English plural are nouns."""
    found = entities_in(text, "de")
    assert found.get("Literatin") is None
    assert found.get("Upgrades") is None


def test_village_name_after_a_verb_is_a_person() -> None:
    """A word the gazetteer holds only as a small town, right after a verb: a person."""
    found = entities_in("Vor dem Gipfel hatte Obama die Einladung angenommen.", "de")
    assert found.get("Obama") == "person"


def test_town_after_a_preposition_stays_a_place() -> None:
    """The same kind of word after 'in' is the town."""
    assert (
        entities_in("Die Delegation übernachtete in Obama an der Küste.", "de").get("Obama")
        == "place"
    )


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        (
            "Man einigte sich schließlich mit den Herstellern Siemens über den Preis.",
            "Siemens",
            "organization",
        ),
        ("Später vertrieb der König seinen Halbbruder Sven aus dem Land.", "Sven", "person"),
    ],
)
def test_noun_before_a_name_in_its_run_gives_its_kind(text: str, name: str, kind: str) -> None:
    """A noun of a kind right before a name in one run of capitals: a firm's, a person's."""
    assert entities_in(text, "de").get(name) == kind


def test_office_word_before_a_name_makes_a_person() -> None:
    """An office word ('Intendantin', 'Generalsekretär') before a lone name: a person."""
    found = entities_in("Schon früh lobte Intendantin Quarnbek das neue Ensemble.", "de")
    assert found.get("Quarnbek") == "person"


def test_owner_and_kin_inside_a_run_after_a_noun_and_particle() -> None:
    """'Kommando von X Sohn Y': a noun, then an owner in the genitive and the son, people."""
    found = entities_in("Die Krieger folgten dem Kommando von Quarnbeks Sohn Tirmod.", "de")
    assert found.get("Quarnbek") == "person"  # named without the genitive's -s
    assert found.get("Tirmod") == "person"


@pytest.mark.parametrize(
    ("text", "word"),
    [
        ("Verwinkelte Gassen prägen das Bild der Altstadt.", "Verwinkelte"),
        ("Wir trafen uns in der Milchbar Pinguin am Markt.", "Milchbar"),
    ],
)
def test_modifier_opening_a_run_is_no_name(text: str, word: str) -> None:
    """A word opening a run of capitals at a sentence's start or after an article, before a
    noun, is its adjective or modifier: no person."""
    assert entities_in(text, "de").get(word) != "person"


def test_sharp_s_is_no_dropped_letter() -> None:
    """'Floß' is no first name 'Flo' with its last letter dropped: no person before 'von'."""
    found = entities_in("Das Holz kam mit dem Floß von Bamberg nach Mainz.", "de")
    assert found.get("Floß von Bamberg") is None


def test_list_after_a_small_word_takes_no_kind_from_one_surname() -> None:
    """A surname opening a list after a small word ('wie Bosch, ...') is not made a person
    alone: the list decides, and firms named so are no people."""
    found = entities_in("Sie forschen in Firmen wie Bosch, Siemens, Quarnatec und Velmory.", "de")
    assert found.get("Bosch") != "person"
    assert found.get("Quarnatec") != "person"


def test_plural_noun_that_is_a_town_is_no_person() -> None:
    """A plural noun that is also a town's name ('Löhne') after 'dass' is no person."""
    found = entities_in("Wir nehmen an, dass Löhne und Beiträge konstant bleiben.", "de")
    assert found.get("Löhne") != "person"


def test_s_plural_of_a_listed_noun_is_no_surname() -> None:
    """A census surname that is the '-s' plural of a listed noun ('Tipps') is the noun."""
    found = entities_in("Zum Schluss gab uns der Trainer noch ein paar Tipps mit.", "de")
    assert found.get("Tipps") != "person"
