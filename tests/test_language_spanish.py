"""Names in Spanish news: match reports' line-ups, headlines in capitals glued to a dateline.
Every sentence here is our own, written for these tests."""

from __future__ import annotations

from newsfacts.facts.names.lineups import lineup
from newsfacts.facts.tokens import tokenize
from newsfacts.model import Options
from newsfacts.pipeline import analyze
from newsfacts.words import words_of

MATCH = (
    "Vigo, 3 mar (EFE). - El equipo local ganó por dos goles a uno un partido de liga que "
    "cambia la clasificación de la jornada, con un gol en el último minuto.\n\n"
    "Alineaciones: 1 - Celta: Marchesín; Mallo, Starfelt, Unai Núñez, Galán; Tapia (Beltrán, "
    "m.70), Veiga, Bamba (Swedberg, m.80); Aspas y Larsen.\n\n"
    "2 - Getafe: Soria; Iglesias, Duarte, Mitrovic, Alderete; Arambarri, Milla (Maksimovic, "
    "m.60), Aleñá; Mayoral y Latasa."
)


def facts_of(text: str) -> dict[str, str]:
    """Every person, organisation and place found in a Spanish story: name -> kind."""
    report = analyze("-", Options(all_facts=True, language="es"), text.encode())
    return {f.text: f.kind for f in report.facts if f.kind in ("person", "organization", "place")}


def test_a_lineups_players_are_people() -> None:
    """Lone surnames no list knows, a substitute in brackets: each a player, a person."""
    found = facts_of(MATCH)
    for player in ("Marchesín", "Starfelt", "Beltrán", "Swedberg", "Aspas", "Maksimovic"):
        assert found.get(player) == "person", player


def test_a_lineups_player_named_like_a_town_is_a_person() -> None:
    """'Soria' and 'Mallo' inside a line-up are players, not places."""
    found = facts_of(MATCH)
    assert found.get("Soria") == "person"
    assert found.get("Iglesias") == "person"


def test_a_lineups_team_is_an_organisation() -> None:
    """The name before the line-up's colon is the team."""
    found = facts_of(MATCH)
    assert found.get("Getafe") == "organization"
    assert found.get("Celta") == "organization"


def test_a_list_after_a_colon_without_lineup_marks_is_no_lineup() -> None:
    """Countries listed after a colon, with no semicolon nor brackets: no players."""
    words = words_of("es")
    assert words is not None
    tokens = tokenize("Socios: Chile, Perú, Bolivia, Ecuador y Colombia.")
    assert lineup(tokens, 1, words) == []


def test_a_basketball_scorers_points_mark_a_lineup() -> None:
    """'Name (12)' items after a team and its score: a basketball box score."""
    words = words_of("es")
    assert words is not None
    tokens = tokenize("Unicaja (40+38): Pérez (12), Kalinic (9), Tillie (14), Osetkowski (3).")
    colon = [t.text for t in tokens].index(":")
    assert len(lineup(tokens, colon, words)) == 4


def test_a_headings_word_before_a_lineup_is_no_team() -> None:
    """'Suplentes:' opens the substitutes: they are people, the heading no organisation."""
    text = MATCH + "\n\nSuplentes: Villar, Domínguez (2), Cervi, Solari (1), Paciencia."
    found = facts_of(text)
    assert found.get("Paciencia") == "person"
    assert found.get("Suplentes") != "organization"


def test_a_second_surname_after_de_stays_with_the_person() -> None:
    """'Luis Ortega de Soria': a first name, a surname, 'de' and a second surname, one person
    (though Soria is a town too)."""
    found = facts_of("El ganadero Luis Ortega de Soria presentó ayer sus novillos en la feria.")
    assert found.get("Luis Ortega de Soria") == "person"
    assert "Soria" not in found


def test_a_country_after_de_stays_its_own() -> None:
    """'Carmen Ruiz de Portugal': a country after 'de' is no surname."""
    found = facts_of("La delegada Carmen Ruiz de Portugal llegó ayer a la reunión de Lisboa.")
    assert found.get("Portugal") == "place"


def test_a_headline_in_capitals_glued_to_its_dateline_keeps_the_town() -> None:
    """The line between a headline in capitals and its dateline lost: the town is read."""
    text = (
        "VECINOS PIDEN MAS AUTOBUSES PARA EL BARRIO NUEVO Zaragoza (EFE).\n\n"
        "Los vecinos del barrio pidieron ayer al ayuntamiento nuevas líneas de autobús."
    )
    found = facts_of(text)
    assert found.get("Zaragoza") == "place"


def test_a_town_before_its_province_in_a_dateline_is_a_place() -> None:
    """'Valdelosa (Salamanca) (EFE).': a village no list knows, named by its dateline."""
    text = (
        "Valdelosa (Salamanca) (EFE).\n\n"
        "El pueblo celebró ayer su fiesta mayor con una comida para todos los vecinos."
    )
    found = facts_of(text)
    assert found.get("Valdelosa") == "place"
    assert found.get("Salamanca") == "place"


def shown_names(text: str) -> set[str]:
    """The names the table shows for a Spanish story."""
    from newsfacts.render import shown_facts

    report = analyze("-", Options(language="es"), text.encode())
    return {f.text for f in shown_facts(report, all_facts=False)}


def test_a_name_only_ever_in_quotes_is_not_shown_as_a_person() -> None:
    """'el aeropuerto "Marcos Herrera"': a building named for someone, told in quotes only."""
    text = (
        'Madrid (EFE). - La empresa abrirá en julio el nuevo aeropuerto "Marcos Herrera" '
        "junto al río, con ayuda del Ayuntamiento. El director, Pedro Lozano, dijo que "
        '"Marcos Herrera" tendrá diez puertas.'
    )
    found = facts_of(text)
    assert "Marcos Herrera" in found
    shown = shown_names(text)
    assert "Marcos Herrera" not in shown
    assert "Pedro Lozano" in shown


def test_an_agency_before_its_source_is_the_agency() -> None:
    """'explicó a Efe Lozano': the agency, then who spoke to it."""
    found = facts_of("El accidente fue leve, explicó a Efe Lozano en la plaza del pueblo.")
    assert found.get("Efe") == "organization"
    assert "Efe Lozano" not in found


def test_cups_counted_in_a_list_name_no_place() -> None:
    """'4 Supercopas de Europa, 9 Copas del Rey': cups won, no dateline's town, no place."""
    found = facts_of(
        "El club suma 4 Supercopas de Europa, 9 Copas del Rey y 2 Ligas de Campeones en su museo."
    )
    assert "Europa" not in found


def test_a_second_cup_after_a_conjunction_is_no_place() -> None:
    """'la Supercopa de España y de Europa': two cups, neither a place."""
    found = facts_of("El equipo ganó la Supercopa de España y de Europa en la misma temporada.")
    assert "Europa" not in found


def test_a_headline_in_capitals_repeats_a_name_of_the_story() -> None:
    """'... EN TOLEDO': the headline's capitals name the story's Toledo, one place."""
    text = (
        "PROTESTA DE AGRICULTORES ANTE LA DELEGACION EN TOLEDO\n\n"
        "Toledo (EFE). - Unos doscientos agricultores protestaron hoy en Toledo por los precios."
    )
    report = analyze("-", Options(all_facts=True, language="es"), text.encode())
    places = [f for f in report.facts if f.kind == "place"]
    assert [f.text for f in places] == ["Toledo"]
    assert "TOLEDO" in places[0].aliases


def test_a_town_named_for_someone_after_a_word_for_a_town_is_a_place() -> None:
    """'la localidad de Luis Moya': a town named for a man, a place here."""
    found = facts_of("El temblor se sintió en la localidad de Luis Moya, al norte del estado.")
    assert found.get("Luis Moya") == "place"


def test_a_catalan_first_name_opens_a_person() -> None:
    """'Oriol Vidal': Catalan first names the census lacks open a person's name, shown."""
    text = "Girona (EFE). - El libro lo presentó ayer Oriol Vidal Serra en la sala grande."
    assert facts_of(text).get("Oriol Vidal Serra") == "person"
    assert "Oriol Vidal Serra" in shown_names(text)
