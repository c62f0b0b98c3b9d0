"""German names with a noun stuck on, and words glued to a dot (names/noun_words.py): a doer's
noun before a person's two names is cut off, a web address is no name, a dotted name is read
whole, a body's everyday word with only nouns after it is no name, and a noun by its shape in a
list is none. Every sentence and name here is our own, written for these tests.
"""

from __future__ import annotations

from finder_entities import entities_in

from newsfacts.facts.names.noun_words import doer_noun
from newsfacts.words import words_of


def entities(text: str) -> dict[str, str | None]:
    """The names the German finder keeps in the text: name -> kind."""
    return entities_in(text, "de")


def test_doer_noun_cut_off_a_persons_names() -> None:
    """'Rapper Kolja Varn': the person is 'Kolja Varn', the rapper's noun their role."""
    found = entities("Der bei Gleisklang unter Vertrag stehende Rapper Kolja Varn tritt auf.")
    assert found.get("Kolja Varn") == "person"
    assert "Rapper Kolja Varn" not in found


def test_doer_nouns() -> None:
    """A compound doer's noun and an English one are doers; first names, surnames and a
    town's adjective are none."""
    words = words_of("de")
    assert words is not None
    for word in ("Biowinzer", "Rapper"):
        assert doer_noun(word, words), word
    for word in ("Peter", "Becker", "Hamburger", "Wendeler"):
        assert not doer_noun(word, words), word


def test_web_address_is_no_name() -> None:
    """'unter Kronwalder.de': a web address, no one's name."""
    found = entities("Alle Termine stehen unter Kronwalder.de im Netz.")
    assert "Kronwalder" not in found


def test_dotted_name_read_whole() -> None:
    """'die Gewerkschaft Ver.di': the union's name, dot and all, without its noun; a title's
    abbreviation ('Dr.med.', 'MMag.a') is none."""
    found = entities("Am Montag rief die Gewerkschaft Ver.di in Lörzweiler zum Streik auf.")
    assert found.get("Ver.di") == "organization"
    assert "Gewerkschaft Ver" not in found
    found = entities("Zuerst sprachen Dr.med. Jonas Kettler und MMag.a Ilse Wendeler.")
    assert "Dr.med" not in found
    assert "MMag.a" not in found


def test_body_word_with_nouns_only_is_no_name() -> None:
    """'die Feuerwehr Anfang', 'eine Gruppe von Stickstoffverbindungen': a body's everyday word
    and nouns, no name; a town after it keeps the body ('Universität Greifswald')."""
    found = entities("Nach dem Umbau zog die Polizei Anfang der 1990er-Jahre hier ein.")
    assert "Polizei Anfang" not in found
    found = entities("Sie gehören zu einer Gruppe von Stickstoffverbindungen, die giftig sind.")
    assert not any(name.startswith("Gruppe") for name in found)
    found = entities("Sie lehrte lange an der Universität Greifswald.")
    assert "Universität Greifswald" in found


def test_noun_by_shape_in_a_list_is_none() -> None:
    """'die Lahn und Skianzüge', 'Kassel und Skianzüge': the plural noun beside a place takes
    no place's kind; the place stays."""
    for text in (
        "Der Hagel traf die Lahn und Skianzüge.",
        "Der Staub fiel auf Kassel und Skianzüge.",
    ):
        found = entities(text)
        assert "Skianzüge" not in found, text
        assert len(found) == 1, text


def test_noun_after_an_articles_contraction() -> None:
    """'fürs Pfarramt': 'fürs' holds the article 'das', so a noun follows, no one's name."""
    found = entities("Er hatte sich fürs Pfarramt entschieden.")
    assert "Pfarramt" not in found


def test_focus_particle_tells_no_kind() -> None:
    """'sogar Tretroller': a focus particle stands before a phrase of any kind, no verb that
    leaves a name its subject, so the lone word after it takes no person's kind."""
    found = entities("Im Laden gibt es sogar Tretroller aus Bambus.")
    assert "Tretroller" not in found


def test_hyphened_compound_noun_is_no_name() -> None:
    """'der ganzen Garmin-Community': a compound noun whose last part is a noun, no body; a
    body's word last ('LGB-Alliance') keeps the name."""
    found = entities("In den Karten werden die Orte der ganzen Garmin-Community gezeigt.")
    assert "Garmin-Community" not in found
    found = entities("So klagt die Vertretung LGB-Alliance über Angriffe.")
    assert found.get("LGB-Alliance") == "organization"
