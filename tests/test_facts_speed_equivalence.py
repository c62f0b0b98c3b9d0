"""The fast paths of the facts stage give the same answers as the plain rules they replace."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

import pytest

from newsfacts.facts import dates, numbers
from newsfacts.facts.quotes import SpeakerIndex
from newsfacts.facts.tokens import bounded_ends, standalone_spans, tokenize
from newsfacts.model import Article, Document, Fact
from newsfacts.segment import segment

TEXT = (
    "Mayor Ilsa Brandt opened the new ferry terminal on Tuesday. "
    "The mayor's office said the work cost less than planned. "
    "Harbour chief Tomas Reyes praised the crews. "
    "He said the next pier would open in spring. "
    "Brandt's office declined to give a date. "
    "The office later issued a short note. "
    "Reyes' deputy, Ana Kowal, thanked the divers. "
    "She said the divers worked through the storm."
)


def naive_speaker(
    who: str | None, sentence: int, doc: Document, people: Sequence[Fact]
) -> str | None:
    """The original rule, scanning everything on every call."""
    if who is None:
        return None
    low = who.lower()
    if low in ("he", "she", "they"):
        before = [p for p in people if p.sentence <= sentence]
        return max(before, key=lambda p: p.sentence).text if before else None
    if low.startswith("the "):
        noun = low.split()[-1]
        text = doc.article.text[: doc.sentences[sentence].end]
        owners = re.findall(rf"\b([A-Z][\w-]+)['’]s\s+{re.escape(noun)}\b", text)
        return f"{owners[0]}'s {noun}" if owners else who
    for p in people:
        if who == p.text or who in p.aliases or who.endswith(" " + p.text.split()[-1]):
            return p.text
    return who


def test_speaker_index_matches_the_plain_rule_everywhere() -> None:
    doc = segment(Article(source="-", text=TEXT))
    people = [
        Fact("person", "Ilsa Brandt", 0, aliases=("Brandt",)),
        Fact("person", "Tomas Reyes", 2, aliases=("Reyes",)),
        Fact("person", "Ana Kowal", 6),
        Fact("person", "Ana Kowal", 6, aliases=("Kowal",)),  # a duplicate sentence: first wins
    ]
    whos = [None, "He", "she", "they", "the office", "the mayor", "the deputy", "the pier",
            "Brandt", "Mr Reyes", "Kowal", "Deputy Kowal", "Nobody Known"]  # fmt: skip
    index = SpeakerIndex(doc, people)
    assert len(doc.sentences) == 8
    for sentence in range(len(doc.sentences)):
        for who in whos:
            assert index.resolve(who, sentence) == naive_speaker(who, sentence, doc, people)
    assert index.resolve("the office", 5) == "Brandt's office"
    assert index.resolve("the office", 1) == "the office"  # no owner named yet


def test_tokenize_hands_out_a_fresh_list_each_time() -> None:
    first = tokenize("Officials at Kestrel Bay's port said so.")
    first.clear()
    again = tokenize("Officials at Kestrel Bay's port said so.")
    assert [t.text for t in again] == ["Officials", "at", "Kestrel", "Bay", "'s", "port", "said",
                                       "so", "."]  # fmt: skip


def test_dates_resolve_against_each_reference_date() -> None:
    text = "The ferry sailed on Monday and docked on 3 March 2019."
    early = {h.text: h.value for h in dates.find_dates(text, dt.date(2024, 9, 4))}
    later = {h.text: h.value for h in dates.find_dates(text, dt.date(2024, 9, 11))}
    unresolved = {h.text: h.value for h in dates.find_dates(text, None)}
    assert early == {"Monday": "2024-09-02", "3 March 2019": "2019-03-03"}
    assert later == {"Monday": "2024-09-09", "3 March 2019": "2019-03-03"}
    assert unresolved == {"Monday": None, "3 March 2019": "2019-03-03"}


def test_words_only_sentences_still_count_and_digits_still_price() -> None:
    words = [(h.text, h.value) for h in numbers.find_numbers("Two ferries left the quay.", [])]
    money = [(h.kind, h.value) for h in numbers.find_numbers("The pier cost $4 million.", [])]
    assert words == [("Two", 2.0)]
    assert money == [("money", 4_000_000.0)]


def test_standalone_spans_are_the_spans_of_the_lookaround_pattern() -> None:
    """Finding a name between non-word characters without a regex gives the regex's spans."""
    texts = [
        "Ann Lee, the mayor, met Ann Leeds and Ann Lee.",
        "AnnLee Ann Lee_x (Ann Lee) Ann Lee",
        "Ann Lee Ann Lee",
        "",
        "é Ann Lee é",
    ]
    for text in texts:
        for name in ("Ann Lee", "Ann", "Lee.", "e", "Ann Lee Ann"):
            want = [
                (m.start(), m.end()) for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text)
            ]
            assert list(standalone_spans(text, name)) == want
    assert list(standalone_spans("Ann Lee, then Ann Lee.", "Ann Lee")) == [(0, 7), (14, 21)]


def test_bounded_ends_are_where_the_word_bounded_pattern_can_end() -> None:
    """Every occurrence with a word boundary at both ends, overlapping ones too, as `\\bname\\b`."""
    for text in ("Ann Ann Ann", "AnnAnn Ann.", "(Co.) Co. Co.x", "", "Ann-Lee Ann_Lee"):
        for name in ("Ann", "Ann Ann", "Co.", "Lee", "Ann-"):
            pattern = re.compile(rf"\b{re.escape(name)}\b")
            want = [at + len(name) for at in range(len(text)) if pattern.match(text, at)]
            assert list(bounded_ends(text, name)) == want
    assert list(bounded_ends("Ann Ann Ann", "Ann Ann")) == [7, 11]


def test_fact_with_changes_matches_dataclasses_replace() -> None:
    """Fact.with_changes gives what dataclasses.replace gives, and leaves the original alone."""
    from dataclasses import replace

    fact = Fact("number", "three ferries", 2, value=3, about="ferries", mentions=1)
    fast = fact.with_changes(mentions=2, confidence=0.75)
    assert fast == replace(fact, mentions=2, confidence=0.75)
    assert fast.to_dict() == replace(fact, mentions=2, confidence=0.75).to_dict()
    assert hash(fast) == hash(replace(fact, mentions=2, confidence=0.75))
    assert fact.mentions == 1 and fact.confidence is None


def test_fact_with_changes_refuses_a_name_that_is_no_field() -> None:
    """As dataclasses.replace does, a misspelt field is an error, not a new attribute."""
    fact = Fact("number", "three ferries", 2, value=3)
    with pytest.raises(TypeError, match="mention"):
        fact.with_changes(mention=2)


def test_cached_attribute_runs_once_per_instance() -> None:
    """A cached attribute is computed on first read only, separately for each instance."""
    from dataclasses import dataclass

    from newsfacts.memo import cached_attribute

    calls: list[str] = []

    @dataclass(frozen=True)
    class Box:
        text: str

        @cached_attribute
        def shout(self) -> str:
            calls.append(self.text)
            return self.text.upper()

    a, b = Box("pier"), Box("quay")
    assert (a.shout, a.shout, b.shout) == ("PIER", "PIER", "QUAY")
    assert calls == ["pier", "quay"]
