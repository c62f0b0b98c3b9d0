"""Spanish and Dutch: the kind a repeated lone unknown word takes from what the text is about
(names/domain.py) and the evidence around it."""

from __future__ import annotations

from finder_entities import entities_in

from newsfacts.facts.names import domain
from newsfacts.facts.names.model import Text
from newsfacts.words import words_of


def test_a_market_report_names_its_companies_by_one_word() -> None:
    """'Voltrix' twice in a report of shares and profits: a company, not a person."""
    text = (
        "De aandelen van Voltrix stegen gisteren met vier procent op de beurs. "
        "Analisten prezen de hogere omzet en de winst van het eerste kwartaal. "
        "Volgens de krant verkocht Voltrix meer dan verwacht."
    )
    assert entities_in(text, "nl").get("Voltrix") == "organization"


def test_a_story_without_business_words_keeps_the_usual_kind() -> None:
    """'Jorvaks' twice in a story of a neighbourhood: Dutch news names a person so."""
    text = (
        "Volgens de buren was Jorvaks al jaren de ziel van de wijk. "
        "Elke zondag bakte Jorvaks taart voor de kinderen van de straat."
    )
    assert entities_in(text, "nl").get("Jorvaks") == "person"


def test_business_words_are_counted_per_language() -> None:
    """Four business words make a Dutch report one; a language without the list never does."""
    items = [Text("De omzet, de winst, het dividend en de koers vielen tegen.", 0)]
    nl, de = words_of("nl"), words_of("de")
    assert nl is not None and de is not None
    assert domain.business_report(items, nl)
    assert not domain.business_report(items, de)
    assert domain.lone_default(items, nl, sports=True) == "person"


def test_a_dateline_town_joined_by_de_stays_whole() -> None:
    """'Santiago de Chile, 14 jun': one town, not 'Chile' cut off a longer name."""
    text = "Santiago de Chile, 14 jun (EFE). - El ministro Tomás Varela presentó ayer el plan."
    found = entities_in(text, "es")
    assert found.get("Santiago de Chile") == "place"
    assert "Chile" not in found


def test_a_bylines_town_of_three_words_is_cut_whole() -> None:
    """'Por Ana Ruiz Santiago de Chile, 14 jun': the writer, then the town of three words."""
    text = "Por Ana Ruiz Santiago de Chile, 14 jun (EFE). - El ministro Tomás Varela habló ayer."
    found = entities_in(text, "es")
    assert found.get("Ana Ruiz") == "person"
    assert found.get("Santiago de Chile") == "place"


def test_an_acronym_the_text_counts_in_the_plural_is_no_body() -> None:
    """'una OPA' beside 'las OPAs': an offer the text counts, no organisation's name."""
    text = (
        "El banco Montalbo lanzó ayer una oferta pública (OPA) sobre la aseguradora Verdalia. "
        "Las dos OPAs previas fracasaron, según la empresa."
    )
    found = entities_in(text, "es")
    assert "OPA" not in found
    assert "OPAs" not in found


def test_an_acronym_never_put_in_the_plural_stays_a_body() -> None:
    """'una OPA' with no plural beside it: the finder's usual acronym, an organisation."""
    text = "El banco Montalbo lanzó ayer una OPA sobre la aseguradora Verdalia, según la CNMV."
    found = entities_in(text, "es")
    assert found.get("OPA") == "organization"
    assert found.get("CNMV") == "organization"


def test_a_town_after_a_masculine_article_is_its_club() -> None:
    """'ante el Badajoz', 'al Salamanca': the teams; 'en Toledo' is the town."""
    text = (
        "El equipo perdió ante el Badajoz el domingo y recibirá al Salamanca la semana que viene "
        "en Toledo, donde jugará sin público."
    )
    found = entities_in(text, "es")
    assert found.get("Badajoz") == "organization"
    assert found.get("Salamanca") == "organization"
    assert found.get("Toledo") == "place"


def test_a_region_or_a_town_named_with_its_article_stays_a_place() -> None:
    """'del Cairo' (El Cairo) stays a place: the article is the town's own."""
    text = "El embajador viajó ayer desde Madrid hasta el centro del Cairo para la reunión."
    found = entities_in(text, "es")
    assert found.get("Cairo") != "organization"
