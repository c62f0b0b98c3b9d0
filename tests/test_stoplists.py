"""Stop words of a language without a lexicon: read from the index of every stoplist."""

from __future__ import annotations

import pytest

from newsfacts import lexicon
from newsfacts.cache import pack


@pytest.mark.parametrize("language", ["Polish", "Swedish", "Czech"])
def test_a_stoplist_view_holds_the_words_of_its_file(language: str) -> None:
    """The view answers, counts and lists exactly the words of the language's stoplist."""
    listed = lexicon.stoplists().get(language)
    if not listed:
        pytest.skip(f"no {language} stoplist installed")
    stops = lexicon.stopwords(language)
    assert not isinstance(stops, frozenset)  # a view, not a copy
    assert len(stops) == len(listed) and set(stops) == listed
    assert all(word in stops for word in listed)
    others = [w for lang, ws in lexicon.stoplists().items() if lang != language for w in ws]
    assert [w in stops for w in others[:3000]] == [w in listed for w in others[:3000]]
    assert "" not in stops and 3 not in stops and "zzqx" not in stops


def test_an_unknown_or_missing_language_has_no_stop_words() -> None:
    """No stoplist: an empty collection, so callers fall back as before."""
    assert not lexicon.stopwords("Klingon") and not lexicon.stopwords(None)


def test_a_lexicon_knows_its_words_of_wider_letters() -> None:
    """A word with a letter past U+00FF is kept apart from the packed list, and still known."""
    table = (pack(["ferry", "harbour"]), ("co₂-heffing",))
    words = lexicon.Lexicon(table)
    assert "co₂-heffing" in words and "harbour" in words
    assert "co2-heffing" not in words and "pier" not in words


@pytest.mark.parametrize(
    "text",
    [
        "",
        "plain words",
        "café “quoted”",
        "ぁ",
        "東京 tower",
        "\u303f\u303f",
        "x\ud800y",
        "한국어",
        "\U0001f600",
    ],
)
def test_reaches_unspaced_is_the_highest_character_test(text: str) -> None:
    from newsfacts.lexicon import FIRST_UNSPACED, reaches_unspaced

    assert reaches_unspaced(text) == (bool(text) and max(text) >= FIRST_UNSPACED)
