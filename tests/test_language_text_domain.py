"""Spanish and Dutch: the kind a repeated lone unknown word takes from what the text is about
(names/domain.py) and the evidence around it."""

from __future__ import annotations

from finder_entities import entities_by_sentence, entities_in

from newsfacts.facts.names import domain, shapes
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


def test_dutch_compounds_that_end_in_a_business_word_count() -> None:
    """'kwartaalwinst', 'bankaandeel': compounds of business words make a Dutch report one."""
    nl = words_of("nl")
    assert nl is not None
    items = [Text("De kwartaalwinst steeg, het bankaandeel won en de jaaromzet en de "
                  "groepsresultaten verrasten.", 0)]  # fmt: skip
    assert domain.business_report(items, nl)
    assert not domain.business_report([Text("De kat sliep in de zon bij het raam.", 0)], nl)


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


def test_a_bodys_part_is_named_apart_from_its_body_in_dutch() -> None:
    """'de Technische Commissie van het BOIC': the committee, then its body's acronym."""
    text = "Gisteren besliste de Technische Commissie van het BOIC over de nieuwe regels."
    found = entities_in(text, "nl")
    assert found.get("Technische Commissie") == "organization"
    assert found.get("BOIC") == "organization"


def test_a_body_named_by_one_word_keeps_its_portfolio() -> None:
    """'het Ministerie van Volksgezondheid': one name, its head a single word."""
    text = "Volgens het Ministerie van Volksgezondheid komt er geen nieuwe wet."
    found = entities_in(text, "nl")
    assert found.get("Ministerie van Volksgezondheid") == "organization"


def test_a_market_reports_lone_surname_shaped_word_is_a_company() -> None:
    """'Walton meldt ...' opening a line of a report of shares: the firm, though a surname;
    in a story of no business, the same line names a person."""
    line = "Walton meldt een nieuw contract in Frankrijk."
    market = "De aandelen stegen gisteren op de beurs. Analisten prezen de omzet en de winst. "
    assert entities_by_sentence(market + line, "nl").get("Walton") == "organization"
    assert entities_by_sentence("Het was rustig op straat. " + line, "nl").get("Walton") == "person"


def test_players_listed_with_their_clubs_are_people() -> None:
    """'a Berruga y De la Torre (Cáceres), Mingote (Zamora), ...': three groups make the list."""
    text = (
        "El comité sancionó ayer a Berruga y De la Torre (Cáceres), Mingote (Zamora), "
        "Alvito y Rueda (Lugo) y Pinedo (Soria) por sus protestas."
    )
    found = entities_in(text, "es")
    for name in ("Berruga", "De la Torre", "Mingote", "Alvito", "Rueda", "Pinedo"):
        assert found.get(name) == "person"
    assert found.get("Zamora") == "organization"


def test_towns_listed_with_their_countries_are_no_people() -> None:
    """'Lyon (Francia), Oporto (Portugal), Turín (Italia)': places, no list of players."""
    text = "La gira pasará por Lyon (Francia), Oporto (Portugal) y Turín (Italia) en verano."
    found = entities_in(text, "es")
    assert all(found.get(n) != "person" for n in ("Lyon", "Oporto", "Turín"))


def test_a_landform_word_opens_a_places_name() -> None:
    """'la Sierra Madre', 'el Cerro Alto': places, though 'Sierra' is a first name too."""
    text = "Los guerrilleros se refugiaron en la Sierra Madre y luego en el Cerro Alto del norte."
    found = entities_in(text, "es")
    assert found.get("Sierra Madre") == "place"
    assert found.get("Cerro Alto") == "place"


def test_capitals_without_a_vowel_are_an_acronym_not_a_shouted_word() -> None:
    """'de KNVB', 'de NMBS': capitals no word of the language could be, though lists hold them."""
    found = entities_in("Gisteren besliste de KNVB over de regels, meldt de krant.", "nl")
    assert found.get("KNVB") == "organization"


def test_an_inflected_adjective_is_read_as_one() -> None:
    """'Landelijke', 'Verenigde' are adjectives with their -e; 'Hanne' is a first name."""
    nl = words_of("nl")
    assert nl is not None
    assert shapes.inflected("Landelijke", nl)
    assert shapes.inflected("Verenigde", nl)
    assert not shapes.inflected("Hanne", nl)


def test_a_word_hyphened_to_a_known_place_is_no_person() -> None:
    """'Ostrava-Zuid': a place, though only capitals said it was a name."""
    text = "De trein vertrok gisteren te laat uit het station van Ostrava-Zuid."
    assert entities_in(text, "nl").get("Ostrava-Zuid") == "place"


def test_a_persons_genitive_is_that_person_in_dutch() -> None:
    """'Varkovs plan' beside 'Varkov zei': one person, named without the -s."""
    text = "Varkov zei gisteren dat hij blijft. Volgens premier Varkovs kabinet is er geen crisis."
    found = entities_by_sentence(text, "nl")
    assert "Varkovs" not in found
    assert found.get("Varkov") == "person"


def test_a_language_is_no_countrys_genitive() -> None:
    """'het Nederlands' beside 'Nederland': the language stays apart from the country."""
    text = "In Nederland spreekt men Nederlands. Nederland telt veel sprekers."
    assert entities_by_sentence(text, "nl").get("Nederland") == "place"


def test_a_landform_with_de_and_a_place_is_one_name() -> None:
    """'el Valle Verde de San Rafael': one place, not a valley and a town inside it."""
    text = "Los campesinos viven en el Valle Verde de San Rafael desde hace siglos."
    found = entities_in(text, "es")
    assert found.get("Valle Verde de San Rafael") == "place"
    assert "San Rafael" not in found


def test_a_market_reports_person_of_capitals_alone_is_a_firm_not_a_named_persons_tail() -> None:
    """'Harrow Mellon', a person only by its capitals, is a firm in a market report; 'Du Marais'
    after 'topman Pieter Du Marais' stays that man."""
    text = (
        "De koers van het aandeel steeg gisteren. De omzet en de winst vielen mee. Volgens "
        "topman Pieter Du Marais groeit de groep. De analisten van Harrow Mellon verhoogden "
        "hun koersdoel. Du Marais wil meer overnames."
    )
    found = entities_by_sentence(text, "nl")
    assert found.get("Harrow Mellon") == "organization"
    assert found.get("Pieter Du Marais") == "person"
    assert "Du Marais" not in found or found["Du Marais"] == "person"
    other = "Het weer was gisteren mooi. Volgens de buurman van Harrow Mellon groeit het gras."
    assert entities_by_sentence(other, "nl").get("Harrow Mellon") == "person"
