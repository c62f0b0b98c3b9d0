"""Lazily compiled regexes: same answers as re.compile, compiled only when first used."""

from __future__ import annotations

import re

from newsfacts.facts import quotes
from newsfacts.lazyre import lazy, may_contain


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


def test_may_contain_never_skips_a_text_a_case_blind_pattern_matches() -> None:
    """may_contain is a necessary test: wherever the case-blind pattern finds a needle, it says
    yes, also for the letters case-blind matching equates with ASCII ones ("ı", "ſ", "İ")."""
    needles = ("photo", "click")
    pattern = re.compile("|".join(needles), re.IGNORECASE)
    texts = ["A PHOTO of the quay", "Clıck to read", "The ſhore", "İmage: CLICK", "Ferry runs late"]
    for text in texts:
        if pattern.search(text):
            assert may_contain(text, needles, ignore_case=True)
    assert not may_contain("Ferry runs late", needles, ignore_case=True)
    assert may_contain("a Photo", ("Photo",)) and not may_contain("a photo", ("Photo",))


def test_gated_checks_and_numbers_agree_with_a_full_scan() -> None:
    """The summary's caption check and the number finder skip a scan only where it finds nothing."""
    from newsfacts.facts.number_patterns import NUMBER, PERCENT, numbers_in, percents
    from newsfacts.summarize.checks import CAPTION, is_caption

    texts = [
        "Harbour staff pose for a photo on the pier.",
        "Thirty-Two boats left, about 12 percent of the fleet.",
        "Nobody on the island waited long.",
        "The council met for ten hours.",
    ]
    for text in texts:
        assert is_caption(text) == (CAPTION.search(text) is not None)
        digit = any(c.isdigit() for c in text)
        assert [m.span() for m in numbers_in(text, digit)] == [
            m.span() for m in NUMBER.finditer(text)
        ]
        assert [m.span() for m in percents(text)] == [m.span() for m in PERCENT.finditer(text)]
