"""spaCy as the named-entity recogniser (`--ner spacy:MODEL`): the only module importing spaCy.

Imported only when that option is used (spaCy takes ~2 s to import). The pipeline is loaded once
per process and kept; worker processes forked by --jobs inherit it already loaded.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from newsfacts.errors import UsageError
from newsfacts.facts.names import LOC, ORG, PER, Entity, Text
from newsfacts.facts.span_entities import LabelledSpan, entities_from_spans

# spaCy's labels, upper-cased, to ours: OntoNotes for the English pipelines, PER/LOC/ORG for the
# WikiNER-trained ones, long forms for some custom ones. NORP (nationalities, parties), EVENT,
# LAW, PRODUCT... are not reported, like the built-in finder's "misc"; DATE, MONEY, PERCENT,
# CARDINAL... are left to our own finders, which resolve relative dates and say what a number
# counts.
LABELS: dict[str, str] = {
    "PERSON": PER,
    "PER": PER,
    "ORG": ORG,
    "GPE": LOC,
    "LOC": LOC,
    "FAC": LOC,
    "ORGANIZATION": ORG,
    "LOCATION": LOC,
}

# Components of spaCy's trained pipelines that the entity recogniser never reads: not run.
NOT_FOR_NER = ("parser", "tagger", "morphologizer", "lemmatizer", "attribute_ruler", "senter")

INSTALL_HINT = "pip install 'newsfacts[spacy]'"


def _import_spacy() -> Any:
    """The spacy module, or a usage error saying how to install it."""
    try:
        import spacy
    except ImportError:
        raise UsageError(
            f"--ner spacy needs spaCy, which is not installed ({INSTALL_HINT})"
        ) from None
    return spacy


@functools.lru_cache(maxsize=4)
def load(model: str) -> Any:
    """The spaCy pipeline `model` (an installed package name or a folder), loaded once."""
    if not model:
        raise UsageError("--ner spacy needs a pipeline: spacy:en_core_web_sm or spacy:PATH")
    spacy = _import_spacy()
    name = str(Path(model).expanduser()) if model.startswith("~") else model
    try:
        nlp = spacy.load(name)
    except (OSError, ValueError, ImportError, KeyError) as exc:
        raise UsageError(
            f"--ner spacy:{model}: cannot load the pipeline: {_first_line(exc)}"
        ) from None
    if not _recognises(nlp):
        raise UsageError(f"--ner spacy:{model}: the pipeline has no entity recogniser")
    for component in NOT_FOR_NER:
        if component in nlp.pipe_names:
            nlp.disable_pipe(component)  # still loaded, just not run: NER does not read it
    return nlp


def _recognises(nlp: Any) -> bool:
    """Some component of the pipeline sets doc.ents (a trained 'ner', an 'entity_ruler'...)."""
    return any(
        "doc.ents" in nlp.get_pipe_meta(name).assigns or "ner" in name for name in nlp.pipe_names
    )


def _first_line(exc: BaseException) -> str:
    """An exception's message, first line only."""
    text = str(exc).strip()
    return text.splitlines()[0] if text else type(exc).__name__


def spans_of(nlp: Any, texts: Sequence[str]) -> list[list[LabelledSpan]]:
    """Each text's entities, in our labels (others dropped)."""
    out: list[list[LabelledSpan]] = [[] for _ in texts]
    # A text past spaCy's max_length (a page of numbers with no full stop) would raise: skip it.
    todo = [(i, t) for i, t in enumerate(texts) if len(t) < nlp.max_length]
    for (i, _), doc in zip(todo, nlp.pipe(t for _, t in todo), strict=True):
        found = [(e.start_char, e.end_char, LABELS.get(e.label_.upper())) for e in doc.ents]
        out[i] = [LabelledSpan(start, end, label) for start, end, label in found if label]
    return out


def find_entities(model: str, items: list[Text], sports: bool) -> list[Entity]:
    """Labelled entities of a document, found by the spaCy pipeline `model`."""
    spans = spans_of(load(model), [item.text for item in items])
    return entities_from_spans(items, spans)


def finder(model: str) -> Callable[[list[Text], bool], list[Entity]]:
    """The entity finder for `model`, its pipeline loaded now (so a bad name fails at once)."""
    load(model)
    return functools.partial(find_entities, model)
