"""More of our own short wire stories in six languages, each told differently from those in
test_language_names.py: 'vergangenen Freitag', 'samedi dernier', space and dot thousands,
»…« and « … » quotes, a speaker named before the quote ('Selon le maire, Paul Renaud, « … »'),
after a title with an abbreviation dot ('zei directeur dhr. Jan Bakker'), 'aldus'.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

import pytest

from newsfacts.model import Fact, Options
from newsfacts.pipeline import analyze

STORIES = {
    "de": """\
Die Messe in Leipzig zählte vergangenen Freitag 365 000 Besucher, 61 % mehr als im Vorjahr. \
Messechef Thomas Weber sagte: »Das ist ein Rekord für uns.« Die Tickets kosteten z. B. 25 \
Euro. Die Stadt nahm dadurch rund 12,5 Mio. Euro ein.""",
    "fr": """\
Le festival de Nantes a accueilli 120 000 visiteurs samedi dernier, soit 15 % de plus \
qu'en 2024. Selon le maire, Paul Renaud, « la ville a gagné 3,2 millions d'euros ». M. Renaud \
veut agrandir le site l'an prochain.""",
    "es": """\
El Gobierno de Chile aprobó el lunes pasado un fondo de 450 millones de dólares. El Sr. \
Pedro Alarcón, ministro de Hacienda, explicó que la inflación llegó al 4,2 %. «No habrá \
nuevos impuestos», aseguró Alarcón en Santiago.""",
    "it": """\
Il Comune di Napoli ha speso 3,5 milioni di euro per le strade, ha detto ieri il sindaco \
Paolo Esposito. La spesa è salita del 12 per cento rispetto al 2023. «Abbiamo rifatto 40 \
chilometri di asfalto», ha spiegato Esposito a Napoli.""",
    "pt": """\
O governo do Brasil anunciou na segunda-feira um investimento de R$ 2,5 bilhões em escolas. \
Segundo a ministra da Educação, Beatriz Lima, o número de alunos cresceu 3,5 por cento. \
"Cada escola vai receber novos computadores", afirmou Lima em Brasília.""",
    "nl": """\
Het transportbedrijf Delta Logistiek B.V. schrapt 600 banen in Utrecht, maakte de directie \
donderdag bekend. De omzet daalde met 8,5 procent tot 1,1 miljard euro. „Dit is een \
pijnlijke maar noodzakelijke stap”, zei directeur dhr. Jan Bakker.""",
}

# (date value, money (value, unit), percent value, speaker, people, places), the article
# dated Friday 10 October 2025.
EXPECTED = {
    "de": ("2025-10-03", (12_500_000, "EUR"), 61, "Thomas Weber", ["Thomas Weber"],
           ["Leipzig"]),
    "fr": ("2025-10-04", (3_200_000, "EUR"), 15, "Paul Renaud", ["Paul Renaud"], ["Nantes"]),
    "es": ("2025-10-06", (450_000_000, "USD"), 4.2, "Pedro Alarcón", ["Pedro Alarcón"],
           ["Santiago"]),
    "it": ("2025-10-09", (3_500_000, "EUR"), 12, "Paolo Esposito", ["Paolo Esposito"],
           ["Napoli"]),
    "pt": ("2025-10-06", (2_500_000_000, "BRL"), 3.5, "Beatriz Lima", ["Beatriz Lima"],
           ["Brasil", "Brasília"]),
    "nl": ("2025-10-09", (1_100_000_000, "EUR"), 8.5, "Jan Bakker", ["Jan Bakker"],
           ["Utrecht"]),
}  # fmt: skip


def facts_of(code: str) -> list[Fact]:
    """Every fact of one story, told its language and its date."""
    opts = Options(all_facts=True, language=code, reference_date="2025-10-10")
    return list(analyze("-", opts, STORIES[code].encode()).facts)


@pytest.mark.parametrize("code", sorted(STORIES))
def test_date_money_percent_speaker_people_places(code: str) -> None:
    """The resolved day, the amount with its currency, the share, who spoke, who and where."""
    date, money, percent, speaker, people, places = EXPECTED[code]
    found = facts_of(code)
    of = {k: [f for f in found if f.kind == k] for k in {f.kind for f in found}}
    assert date in [f.value for f in of.get("date", [])]
    assert money in [(f.value, f.unit) for f in of.get("money", [])]
    assert percent in [f.value for f in of.get("percent", [])]
    assert [f.speaker for f in of.get("quote", [])] == [speaker]
    assert sorted(f.text for f in of.get("person", [])) == sorted(people)
    assert sorted(f.text for f in of.get("place", [])) == sorted(places)


def test_a_german_quote_in_guillemets_ends_its_sentence() -> None:
    """'… für uns.« Die Tickets …': the closing « belongs to the sentence, the next one starts."""
    report = analyze("-", Options(language="de"), STORIES["de"].encode())
    texts = [s.text for s in report.sentences]
    assert "Messechef Thomas Weber sagte: »Das ist ein Rekord für uns.«" in texts
    assert "Die Tickets kosteten z. B. 25 Euro." in texts


def test_thousands_with_a_space_are_one_number() -> None:
    """'365 000 Besucher' and '120 000 visiteurs' are one number each."""
    for code, value in (("de", 365_000), ("fr", 120_000)):
        numbers = [f.value for f in facts_of(code) if f.kind == "number"]
        assert value in numbers, (code, numbers)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Die Lage sei ernst, so Brenner: „Wir müssen jetzt handeln.“", "Brenner"),
        ("Er kam spät, und seine Losung „Alles neu“ blieb.", None),
        ("Dann sagen sie voller Stolz: „Wir sind die Mehrheit.“", None),
        ("„Wir bauen weiter“, sagte Ina Geiger der Zeitung.", "Ina Geiger"),
        ("„Wir bauen weiter“, sagte Ina von der Heide am Montag.", "Ina von der Heide"),
    ],
)
def test_a_speaker_named_before_the_quote_is_a_name(text: str, speaker: str | None) -> None:
    """'so Brenner: „…“' names the speaker; a noun after 'so' or a role word does not."""
    from newsfacts.facts.speech import find_quotes
    from newsfacts.model import Sentence
    from newsfacts.segment import split_spans

    spans = split_spans(text)
    sentences = [Sentence(i, text[a:b], 0, a, b) for i, (a, b) in enumerate(spans)]
    assert find_quotes(text, sentences, "de")[0].speaker == speaker


def test_a_french_speaker_ends_before_the_words_after_the_name() -> None:
    from newsfacts.facts.speech import find_quotes
    from newsfacts.model import Sentence

    text = "« C'est un budget pour les écoles et les bus », a déclaré Mme Dubois devant la presse."
    sentences = [Sentence(0, text, 0, 0, len(text))]
    assert find_quotes(text, sentences, "fr")[0].speaker == "Mme Dubois"


@pytest.mark.parametrize(
    "text",
    [
        "시청은 목요일 새 정책을 발표했다. 시장은 시민의 안전을 위한 것이라고 말했다.",
        "市は木曜日に新しい政策を発表した。市長は市民のためだと述べた。",
    ],
)
def test_sentences_of_scripts_without_capitals_are_split(text: str) -> None:
    """A Korean full stop before hangul and a Japanese 。 end a sentence."""
    from newsfacts.segment import split

    assert len(split(text)) == 2


@pytest.mark.parametrize(
    ("code", "text", "first"),
    [
        (
            "es",
            "El contrato es de Aguas del Sur S.A. El director lo firmó.",
            "El contrato es de Aguas del Sur S.A.",
        ),
        (
            "nl",
            "Het contract is van Delta B.V. De directeur tekende.",
            "Het contract is van Delta B.V.",
        ),
        (
            "es",
            "Lo firmó el Sr. Ruiz en Sevilla. Todo fue bien.",
            "Lo firmó el Sr. Ruiz en Sevilla.",
        ),
    ],
)
def test_a_legal_form_with_a_dot_may_end_the_sentence(code: str, text: str, first: str) -> None:
    """'S.A.' and 'B.V.' before 'El'/'De' end a sentence; 'Sr.' before a name does not."""
    from newsfacts.model import Article
    from newsfacts.segment import segment

    doc = segment(Article(source="-", text=text, language=code))
    assert doc.sentences[0].text == first
    assert len(doc.sentences) == 2
