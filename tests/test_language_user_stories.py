"""Issue #12, read as a user: short texts and wire stories of our own in six languages, given
without --language, through the whole pipeline.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

import pytest

from newsfacts.model import SURE_AT, Fact, Options
from newsfacts.pipeline import analyze


def read(text: str, code: str | None = None, date: str = "2026-12-10") -> tuple[str, list[Fact]]:
    """The language the pipeline settles on and every fact, the language told or guessed."""
    opts = Options(all_facts=True, language=code, reference_date=date)
    report = analyze("-", opts, text.encode())
    assert report.article is not None
    return str(report.article.language), list(report.facts)


def sure(fact: Fact) -> bool:
    """Whether the table shows the fact (its confidence is sure enough)."""
    return fact.confidence is not None and fact.confidence >= SURE_AT


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("fr", "Le maire de Rennes a démissionné jeudi soir."),
        ("fr", "Le Sénat a adopté lundi le budget de la Sécurité sociale."),
        ("fr", "Nokia a annoncé mardi la suppression de 300 postes à Espoo."),
        ("de", "Siemens streicht 300 Stellen in Erlangen."),
        ("en", "The mayor of Leeds resigned on Thursday night."),
        ("it", "Il sindaco di Bari si è dimesso giovedì sera."),
        ("es", "El alcalde de Cádiz dimitió el jueves por la noche."),
    ],
)
def test_a_short_text_is_read_in_its_language(code: str, text: str) -> None:
    """One sentence whose few stop words are as Spanish as French ('le', 'de', 'a') or as Dutch
    as German ('in'): the detector's ranking of the tied languages tells."""
    assert read(text)[0] == code


@pytest.mark.parametrize(
    ("code", "text", "agency"),
    [
        ("fr", "Brest, 9 décembre 2026 (AFP) — Un chalutier a coulé lundi au large du Conquet.",
         "AFP"),
        ("es", "Quito, 4 de diciembre de 2026 (EFE).- El Gobierno subió el jueves el diésel.",
         "EFE"),
        ("de", "Linz, 7. Dezember 2026 (APA) – Ein Lastwagen ist am Samstag umgekippt.", "APA"),
    ],
)  # fmt: skip
def test_a_dateline_with_its_written_day_credits_the_agency(
    code: str, text: str, agency: str
) -> None:
    """'Town, <day month year> (AGENCY) —' and EFE's '(EFE).-': the agency wrote the story; it
    is its source, not an organisation of the story."""
    facts = read(text, code)[1]
    assert [(f.text, f.source_kind) for f in facts if f.kind == "source"] == [(agency, "dateline")]
    assert agency not in [f.text for f in facts if f.kind == "organization"]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("it", "Il direttore del museo, Franco Bellandi, ha riaperto le sale: «Abbiamo aspettato "
         "tre anni», ha spiegato in una nota.", "Franco Bellandi"),
        ("pt", 'A reitora da universidade, Helena Moura, falou aos alunos. "Temos muito '
         'orgulho", afirmou ela em Coimbra.', "Helena Moura"),
        ("fr", "Selon le directeur de l'hôpital, Olivier Lemaire, les urgences sont saturées. "
         "« Nous manquons de lits », a-t-il précisé jeudi.", "Olivier Lemaire"),
        ("es", 'El rector de la universidad, Tomás Ibarra, habló con los alumnos. "No cerraremos '
         'ninguna facultad", añadió durante el acto.', "Tomás Ibarra"),
    ],
)  # fmt: skip
def test_a_speaker_told_before_a_phrase_of_place_or_time(
    code: str, text: str, speaker: str
) -> None:
    """A verb with no subject or with its pronoun, then where, when or how it was said ('in
    una nota', 'ela em Coimbra', 'jeudi'): the person named last as a subject speaks, also
    one named after the sentence's opening phrase ('Selon le directeur de l'hôpital, X,')."""
    quotes = [f for f in read(text, code)[1] if f.kind == "quote"]
    assert [f.speaker for f in quotes] == [speaker]


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("it", "Il sindaco Marco Tosi ha parlato a lungo. «Serve più tempo», ha detto in "
         "un'intervista il ministro Paolo Renzi.", "Paolo Renzi"),
        ("it", "«Aiutiamo le famiglie», ha scritto su X la premier Carla Benassi.",
         "Carla Benassi"),
    ],
)  # fmt: skip
def test_a_phrase_after_the_verb_then_the_speaker(code: str, text: str, speaker: str) -> None:
    """'ha detto in un'intervista il ministro Paolo Renzi': he speaks, not the mayor named
    before; 'ha scritto su X la premier …': where it was written, then who."""
    quotes = [f for f in read(text, code)[1] if f.kind == "quote"]
    assert [f.speaker for f in quotes] == [speaker]


def test_a_french_reflexive_verb_of_saying() -> None:
    """'s'est félicité son patron, Guillaume Roux,': he speaks, and is the 'patron'."""
    text = (
        "Aéroliane a livré 86 avions. « Le rythme s'accélère », s'est félicité son patron, "
        "Guillaume Roux, devant des journalistes à Toulouse."
    )
    facts = read(text, "fr")[1]
    assert [f.speaker for f in facts if f.kind == "quote"] == ["Guillaume Roux"]
    assert [f.role for f in facts if f.text == "Guillaume Roux"] == ["patron"]


@pytest.mark.parametrize(
    ("text", "unit"),
    [
        ("La nueva planta de Teruel creará 450 empleos directos.", "empleos"),
        ("El choque en la A-7 dejó 14 heridos cerca de Motril.", "heridos"),
        ("El ayuntamiento de Getafe licitará 1.200 viviendas.", "viviendas"),
    ],
)
def test_a_spanish_count_in_the_plural_says_what_it_counts(text: str, unit: str) -> None:
    """Spanish plurals in -s/-es ('empleos', 'viviendas'): the word list knows their singular."""
    numbers = [f for f in read(text, "es")[1] if f.kind == "number"]
    assert [f.unit for f in numbers] == [unit]


def test_a_spanish_verb_of_saying_in_the_present_perfect() -> None:
    """'ha asegurado la consejera de Transportes, Lucía Prats,': Spain's agencies' tense."""
    text = (
        'ZARAGOZA, 9 Dic. (EUROPA PRESS) - "No habrá más retrasos", ha asegurado la consejera '
        "de Transportes, Lucía Prats, en la estación de Delicias."
    )
    facts = read(text, "es")[1]
    assert [f.speaker for f in facts if f.kind == "quote"] == ["Lucía Prats"]
    assert [f.role for f in facts if f.text == "Lucía Prats"] == ["consejera de Transportes"]


@pytest.mark.parametrize(
    ("text", "person", "role"),
    [
        ("O ministro do Mar, Duarte Sobral Luz, visitou o porto de Sines.", "Duarte Sobral Luz",
         "ministro do Mar"),
        ("A reitora, Helena Cardoso Reis, recebeu os alunos em Évora.", "Helena Cardoso Reis",
         "reitora"),
    ],
)  # fmt: skip
def test_a_portuguese_second_surname_that_is_a_word(text: str, person: str, role: str) -> None:
    """People in Portugal carry two surnames: 'Luz', 'Reis' (light, kings) end the name."""
    facts = read(text, "pt")[1]
    people = [(f.text, f.role) for f in facts if f.kind == "person" and sure(f)]
    assert people == [(person, role)]


@pytest.mark.parametrize(
    ("code", "text", "day", "value"),
    [
        ("de", "Die Brücke in Tübingen wurde am Freitagabend gesperrt.", "Freitagabend",
         "2026-12-04"),
        ("de", "Am Montagmorgen fiel in Kassel der Strom aus.", "Montagmorgen", "2026-12-07"),
        ("nl", "De brug in Zwolle ging zondagavond dicht.", "zondagavond", "2026-12-06"),
    ],
)  # fmt: skip
def test_a_weekday_with_its_part_of_the_day_glued(
    code: str, text: str, day: str, value: str
) -> None:
    """German and Dutch glue CLDR's parts of the day to the weekday: still that day."""
    dates = [(f.text, f.value) for f in read(text, code, "2026-12-08")[1] if f.kind == "date"]
    assert (day, value) in dates


@pytest.mark.parametrize(
    ("code", "text", "amount", "value", "unit"),
    [
        ("de", "Die Bank Aarau zahlt eine Dividende von CHF 3.10 je Aktie.", "CHF 3.10", 3.1,
         "CHF"),
        ("fr", "La start-up de Lausanne a levé 18 millions CHF auprès de ses fonds.",
         "18 millions CHF", 18_000_000, "CHF"),
        ("es", "El grupo pagó HK$ 40 millones por la torre de Kowloon.", "HK$ 40 millones",
         40_000_000, "HKD"),
        ("nl", "De omzet van de groep uit Venlo steeg naar EUR 7,5 miljoen.", "EUR 7,5 miljoen",
         7_500_000, "EUR"),
    ],
)  # fmt: skip
def test_an_amount_in_a_currency_code_or_symbol(
    code: str, text: str, amount: str, value: float, unit: str
) -> None:
    """CLDR's currency symbols ('HK$') and the ISO codes of the currencies in use ('CHF',
    'EUR'), before or after the amount; the code's letters are no name."""
    facts = read(text, code)[1]
    assert [(f.text, f.value, f.unit) for f in facts if f.kind == "money"] == [
        (amount, value, unit)
    ]
    assert not [f for f in facts if f.kind in ("person", "organization", "place") and f.text
                in amount]  # fmt: skip


def test_a_word_in_capitals_before_a_number_is_no_currency() -> None:
    """'TOP 10': Tonga's code is an everyday English word, not money here."""
    facts = read("Die TOP 10 der Hits aus Bremen liefen im Radio.", "de")[1]
    assert not [f for f in facts if f.kind == "money"]


def test_a_place_in_a_dollar_sign_is_no_place() -> None:
    """'US$ 45 millones': the 'US' is the dollar's, not a place of the story."""
    facts = read("La minera invertirá US$ 45 millones en Catamarca.", "es")[1]
    assert [f.text for f in facts if f.kind == "place"] == ["Catamarca"]


def test_a_dateline_town_in_capitals_keeps_its_particle_small() -> None:
    """'RIO DE JANEIRO (AP) -': the place is written 'Rio de Janeiro', not 'Rio De Janeiro'."""
    text = "RIO DE JANEIRO (AP) - A Vale anunciou ontem a venda de uma mina em Itabira."
    places = [f.text for f in read(text, "pt")[1] if f.kind == "place"]
    assert "Rio de Janeiro" in places and "Rio De Janeiro" not in places


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("'We kunnen de hogere prijzen niet meer opvangen', zei directeur Bram Hoekstra in "
         "Deventer.", "We kunnen de hogere prijzen niet meer opvangen", "Bram Hoekstra"),
        ("‘Dit is een zware klap voor Twente’, zei wethouder Lotte Brink.",
         "Dit is een zware klap voor Twente", "Lotte Brink"),
    ],
)  # fmt: skip
def test_a_dutch_quote_in_single_marks(text: str, quote: str, speaker: str) -> None:
    """Dutch papers set speech in single marks, straight or curly."""
    quotes = [(f.text, f.speaker) for f in read(text, "nl")[1] if f.kind == "quote"]
    assert quotes == [(quote, speaker)]


def test_dutch_elisions_are_no_quote_marks() -> None:
    """''s ochtends', 'zo'n', ''t', 'm'n': apostrophes, no quote between them."""
    text = (
        "Hij kwam 's ochtends in Hengelo aan en zo'n 40 mensen wachtten. Het was 't beste "
        "van m'n leven."
    )
    assert not [f for f in read(text, "nl")[1] if f.kind == "quote"]


def test_an_italian_verb_then_to_whom_with_an_elided_article() -> None:
    """'ha detto all'ANSA.': said to the agency; the mayor named before speaks."""
    text = (
        "La sindaca di Ancona, Chiara Benetti, ha inaugurato il ponte. «È un'opera attesa da "
        "vent'anni», ha detto all'ANSA."
    )
    quotes = [f for f in read(text, "it")[1] if f.kind == "quote"]
    assert [f.speaker for f in quotes] == ["Chiara Benetti"]


def test_a_german_speakers_calling_before_her_first_name_is_no_part_of_it() -> None:
    """'sagte die Inhaberin Petra Lange': the speaker is 'Petra Lange'."""
    text = "„Wir haben 30 Prozent weniger Umsatz“, sagte die Inhaberin Petra Lange in Kassel."
    quotes = [f for f in read(text, "de")[1] if f.kind == "quote"]
    assert [f.speaker for f in quotes] == ["Petra Lange"]


@pytest.mark.parametrize(
    ("code", "text", "day", "value"),
    [
        ("pt", "As obras em Viseu arrancam no próximo dia 15, disse o autarca.", "próximo dia 15",
         "2026-12-15"),
        ("pt", "A ponte de Tavira fechou no dia 3 por causa das cheias.", "dia 3", "2026-12-03"),
        ("es", "El pasado día 30 se cortó la luz en Albacete.", "pasado día 30", "2026-11-30"),
    ],
)  # fmt: skip
def test_a_day_told_by_its_number(code: str, text: str, day: str, value: str) -> None:
    """'no próximo dia 15', 'el pasado día 30': a date of the month, no count of anything."""
    facts = read(text, code, "2026-12-09")[1]
    assert (day, value) in [(f.text, f.value) for f in facts if f.kind == "date"]
    assert not [f for f in facts if f.kind == "number"]


def test_a_roles_short_form_keeps_the_surnames_particles() -> None:
    """'topman Joost van der Heijden' is also 'topman van der Heijden', not 'topman Heijden'."""
    text = '"Dit doet pijn", zei topman Joost van der Heijden in Schiedam.'
    people = [f for f in read(text, "nl")[1] if f.kind == "person"]
    assert [f.aliases for f in people] == [("topman van der Heijden",)]


def test_a_catalan_regional_ministers_title_in_spanish_news() -> None:
    """'La consellera de Infraestructuras, Marta Sanchis,': the Generalitat's minister."""
    text = "La consellera de Infraestructuras, Marta Sanchis, visitó el puerto de Gandia."
    people = [(f.text, f.role) for f in read(text, "es")[1] if f.kind == "person" and sure(f)]
    assert people == [("Marta Sanchis", "consellera de Infraestructuras")]


def test_a_speaker_then_a_weekday_then_the_quote() -> None:
    """', X, a dénoncé mercredi « … »': the day stands between the verb and the mark."""
    text = (
        "Le président de la région, Loïg Kervarec, a dénoncé mercredi « une prise d'otage des "
        "usagers bretons »."
    )
    quotes = [f for f in read(text, "fr")[1] if f.kind == "quote"]
    assert [f.speaker for f in quotes] == ["Loïg Kervarec"]


def test_a_pages_byline_without_its_lead_word() -> None:
    """'Par Camille Le Goff' in the page's byline: the source is 'Camille Le Goff'."""
    page = (
        '<html lang="fr"><body><article><h1>Grève des contrôleurs à Quimper</h1>'
        '<p class="byline">Par Camille Le Goff</p><p>La moitié des TER ont été supprimés '
        "jeudi à Quimper en raison d'une grève des contrôleurs, a annoncé la SNCF.</p><p>La "
        "direction régionale prévoit un retour à la normale lundi.</p></article></body></html>"
    )
    report = analyze("page.html", Options(all_facts=True), page.encode())
    bylines = [f.text for f in report.facts if f.kind == "source" and f.source_kind == "byline"]
    assert bylines == ["Camille Le Goff"]


@pytest.mark.parametrize(
    ("code", "text", "person", "role"),
    [
        ("it", "L'assessora alla Scuola, Daniela Ferrante, ha visitato tre istituti a Forlì.",
         "Daniela Ferrante", "assessora alla Scuola"),
        ("it", "Lo ha annunciato ieri l'assessore al Bilancio, Sergio Manni, a Cesena.",
         "Sergio Manni", "assessore al Bilancio"),
        ("fr", "L'adjoint au maire, Paul Morvan, a inauguré la passerelle de Vannes.",
         "Paul Morvan", "adjoint au maire"),
        ("es", "Lo anunció ayer el consejero de Sanidad, Julián Peña, en Toledo.", "Julián Peña",
         "consejero de Sanidad"),
    ],
)  # fmt: skip
def test_a_role_with_a_contracted_link_or_after_an_object_pronoun(
    code: str, text: str, person: str, role: str
) -> None:
    """'alla', 'al', 'au' link a role to its portfolio; 'L'assessora' sheds its article; 'Lo
    ha annunciato ieri', 'Lo anunció ayer': a verb of saying after its object, then a day."""
    people = [(f.text, f.role) for f in read(text, code)[1] if f.kind == "person" and sure(f)]
    assert people == [(person, role)]


@pytest.mark.parametrize(
    ("code", "text", "value"),
    [
        ("pt", "A fábrica de Betim vai custar US$ 1,2 bilhão.", 1.2e9),
        ("pt", "A dívida das autarquias do Alentejo chegou a 1,2 biliões de euros.", 1.2e12),
        ("nl", "De staatsschuld van België nadert 1 biljoen euro.", 1e12),
        ("de", "Die Schulden des Landes Bremen liegen bei 2,5 Billion Euro.", 2.5e12),
    ],
)
def test_a_scale_word_from_cldr(code: str, text: str, value: float) -> None:
    """CLDR's long number words in the language and its regions: Brazil's 'bilhão' is 1e9,
    Portugal's 'bilião' 1e12 (the long scale), Dutch 'biljoen', German 'Billion'."""
    money = [f.value for f in read(text, code)[1] if f.kind == "money"]
    assert money == [value]


@pytest.mark.parametrize(
    ("code", "text"),
    [
        ("nl", "De brug bij Kampen gaat in mei dicht."),
        ("es", "El puente de Tudela cerrará en mayo."),
        ("es", "La feria de Albacete abre sus puertas."),
        ("de", "Der Bäcker in Celle hat geschlossen."),
    ],
)
def test_an_unsure_detector_guess_the_stop_words_agree_with(code: str, text: str) -> None:
    """py3langid below its bar of certainty on a short sentence, its guess among the languages
    whose stop words cover the sentence best: taken."""
    from newsfacts import language

    assert language.detect(text) == code


@pytest.mark.parametrize(
    ("code", "text", "speaker"),
    [
        ("es", "La gobernadora del banco, Patricia Olmedo, explicó en un comunicado que la "
         'inflación "ha cedido más rápido de lo esperado".', "Patricia Olmedo"),
        ("fr", "Le maire, Paul Henriot, a estimé qu'il s'agissait d'« une erreur de jugement "
         "majeure ».", "Paul Henriot"),
        ("de", "Anna Kolbe sagte, dass die Lage „sehr ernst und schwierig“ sei.", "Anna Kolbe"),
        ("nl", 'Burgemeester Eva Dijkhuis zei dat het besluit "een zware klap voor de stad" is.',
         "Eva Dijkhuis"),
    ],
)  # fmt: skip
def test_a_quote_inside_reported_speech(code: str, text: str, speaker: str) -> None:
    """'X explicó en un comunicado que la inflación "…"': the words quoted in a report are
    the speaker's, as a quote after the verb would be."""
    quotes = [f for f in read(text, code)[1] if f.kind == "quote"]
    assert [f.speaker for f in quotes] == [speaker]


def test_a_relative_clause_after_the_speaker_is_no_report() -> None:
    """'Lo ha detto il presidente X, che ha parlato di «…»': 'che' is 'who' after a comma."""
    text = (
        "Lo ha detto il presidente Carlo Varesi, che ha parlato di «una giornata importante "
        "per Biella»."
    )
    quotes = [f for f in read(text, "it")[1] if f.kind == "quote"]
    assert [f.speaker for f in quotes if f.quote_kind == "quote"] == []


@pytest.mark.parametrize(
    ("code", "text", "body", "source"),
    [
        ("it", "Il Comune di Vercelli ha approvato il bilancio. Secondo la Uiltec, il piano "
         "salva 200 posti.", "Comune di Vercelli", "Uiltec"),
        ("fr", "La Mairie de Brest a approuvé le budget. Selon la Capeb, le plan sauve 200 "
         "emplois.", "Mairie de Brest", "Capeb"),
        ("pt", "A Prefeitura de Sorocaba aprovou o orçamento. Segundo a Fenprof, o plano salva "
         "200 empregos.", "Prefeitura de Sorocaba", "Fenprof"),
    ],
)  # fmt: skip
def test_a_towns_government_and_a_source_after_according_to(
    code: str, text: str, body: str, source: str
) -> None:
    """'Il Comune di X ha approvato…', 'Secondo la Uiltec, …': the town's government is one
    organisation, and the body a text cites as its source is one too."""
    found = {(f.kind, f.text) for f in read(text, code)[1]}
    assert ("organization", body) in found
    assert ("organization", source) in found
