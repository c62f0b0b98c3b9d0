"""Sentence ends in other languages: abbreviations and day numbers do not end a sentence.

Every text here is our own, written for these tests.
"""

from __future__ import annotations

from newsfacts.model import Article
from newsfacts.segment import segment

GERMAN = (
    "Der Vorstand trifft sich am 2. März in Köln. Er will z. B. über Preise sprechen. "
    "Das kostet 3 Mio. Euro im Jahr."
)


def sentences(text: str, code: str | None) -> list[str]:
    """The sentences of a one-paragraph article in a language."""
    return [s.text for s in segment(Article(source="-", text=text, language=code)).sentences]


def test_german_day_number_and_abbreviations_end_no_sentence() -> None:
    """'am 2. März', 'z. B.' and 'Mio.' stay inside their sentences."""
    assert sentences(GERMAN, "de") == [
        "Der Vorstand trifft sich am 2. März in Köln.",
        "Er will z. B. über Preise sprechen.",
        "Das kostet 3 Mio. Euro im Jahr.",
    ]


def test_titles_in_spanish_and_dutch() -> None:
    """'la Sra. Gómez' and 'dhr. Visser' are no sentence ends; real ends still are."""
    spanish = "Habló la Sra. Gómez con la prensa. Después se fue."
    assert sentences(spanish, "es") == ["Habló la Sra. Gómez con la prensa.", "Después se fue."]
    dutch = "Volgens dhr. Visser gaat het door. Hij is tevreden."
    assert sentences(dutch, "nl") == ["Volgens dhr. Visser gaat het door.", "Hij is tevreden."]


def test_english_and_unknown_languages_are_split_as_before() -> None:
    """The hook leaves English alone: the same text splits the same without a language."""
    text = "The board meets on Monday. It will talk about prices."
    assert (
        sentences(text, "en")
        == sentences(text, None)
        == [
            "The board meets on Monday.",
            "It will talk about prices.",
        ]
    )


def test_a_day_number_before_another_word_still_ends_a_sentence() -> None:
    """'... im Jahr 12. Danach ...': a number ending a sentence before no month is an end."""
    text = "Die Mannschaft wurde 12. Danach kam die Pause."
    assert sentences(text, "de") == ["Die Mannschaft wurde 12.", "Danach kam die Pause."]


def test_german_ordinal_after_an_article_ends_no_sentence() -> None:
    """'zum 6. Mal' and 'den 3. Platz' are ordinals; a count ending a sentence still ends it."""
    text = (
        "Das Hafenfest findet zum 6. Mal statt. Der Verein holte den 3. Platz. "
        "Gemeldet haben sich 12. Die Jury tagt im Mai."
    )
    assert sentences(text, "de") == [
        "Das Hafenfest findet zum 6. Mal statt.",
        "Der Verein holte den 3. Platz.",
        "Gemeldet haben sich 12.",
        "Die Jury tagt im Mai.",
    ]


def test_german_closing_quote_glued_to_the_full_stop_ends_the_sentence() -> None:
    """In „…“ the “ closes: '…Stadt.“ Die Kosten…' is two sentences, '„Halt!“ und' is one."""
    text = (
        "Die Bürgermeisterin sagte: „Das ist ein guter Tag für Lindenau.“ Die Kosten trägt das "
        "Land. Sie rief „Halt!“ und lief los."
    )
    assert sentences(text, "de") == [
        "Die Bürgermeisterin sagte: „Das ist ein guter Tag für Lindenau.“",
        "Die Kosten trägt das Land.",
        "Sie rief „Halt!“ und lief los.",
    ]
