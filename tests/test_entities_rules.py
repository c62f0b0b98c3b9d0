"""Spot checks of the built-in name finder's labelling rules (own example sentences)."""

from __future__ import annotations

from newsfacts.facts import find_facts
from newsfacts.model import Article, Fact, Options
from newsfacts.segment import segment


def facts_of(text: str) -> list[Fact]:
    """The facts the built-in finder reports for a plain text."""
    found, _ = find_facts(segment(Article(source="-", text=text)), Options())
    return list(found)


def kinds(text: str) -> dict[str, str]:
    """Entity text -> kind, for the people, organisations and places found."""
    named = ("person", "organization", "place")
    return {f.text: f.kind for f in facts_of(text) if f.kind in named}


def test_curly_contractions_are_not_names() -> None:
    text = (
        "The scooter is twelve years old. Since then I’ve rebuilt it twice, and I’m pleased. "
        "We’ll ride it to the coast, and you’re welcome to join, while I’m at the wheel and "
        "I’m the one who pays."
    )
    assert kinds(text) == {}


def test_a_possessor_after_at_or_in_is_not_a_place() -> None:
    text = (
        "Investor Marla Quennell was questioned on Monday. Guests stayed at Quennell's lake "
        "house for a week, and the case grew in Quennell's home county. Quennell denied it."
    )
    assert kinds(text).get("Marla Quennell") == "person"


def test_plain_capitalised_words_without_a_cue_are_not_a_person() -> None:
    text = (
        "Nets were seized on Friday by the Coastal Fisheries and Border Protection. "
        "Crews from Border Protection counted 40 boats in the bay."
    )
    assert kinds(text).get("Border Protection") != "person"


def test_only_an_everyday_word_is_dropped_before_a_first_name() -> None:
    text = (
        "Since Olivier Brandt's injury the club has lost twice. In Port Elizabeth the beaches "
        "were closed. Tourist Maria Osei said she would stay. Brandt is expected back in March."
    )
    found = kinds(text)
    assert found.get("Olivier Brandt") == "person"
    assert found.get("Maria Osei") == "person" and "Tourist Maria Osei" not in found
    assert "Elizabeth" not in found


def test_several_everyday_words_glued_before_a_name_are_dropped() -> None:
    text = "Sign Up Today Marta Kowal said on Sunday that the ferry would run. Kowal runs the port."
    found = kinds(text)
    assert found.get("Marta Kowal") == "person"
    assert not any(name.startswith(("Sign", "Up", "Today")) for name in found)


def test_a_latin_name_glued_to_an_unspaced_script_ends_there() -> None:
    text = "Apple社は新しいアプリを発表した。App Storeにない非公式アプリも使えるようになる。"
    found = kinds(text)
    assert not any(any("\u3040" <= ch <= "\u9fff" for ch in name) for name in found)


def test_a_name_ending_in_an_everyday_word_needs_a_person_cue() -> None:
    text = (
        "Reviewers tested the new Vantor Pro laptop for a week. The Vantor Pro weighs 1.4 kg. "
        "It will ship in May, said Cosmin Daru, who leads the team."
    )
    found = kinds(text)
    assert found.get("Vantor Pro") != "person"
    assert found.get("Cosmin Daru") == "person"
