"""Page words that are no names: the text's own evidence against a capital (own texts)."""

from __future__ import annotations

from newsfacts.facts.confidence import FEATURES, features
from newsfacts.facts.names import Text, find_entities
from newsfacts.model import Fact


def names(*sentences: str) -> dict[str, str]:
    """Entity name -> label for a few sentences of body text."""
    found = find_entities([Text(s, i) for i, s in enumerate(sentences)], False)
    return {e.name: e.label or "" for e in found}


def test_a_code_the_text_counts_like_a_thing_is_no_organisation() -> None:
    found = names(
        "Kelvar Labs sells the laptop with 16 GB of memory and an external GPU.",
        "The GPU and the GB figures were praised by Kelvar Labs engineers.",
        "Rival machines ship two GPUs, said Kelvar Labs.",
    )
    assert "GPU" not in found
    assert "GB" not in found
    assert found.get("Kelvar Labs") == "organization"


def test_a_code_used_as_a_modifier_after_a_number_stays_a_name() -> None:
    found = names(
        "Tomas Reyle has played 14 NBA seasons for three clubs.",
        "The NBA fined his club on Tuesday.",
    )
    assert found.get("NBA") == "organization"


def test_a_lone_word_the_text_also_writes_in_small_letters_is_no_name() -> None:
    found = names(
        "Visitors queued outside the Museum from early morning in Ostrava.",
        "A museum of this size rarely draws such crowds, said Petra Novakova.",
    )
    assert "Museum" not in found
    assert found.get("Petra Novakova") == "person"


def test_a_brand_the_text_capitalises_far_more_often_stays_a_name() -> None:
    found = names(
        "Shoppers said the new Kremwell bars are smaller than last year's.",
        "Kremwell cut the weight of its bars by a tenth, the maker of Kremwell said.",
        "A spokesman for Kremwell blamed the price of cocoa.",
        "One buyer wrote online: first my tea, now kremwell.",
    )
    assert "Kremwell" in found


def test_a_glued_everyday_word_is_dropped_from_a_persons_name() -> None:
    found = names(
        "The chores list says Walking Daniel Moreno home every day.",
        "Her walking pace is slow, the carer wrote.",
    )
    assert "Walking Daniel Moreno" not in found
    assert found.get("Daniel Moreno") == "person"


def test_a_firms_code_inside_a_persons_name_counts_as_a_code() -> None:
    code = FEATURES.index("code word")
    assert features(Fact("person", "IBM Watson", 0))[code] == 1.0
    assert features(Fact("person", "Dana HandyGames", 0))[code] == 1.0
    assert features(Fact("person", "Ellen McDonald", 0))[code] == 0.0
    assert features(Fact("person", "JOHN SMITH", 0))[code] == 0.0


def test_a_verb_form_glued_before_a_name_is_dropped() -> None:
    found = names("Regarding Helena Vasquez, the board said nothing more on Friday.")
    assert "Regarding Helena Vasquez" not in found
    assert found.get("Helena Vasquez") == "person"


def test_a_thing_named_like_a_person_ends_in_a_word_the_text_writes_small() -> None:
    found = names(
        "The Marlow Fee rose again this spring for every member.",
        "Members said the fee was too high, and Tom Price agreed.",
        "Any price rise needs a vote.",
    )
    assert found.get("Marlow Fee") != "person"
    assert found.get("Tom Price") == "person"


def test_a_headline_or_a_doubled_word_is_no_persons_name() -> None:
    found = names(
        "Read more: Hidden Rivers About Glass Canyons was the top story.",
        "The fair runs in Autumn Autumn, the page said, beside Tilda Brandt.",
    )
    assert found.get("Hidden Rivers About Glass Canyons") != "person"
    assert found.get("Autumn Autumn") != "person"
    assert found.get("Tilda Brandt") == "person"


def test_a_camel_case_word_is_a_firm_not_a_place() -> None:
    found = names("Engineers in BrightHaul worked late, said Nora Ekdahl in Oslo.")
    assert found.get("BrightHaul") != "place"
    assert found.get("Oslo") == "place"


def test_a_plural_possessive_opens_a_bodys_name() -> None:
    found = names("Units of the People's Liberation Army moved at dawn, said Chen Wei.")
    assert found.get("People's Liberation Army") == "organization"
    assert "Liberation Army" not in found


def test_a_byline_loses_the_authors_note_and_a_menu_is_no_source() -> None:
    from newsfacts.facts.source import bare, is_source_name

    assert bare("Rhea Quill is a reporter for the paper") == "Rhea Quill"
    assert bare("Rhea Quill | Harbor Gazette") == "Rhea Quill"
    assert not is_source_name(bare("Sailing | Rowing | Golf | Darts"))
    assert not is_source_name("Has Written For Many Papers Since")
    assert is_source_name("Harbor Gazette")


def test_a_surname_written_first_vouches_for_the_name() -> None:
    found = names("Liu He met the envoys on Monday, and he spoke first.", "Liu He left.")
    assert found.get("Liu He") == "person"
