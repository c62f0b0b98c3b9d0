"""Short wire stories of our own in six languages, told as the agencies file them: a dateline
("BERLIN (dpa) -", "MADRID, 3 Dic. (EFE) -"), weekdays and written dates read against the
article's date, money and percent in each language's marks, a quote with its speaker named
before or after it (also by a role: 'a déclaré la ministre'), roles in apposition ('la ministra
de Vivienda, Isabel Rodríguez'), people and places; what the table shows is checked, as a
reader sees it.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

import pytest
from wire_expected import EXPECTED
from wire_stories import STORIES

from newsfacts.model import SURE_AT, Fact, Options, Report
from newsfacts.pipeline import analyze
from newsfacts.render import shown_facts


def report_of(key: str) -> Report:
    """One story read in its language, against its date."""
    date, text = STORIES[key]
    return analyze("-", Options(language=key[:2], reference_date=date), text.encode())


def checks(key: str) -> dict[str, bool]:
    """Each check of one story: True where the facts are right."""
    want = EXPECTED[key]
    report = report_of(key)
    facts, shown = list(report.facts), shown_facts(report, False)
    of = {k: [f for f in facts if f.kind == k] for k in {f.kind for f in facts}}
    seen = {k: {f.text for f in shown if f.kind == k} for k in ("person", "place")}
    named = {f.text for f in shown if f.kind in ("person", "organization", "place")}
    dated = {(f.text, f.value) for f in of.get("date", [])}
    dated |= {(a, f.value) for f in of.get("date", []) for a in f.aliases}
    people = {f.text: f for f in of.get("person", [])}
    return {
        "dates": all((t, v) in dated for t, v in want["dates"].items()),  # type: ignore[attr-defined]
        "money": want["money"] is None or want["money"] in money_of(of.get("money", [])),
        "percent": want["percent"] is None
        or want["percent"] in [f.value for f in of.get("percent", [])],
        "speaker": [f.speaker for f in of.get("quote", []) if f.quote_kind == "quote"]
        == ([want["speaker"]] if want["speaker"] else []),
        "people": seen["person"] == want["people"],
        "places": want["places"] <= seen["place"],  # type: ignore[operator]
        "roles": all(
            p in people and people[p].role == r
            for p, r in want["roles"].items()  # type: ignore[attr-defined]
        ),
        "no names": not named.intersection(want["no_names"]),  # type: ignore[arg-type]
    }


def money_of(facts: list[Fact]) -> list[tuple[float, str | None]]:
    """The amounts with their currencies."""
    return [(float(f.value), f.unit) for f in facts if isinstance(f.value, (int, float))]


@pytest.mark.parametrize("key", sorted(STORIES))
def test_a_wire_story_reads_right(key: str) -> None:
    """Dates, money, percent, the quote's speaker, people, places and roles of one story."""
    failed = [name for name, ok in checks(key).items() if not ok]
    assert failed == [], failed


def facts_of(code: str, text: str, date: str = "2026-12-04") -> list[Fact]:
    """Every fact of one text, told its language and its date."""
    opts = Options(all_facts=True, language=code, reference_date=date)
    return list(analyze("-", opts, text.encode()).facts)


def one(facts: list[Fact], kind: str, text: str) -> Fact:
    """The fact of that kind and text."""
    found = [f for f in facts if f.kind == kind and f.text == text]
    assert found, (kind, text, [(f.kind, f.text) for f in facts])
    return found[0]


@pytest.mark.parametrize(
    ("code", "text", "place"),
    [
        ("pt", "PORTO, 4 dez (Lusa) - Os enfermeiros fizeram greve na quinta-feira.", "Porto"),
        ("it", "MILANO, 4 dic (ANSA) - La Borsa ha chiuso in calo giovedì.", "Milano"),
        (
            "es",
            "SEVILLA, 4 Dic. (EFE) - La lluvia obligó a cerrar dos colegios el jueves.",
            "Sevilla",
        ),
    ],
)
def test_the_datelines_place_is_shown(code: str, text: str, place: str) -> None:
    """A wire dateline's town is the story's own place: sure, written as a name, not shouted."""
    found = one(facts_of(code, text), "place", place)
    assert found.confidence is not None and found.confidence >= SURE_AT


@pytest.mark.parametrize(
    ("code", "text", "person", "role"),
    [
        ("fr", "Le commissaire européen Lucien Marchal a visité la ferme.", "Lucien Marchal",
         "commissaire européen"),
        ("it", "L'amministratore delegato Carlo Benedetti ha lasciato la sala.", "Carlo Benedetti",
         "amministratore delegato"),
        ("es", "El fiscal general colombiano Andrés Quintero viajó a Lima.", "Andrés Quintero",
         "fiscal general colombiano"),
        ("pt", "O secretário-geral da Fenprof, Mário Nogueira, pediu uma reunião ao Governo.",
         "Mário Nogueira", "secretário-geral da Fenprof"),
        ("es", "El plan costará 90 millones, anunció la ministra de Vivienda, Inés Carrasco.",
         "Inés Carrasco", "ministra de Vivienda"),
        ("pt", "As obras custam 3 milhões, anunciou na sexta-feira o reitor, Rui Gaspar.",
         "Rui Gaspar", "reitor"),
        ("it", "«Andiamo avanti», ha detto il ministro dell'Economia, Luca Ferri, ai giornalisti.",
         "Luca Ferri", "ministro dell'Economia"),
    ],
)  # fmt: skip
def test_a_role_before_its_person(code: str, text: str, person: str, role: str) -> None:
    """A role with its qualifier, a hyphened role, a role closed by the sentence's end after a
    verb of saying (a weekday between), a portfolio with an elided link."""
    assert one(facts_of(code, text), "person", person).role == role


def test_a_grade_after_a_role_is_no_person() -> None:
    """'la secretaria judicial III': a role word and its qualifier before a numeral."""
    text = "La secretaria judicial III firmó el acta del juicio en Asunción."
    assert not [f for f in facts_of("es", text) if f.kind == "person"]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("es", 'El ministro de Economía, Pablo Ortega, aseguró: "Vamos bien".', "Pablo Ortega"),
        ("nl", 'Burgemeester Anke Vos zei woensdag: "We gaan door met bouwen."', "Anke Vos"),
        ("de", "Jan Berg, der Chef der Sparte bei ABX, sagte: „Das ist ein gutes Jahr.“",
         "Jan Berg"),
        ("pt", 'O primeiro-ministro, Rui Montenegro, falou. "Vamos cumprir", disse Montenegro.',
         "Rui Montenegro"),
        ("fr", "La ministre de la Santé, Claire Aubry, était là. « Nous tiendrons », a déclaré "
         "la ministre.", "Claire Aubry"),
    ],
)  # fmt: skip
def test_a_quotes_speaker(code: str, text: str, speaker: str) -> None:
    """A name between commas before the verb, a weekday between the verb and its colon, never
    the employer named before the verb, a surname that is a country's name, a role word."""
    quotes = [f for f in facts_of(code, text) if f.kind == "quote"]
    assert [f.speaker for f in quotes] == [speaker]


def test_a_speakers_surname_that_names_a_country_is_no_place() -> None:
    """'disse Montenegro' after 'Rui Montenegro': the man, not the country."""
    text = 'O primeiro-ministro, Rui Montenegro, falou. "Vamos cumprir", disse Montenegro.'
    assert not [f for f in facts_of("pt", text) if f.kind == "place"]


@pytest.mark.parametrize(
    ("code", "text", "date", "value"),
    [
        ("fr", "Les ventes ont augmenté de 18 % depuis le 1er janvier.", "1er janvier",
         "2026-01-01"),
        ("de", "Die Zahl der Gäste stieg seit dem 2. Januar um 4 Prozent.", "2. Januar",
         "2026-01-02"),
        ("de", "Vom 8. April bis 15. Mai 2021 lief eine Umfrage.", "8. April", "2021-04-08"),
        ("fr", "Le salon se tiendra du 20 décembre au 5 janvier 2028.", "20 décembre",
         "2027-12-20"),
        ("es", "La muestra abrió del 3 de marzo al 9 de abril de 2025.", "3 de marzo",
         "2025-03-03"),
    ],
)  # fmt: skip
def test_a_day_without_its_year(code: str, text: str, date: str, value: str) -> None:
    """After 'depuis'/'seit' the last such day; a range's first day takes its last day's year
    (the year before when it would fall after it)."""
    assert one(facts_of(code, text), "date", date).value == value


@pytest.mark.parametrize(
    ("code", "text", "count"),
    [
        ("es", "Los 3 ladrones entraron a las 10 de la mañana y huyeron hasta las 11.", 3),
        ("es", "La tienda, con 12 empleados, abrirá a las 10 de mañana.", 12),
        ("de", "Um 9 Uhr warteten 40 Fahrgäste am Bahnsteig.", 40),
        ("pt", "Às 10 horas chegaram 50 alunos à escola.", 50),
        ("nl", "Om 9 uur stonden er 40 reizigers op het perron.", 40),
        ("fr", "Le temps de travail passe à 1 607 heures par an.", 1607),
    ],
)
def test_a_time_of_day_is_no_count(code: str, text: str, count: int) -> None:
    """'a las 10 de la mañana', '10 de mañana', '9 Uhr', 'às 10 horas', 'om 9 uur': the hour."""
    numbers = [f.value for f in facts_of(code, text) if f.kind == "number"]
    assert numbers == [count]


def test_a_dateline_without_its_year_takes_the_storys() -> None:
    """'MADRID, 3 Dic. (EFE) -' with no --date: the year of the story's full date; the weekday
    is then read against that day."""
    text = (
        "MADRID, 3 Dic. (EFE) - El Congreso aprobó el martes la reforma. La ley entrará en "
        "vigor el 1 de enero de 2027."
    )
    opts = Options(all_facts=True, language="es")
    found = {f.text: f.value for f in analyze("-", opts, text.encode()).facts if f.kind == "date"}
    assert found["3 Dic"] == "2026-12-03"
    assert found["martes"] == "2026-12-01"


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("fr", "Le port a grandi, a indiqué lundi son président, Paul Vernet. « C'est une année "
         "record », a-t-il ajouté.", "Paul Vernet"),
        ("de", "Die Firma Lorex hat Olaf Brand zum Chef gemacht. „Wir wachsen weiter“, sagte er.",
         "Olaf Brand"),
        ("nl", 'Directeur Sanne Mulder opende de fabriek. "Dit is een mooie dag", zei ze.',
         "Sanne Mulder"),
        ("it", "Il sindaco Paolo Greco ha aperto il ponte. «Era ora», ha aggiunto.", "Paolo Greco"),
        ("pt", 'O comandante dos bombeiros, Vítor Sardinha, falou. "Foi difícil", afirmou o '
         "comandante.", "Vítor Sardinha"),
    ],
)  # fmt: skip
def test_a_speaker_told_by_a_pronoun_or_no_subject(code: str, text: str, speaker: str) -> None:
    """'a-t-il ajouté', 'sagte er', 'zei ze', 'ha aggiunto.': the person named last speaks."""
    quotes = [f for f in facts_of(code, text) if f.kind == "quote"]
    assert [f.speaker for f in quotes] == [speaker]


def test_a_regional_agency_after_a_slash_and_a_place_with_a_particle() -> None:
    """'(dpa/lsw)' is dpa's dateline; 'SANTIAGO DE CHILE' is written 'Santiago de Chile'."""
    de = facts_of(
        "de", "ULM (dpa/lsw) - In der Nacht brannte eine Scheune. Verletzt wurde niemand."
    )
    assert [f.text for f in de if f.kind == "source"] == ["dpa"]
    assert one(de, "place", "Ulm").confidence == SURE_AT
    es = facts_of("es", "SANTIAGO DE CHILE, 4 Dic. (EFE) - El Senado aprobó el jueves la ley.")
    assert one(es, "place", "Santiago de Chile").confidence == SURE_AT


def test_a_role_after_two_verbs_and_a_day() -> None:
    """'según anunció este martes el presidente valenciano, Juan Pascual.': his role."""
    text = "La ayuda sube un 5 %, según anunció este martes el presidente valenciano, Juan Pascual."
    assert one(facts_of("es", text), "person", "Juan Pascual").role == "presidente valenciano"


def test_a_range_joined_by_and_shares_its_year() -> None:
    """'entre el 2 de marzo y el 30 de junio de 2024': both in 2024."""
    text = "Los pagos se hicieron entre el 2 de marzo y el 30 de junio de 2024."
    assert one(facts_of("es", text), "date", "2 de marzo").value == "2024-03-02"


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("es", 'El juez procesó al exalcalde por "pertenencia a organización criminal y blanqueo '
         'de capitales" el lunes.'),
        ("fr", "Il a été mis en examen pour « association de malfaiteurs en vue de commettre un "
         "crime » vendredi."),
        ("nl", 'De man wordt verdacht van "deelname aan een criminele organisatie en witwassen".'),
    ],
)  # fmt: skip
def test_a_charge_in_quote_marks_is_no_quote(code: str, text: str) -> None:
    """A long charge's name in quote marks after 'por', 'pour', 'van': named, not said."""
    quotes = [f for f in facts_of(code, text) if f.kind == "quote"]
    assert [f.quote_kind for f in quotes] == ["scare quote"]


def test_a_town_named_by_a_word_after_its_fused_article() -> None:
    """'no Porto': the town, though 'porto' is a word (a harbour); 'ao porto' stays a word."""
    text = "Os professores marcharam ontem no Porto. O navio chegou ao porto de manhã."
    places = [f.text for f in facts_of("pt", text) if f.kind == "place"]
    assert places == ["Porto"]


@pytest.mark.parametrize(
    ("code", "text", "person", "role"),
    [
        ("fr", "La SNCF supprime 900 postes, a affirmé jeudi à l'AFP son porte-parole, Paul Roy.",
         "Paul Roy", "porte-parole"),
        ("fr", "« Non », a réagi la secrétaire générale de la CGT-Cheminots, Laure Vidal.",
         "Laure Vidal", "secrétaire générale de la CGT-Cheminots"),
        ("it", "«È un giorno storico», ha sottolineato la sindaca Sara Bonelli.", "Sara Bonelli",
         "sindaca"),
    ],
)  # fmt: skip
def test_a_role_after_whom_one_spoke_to(code: str, text: str, person: str, role: str) -> None:
    """'à l'AFP' between the verb and the role; a role with its qualifier and body; 'sindaca'."""
    assert one(facts_of(code, text), "person", person).role == role


def test_a_role_word_after_so_is_the_person_holding_it() -> None:
    """'„…“, so die Ministerin.': the minister named before ('Bundesinnenministerin')."""
    text = (
        "Bundesinnenministerin Lena Hart will mehr Geld. „Wir brauchen Personal“, so die "
        "Ministerin."
    )
    quotes = [f for f in facts_of("de", text) if f.kind == "quote"]
    assert [f.speaker for f in quotes] == ["Lena Hart"]


def test_a_dateline_in_capitals_with_an_accent() -> None:
    """'BOGOTÁ, 4 Dic. (EFE) -': EFE's dateline, its town sure."""
    found = facts_of("es", "BOGOTÁ, 4 Dic. (EFE) - El banco subió la tasa el jueves.")
    assert [f.text for f in found if f.kind == "source"] == ["EFE"]
    assert one(found, "place", "Bogotá").confidence == SURE_AT


def test_a_speaker_named_with_role_words_in_capitals() -> None:
    """'sagte die Hamburger Umweltsenatorin Katharina Fegebank': she speaks, and is a person,
    though her surname ends in an organisation word."""
    text = "„Die Schäden sind groß“, sagte die Hamburger Umweltsenatorin Katharina Fegebank."
    found = facts_of("de", text)
    assert [f.speaker for f in found if f.kind == "quote"] == ["Katharina Fegebank"]
    assert one(found, "person", "Katharina Fegebank").role == "Umweltsenatorin"


def test_a_role_and_its_body_as_a_speaker_stay_whole() -> None:
    """'sagte ein Sprecher von Lorex': no name to bare, the words stay together."""
    from newsfacts.facts.speaker_name import bare_name
    from newsfacts.words import words_of

    words = words_of("de")
    assert words is not None
    assert bare_name("Sprecher von Lorex", words) == "Sprecher von Lorex"
    assert bare_name("Hamburger Umweltsenatorin Katharina Fegebank", words) == "Katharina Fegebank"
