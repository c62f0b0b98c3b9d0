"""Lazily compiled regexes: same answers as re.compile, compiled only when first used."""

from __future__ import annotations

import re

from newsfacts.facts import quotes
from newsfacts.lazyre import lazy


def test_lazy_pattern_compiles_on_first_use_only() -> None:
    """Nothing is compiled at creation; the first match compiles once and keeps it."""
    pattern = lazy(r"\bk(?P<v>\w+)", re.I)
    assert pattern.compiled_pattern is None
    assert pattern.search("a Kite flew") is not None
    first = pattern.compiled_pattern
    assert first is not None
    pattern.findall("kelp kiln")
    assert pattern.compiled_pattern is first


def test_lazy_pattern_answers_as_re_compile() -> None:
    """Every method gives what the compiled pattern gives, positions included."""
    source, text = r"(\d+)-(\d+)", "rooms 12-14 and 3-5, floor 7-9"
    eager, late = re.compile(source), lazy(source)
    assert [m.span() for m in late.finditer(text)] == [m.span() for m in eager.finditer(text)]
    assert late.findall(text, 5) == eager.findall(text, 5)
    assert late.match(text, 6) is not None and late.match(text) is None
    assert late.fullmatch("3-5") is not None
    found = late.search(text, 12, 20)
    assert found is not None and found.group() == "3-5"


def test_quote_cue_words_rebuild_the_cue_alternation() -> None:
    """Each cue the speaker patterns accept starts with one of the cue words of the pre-test."""
    cues = re.findall(r"\(\?P<cue>([^)]*)\)", quotes.AFTER[0][1].pattern)
    assert cues
    for alternative in cues[0].split("|"):
        assert alternative.split("\\")[0] in quotes.CUE_WORDS
