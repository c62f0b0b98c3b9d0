"""German persons named by the surname alone, by their place in the clause
(names/clause_people.py). Every sentence and made-up name here is our own, written for these
tests."""

from __future__ import annotations

from finder_entities import entities_by_sentence

from newsfacts.facts.names.clause_people import finite_verb
from newsfacts.words import words_of


def entities(text: str) -> dict[str, str | None]:
    """The names the finder keeps in the text: name -> kind."""
    return entities_by_sentence(text, "de")


def test_a_subject_after_a_comma_before_its_verb_is_a_person() -> None:
    """'..., Vandrelli wolle ...': an unknown word between a clause's comma and its verb."""
    found = entities("Die Zeitungen hatten vorher gemeldet, Vandrelli wolle sich zurückziehen.")
    assert found == {"Vandrelli": "person"}


def test_a_name_after_a_person_noun_is_a_person() -> None:
    """'Nachfolgerin Holzbrecher': though shaped as a compound."""
    found = entities("Der Streit sei bei ihrer Nachfolgerin Holzbrecher sofort beendet worden.")
    assert found == {"Holzbrecher": "person"}


def test_a_full_name_after_a_person_noun_is_one_person() -> None:
    """'Expertin Velmira Ostbrügge beauftragt': two or three name-shaped words after a noun
    for a person are one person's name, though no list knows the first name."""
    found = entities("Die Gemeinde hat ihre Expertin Velmira Ostbrügge beauftragt.")
    assert found == {"Velmira Ostbrügge": "person"}
    found = entities("Im Rathaus sprach der Aktivist Torvald Emrich Haubenschild zuerst.")
    assert found == {"Torvald Emrich Haubenschild": "person"}


def test_a_subject_after_und_ending_a_clause_is_a_person() -> None:
    """', und Ostrovka blieb': 'und' after a clause's last small word opens a new clause."""
    found = entities("Es ist klar, dass Quaranti nicht kommen wollte, und Ostrovka blieb zu Hause.")
    assert found == {"Quaranti": "person", "Ostrovka": "person"}


def test_no_person_where_a_noun_may_stand() -> None:
    """A list's last word ('Hestrup und Malvik'), a listed word opening a sentence
    ('Letzterer'), a word after an ordinal's dot, a listed noun: no one."""
    assert "person" not in entities("Zwischen Hestrup und Malvik wurde ein Grab gefunden.").values()
    assert entities("Letzterer wollte nicht mehr warten.") == {}
    assert entities("Vor dem 12. Donaufestival sind die Karten knapp.") == {}
    assert entities("Am Ende hatten sie gefragt, Atomkraft sei sicher.") == {}


def test_finite_verbs() -> None:
    """Auxiliaries, strong forms and weak '-te'/'-t' forms whose infinitive is listed."""
    words = words_of("de")
    assert words is not None
    for verb in ("wolle", "übernahm", "plädierte", "wohnt", "bezeichnete"):
        assert finite_verb(verb, words), verb
    for word in ("die", "mit", "dass", "Haus", "rot"):
        assert not finite_verb(word, words), word


def test_a_first_name_in_a_subject_slot_is_a_person() -> None:
    """', und Konrad wurde ...': a listed first name, no frequent word, as a clause's subject."""
    found = entities("Sein Vater starb früh, und Konrad wurde von der Mutter erzogen.")
    assert found == {"Konrad": "person"}


def test_a_noun_in_a_list_of_people_stays_a_noun() -> None:
    """'kamen Lehrer, Winzer und Karl Heinz Brettschneider': listed nouns with their forms take
    no person's kind from the list's named member."""
    found = entities("Zur Feier kamen Lehrer, Winzer und Karl Heinz Brettschneider.")
    assert found == {"Karl Heinz Brettschneider": "person"}
    found = entities("Am Tisch saßen Malerinnen und Konrad Adenauer.")
    assert found == {"Konrad Adenauer": "person"}


def test_a_listed_noun_with_no_plural_is_no_one_in_a_subject_slot() -> None:
    """'fiel Schnee die ganze Nacht': listed, no noun form, but no other language's list holds
    it; a name known abroad ('Adenauer') is held there."""
    assert entities("Im Winter fiel Schnee die ganze Nacht.") == {}
    assert entities("Im Herbst brachte Kaffee die Wende.") == {}


def test_an_everyday_compound_after_a_person_noun_is_no_one() -> None:
    """'der Chef Firmengeld': a compound of the language's words ending in a frequent one is a
    noun even after a noun for a person; 'Nachfolgerin Holzbrecher' ends in none."""
    assert "Firmengeld" not in entities("Gibt der Chef Firmengeld für die Rente aus, lohnt es.")
    found = entities("Der Streit sei bei ihrer Nachfolgerin Holzbrecher sofort beendet worden.")
    assert found == {"Holzbrecher": "person"}


def slot_people(text: str) -> list[str]:
    """The words clause_people adds as people to a text no other pass found a name in."""
    from newsfacts.facts.names.clause_people import clause_people
    from newsfacts.facts.tokens import tokenize

    words = words_of("de")
    assert words is not None
    return [s.text for s in clause_people(text, tokenize(text), [], words) if s.label == "person"]


def test_a_subject_a_verb_put_before_it_is_a_person() -> None:
    """'Danach verfolgte Hegel die Ziele': a known name right after a finite verb inside a
    sentence, before an article, is the clause's subject; also after a reflexive 'sich'."""
    assert slot_people("Nach seiner Wahl verfolgte Hegel die Ziele der Akademie.") == ["Hegel"]
    assert slot_people("Danach widmete sich Hegel der Physik.") == ["Hegel"]


def test_no_subject_after_a_verb_where_an_object_or_a_firm_stands() -> None:
    """A preposition's contraction after the word ('braucht Hegel zur Herstellung'), a plural's
    verb ('verbreiteten'), a verb's form after an article (an adjective), or a feminine
    pronoun later in the sentence (a firm: 'meldete Hegel eine Wende, dass sie ...'): no one."""
    assert slot_people("Im Werk braucht Hegel zur Herstellung viel Strom.") == []
    assert slot_people("Im Tal verbreiteten Hegel die Nachricht.") == []
    assert slot_people("Gegen die bestimmte Hegel die Regel.") == []
    assert slot_people("Kürzlich meldete Hegel eine Wende, dass sie im Herbst starte.") == []


def test_a_first_name_in_a_subject_slot_is_a_person_though_lists_hold_it() -> None:
    """'Egon ist nicht gekommen', 'verließ Gerd im Zorn die Stadt': a first name that is no
    frequent word, no noun and no place, opening a clause before its singular verb or right
    after a finite verb, is a person though a word list holds it."""
    assert entities("Die Frage bleibt offen. Egon ist nicht gekommen.") == {"Egon": "person"}
    assert entities("Am Ende verließ Gerd im Zorn die Stadt.") == {"Gerd": "person"}


def test_a_month_or_a_weekday_in_a_subject_slot_is_no_person() -> None:
    """'August brachte viel Regen': CLDR's month and weekday names are no first names there."""
    assert slot_people("Der Sommer war trocken. August brachte viel Regen nach Passau.") == []
    assert "August" not in entities("August brachte viel Regen nach Passau.")


def test_no_first_name_before_a_plurals_verb() -> None:
    """'Egon reisten ...': a plural's verb after a word opening a sentence takes no one."""
    assert slot_people("Die Frage bleibt offen. Egon reisten ab.") == []


def test_a_subject_after_a_focus_word_or_before_an_adverb_is_a_person() -> None:
    """'Auch Hegel hat ...': a focus word opening the sentence leaves the subject's slot
    open; 'wie Hegel schon sagte': one German adverb may stand before the verb. A Latin word
    there ('Fennicula alpina blüht') is no adverb."""
    found = entities("Sein Vater bringt ihn zum Arzt. Auch Hegel hat den Zeitsprung getan.")
    assert found == {"Hegel": "person"}
    found = entities("Wir wollen das nicht, und wie Hegel schon sagte: Man irrt.")
    assert found == {"Hegel": "person"}
    assert slot_people("Im Garten steht sie. Fennicula alpina blüht im Mai.") == []
