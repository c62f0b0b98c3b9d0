"""Sources in pages of other languages: a dateline's agency after a date written with 'de',
a byline that names the kind of piece first, an address spelt as words, the author read as
the site's name, and a caption's bracketed everyday word.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

from newsfacts.facts.source import (
    SourceHit,
    everyday_word,
    from_dateline,
    from_metadata,
    from_removed,
)
from newsfacts.model import Removal
from newsfacts.words import words_of


def test_a_portuguese_dateline_with_de_before_the_year_gives_its_agency() -> None:
    """'RECIFE, 3 de maio de 2025 (Lusa) -': the agency and the place."""
    place, agency = from_dateline("RECIFE, 3 de maio de 2025 (Lusa) - A prefeitura abriu vagas.")
    assert place == "Recife"
    assert agency is not None and agency.name == "Lusa"


def test_a_byline_naming_the_kind_of_piece_keeps_the_name() -> None:
    """'Un reportage de Léa Morin': the byline is Léa Morin."""
    hits = from_metadata("Un reportage de Léa Morin", "Radio du Port")
    assert [(h.name, h.role) for h in hits] == [
        ("Léa Morin", "byline"),
        ("Radio du Port", "publisher"),
    ]
    assert [h.name for h in from_metadata("Carla de Souza", None)] == ["Carla de Souza"]


def test_an_address_spelt_as_words_is_no_byline() -> None:
    """'Www Diario Norte Com' is the site's address, no one's name."""
    hits = from_metadata("Www Diario Norte Com", "diarionorte.com")
    assert [(h.name, h.role) for h in hits] == [("diarionorte.com", "publisher")]


def test_the_authors_name_read_as_the_site_is_no_publisher() -> None:
    """A site name that spells the byline's name ('Yann Le Gall' / 'Yann Le-Gall') is dropped."""
    hits = from_metadata("Yann Le Gall", "Yann Le-Gall")
    assert [(h.name, h.role) for h in hits] == [("Yann Le Gall", "byline")]


def test_a_captions_bracketed_everyday_word_is_no_agency() -> None:
    """'(Oficial)' after a kit's description is a word; '(EFE)' is an agency."""
    removed = (
        Removal("caption", "Local: camiseta roja y pantalón blanco. (Oficial)"),
        Removal("caption", "El alcalde en la plaza mayor. (EFE)"),
    )
    hits = from_removed(removed)
    spanish = words_of("es")
    assert spanish is not None
    assert [h.name for h in hits if not everyday_word(h, spanish)] == ["EFE"]


def test_a_one_word_byline_or_section_of_the_language_is_no_source() -> None:
    """'Autor' and 'Frankfurt' as bylines, 'Política' as the site: no source; 'Ulrike' and an
    acronym stay."""
    german, portuguese = words_of("de"), words_of("pt")
    assert german is not None and portuguese is not None
    assert everyday_word(SourceHit("Autor", "byline"), german)
    assert everyday_word(SourceHit("Frankfurt", "byline"), german)
    assert not everyday_word(SourceHit("Ulrike", "byline"), german)
    assert not everyday_word(SourceHit("ADAC", "publisher"), german)
    assert everyday_word(SourceHit("Política", "publisher"), portuguese)
    assert not everyday_word(SourceHit("Lusa", "dateline"), portuguese)


def test_the_sites_address_spelt_as_the_author_is_the_publisher() -> None:
    """'Gartenpost De' as author of 'gartenpost.de': one publisher, no byline."""
    hits = from_metadata("Gartenpost De", "gartenpost.de")
    assert [(h.name, h.role) for h in hits] == [("gartenpost.de", "publisher")]
