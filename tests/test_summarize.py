"""Tests for the summarize stage: the news ranker, the sumy adapters, lengths (own text)."""

from __future__ import annotations

import pytest

from newsfacts import summarize as sm
from newsfacts.errors import UsageError
from newsfacts.model import Article, Document, Options
from newsfacts.segment import segment

STORY = """Harbour city opens new tram line

The city of Norhaven opened its first tram line on Monday, linking the harbour with the \
university after six years of construction. Mayor Ilse Brandt said the 12-kilometre line \
cost 410 million euros and would carry 40,000 passengers a day.

Passengers rode for free on the opening day. “This is the biggest change to our streets in \
a century,” Brandt said at the harbour stop.

A tram waits at the harbour stop on Monday. (Photo: City of Norhaven)

By Karl Weiss

Construction was delayed twice, first by a dispute with the builder and then by flooding in \
2021. The council approved the final budget in March after a long debate.

Shop owners along the route said trade fell during the works. Several of them asked the \
council for compensation.

“We lost a third of our customers.”

Tickets will cost 2.10 euros from Tuesday. Students at the university will ride at half \
price, the transport office said.

The next line, to the airport, is planned for 2029."""

TITLE = "Norhaven opens its first tram line"


def story(title: str | None = TITLE) -> Document:
    """The example article, segmented."""
    return segment(Article(source="story.txt", text=STORY, title=title))


def test_registry_names() -> None:
    """The default plus every sumy method is available by name."""
    expected = {"news", "luhn", "lsa", "lexrank", "textrank", "sumbasic", "kl"}
    expected |= {"edmundson", "reduction", "random"}
    assert expected <= set(sm.SUMMARIZERS)


def test_unknown_method_is_usage_error() -> None:
    """An unknown method name raises UsageError naming the choices."""
    with pytest.raises(UsageError, match="luhn"):
        sm.summarize(story(), Options(method="nope"))


def test_news_summary_shape() -> None:
    """Article order, verbatim texts, matching indices, requested length, scores set."""
    doc = story()
    out = sm.summarize(doc, Options(sentences=3))
    assert len(out) == 3
    assert [s.sentence for s in out] == sorted(s.sentence for s in out)
    for s in out:
        assert doc.sentences[s.sentence].text == s.text
        assert s.score > 0


def test_news_starts_with_the_lead() -> None:
    """The opening news sentence is picked."""
    out = sm.summarize(story(), Options(sentences=3))
    assert out[0].text.startswith("The city of Norhaven opened")


def test_news_never_picks_junk() -> None:
    """No headline line, caption, byline or quote torn from its speaker, at any length."""
    doc = story()
    out = sm.summarize(doc, Options(sentences=len(doc.sentences) - 5))
    texts = " ".join(s.text for s in out)
    assert "Harbour city opens new tram line" not in texts
    assert "(Photo:" not in texts
    assert "By Karl Weiss" not in texts
    assert "We lost a third" not in texts


def test_quote_with_attribution_is_allowed() -> None:
    """A quotation that names its speaker is a normal sentence."""
    assert sm.eligible("“This is the biggest change in a century,” the mayor said at the stop.")
    assert not sm.eligible("“This is the biggest change in a century.”")


@pytest.mark.parametrize(
    "text",
    [
        "Photo: Jana Roe for the Daily Planet",
        "By Karl Weiss",
        "Rail strike hits commuters",
        "Short one.",
        "Scroll down for video of the opening.",
    ],
)
def test_junk_lines_are_not_eligible(text: str) -> None:
    """Captions, bylines, headers and scraps are filtered out."""
    assert not sm.eligible(text)


def test_redundant_sentence_not_picked_twice() -> None:
    """MMR keeps a near-duplicate of the lead out of a short summary."""
    text = (
        "The river burst its banks in Lenz on Sunday, flooding 200 homes.\n\n"
        "The river burst its banks in Lenz on Sunday, flooding 200 homes overnight.\n\n"
        "Rescue teams moved 600 residents to schools and sports halls in the town.\n\n"
        "The weather service expects more rain in the hills on Wednesday afternoon.\n\n"
        "Farmers in the valley reported heavy losses of winter wheat and barley."
    )
    doc = segment(Article(source="x", text=text, title="Floods in Lenz"))
    picked = [s.sentence for s in sm.news(doc, 2)]
    assert not {0, 1} <= set(picked)


def test_lengths() -> None:
    """--sentences, --ratio and the automatic default."""
    assert sm.summary_length(40, 5, None) == 5
    assert sm.summary_length(4, 5, None) == 4
    assert sm.summary_length(40, None, 0.25) == 10
    assert sm.summary_length(3, None, 0.01) == 1
    assert sm.summary_length(10, None, None) == 3
    assert sm.summary_length(2, None, None) == 2
    assert 3 < sm.summary_length(120, None, None) <= 10


@pytest.mark.parametrize(("sentences", "ratio"), [(0, None), (None, 0.0), (None, 1.5), (2, 0.5)])
def test_bad_lengths_are_usage_errors(sentences: int | None, ratio: float | None) -> None:
    """Invalid or conflicting length options raise UsageError."""
    with pytest.raises(UsageError):
        sm.summarize(story(), Options(sentences=sentences, ratio=ratio))


def test_empty_document() -> None:
    """No sentences, no summary."""
    doc = segment(Article(source="x", text=""))
    assert sm.summarize(doc, Options()) == ()


def test_tokenizer_protocol() -> None:
    """Our tokenizer offers what sumy calls, with our splitter and word pattern."""
    tok = sm.Tokenizer()
    assert tok.language == "english"
    assert tok.to_sentences("Dr. Kim left. The talks ended.") == (
        "Dr. Kim left.",
        "The talks ended.",
    )
    assert tok.to_words("U.S. talks, 3.5% rise; don't.") == ("U.S", "talks", "3.5", "rise", "don't")


def test_every_sumy_method_runs_without_nltk_data(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each sumy method summarises offline: any NLTK data lookup would fail the test."""
    import nltk.data

    def no_data(*args: object, **kwargs: object) -> None:
        raise AssertionError("NLTK data must not be used")

    monkeypatch.setattr(nltk.data, "find", no_data)
    monkeypatch.setattr(nltk.data, "load", no_data)
    doc = story()
    for name in sm.SUMY_METHODS:
        out = sm.summarize(doc, Options(method=name, sentences=2))
        assert len(out) == 2, name
        assert all(doc.sentences[s.sentence].text == s.text for s in out), name


def test_sumy_long_input_is_capped() -> None:
    """Long inputs are chunked and capped: only the first SUMY_CAP sentences can be chosen."""
    body = " ".join(f"Item {i} of the register lists the {i}th ship in port." for i in range(300))
    doc = segment(Article(source="x", text=body))
    assert len(doc.sentences) == 300
    out = sm.summarize(doc, Options(method="textrank", sentences=4))
    assert len(out) == 4
    assert all(s.sentence < sm.SUMY_CAP for s in out)


def test_news_long_input() -> None:
    """The default ranks long inputs across windows and still returns the asked length."""
    body = "\n\n".join(f"Report {i} says the port moved {i} tonnes of grain." for i in range(400))
    doc = segment(Article(source="x", text=body, title="Port grain report"))
    out = sm.summarize(doc, Options(sentences=6))
    assert len(out) == 6
    assert len({s.sentence for s in out}) == 6


def test_lead_share_profiles() -> None:
    """Short summaries of long stories lean on the lead; long summaries on the body."""
    assert sm.lead_share(3, 40) == 1.0
    assert sm.lead_share(8, 20) == 0.0
    weights = sm.profile(3, 40)
    assert weights["position"] > weights["graph"]


def test_explain_adds_up() -> None:
    """The explanation's signal shares sum to the score; junk lines say why they were skipped."""
    doc = story()
    count = len(doc.sentences) // 2  # past the lead: the ranker chooses
    rows = sm.explain(doc, count)
    assert len(rows) == len(doc.sentences)
    assert {r["chosen_by"] for r in rows} == {"ranker"}
    assert sum(r["picked"] for r in rows) == count
    for row in rows:
        assert sum(row["signals"].values()) == pytest.approx(row["score"])
    reasons = {doc.sentences[r["sentence"]].text: r["rejected"] for r in rows}
    assert reasons["By Karl Weiss"] == "caption"
    assert reasons["“We lost a third of our customers.”"] == "torn_quote"
    assert reasons["Harbour city opens new tram line"] == "fragment"


def test_explain_says_the_lead_was_taken() -> None:
    """When the summary is the lead, the explanation shows no ranker signals and says why."""
    doc = story()
    rows = sm.explain(doc, 3)
    picked = [r["sentence"] for r in rows if r["picked"]]
    assert picked == [s.sentence for s in sm.news(doc, 3)]
    assert all(r["chosen_by"] == "lead" and r["signals"] == {} for r in rows)
    assert "lead taken" in rows[0]["why"]


def test_signals_are_scaled_per_sentence() -> None:
    """Every registered signal yields one value per sentence; the lead ranks first by position."""
    from collections import Counter

    doc = story()
    bags = [Counter(sm.content_stems(s.text)) for s in doc.sentences]
    for name, fn in sm.SIGNALS.items():
        assert len(fn(doc, bags)) == len(doc.sentences), name
    position = sm.position_signal(doc, bags)
    assert position[0] == max(position)


def test_torn_quote_only_with_its_speaker() -> None:
    """A quotation whose speaker is in the next sentence is picked only together with it."""
    text = (
        "The port of Lenz will close its oldest dock in June after a vote on Friday. "
        "“The dock has served us for ninety years and the ships have outgrown it.” "
        "That was the view of board chair Mira Holt, who said the land would become a park."
    )
    doc = segment(Article(source="x", text=text, title="Lenz dock to close"))
    quote = 1
    assert sm.quote_partner(doc, quote) == 2
    for count in (1, 2, 3):
        picked = {s.sentence for s in sm.news(doc, count)}
        assert quote not in picked or 2 in picked


def test_quote_taken_with_its_speaker_across_a_paragraph_break() -> None:
    """A strong quote whose speaker is the previous one-sentence paragraph comes in with it."""
    text = (
        "Orchard growers in Velden expect a record apple harvest this autumn.\n\n"
        "Cooperative head Ilse Varga said the apple harvest would beat last year's record.\n\n"
        "“The apple harvest in Velden will beat the record, and growers will hire pickers.”\n\n"
        "Rain fell on Tuesday."
    )
    doc = segment(Article(source="x", text=text, title="Velden apple harvest"))
    assert sm.rejection(doc.sentences[2].text) == "torn_quote"
    assert sm.quote_partner(doc, 2) == 1
    for count in (1, 2, 3):
        picked = {s.sentence for s in sm.news(doc, count)}
        assert 2 not in picked or 1 in picked


def test_mmr_takes_a_quote_and_its_partner_together() -> None:
    """The quote/speaker unit is ranked by its mean score and takes two slots, or none."""
    scores = [0.4, 0.5, 0.9, 0.6]
    vecs = {i: {f"w{i}": 1.0} for i in range(4)}
    assert sorted(sm.mmr_select(scores, vecs, [2, 3], 2, 0.0, {2: 0})) == [0, 2]
    assert sm.mmr_select(scores, vecs, [2, 3], 1, 0.0, {2: 0}) == [3]
    assert sorted(sm.mmr_select(scores, vecs, [1, 2, 3], 2, 0.0, {2: 1})) == [1, 2]


def test_long_summaries_use_the_body_profile() -> None:
    """A summary of over a third of the article ranks by centrality alone."""
    assert sm.lead_share(3, 8) == 0.0
    assert sm.profile(3, 8) == sm.BODY_PROFILE
    assert 0.0 < sm.lead_share(3, 9) <= 1.0


def test_short_summary_is_the_lead() -> None:
    """Up to three sentences and two fifths of the story: the lead; longer: the ranker decides."""
    assert sm.lead_is_summary(3, 30)
    assert sm.lead_is_summary(3, 8)
    assert not sm.lead_is_summary(3, 6)
    assert not sm.lead_is_summary(4, 40)


def test_lead_skips_headings_captions_and_repeats() -> None:
    """The lead passes over a heading line, a photo credit and a repeated sentence."""
    text = (
        "Lenz floods\n\n"
        "The river burst its banks in Lenz on Sunday, flooding 200 homes.\n\n"
        "The river burst its banks in Lenz on Sunday, flooding 200 homes overnight.\n\n"
        "Residents wade through water (AP Photo/J. Berg)\n\n"
        "Rescue teams moved 600 residents to schools and sports halls.\n\n"
        "More rain is expected in the hills on Wednesday afternoon."
    )
    doc = segment(Article(source="x", text=text, title="Floods"))
    assert [s.sentence for s in sm.news(doc, 3)] == [1, 4, 5]


def test_a_body_extract_keeps_a_quotation_alone() -> None:
    """Past a third of the story the summary may hold a quotation without its speaker's
    sentence; a shorter summary still refuses it."""
    text = (
        "The river Vell rose two metres overnight and flooded the lower town. "
        "Shops along the quay were closed on Tuesday. "
        "“The river Vell has never risen this fast, and the lower town must be rebuilt.” "
        "Pumps were brought in from the next valley. "
        "Schools stayed open. "
        "The river Vell is expected to fall by Friday, and the lower town will be cleaned. "
        "Rain is forecast again next week."
    )
    doc = segment(Article(source="x", text=text, title="Vell floods"))
    quote = 2
    assert sm.rejection(doc.sentences[quote].text) == "torn_quote"
    assert sm.quote_partner(doc, quote) is None
    assert quote in {s.sentence for s in sm.news(doc, 5)}
    assert quote not in {s.sentence for s in sm.news(doc, 3)}


def test_graph_counts_a_word_in_the_same_form_more() -> None:
    """Two sentences alike but for the form of the word they share with a third: the one
    sharing the same form is more central than the one sharing only the stem."""
    from collections import Counter

    text = (
        "Orchard owners near Valdra report record harvests this autumn.\n\n"
        "Local cider makers welcome bumper harvests of fruit.\n\n"
        "Local cider makers welcome bumper harvested fruit."
    )
    doc = segment(Article(source="x", text=text, title=None))
    bags = [Counter(sm.content_stems(s.text)) for s in doc.sentences]
    graph = sm.SIGNALS["graph"](doc, bags)
    assert graph[1] > graph[2] > 0


def test_fresh_by_score_matches_the_greedy_loop() -> None:
    """Without redundancy or quotation units MMR takes a shortcut; its picks are the greedy
    loop's, near-duplicates (taken last) and ties (earlier first) included."""
    import random

    vecs = {i: {f"w{i % 4}": 1.0} if i % 3 else {f"w{i}": 0.6, "x": 0.8} for i in range(12)}
    rng = random.Random(5)
    for _ in range(50):
        scores = [rng.choice([0.2, 0.5, rng.random()]) for _ in vecs]
        pool = rng.sample(sorted(vecs), 9)
        for count in (1, 4, 9):
            fast = sm.mmr_select(scores, vecs, pool, count, 0.0)
            # a quotation unit naming a sentence outside the pool forces the general loop
            loop = sm.mmr_select(scores, vecs, pool, count, 0.0, needs={99: 98})
            assert fast == loop
            assert len(fast) == count


def test_explain_says_what_the_graph_counts() -> None:
    """The ranker's explanation spells out how the word graph weighs a shared word."""
    doc = story()
    rows = sm.explain(doc, len(doc.sentences) // 2)
    assert "same form counting 2" in rows[0]["why"]


def test_terms_memo_matches_the_stemmer_and_stays_bounded() -> None:
    from newsfacts.summarize import text

    memo = text.Terms("english")
    assert memo["Talks"] == ("talks", text.content_stem("Talks"))
    assert memo["the"] is None and memo["a"] is None  # a stop word, a 1-letter token
    for n in range(text.TERMS_KEPT + 10):
        memo[f"word{n}"]
    assert len(memo) <= text.TERMS_KEPT
    assert text.content_terms("The talks ended.") == (("talks", "talk"), ("ended", "end"))
