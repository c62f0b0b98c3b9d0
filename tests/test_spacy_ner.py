"""--ner: the built-in recogniser by default, or a spaCy pipeline the user installed.

No pretrained spaCy model is installable offline, so the spaCy tests build a real pipeline
(a blank English pipeline with an entity_ruler), save it with `nlp.to_disk` and load it by
path, as a user's own model would be. They are skipped when spaCy is not installed; the
tests of the span-to-entity logic, the registry and the error paths run without it.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsfacts.batch.executor import run_batch
from newsfacts.cli import app
from newsfacts.errors import EXIT_USAGE, UsageError
from newsfacts.facts import find_facts
from newsfacts.facts.names import Text, find_entities
from newsfacts.facts.ner import entity_finder
from newsfacts.facts.span_entities import LabelledSpan, entities_from_spans, token_range
from newsfacts.facts.tokens import tokenize
from newsfacts.model import Article, Document, Event, Fact, Options
from newsfacts.segment import segment

ROOT = Path(__file__).resolve().parent.parent

# An original article about made-up places and people (no pretrained model knows them).
TITLE = "Kelland and Morvania agree to build a rail link"
TEXT = """Kelland Prime Minister Ada Brennan and President Tomas Reyes of Morvania agreed on \
Monday to build a rail link between the two capitals, Brennan's office said.

The two leaders met in Port Aster, where Brennan praised the Northern Rail Authority (NRA) for \
its plans.

Reyes said the NRA would hire 400 engineers and that the Morvanian treasury would pay 30% of \
the cost.

Union leader Sam Okafor said the link was long overdue, and Harlow Council backed the plan."""
PUBLISHED = "2025-05-14"  # a Wednesday: "Monday" is 2025-05-12

PATTERNS = [
    *({"label": "PERSON", "pattern": p} for p in ("Ada Brennan", "Tomas Reyes", "Sam Okafor")),
    *({"label": "PERSON", "pattern": p} for p in ("Brennan", "Reyes")),
    *({"label": "GPE", "pattern": p} for p in ("Kelland", "Morvania")),
    {"label": "FAC", "pattern": [{"LOWER": "port"}, {"LOWER": "aster"}]},
    {"label": "ORG", "pattern": "the Northern Rail Authority"},
    {"label": "ORG", "pattern": "NRA"},
    {"label": "NORP", "pattern": "Morvanian"},
    {"label": "DATE", "pattern": "Monday"},
    {"label": "CARDINAL", "pattern": "400"},
]


def doc(text: str = TEXT) -> Document:
    """The test article as the pipeline hands it to the facts stage."""
    return segment(Article(source="t", text=text, title=TITLE, published=PUBLISHED))


def by_text(facts: tuple[Fact, ...], *kinds: str) -> dict[str, Fact]:
    """Facts of some kinds, by text."""
    return {f.text: f for f in facts if f.kind in kinds}


# ---------------------------------------------------------------- spans -> entities (no spaCy)


def spans(text: str, names: list[tuple[str, str]]) -> list[LabelledSpan]:
    """Labelled spans for the first occurrence of each name in a text."""
    return [LabelledSpan(text.index(n), text.index(n) + len(n), label) for n, label in names]


def test_span_offsets_snap_to_tokens_without_article_or_possessive() -> None:
    text = "They met the United Nations envoy at Brennan's house."
    tokens = tokenize(text)
    a, b = token_range(tokens, text.index("the United"), text.index(" envoy"))
    assert text[tokens[a].start : tokens[b - 1].end] == "United Nations"
    a, b = token_range(tokens, text.index("Brennan"), text.index(" house"))
    assert text[tokens[a].start : tokens[b - 1].end] == "Brennan"


def test_span_text_stays_inside_the_span_and_keeps_a_dotted_suffix() -> None:
    text = "The Kelland-based firm Aster Corp. hired Mr. Jon Hale."
    labelled = [
        spans(text, [("Kelland", "place"), ("Aster Corp.", "organization"), ("Jon Hale", "person")])
    ]
    found = {e.name: e for e in entities_from_spans([Text(text, 0)], labelled)}
    assert set(found) == {"Kelland", "Aster Corp.", "Jon Hale"}
    assert found["Jon Hale"].mentions[0].honorific  # "Mr." before the span


def test_spans_get_titles_affiliations_acronyms_and_short_forms() -> None:
    texts = [
        "Kelland Prime Minister Ada Brennan met the Northern Rail Authority (NRA) on Monday.",
        "Brennan said the NRA would grow.",
    ]
    labelled = [
        spans(texts[0], [("Kelland", "place"), ("Ada Brennan", "person"),
                         ("Northern Rail Authority", "organization")]),
        # A small model often calls a lone surname an organisation: the full name decides.
        spans(texts[1], [("Brennan", "organization"), ("NRA", "organization")]),
    ]  # fmt: skip
    items = [Text(t, i) for i, t in enumerate(texts)]
    found = {e.name: e for e in entities_from_spans(items, labelled)}
    assert set(found) == {"Kelland", "Ada Brennan", "Northern Rail Authority"}
    person = found["Ada Brennan"]
    assert person.label == "person" and person.forms == ["Ada Brennan", "Brennan"]
    first = person.mentions[0]
    assert (first.role, first.affiliation) == ("Prime Minister", "Kelland")
    body = found["Northern Rail Authority"]
    assert body.label == "organization" and "NRA" in body.forms
    assert body.mentions[0].acronym == "NRA"
    assert found["Kelland"].label == "place"


def test_each_span_keeps_its_label_and_a_known_place_is_no_surname() -> None:
    texts = [
        "Kelland beat Morvania 3-1 as Tom Paris scored twice.",
        "KELLAND 2025-05-12",
        "Fans in Paris cheered.",
    ]
    labelled = [
        spans(texts[0], [("Kelland", "organization"), ("Morvania", "organization"),
                         ("Tom Paris", "person")]),
        spans(texts[1], [("KELLAND", "place")]),
        spans(texts[2], [("Paris", "place")]),
    ]  # fmt: skip
    items = [Text(t, i) for i, t in enumerate(texts)]
    found = sorted((e.name, e.label) for e in entities_from_spans(items, labelled))
    # The team and the dateline's city stay apart; the city is not folded into the player.
    assert found == [
        ("KELLAND", "place"), ("Kelland", "organization"), ("Morvania", "organization"),
        ("Paris", "place"), ("Tom Paris", "person"),
    ]  # fmt: skip


def test_a_title_inside_a_person_span_becomes_the_role() -> None:
    text = "Yesterday President Tomas Reyes flew home."
    labelled = [spans(text, [("President Tomas Reyes", "person")])]
    found = entities_from_spans([Text(text, 0)], labelled)
    assert [(e.name, e.mentions[0].role) for e in found] == [("Tomas Reyes", "President")]


def test_spans_with_labels_we_do_not_report_are_dropped() -> None:
    text = "Morvanian officials met on Monday."
    labelled = [[LabelledSpan(0, 9, "misc")]]
    assert entities_from_spans([Text(text, 0)], labelled) == []


# ---------------------------------------------------------------- the --ner registry


def test_builtin_is_the_default_and_needs_nothing_else() -> None:
    assert Options().ner == "builtin"
    assert entity_finder("builtin") is find_entities
    facts, _ = find_facts(doc(), Options())
    assert "Ada Brennan" in by_text(facts, "person")  # the built-in finder stands on its own


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("stanza:en", "unknown --ner 'stanza:en'; choose from builtin, spacy:MODEL"),
        ("builtin:x", "--ner builtin takes no argument (got builtin:x)"),
    ],
)
def test_bad_ner_values_are_usage_errors(spec: str, message: str) -> None:
    with pytest.raises(UsageError) as err:
        entity_finder(spec)
    assert err.value.message == message and err.value.exit_code == EXIT_USAGE


def run_cli(args: list[str], prelude: str = "") -> subprocess.CompletedProcess[str]:
    """`newsfacts ARGS` in a fresh interpreter (after `prelude`); stderr lists loaded modules."""
    code = (
        f"import sys, runpy\n{prelude}\n"
        f"sys.argv = ['newsfacts', *{args!r}]\n"
        "try:\n    runpy.run_module('newsfacts', run_name='__main__')\n"
        "except SystemExit as exc:\n"
        "    print('MODULES', ' '.join(sorted({m.split('.')[0] for m in sys.modules})),"
        " file=sys.stderr)\n"
        "    raise\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, env=env, timeout=120
    )


def modules(proc: subprocess.CompletedProcess[str]) -> set[str]:
    """The top-level modules the run had imported when it exited."""
    line = next(ln for ln in proc.stderr.splitlines() if ln.startswith("MODULES"))
    return set(line.split()[1:])


def test_help_and_builtin_runs_never_import_spacy(tmp_path: Path) -> None:
    assert "--ner" in CliRunner().invoke(app, ["--help"]).stdout
    article = tmp_path / "a.txt"
    article.write_text(TEXT)
    for args in (["--help"], [str(article), "-f", "json"]):
        proc = run_cli(args)
        assert proc.returncode == 0, proc.stderr
        assert not modules(proc) & {"spacy", "thinc"}, args


def test_spacy_not_installed_is_a_one_line_usage_error(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT)
    # sys.modules[name] = None makes `import spacy` fail as it does when it is not installed.
    proc = run_cli([str(article), "--ner", "spacy:en_core_web_sm"], "sys.modules['spacy'] = None")
    assert proc.returncode == EXIT_USAGE and proc.stdout == ""
    errors = [ln for ln in proc.stderr.splitlines() if not ln.startswith("MODULES")]
    assert errors == [
        "newsfacts: error: --ner spacy needs spaCy, which is not installed "
        "(pip install 'newsfacts[spacy]')"
    ]


# ---------------------------------------------------------------- a real spaCy pipeline


@pytest.fixture(scope="module")
def pipeline(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A real spaCy pipeline (blank English + entity_ruler) saved to disk, as a user's model."""
    spacy = pytest.importorskip("spacy")
    nlp = spacy.blank("en")
    nlp.add_pipe("entity_ruler").add_patterns(PATTERNS)
    path = tmp_path_factory.mktemp("spacy") / "ruler-model"
    nlp.to_disk(path)
    return path


@pytest.fixture(scope="module")
def spacy_found(pipeline: Path) -> tuple[tuple[Fact, ...], Event]:
    """Facts and event of the test article with --ner spacy:PATH."""
    return find_facts(doc(), Options(ner=f"spacy:{pipeline}", reference_date=None))


def test_spacy_spans_replace_the_builtin_ones(spacy_found: tuple[tuple[Fact, ...], Event]) -> None:
    facts, _ = spacy_found
    named = by_text(facts, "person", "organization", "place")
    assert set(named) == {
        "Ada Brennan", "Tomas Reyes", "Sam Okafor", "Kelland", "Morvania", "Port Aster",
        "Northern Rail Authority",
    }  # fmt: skip
    # Only spaCy's entities: the built-in finder would add "Harlow Council"; NORP is not ours.
    builtin = by_text(find_facts(doc(), Options())[0], "organization")
    assert "Harlow Council" in builtin and "Harlow Council" not in named
    assert named["Kelland"].kind == named["Port Aster"].kind == "place"  # GPE and FAC


def test_our_cues_still_run_on_spacy_spans(spacy_found: tuple[tuple[Fact, ...], Event]) -> None:
    facts, event = spacy_found
    people = by_text(facts, "person")
    brennan = people["Ada Brennan"]
    assert (brennan.role, brennan.about) == ("Prime Minister", "Kelland")
    assert {"Brennan", "Prime Minister Brennan"} <= set(brennan.aliases)
    assert brennan.mentions == 3  # "Brennan's office" and "Brennan praised" fold in
    assert people["Tomas Reyes"].role == "President"
    assert people["Sam Okafor"].role == "leader"
    assert by_text(facts, "organization")["Northern Rail Authority"].aliases == ("NRA",)
    # Dates and numbers still come from our own finders, not from spaCy's DATE/CARDINAL.
    assert by_text(facts, "date")["Monday"].value == "2025-05-12"
    assert by_text(facts, "number")["400"].unit == "engineers"
    assert by_text(facts, "percent")["30%"].value == 30
    # Ranking and the event work on spaCy's entities.
    ranks = [f.salience for f in facts]
    assert ranks == sorted(ranks, reverse=True) and brennan.salience > people["Sam Okafor"].salience
    assert (event.who, event.when, event.where) == ("Ada Brennan", "2025-05-12", "Port Aster")


def test_the_pipeline_is_loaded_once(pipeline: Path) -> None:
    from newsfacts.facts import spacy_ner

    first = spacy_ner.load(str(pipeline))
    find_facts(doc(), Options(ner=f"spacy:{pipeline}"))
    assert spacy_ner.load(str(pipeline)) is first


def test_a_pipeline_that_cannot_load_is_a_usage_error(pipeline: Path, tmp_path: Path) -> None:
    with pytest.raises(UsageError, match=r"^--ner spacy:.*missing: cannot load the pipeline"):
        entity_finder(f"spacy:{tmp_path / 'missing'}")
    with pytest.raises(UsageError, match=r"needs a pipeline"):
        entity_finder("spacy:")
    import spacy

    spacy.blank("en").to_disk(tmp_path / "no-ner")
    with pytest.raises(UsageError, match=r"has no entity recogniser$"):
        entity_finder(f"spacy:{tmp_path / 'no-ner'}")


def test_cli_with_a_spacy_pipeline(pipeline: Path, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT)
    res = CliRunner().invoke(
        app, [str(article), "--ner", f"spacy:{pipeline}", "--date", PUBLISHED, "-f", "json"]
    )
    assert res.exit_code == 0, res.stderr
    people = [f for f in json.loads(res.stdout)["facts"] if f["kind"] == "person"]
    assert {"text": "Ada Brennan", "role": "Prime Minister"}.items() <= people[0].items()


def test_cli_bad_pipeline_fails_once_before_any_input(tmp_path: Path) -> None:
    pytest.importorskip("spacy")
    missing = tmp_path / "missing"
    res = CliRunner().invoke(app, ["a.txt", "b.txt", "--ner", f"spacy:{missing}"])
    assert res.exit_code == EXIT_USAGE and res.stdout == ""
    assert res.stderr.count("\n") == 1 and "Traceback" not in res.stderr
    assert res.stderr.startswith(f"newsfacts: error: --ner spacy:{missing}: cannot load")


def test_worker_processes_give_the_same_facts(pipeline: Path, tmp_path: Path) -> None:
    paths = []
    for i in range(3):
        paths.append(tmp_path / f"a{i}.txt")
        paths[-1].write_text(TEXT)
    options = Options(ner=f"spacy:{pipeline}", reference_date=PUBLISHED)
    alone = [r.to_dict()["facts"] for r in run_batch([str(p) for p in paths], options)]
    pooled = [r.to_dict()["facts"] for r in run_batch([str(p) for p in paths], options, jobs=2)]
    assert pooled == alone and any(f["text"] == "Northern Rail Authority" for f in alone[0])


def test_spacy_labels_map_to_ours(pipeline: Path) -> None:
    import spacy

    from newsfacts.facts.spacy_ner import spans_of

    nlp = spacy.blank("en")
    labels = ["PER", "LOC", "Organization", "GPE", "FAC", "NORP", "DATE", "MONEY", "EVENT"]
    words = ["Ada", "Kelland", "Aster", "Morvania", "Harbour", "Morvanian", "Monday", "cash", "Cup"]
    nlp.add_pipe("entity_ruler").add_patterns(
        [{"label": label, "pattern": word} for label, word in zip(labels, words, strict=True)]
    )
    text = " ".join(words)
    found = [(text[s.start : s.end], s.label) for s in spans_of(nlp, [text])[0]]
    assert found == [
        ("Ada", "person"), ("Kelland", "place"), ("Aster", "organization"),
        ("Morvania", "place"), ("Harbour", "place"),
    ]  # fmt: skip
