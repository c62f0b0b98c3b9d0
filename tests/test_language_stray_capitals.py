"""Capitals read as a body's acronym that name none, by what stands around them. Every
sentence here is our own, written for these tests.
"""

from __future__ import annotations

from finder_entities import entities_in


def test_a_unit_after_a_figure_is_no_body() -> None:
    """'12,5TB', '64 MB': units of data, no bodies."""
    found = entities_in("Das Band fasst 12,5TB, der Chip nur 64 MB Daten.", "de")
    assert "TB" not in found
    assert "MB" not in found


def test_an_acronym_after_a_year_is_still_a_body() -> None:
    """'seit 1998 VfL …' aside, 'im Jahr 2004 WTO-…': a year is no figure of a unit."""
    found = entities_in("Die Einigung kam 2004 WK und Handelskammer gemeinsam zustande.", "de")
    assert found.get("WK") == "organization"


def test_a_legal_form_alone_is_no_body() -> None:
    """'die KG': the firm told before, no name of its own; 'Kranich KG' still is one."""
    found = entities_in("Die Kranich KG wuchs, und die KG zahlte gut.", "de")
    assert "KG" not in found
    assert found.get("Kranich KG") == "organization"


def test_a_laws_code_in_a_citation_is_no_body() -> None:
    """'(§ 47 Abs. 2 Satz 1 Nr. 3 Vw VG)', 'nach § 12 Abs. 3 UWG': laws' codes."""
    text = "Das Gericht entschied (§ 47 Abs. 2 Satz 1 Nr. 3 Vw VG) gegen die Klägerin."
    assert "VG" not in entities_in(text, "de")
    assert "UWG" not in entities_in("Es entschied nach § 12 Abs. 3 UWG gegen sie.", "de")


def test_the_writers_sign_after_a_dateline_is_no_body() -> None:
    """'Wolfsheim (TM) Viel …': the writer's sign; '(AP)' after a dateline is the agency."""
    assert "TM" not in entities_in("Wolfsheim (TM) Viel Lärm gab es beim Fest im Ort.", "de")
    assert entities_in("Lübeck (AP) Die Börse schloss fester.", "de").get("AP") == "organization"


def test_an_abbreviation_a_plural_noun_glosses_is_no_body() -> None:
    """'den Jagdstaffeln (JS)': units of a kind; a body glossed so keeps its acronym."""
    text = "Den Jagdstaffeln (JS) und Kampfstaffeln (KS) fehlten Flieger."
    found = entities_in(text, "de")
    assert "JS" not in found
    assert "KS" not in found


def test_an_acronym_after_a_season_is_no_unit() -> None:
    """'1987-88 KTV': a season's end, then the club's letters; no figure and its unit."""
    found = entities_in("Meister wurden 1987-88 KTV und danach andere.", "de")
    assert found.get("KTV") == "organization"
