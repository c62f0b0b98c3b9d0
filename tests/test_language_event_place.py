"""In another language the event's place is one the table shows, and a hyphenated name is a
person's only when both halves are first names where words are not compounded.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

from newsfacts.model import Options, Report
from newsfacts.pipeline import analyze


def run(text: str, code: str) -> Report:
    """The whole pipeline on a short text in one language."""
    opts = Options(all_facts=True, language=code, reference_date="2025-03-11")
    return analyze("-", opts, text.encode())


def test_a_headline_word_no_place_fact_holds_is_no_events_place() -> None:
    """'Trois ans en Chiraquie': a pun after 'en', never a place fact, names no place."""
    text = (
        "Trois ans en Chiraquie : les dossiers du parti\n\n"
        "Le parquet de Lyon a ouvert une enquête sur le financement du parti mardi. "
        "Les juges de Lyon ont entendu deux anciens trésoriers."
    )
    assert run(text, "fr").event.where != "Chiraquie"


def test_a_hyphenated_region_after_in_is_no_person() -> None:
    """'in Emilia-Romagna': a first name then a word that is none is no 'Jean-Luc'."""
    text = (
        "Le piogge hanno colpito le campagne in Emilia-Romagna da giorni. "
        "La Regione ha chiesto aiuti al governo."
    )
    people = [f.text for f in run(text, "it").facts if f.kind == "person"]
    assert "Emilia-Romagna" not in people


def test_two_first_names_joined_stay_a_person() -> None:
    """'Jean-Luc Morvan' stays one person."""
    text = "Le préfet Jean-Luc Morvan a visité le port mardi. Morvan a promis des travaux."
    assert "Jean-Luc Morvan" in [f.text for f in run(text, "fr").facts if f.kind == "person"]


def test_the_articles_first_person_is_no_who_the_headline_does_not_name() -> None:
    """A headline about the market names no one: a farmer quoted further down is not who."""
    text = (
        "Le prix du lait recule encore en Bretagne\n\n"
        "Les laiteries ont baissé leurs tarifs pour le troisième mois. "
        "Selon les chiffres publiés lundi, la baisse atteint 4 %. "
        "« Nous ne couvrons plus nos coûts », a déclaré Yann Kerbrat, éleveur à Morlaix. "
        "Le maire de Morlaix, Anne Le Goff, a demandé une aide. Yann Kerbrat veut manifester."
    )
    assert run(text, "fr").event.who is None


def test_a_person_the_headline_names_by_surname_is_who() -> None:
    """'Kerbrat veut manifester': the headline's surname names Yann Kerbrat."""
    text = (
        "Kerbrat veut bloquer la laiterie de Morlaix\n\n"
        "Les laiteries ont baissé leurs tarifs pour le troisième mois. "
        "« Nous ne couvrons plus nos coûts », a déclaré Yann Kerbrat, éleveur à Morlaix. "
        "Yann Kerbrat appelle les éleveurs à se joindre à lui."
    )
    assert run(text, "fr").event.who == "Yann Kerbrat"


def test_a_news_agency_in_the_dateline_is_no_who() -> None:
    text = (
        "Halle an der Saale (dpa) - Die Gewerkschaft rief für Freitag zu Warnstreiks im Werk "
        "auf. Nach Angaben des Senats sind rund 9.000 Arbeiter betroffen.\n\n"
        "„Wir warten nicht länger“, sagte Gewerkschaftschefin Helga Brandt am Mittwoch in Jena."
    )
    report = run(text, "de")
    assert any(f.text == "dpa" for f in report.facts)  # still the story's agency
    assert report.event.who == "Helga Brandt"
