"""No junk facts in other languages: scale abbreviations, ages, addresses, capital nouns, pesos."""

from __future__ import annotations

from newsfacts.facts.figures import find_figures
from newsfacts.model import Options
from newsfacts.pipeline import analyze

GERMAN = (
    "Neue Regeln bei den Stadtwerken\n\n"
    "Die Stadtwerke ändern zum 1. März ihre AGB. Wer einen PKW mit Elektroantrieb fährt, "
    "spart künftig Geld, teilte Geschäftsführer Thomas Brandt mit. Die Kundin Lena Vogt (17) "
    "begrüßte die Pläne. Das Kundenzentrum bleibt am Baumwall 3, 20459 Hamburg. Laut Brandt "
    "läuft das neue CRM auch an jedem POS im Laden. Die AVB gelten ab sofort.\n"
)
FINNISH = (
    "Uusi toimisto\n\nYhtiö kertoi, että remontti maksoi 1,06 miljoonaa euroa. Opiskelija "
    "Matti Virtanen (17) loukkaantui. Toimisto on osoitteessa Kalliotie 12, 00510 Helsinki. "
    "Yhtiöllä oli 350 työntekijää.\n"
)


def read(text: str, code: str) -> list[tuple[str, str, float, str | None]]:
    """(kind, text, value, unit) of each figure in one sentence."""
    return [(h.kind, h.text, h.value, h.unit) for h in find_figures(text, [], code)]


def test_scale_abbreviations_multiply() -> None:
    """'6 Mio', '28 Mio.', '3 Mrd.', '12 M€', '3 Md€', '2 mld euro' are millions and billions."""
    assert read("Der Verein hat 6 Mio Fans.", "de") == [("number", "6 Mio", 6e6, "Fans")]
    assert read("Es kamen 28 Mio. Gäste.", "de") == [("number", "28 Mio.", 28e6, "Gäste")]
    assert read("Sie zahlt 1,2 Mrd. Euro.", "de")[0][2:] == (1.2e9, "EUR")
    assert read("Le club a dépensé 12 M€ cet été.", "fr")[0][2:] == (12e6, "EUR")
    assert read("Un plan de 3 Md€ est prévu.", "fr")[0][2:] == (3e9, "EUR")
    assert read("De bouw kost 2 mld euro.", "nl")[0][2:] == (2e9, "EUR")
    assert read("La obra costó 4 mil millones de euros.", "es")[0][2:] == (4e9, "EUR")


def test_short_scale_letters_need_a_currency() -> None:
    """'M' alone after a number is no scale in French ('Lot 3 M': no millions)."""
    assert all(value < 1e6 for _, _, value, _ in read("Il reste 3 M pour finir.", "fr"))


def test_pesos_and_a_bare_dollar_stay_as_written_in_spanish() -> None:
    """Pesos and '$' on a Spanish page are no guessed ISO code (which country's pesos?)."""
    found = read("El boleto cuesta 500 pesos y el menú $ 900.", "es")
    assert [unit for *_, unit in found] == ["pesos", "$"]


def test_ages_postcodes_and_house_numbers_are_no_counts() -> None:
    """'Vogt (17)', '20459 Hamburg', 'Baumwall 3', 'Gartenstraße 12' count nothing."""
    assert read("Der Schüler Jonas Keller (17) wurde verletzt.", "de") == []
    assert read("Baumwall 3, 20459 Hamburg", "de") == []
    assert read("Wir sitzen in der Gartenstraße 12 in Kiel.", "de") == []
    assert read("Die Gemeinde hat 300 Einwohner.", "de") == [("number", "300", 300.0, "Einwohner")]


def test_german_capital_nouns_are_no_organisations() -> None:
    """AGB, PKW, CRM, POS, AVB: everyday nouns in capitals; ages and addresses no numbers."""
    report = analyze("-", Options(all_facts=True, language="de"), GERMAN.encode())
    shown = {(f.kind, f.text) for f in report.facts}
    for word in ("AGB", "PKW", "CRM", "POS", "AVB"):
        assert ("organization", word) not in shown
    assert not {text for kind, text in shown if kind == "number"} & {"17", "20459", "3"}
    assert ("person", "Thomas Brandt") in shown


def test_language_without_word_data_reads_no_decimal_halves() -> None:
    """Finnish '1,06' is not '1' and '06'; an age, a postcode and a house number are no counts."""
    report = analyze("-", Options(all_facts=True, language="fi"), FINNISH.encode())
    numbers = {f.text for f in report.facts if f.kind == "number"}
    assert numbers == {"350"}


def test_a_count_before_a_capitalised_noun_is_no_postcode() -> None:
    """German capitalises nouns: 'mehr als 3000 Besucher' counts; ', 3000 Bern' is a postcode."""
    assert read("Es kamen mehr als 3000 Besucher.", "de") == [
        ("number", "3000", 3000.0, "Besucher")
    ]
    assert read("Bundesgasse 8, 3003 Bern", "de") == []


def test_marks_of_another_place_in_money_and_long_numbers() -> None:
    """'$150,000' and '73,320,000' on a Spanish page: the comma groups thousands there."""
    found = read("La casa cuesta $150,000 y el país tiene 73,320,000 habitantes.", "es")
    assert [value for _, _, value, _ in found] == [150000.0, 73320000.0]
    assert read("El café cuesta 2,75 euros.", "es")[0][2] == 2.75


def test_mld_scales_in_a_language_without_word_data() -> None:
    """Polish '6 mld zł' is six billion, not six."""
    report = analyze(
        "-",
        Options(all_facts=True, language="pl"),
        "Nowy plan\n\nRząd wyda na drogi 6 mld zł w przyszłym roku.\n".encode(),
    )
    assert [f.value for f in report.facts if f.kind == "number"] == [6e9]


def test_half_of_a_decimal_is_no_amount_either() -> None:
    """Polish '3,2 mld euro' is not '2 mld euro' (a finder without Polish marks split it)."""
    report = analyze(
        "-",
        Options(all_facts=True, language="pl"),
        "Nowy fundusz\n\nNa program wydano 3,2 mld euro w ciągu roku.\n".encode(),
    )
    assert not [f for f in report.facts if f.kind in ("money", "number")]
