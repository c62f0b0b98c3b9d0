"""Articles in other languages: the language is known, and names need more than capitals.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

from typer.testing import CliRunner

from newsfacts import language
from newsfacts.cli import app
from newsfacts.model import Article, Options
from newsfacts.pipeline import analyze

GERMAN = """Die Stadtwerke haben am Donnerstag neue Preise angekündigt. Der Strom wird für \
Haushalte um 12 Prozent teurer, teilte das Unternehmen in Hamburg mit.

Die Verbraucherzentrale kritisierte die Entscheidung scharf. Die Erhöhung bringt dem \
Unternehmen rund 3,5 Millionen Euro im Jahr. Im Frühjahr hatte die Stadt bereits die \
Wassergebühren erhöht, und auch in Deutschland steigen die Kosten.
"""

SPANISH = """El ministro de Economía, Ricardo Salvatierra, presentó el martes un plan de ayudas \
para los agricultores de Valencia. Según el ministerio, el programa costará 2.500 millones \
de euros.

Salvatierra viajará la próxima semana a Estados Unidos para reunirse con inversores. \
Asimismo, el Gobierno anunció nuevas medidas para las pequeñas empresas del sector.
"""

KOREAN = """서울시는 목요일 새로운 교통 정책을 발표했다. 김민수 시장은 이번 정책이 시민의 안전을 \
위한 것이라고 말했다. 이번 정책에는 약 300억 원의 예산이 투입된다. 시민 단체들은 이 결정을 \
환영했다.
"""

ENGLISH = """The city council of Millbrook approved a new budget on Tuesday, Mayor Ellen Carter \
said. The plan adds 40 new buses and costs about $12 million over two years.
"""


def names(text: str, code: str | None = None) -> dict[str, list[str]]:
    """The person, organisation and place facts of a pasted text, by kind."""
    report = analyze("-", Options(all_facts=True, language=code), text.encode())
    kinds = ("person", "organization", "place")
    return {k: [f.text for f in report.facts if f.kind == k] for k in kinds}


def test_page_tag_is_normalised_to_a_code() -> None:
    """'de-DE', 'pt_BR' and ' EN ' are de, pt and en; junk is no code."""
    assert language.normalize("de-DE") == "de"
    assert language.normalize("pt_BR") == "pt"
    assert language.normalize(" EN ") == "en"
    assert language.normalize("12") is None
    assert language.normalize(None) is None


def test_detector_reads_the_text_when_there_is_no_tag() -> None:
    """Korean and Spanish pasted text get their codes; a few letters get none."""
    assert language.detect(KOREAN) == "ko"
    assert language.detect(SPANISH) == "es"
    assert language.detect("ok 42") is None


def test_override_beats_the_page_tag() -> None:
    """--language wins over the page's own tag; the tag wins over the detector."""
    tagged = Article(source="-", text=SPANISH, language="en-GB")
    assert language.settle(tagged, "es", "en-GB").language == "es"
    assert language.settle(tagged, None, "en-GB").language == "en-GB"
    assert language.settle(Article(source="-", text=KOREAN), None, None).language == "ko"
    guessed = Article(source="-", text=ENGLISH * 3, language="eu")  # an unconfirmed guess
    assert language.settle(guessed, None, None).language == "en"


def test_german_nouns_are_no_names() -> None:
    """Capitalised German nouns are not shown as people or organisations; places still are."""
    found = names(GERMAN)
    shown = {n for kind in found.values() for n in kind}
    for noun in ("Preise", "Haushalte", "Prozent", "Millionen Euro", "Verbraucherzentrale",
                 "Entscheidung", "Donnerstag", "Stadt", "Wassergebühren", "Frühjahr"):  # fmt: skip
        assert noun not in shown
    assert "Hamburg" in found["place"]
    assert "Deutschland" in found["place"]  # CLDR's German country name
    assert not found["person"]


def test_spanish_names_and_country_names() -> None:
    """A Spanish person is kept, a sentence adverb is not a name, 'Estados Unidos' is a place."""
    found = names(SPANISH)
    assert "Ricardo Salvatierra" in found["person"]
    assert "Estados Unidos" in found["place"]
    assert "Asimismo" not in {n for kind in found.values() for n in kind}


def test_unsupported_language_shows_no_names() -> None:
    """Korean: no people, organisations or places rather than wrong ones; numbers still."""
    report = analyze("-", Options(all_facts=True), KOREAN.encode())
    assert report.article is not None and report.article.language == "ko"
    assert not [f for f in report.facts if f.kind in ("person", "organization", "place")]
    assert report.event.who is None and report.event.where is None


def test_english_names_unchanged_by_the_language_step() -> None:
    """English text keeps its names, with or without --language en."""
    assert "Ellen Carter" in names(ENGLISH)["person"]
    assert names(ENGLISH, "en") == names(ENGLISH)


def test_cli_language_option_and_note() -> None:
    """--language ko says under the facts why no names are shown; a bad code is a usage error."""
    runner = CliRunner()
    result = runner.invoke(app, ["-", "-f", "text", "--language", "ko"], input=KOREAN)
    assert result.exit_code == 0
    assert "names in 'ko' text are not supported" in result.output
    bad = runner.invoke(app, ["-", "--language", "12"], input=ENGLISH)
    assert bad.exit_code == 2


FIGURES = {
    "de": ("Die Reform kostet 3,5 Milliarden Euro, 12 Prozent mehr als geplant.",
           [("money", 3.5e9, "EUR"), ("percent", 12, "%")]),
    "es": ("El plan costará 2.500 millones de euros y subirá un 61 % el gasto.",
           [("money", 2.5e9, "EUR"), ("percent", 61, "%")]),
    "fr": ("La ville compte 365 000 habitants et investit 1,2 milliard d’euros, soit 8 %.",
           [("number", 365000, None), ("money", 1.2e9, "EUR"), ("percent", 8, "%")]),
    "it": ("Il governo stanzia 4,5 miliardi di euro, il 7 per cento del bilancio.",
           [("money", 4.5e9, "EUR"), ("percent", 7, "%")]),
    "pt": ("O projeto custa 12,5 milhões de reais e cresceu 3,4 por cento.",
           [("money", 12.5e6, "BRL"), ("percent", 3.4, "%")]),
    "nl": ("De gemeente trekt 2,5 miljoen euro uit, 15 procent meer dan vorig jaar.",
           [("money", 2.5e6, "EUR"), ("percent", 15, "%")]),
}  # fmt: skip


def test_figures_with_each_languages_marks() -> None:
    """Decimal commas, dot and space thousands, scale, currency and per-cent words."""
    for code, (text, expected) in FIGURES.items():
        report = analyze("-", Options(all_facts=True, language=code), text.encode())
        got = [
            (f.kind, f.value, f.unit)
            for f in report.facts
            if f.kind in ("money", "percent", "number")
        ]
        for kind, value, unit in expected:
            assert any(k == kind and v == value and u == unit for k, v, u in got), (code, got)
        assert len(got) == len(expected), (code, got)  # no stray piece of a number


DATES = {
    "de": ("Der Rat hat am Donnerstag beraten. Die Wahl folgt im April 2025.",
           {"2025-03-06", "2025-04"}),
    "fr": ("Le ministre a parlé mardi. Le vote aura lieu le 2 mars 2025.",
           {"2025-03-04", "2025-03-02"}),
    "es": ("El gobierno anunció el martes pasado que la ley entra en vigor el 1 de abril de 2025.",
           {"2025-03-04", "2025-04-01"}),
    "it": ("Il governo ha detto ieri che dal 1° aprile cambia la tariffa.",
           {"2025-03-06", "2025-04-01"}),
    "pt": ("O ministro falou na sexta-feira passada sobre o plano de 3 de março de 2025.",
           {"2025-02-28", "2025-03-03"}),
    "nl": ("De minister zei dinsdag dat de wet op 30.01.2026 ingaat.",
           {"2025-03-04", "2026-01-30"}),
}  # fmt: skip


def test_dates_in_each_language_resolve_like_english() -> None:
    """Weekdays, day words and written dates resolve against the article date (a Friday)."""
    for code, (text, expected) in DATES.items():
        opts = Options(all_facts=True, language=code, reference_date="2025-03-07")
        report = analyze("-", opts, text.encode())
        values = {f.value for f in report.facts if f.kind == "date"}
        assert expected <= values, (code, values)


QUOTES = {
    "de": ("„Wir können die Kosten nicht länger tragen“, sagte Klaus Brenner in Hamburg.",
           "Klaus Brenner"),
    "fr": ("« Nous allons investir dans les écoles », a déclaré Marie Lefèvre à Lyon.",
           "Marie Lefèvre"),
    "es": ("«El plan llegará a todos los agricultores», afirmó Ricardo Salvatierra en Toledo.",
           "Ricardo Salvatierra"),
    "it": ("«Il progetto è pronto per partire», ha detto Giulia Moretti a Bologna.",
           "Giulia Moretti"),
    "pt": ("“O governo vai cumprir todas as metas”, disse Ana Pereira em Coimbra.",
           "Ana Pereira"),
    "nl": ('"We gaan gewoon door met het plan," zei Pieter de Graaf in Utrecht.',
           "Pieter de Graaf"),
}  # fmt: skip


def test_quotes_and_speakers_in_each_language() -> None:
    """The language's quote marks and speech verbs; the speaker is shown as a person."""
    for code, (text, speaker) in QUOTES.items():
        report = analyze("-", Options(all_facts=True, language=code), text.encode())
        said = [f.speaker for f in report.facts if f.kind == "quote"]
        assert said == [speaker], (code, said)
        assert speaker in [f.text for f in report.facts if f.kind == "person"], code
        assert [f.text for f in report.facts if f.kind == "place"], code


def test_event_in_another_language_reads_no_english_grammar() -> None:
    """A German headline's first word is no 'who' and its cut-off words no 'what'."""
    from newsfacts.facts.event import build_event
    from newsfacts.model import Fact

    title = "Ruderverein feiert Jubiläum am Stausee"
    lead = "Zum 50. Geburtstag lud der Ruderverein am Samstag an den Stausee ein."
    event = build_event(title, lead, (), "2025-06-07", None, english=False)
    assert event.who is None
    assert event.what == title
    assert build_event(title, lead, (), None, None).who == "Ruderverein"  # English grammar reads it
    town = "Stellenangebot: Erzieherin in Lindenau gesucht"
    place = (Fact("place", "Lindenau", 0, confidence=0.9),)
    assert build_event(town, lead, place, None, None, english=False).who is None  # no place
    unsure = (Fact("organization", "Games", 0, confidence=0.4),)
    assert build_event("Games und Lernen", lead, unsure, None, None, english=False).who is None


def test_event_place_in_another_language_is_one_the_table_shows() -> None:
    """An unsure place ('Privat Werk', confidence 0.5) is not the where of a German story."""
    from newsfacts.facts.event_place import event_place
    from newsfacts.facts.names import Entity
    from newsfacts.facts.names.model import Mention
    from newsfacts.model import Fact

    def place(name: str, cite: int) -> Entity:
        return Entity(
            name, [Mention(name, cite, "body", ("in",), (), False, False, cite)], [name], "place"
        )

    entities = [place("Privat Werk", 0), place("Lindenau", 1)]
    facts = [
        Fact("place", "Privat Werk", 0, confidence=0.5),
        Fact("place", "Lindenau", 1, confidence=0.9),
    ]
    assert event_place(entities, facts, None, english=False) == "Lindenau"
    assert event_place(entities, facts, None) == "Privat Werk"  # English keeps every place
    # A town only the fifth sentence names ('In Kellinghusen gibt es das auch.') is no where
    later = [place("Kellinghusen", 4)]
    fact = [Fact("place", "Kellinghusen", 4, confidence=0.9)]
    assert event_place(later, fact, None, english=False) is None
    assert event_place(later, fact, None) == "Kellinghusen"
    title = "Neues Kino in Kellinghusen eröffnet"
    assert event_place(later, fact, None, english=False, title=title) == "Kellinghusen"
    assert event_place(later, fact, None, english=False, title="Kellinghusener Kino") is None


def test_quoted_titles_without_a_speaker_are_not_quotes() -> None:
    """A capitalised title set inside a sentence is hidden; speech opening a sentence, after a
    colon or before its attribution, reported words in lower case, and a quote with its
    speaker are shown."""
    from newsfacts.facts.speech import find_quotes
    from newsfacts.model import Sentence

    lines = [
        "Für die Kulissen des Films „Wo bleibt der Sommer, Herr Lenz?“ erhielt sie einen Preis.",
        "Mehr steht im Beitrag „Neue Wege für alte Gleise im Umland“ auf der Seite des Vereins.",
        "Die Hallen seien voll. „Wir öffnen die Halle erst im Herbst wieder“, erzählt er.",
        "Der Aushang war deutlich: „Die Brücke bleibt bis Freitag für Autos gesperrt.“",
        "Le festival « Les Nuits du Vieux Port en musique » revient cet été.",
        "Die Nachfrage sei „höher als alles, was wir kennen“.",
        "„Das Dach ist dicht und der Boden trocken“, sagte Ilse Brandauer am Morgen.",
    ]  # fmt: skip
    text, sentences, start = "", [], 0
    for i, line in enumerate(lines):
        sentences.append(Sentence(i, line, i, start, start + len(line)))
        text += line + " "
        start += len(line) + 1
    shown = [q.text for q in find_quotes(text, sentences, "de") if not q.scare]
    assert shown == [
        "Wir öffnen die Halle erst im Herbst wieder",
        "Die Brücke bleibt bis Freitag für Autos gesperrt.",
        "höher als alles, was wir kennen",
        "Das Dach ist dicht und der Boden trocken",
    ]


def test_a_number_that_labels_a_word_is_no_count() -> None:
    """'§ 12', 'Abs. 2', 'Halle 4 auf' and 'Windows 11 und' are labels; counts stay."""
    from newsfacts.facts.figures import find_figures

    def found(text: str) -> list[str]:
        return [h.text for h in find_figures(text, [], "de")]

    assert found("Das regelt § 12 der Satzung.") == []
    assert found("Es gilt Abs. 2 des Vertrags.") == []
    assert found("Der Stand ist in Halle 4 auf dem Messegelände.") == []
    assert found("Das Programm läuft unter Windows 11 und auf 5 weiteren Systemen.") == ["5"]
    assert found("Das Dorf hat 300 Einwohner.") == ["300"]
    assert found("Im Dorf Lindenau 300 Einwohner zu zählen, dauert.") == ["300"]
    assert found("Der Sprung von Vereinskollegin Ebert 5,12 m reichte.") == ["5,12"]  # a unit
    assert found("Für die Anlage Leistung 200 bis 400 Euro.") == ["200", "400 Euro"]  # a range


def test_event_what_in_another_language_drops_the_site_name() -> None:
    """The headline loses the site's name or address before or after it, not other parts."""
    from newsfacts.facts.event import build_event
    from newsfacts.model import Fact

    lead = "Der Verein lud am Samstag zum Fest an den Stausee ein."
    site = (Fact("source", "Seeblick Rundschau", 0), Fact("source", "Ina", 0))
    cases = {
        "Fest am Stausee | Seeblick Rundschau": "Fest am Stausee",
        "SEEBLICK RUNDSCHAU - Fest am Stausee": "Fest am Stausee",
        "Fest am Stausee – www.seeblick-online.de": "Fest am Stausee",
        "Fest am Stausee - Ina erzählt": "Fest am Stausee - Ina erzählt",
        "Wetter - Regen am Stausee": "Wetter - Regen am Stausee",
    }
    for title, what in cases.items():
        assert build_event(title, lead, site, None, None, english=False).what == what, title
    assert build_event("Seeblick Rundschau", lead, site, None, None, english=False).what is None


def test_mixed_quote_marks_pair_with_their_own_quote() -> None:
    """„…", "…“ and “…" are each one quote: the closing mark of one never pairs with the next."""
    from newsfacts.facts.speech import find_quotes
    from newsfacts.model import Sentence

    lines = [
        'Der Bürgermeister nannte das Treffen einen „Runden Tisch". Viele kamen.',
        'Auf dem Schild stand „Bitte nicht füttern". Die Ziegen blieben hungrig.',
        '"Wir sparen jedes Jahr 30 Prozent Strom“, sagt Jana Riedel.',
        '"Das Lager ist fast leer“, sagte Otto Brandt am Abend.',
        '“Wir bleiben bis zum Ende", dijo el portavoz. Y añadió: "Nadie se rinde aquí".',
    ]
    text, sentences, start = "", [], 0
    for i, line in enumerate(lines):
        sentences.append(Sentence(i, line, i, start, start + len(line)))
        text += line + " "
        start += len(line) + 1
    found = [(q.text, q.speaker) for q in find_quotes(text, sentences, "de")]
    assert found == [
        ("Runden Tisch", None),
        ("Bitte nicht füttern", None),
        ("Wir sparen jedes Jahr 30 Prozent Strom", "Jana Riedel"),
        ("Das Lager ist fast leer", "Otto Brandt"),
        ("Wir bleiben bis zum Ende", None),
        ("Nadie se rinde aquí", None),
    ]


def test_a_dot_groups_three_digits_and_marks_decimals_before_one_or_two() -> None:
    """'10.000 euros' in French is ten thousand (never '000 euros'); '4.9 Prozent' and '3.2 por
    ciento' keep their decimals, as Swiss and American-Spanish writers mean them."""
    cases = {
        "fr": ("La commune a payé 10.000 euros puis 1.250.000 euros.", {10_000.0, 1_250_000.0}),
        "de": ("Ein Leasing zu 4.9 Prozent, ein Kredit zu 7.90%.", {4.9, 7.9}),
        "es": ("La inflación fue del 3.2 por ciento en marzo.", {3.2}),
    }
    for code, (text, expected) in cases.items():
        report = analyze("-", Options(all_facts=True, language=code), text.encode())
        values = {f.value for f in report.facts if f.kind in ("money", "percent", "number")}
        assert values == expected, (code, values)


def test_a_dateline_in_the_language_dates_the_weekdays() -> None:
    """With no page date, 'LYON, 9 déc. 2026 (AFP) -' is the day the weekdays count from, as
    an English dateline is."""
    cases = {
        "fr": "LYON, 9 déc. 2026 (AFP) - Le syndicat a annoncé mardi une grève.",
        "de": "BERLIN, 9. Dezember 2026 (dpa) - Die Gewerkschaft hat am Dienstag gestreikt.",
    }
    for code, text in cases.items():
        report = analyze("-", Options(language=code), text.encode())
        values = {f.value for f in report.facts if f.kind == "date"}
        assert values == {"2026-12-08", "2026-12-09"}, (code, values)
        assert report.event.when == "2026-12-08", code
