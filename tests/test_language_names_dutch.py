"""Dutch names: a place's adjective opens no name, an English word is no surname."""

from __future__ import annotations

from conftest import name_spans as spans

from newsfacts.facts.name_words import place_adjective
from newsfacts.model import Options
from newsfacts.pipeline import analyze
from newsfacts.words import words_of


def test_place_adjectives_are_told_by_their_place() -> None:
    """'Canadese', 'Braziliaanse', 'Brusselse', 'West-Vlaamse' start a place's name; a surname
    or a first name ending alike ('Janse', 'Louise') and other adjectives do not."""
    words = words_of("nl")
    assert all(
        place_adjective(w, words)
        for w in ("Canadese", "Braziliaanse", "Brusselse", "West-Vlaamse", "Britse")
    )
    assert not any(
        place_adjective(w, words) for w in ("Janse", "Louise", "Binnenlandse", "Satirische")
    )


def test_a_place_adjective_before_a_town_leaves_the_town() -> None:
    """'het Braziliaanse Rio de Janeiro': the town, not a person named 'Braziliaanse Rio'."""
    found = spans("De ploeg speelde gisteren in het Braziliaanse Rio de Janeiro.", "nl")
    assert [(name, kind) for name, kind, _ in found] == [("Rio de Janeiro", "place")]


def test_a_place_adjective_alone_is_no_name() -> None:
    """'de Vlaamse en Waalse boeren': adjectives, no names."""
    found = spans("Gisteren protesteerden de West-Vlaamse boeren opnieuw.", "nl")
    assert found == []


def test_a_place_adjective_before_a_body_word_stays_in_the_name() -> None:
    """'de Europese Commissie' is one body, adjective and all."""
    found = spans("Het voorstel komt van de Europese Commissie.", "nl")
    assert [(name, kind) for name, kind, _ in found] == [("Europese Commissie", "organization")]


def test_an_english_word_is_no_dutch_surname() -> None:
    """'Welcome' is a census surname, but in a Dutch story a brand's word: no person."""
    found = spans("Volgens de cijfers verkocht Welcome vorig jaar meer.", "nl")
    assert all(kind != "person" for _, kind, _ in found)
    other = spans("Volgens de cijfers verkocht Vandermeulen vorig jaar meer.", "nl")
    assert ("Vandermeulen", "person", "surname") in other or all(
        n != "Welcome" for n, _, _ in other
    )


def test_a_capital_particle_inside_a_sentence_opens_a_surname() -> None:
    """'zegt Van Hoorebeke': the Flemish surname, particle and all, a person."""
    found = spans("Het plan is klaar, zegt Van Hoorebeke vandaag.", "nl")
    assert ("Van Hoorebeke", "person", "surname") in found
    found = spans("Dat is niet nodig, vindt professor Van der Straeten.", "nl")
    assert [(name, kind) for name, kind, _ in found] == [("Van der Straeten", "person")]


def test_a_capital_particle_opening_a_sentence_opens_no_surname() -> None:
    """'Van Gent tot Brugge': a sentence's first 'Van' is the preposition."""
    found = spans("Van Gent tot Brugge stonden de files.", "nl")
    assert all(not name.startswith("Van") for name, _, _ in found)


def test_a_capital_article_before_a_word_inside_a_sentence_is_a_title() -> None:
    """'in De Morgen': a paper's name; 'De Tijd' too; before a street's name no surname."""
    found = spans("Dat schreef hij gisteren in De Tijd.", "nl")
    assert ("De Tijd", "organization", "title") in found
    found = spans("Ze woont in de Van Eyckstraat in Gent.", "nl")
    assert all(kind != "person" for _, kind, _ in found)


def test_a_title_after_its_persons_full_name_is_that_person() -> None:
    """'Herman De Koning' then 'De Koning': one person, though 'koning' is a word and a role."""
    story = (
        "Journalist Herman De Koning gaat met pensioen. Hij werkte veertig jaar voor de "
        "omroep. Vorig jaar schreef De Koning nog een boek over zijn reizen."
    )
    found = facts_of(story)
    assert found.get("Herman De Koning") == "person"
    assert "De Koning" not in found


def facts_of(text: str) -> dict[str, str]:
    """Every person, organisation and place of a Dutch story: name -> kind."""
    report = analyze("-", Options(all_facts=True, language="nl"), text.encode())
    return {f.text: f.kind for f in report.facts if f.kind in ("person", "organization", "place")}


def test_a_surname_shaped_like_a_compound_is_a_name_inside_a_sentence() -> None:
    """'Verhout' ends in 'hout' but is no word: after 'burgemeester' a person."""
    found = spans("Gisteren sprak burgemeester Verhout de gemeenteraad toe.", "nl")
    assert ("Verhout", "person", "role") in found


def test_a_compound_shaped_word_is_no_lone_name() -> None:
    """'Fietslijn', said twice with no other evidence, is no name: a compound's shape."""
    story = (
        "De stad opende gisteren de Fietslijn langs het kanaal. Volgens de stad wordt de "
        "Fietslijn volgend jaar nog langer."
    )
    assert "Fietslijn" not in facts_of(story)


def test_an_english_title_keeps_its_article() -> None:
    """'The Morning Ledger' in a Dutch sentence: the title, 'The' and all."""
    found = spans("Dat meldde de krant The Morning Ledger gisteren.", "nl")
    assert [name for name, _, _ in found] == ["The Morning Ledger"]


def test_a_radio_station_is_a_body() -> None:
    """'Radio Zeewind': a station, no person."""
    found = spans("Hij werkte jaren voor Radio Zeewind in Oostende.", "nl")
    assert ("Radio Zeewind", "organization") in [(name, kind) for name, kind, _ in found]


def test_a_paragraph_signed_with_initials_stays_text() -> None:
    """Two sentences, then the writer's initials '(KV)': the story's last paragraph, kept, and
    its names found; a one-sentence photo line with an agency's credit is still a caption."""
    story = (
        "De gemeenteraad van Wervik vergaderde gisteren over de nieuwe brug.\n\n"
        "Burgemeester Hilde Vandamme wil de werken nog dit jaar starten. Volgens haar is er "
        "genoeg geld. (KV)\n\n"
        "Arbeiders aan de oude brug in Wervik. (AP)"
    )
    report = analyze("-", Options(all_facts=True, language="nl"), story.encode())
    assert "Hilde Vandamme" in report.article.text
    assert [r.text for r in report.article.removed] == [
        "Arbeiders aan de oude brug in Wervik. (AP)"
    ]
    assert "Hilde Vandamme" in facts_of(story)


def test_more_verbs_of_saying_name_their_speaker() -> None:
    """'meent Verstraelen', 'vindt Verstraelen': the one who speaks, a person."""
    for verb in ("meent", "vindt", "bevestigt"):
        found = spans(f"Het plan is te duur, {verb} Verstraelen.", "nl")
        assert ("Verstraelen", "person", "speech verb") in found


def test_a_peoples_plural_is_no_surname() -> None:
    """'de Britten' is a census surname's shape, but a people: no person."""
    found = spans("Volgens de peiling steunen ook de Britten het plan.", "nl")
    assert all(kind != "person" for _, kind, _ in found)


def test_an_english_word_opens_no_dutch_persons_name() -> None:
    """'Camp Hollow' has no first name and opens with an English word: no person."""
    found = spans("De leiders ontmoeten elkaar volgende week in Camp Hollow.", "nl")
    assert all(kind != "person" for _, kind, _ in found)
