"""Long lists in one sentence cost time in proportion to their length: a body's tail of fields
('Stiftung für Malerei, Grafik, …, und Musik') and a long run of capitalised words tested for a
listed company's name. Every sentence here is our own, written for these tests.
"""

from __future__ import annotations

import pytest

from newsfacts.facts.names import body_tails, listed_runs
from newsfacts.facts.tokens import tokenize
from newsfacts.words import words_of

FIELDS = 400  # items of the list


def _words():  # type: ignore[no-untyped-def]
    words = words_of("de")
    assert words is not None
    return words


def test_a_long_list_of_fields_is_read_in_linear_time(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each comma of 'für Malerei, Grafik, …' does not read the rest of the list again."""
    fields = ", ".join(["Malerei", "Grafik", "Keramik", "Fotografie"] * (FIELDS // 4))
    text = f"Die Stiftung für {fields} und Musik hat gestern in Celle getagt."
    tokens = list(tokenize(text))
    calls = 0
    group = body_tails._noun_group

    def counted(*args):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return group(*args)

    monkeypatch.setattr(body_tails, "_noun_group", counted)
    found = list(body_tails.body_tails(tokens, [], _words()))
    assert found and tokens[found[0][1] - 1].text == "Musik"  # the whole list, one name
    assert calls < 4 * FIELDS


def test_a_long_capitalised_run_tries_only_a_listed_names_length(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A run of some hundred capitalised words is tested for a listed name only at its last
    words: no listed name is longer."""
    tokens = list(tokenize(" ".join(["Gerda Holm Pavel Rusk"] * 150)))
    calls = 0
    listed = listed_runs.listed_run

    def counted(*args):  # type: ignore[no-untyped-def]
        nonlocal calls
        calls += 1
        return listed(*args)

    monkeypatch.setattr(listed_runs, "listed_run", counted)
    text = " ".join(t.text for t in tokens)
    listed_runs.whole_company(text, tokens, (0, len(tokens)), False, _words())
    assert calls < len(tokens) // 10  # a listed name has a few words, the run 600
