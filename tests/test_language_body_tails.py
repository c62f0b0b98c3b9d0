"""German bodies named with the tail that says what they are for ('Ministerium für …', 'Verein
zur Förderung der …'), and a Dutch ministry opening a sentence. Every sentence here is our own,
written for these tests.
"""

from __future__ import annotations

from finder_entities import entities_in


def test_a_ministry_keeps_its_fields_joined_by_und() -> None:
    """'vom Thüringischen Ministerium für Bergbau und Forsten': the whole ministry."""
    found = entities_in("Das Geld kam vom Thüringischen Ministerium für Bergbau und Forsten.", "de")
    assert found.get("Thüringischen Ministerium für Bergbau und Forsten") == "organization"
    assert "Thüringischen Ministerium" not in found


def test_a_body_word_alone_with_its_tail_is_a_body() -> None:
    """'das Zentrum für Polarforschung': a name, though 'Zentrum' alone is none."""
    found = entities_in("Gestern meldete das Zentrum für Polarforschung neue Messungen.", "de")
    assert found.get("Zentrum für Polarforschung") == "organization"


def test_a_federal_compound_keeps_its_tail() -> None:
    """'die Bundesanstalt für Deichbau und Küstenschutz': one body, not the bare compound."""
    text = "Die Bundesanstalt für Deichbau und Küstenschutz warnte vor Sturmfluten."
    found = entities_in(text, "de")
    assert found.get("Bundesanstalt für Deichbau und Küstenschutz") == "organization"


def test_a_list_of_fields_with_commas_and_a_genitive() -> None:
    """Commas up to the list's 'und', then 'des Landes Ostfriesland': all one name."""
    text = (
        "Sie lehrt an der Akademie für Musik, Tanz und Schauspiel des Landes Ostfriesland "
        "in Aurich."
    )
    found = entities_in(text, "de")
    name = "Akademie für Musik, Tanz und Schauspiel des Landes Ostfriesland"
    assert found.get(name) == "organization"


def test_zur_opens_a_tail_with_its_genitive() -> None:
    """'der Stiftung zur Pflege der Moorlandschaft': the foundation's full name."""
    found = entities_in("Sie ist Vorsitzende der Stiftung zur Pflege der Moorlandschaft.", "de")
    assert found.get("Stiftung zur Pflege der Moorlandschaft") == "organization"


def test_zur_without_a_genitive_is_a_phrase_of_the_verb() -> None:
    """'dem Verein zur Verfügung': what the town gave, no name."""
    found = entities_in("Die Gemeinde stellte dem Verein zur Verfügung, was er brauchte.", "de")
    assert not any(name.startswith("Verein") for name in found)


def test_a_body_of_a_kind_after_an_indefinite_article_is_no_name() -> None:
    """'eine Schule für Gehörlose': a kind of school; 'Institute für …' in the plural too."""
    text = "Die Stadt baut eine Schule für Gehörlose und zwei Institute für Sprachforschung."
    found = entities_in(text, "de")
    assert "Schule für Gehörlose" not in found
    assert not any("Sprachforschung" in name for name in found)


def test_a_person_after_und_is_no_field() -> None:
    """'Institut für Glasbau und Maren Kollwitz': the institute, then a person."""
    text = "Es sprachen das Institut für Glasbau und Maren Kollwitz aus Jena."
    found = entities_in(text, "de")
    assert found.get("Institut für Glasbau") == "organization"
    assert found.get("Maren Kollwitz") == "person"


def test_a_dutch_ministry_opening_a_sentence_stays_one_name() -> None:
    """'Het Ministerie van Binnenlandse Zaken': one ministry, though 'Het' opens the run."""
    found = entities_in("Het Ministerie van Binnenlandse Zaken weigerde commentaar.", "nl")
    assert found.get("Ministerie van Binnenlandse Zaken") == "organization"


def test_a_spanish_ministry_keeps_its_name() -> None:
    """'el Ministerio de Asuntos Sociales': one name, as before."""
    found = entities_in("Lo confirmó ayer el Ministerio de Asuntos Sociales en Oviedo.", "es")
    assert found.get("Ministerio de Asuntos Sociales") == "organization"


def test_an_article_after_fuer_opens_no_field() -> None:
    """'die Liga für den Nachwuchs': no body's tail (an article, then a noun)."""
    found = entities_in("Sie gründeten eine Runde und die Liga für den Nachwuchs im Ort.", "de")
    assert not any("für" in name for name in found)


def test_a_small_adjective_opens_a_field() -> None:
    """'das Institut für angewandte Seenkunde': the adjective is the name's."""
    found = entities_in("Sie forscht am Institut für angewandte Seenkunde in Plön.", "de")
    assert found.get("Institut für angewandte Seenkunde") == "organization"


def test_a_capitalised_adjective_in_the_tail_keeps_its_noun() -> None:
    """'Hochschule für Bildende Künste': the adjective and its noun; no cut name when the
    noun is missing."""
    found = entities_in("Sie studierte an der Hochschule für Bildende Künste in Kassel.", "de")
    assert found.get("Hochschule für Bildende Künste") == "organization"
    found = entities_in("Die Hochschule für Bildende war leer.", "de")
    assert "Hochschule für Bildende" not in found


def test_a_compound_cut_at_its_hyphen_goes_on_after_und() -> None:
    """'Instituts für Bergbau- und Hüttenkunde': one list of fields."""
    found = entities_in("Die Liste des Instituts für Bergbau- und Hüttenkunde nennt ihn.", "de")
    assert found.get("Instituts für Bergbau- und Hüttenkunde") == "organization"


def test_a_genitive_of_an_adjective_and_its_noun() -> None:
    """'der Kommission für Seerecht der Vereinten Nationen': the genitive's two words."""
    text = "Er sprach vor der Kommission für Seerecht der Vereinten Nationen in Genf."
    found = entities_in(text, "de")
    assert found.get("Kommission für Seerecht der Vereinten Nationen") == "organization"


def test_zum_after_a_federal_body_leaves_it_one_word() -> None:
    """'die Bundespolizei zum Konsum …': the federal police, no tail."""
    found = entities_in("Dazu stellt die Bundespolizei zum Konsum an Bord etwas fest.", "de")
    assert found.get("Bundespolizei") == "organization"


def test_a_whole_name_takes_no_purpose_phrase_after_zur() -> None:
    """'der Europäischen Kommission zur Stärkung der …': the commission, then what it plans;
    a body word opening the name keeps its tail ('Landesstiftung zur Erforschung der …')."""
    text = (
        "Die Abgeordneten lobten den Entwurf der Europäischen Kommission zur Stärkung der "
        "Binnenschifffahrt. Die Landesstiftung zur Erforschung der Moorgeschichte lud ein."
    )
    found = entities_in(text, "de")
    assert found.get("Europäischen Kommission") == "organization"
    assert not any("Binnenschifffahrt" in name for name in found)
    assert found.get("Landesstiftung zur Erforschung der Moorgeschichte") == "organization"


def test_a_whole_name_takes_no_adjective_and_plural_after_fuer() -> None:
    """'der Steirische Fischereiverband für faire Fangquoten': what the body asks for, no field
    of its name; 'für ländliche Entwicklung' (a singular field) stays in the name."""
    text = (
        "Am Freitag warb der Steirische Fischereiverband für faire Fangquoten. Sie leitet das "
        "Thüringische Landesamt für ländliche Entwicklung in Gera."
    )
    found = entities_in(text, "de")
    assert found.get("Steirische Fischereiverband") == "organization"
    assert not any("Fangquoten" in name for name in found)
    assert "Thüringische Landesamt für ländliche Entwicklung" in found


def test_a_verb_used_as_a_noun_is_a_field_of_the_list() -> None:
    """'für Umwelt, Wohnen und Bauen': 'Bauen' is the verb used as a noun (its forms are an
    adjective's too, 'bauen'), the list's last field; the whole ministry, no 'Wohnen' left."""
    text = "Das Bayerische Ministerium für Umwelt, Wohnen und Bauen lehnt den Antrag ab."
    found = entities_in(text, "de")
    assert found.get("Bayerische Ministerium für Umwelt, Wohnen und Bauen") == "organization"
    assert "Wohnen" not in found


def test_the_fields_a_tail_could_not_read_are_no_bodies() -> None:
    """'für Sport, Verkehr und Alter': the tail stops at 'Sport' ('Alter' reads as an
    adjective); 'Verkehr' left after it is a field, no organisation of its own."""
    text = "Das Thüringer Ministerium für Sport, Verkehr und Alter lädt zur Tagung."
    found = entities_in(text, "de")
    assert found.get("Verkehr") != "organization"
