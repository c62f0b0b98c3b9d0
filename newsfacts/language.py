"""The article's language: --language, else the page's own tag, else a detector on the text.

The only module that imports py3langid (lazily: its model loads in ~0.1 s, only for text whose
page did not say its language). py3langid was chosen on measurement (README, "Languages"): on
short news text it is as right as lingua for the languages we support, at a tenth of the size
and load time.
"""

from __future__ import annotations

import re
from functools import lru_cache
from typing import Any

from newsfacts.cache import persistent
from newsfacts.model import Article

DETECTOR = "py3langid"
SAMPLE = 2000  # characters the detector reads: the first paragraphs decide
MIN_LETTERS = 20  # fewer letters than this: no guess
MIN_PROBABILITY = 0.9  # a less sure guess is no language

# Languages whose people, organisations and places the finder shows; any other language shows
# none rather than wrong ones (numbers, dates and quotes still).
NAME_LANGUAGES = frozenset({"en", "de", "es", "fr", "it", "nl", "pt"})

_TAG = re.compile(r"^\s*([A-Za-z]{2,3})(?:[-_][A-Za-z0-9-_]*)?\s*$")
_LETTER = re.compile(r"[^\W\d_]")
_WORD = re.compile(r"\w+")


def normalize(tag: str | None) -> str | None:
    """A page's language tag as a lower-case ISO 639 code ('de-DE', 'pt_BR' -> 'de', 'pt')."""
    match = _TAG.match(tag or "")
    return match.group(1).lower() if match else None


# py3langid's model ships xz-compressed (4.5 MB): unpacking it took 1-4 s in every process that
# detected a language (and in a batch's parent, before its workers start). Its arrays are kept
# unpacked in the table cache (newsfacts.cache, 68 MB on disk): read back in about 0.1 s.
ModelTable = tuple[Any, ...]


@persistent("py3langid")
def _model_table() -> ModelTable:
    """py3langid's model as marshal-able values: each array as its type, shape and bytes."""
    from py3langid.langid import MODEL_DIR, MODEL_FILE
    from py3langid.modelio import load_model

    ptc, pc, classes, nextmove, row, output = load_model(MODEL_DIR / MODEL_FILE)
    arrays = tuple((a.dtype.str, tuple(a.shape), a.tobytes()) for a in (ptc, pc))
    moves = tuple((a.typecode, a.tobytes()) for a in (nextmove, row))
    return (*arrays, list(classes), *moves, list(output))


@lru_cache(maxsize=1)
def _identifier() -> Any:
    """py3langid's identifier with probabilities (loaded once, on first use)."""
    import array

    from py3langid.langid import LanguageIdentifier, np

    ptc, pc, classes, nextmove, row, output = _model_table()
    ptc_array, pc_array = (
        np.frombuffer(raw, dtype=kind).reshape(shape) for kind, shape, raw in (ptc, pc)
    )
    move_array, row_array = (array.array(code, raw) for code, raw in (nextmove, row))
    return LanguageIdentifier(
        ptc_array, pc_array, classes, move_array, output, norm_probs=True, tk_row=row_array
    )


def detect(text: str) -> str | None:
    """The language code of a text, or None when it is too short or the guess is unsure."""
    sample = text[:SAMPLE]
    if len(_LETTER.findall(sample)) < MIN_LETTERS:
        return None
    code, probability = _identifier().classify(sample)
    if probability >= MIN_PROBABILITY or str(code) in _stop_languages(sample):
        return str(code)
    return None


def _stop_languages(sample: str) -> list[str]:
    """The languages with a lexicon whose stop words cover the sample best (one, or several
    tied): an unsure guess they agree with is taken."""
    from collections import Counter

    from newsfacts import lexicon

    plain = Counter(w for w in _WORD.findall(sample) if w.isalpha() and w == w.lower())
    return lexicon.tied_languages(plain) if plain else []


def resolve(override: str | None, tag: str | None, text: str) -> str | None:
    """The article's language: the user's code, else the page's tag, else the detector's."""
    return normalize(override) or normalize(tag) or detect(text)


def settle(article: Article, override: str | None, tag: str | None) -> Article:
    """The article with its language where it can be known: --language, else the page's tag,
    else the stop-word guess when a word list confirms a language we read names in, else the
    detector when it is sure; else unknown (names shown as in English, as before)."""
    if normalize(override):
        return article.with_changes(language=normalize(override))
    if tag:
        return article
    guess = untie(normalize(article.language), article.text)
    if guess in NAME_LANGUAGES:
        return article.with_changes(language=guess)
    # A stop-word guess outside those ('eu' for an English cricket scoreboard) needs the
    # detector's word: the scoreboard's lists of names hold too few stop words to tell.
    return article.with_changes(language=detect(article.text))


def untie(guess: str | None, text: str) -> str | None:
    """The stop-word guess, or where other languages' stop words cover the text as well as its
    own (a short text: 'Le maire de Rennes a démissionné jeudi soir.' is as Spanish as French
    by its 'le', 'de'), the tied language the detector ranks first: its letter n-grams tell."""

    sample = text[:SAMPLE]
    tied = _stop_languages(sample)
    if guess not in tied or len(tied) < 2 or len(_LETTER.findall(sample)) < MIN_LETTERS:
        return guess
    ranked = [code for code, _ in _identifier().rank(sample) if code in tied]
    best = ranked[0] if ranked else guess
    return best if best in NAME_LANGUAGES else guess


def shows_names(code: str | None) -> bool:
    """Whether names are shown for this language (unknown: yes, as before)."""
    return code is None or code in NAME_LANGUAGES
