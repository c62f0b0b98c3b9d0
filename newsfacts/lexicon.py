"""Word lists adapter: stop words (jusText's stoplists) and a word lexicon (pyspellchecker).

Both ship inside installed packages (jusText comes with trafilatura), so nothing is downloaded.
Files are read lazily and cached: a run that never needs them never pays for them.
"""

from __future__ import annotations

import importlib.util
from collections import Counter
from functools import lru_cache
from pathlib import Path

# pyspellchecker's bundled frequency lists, by jusText stoplist language name.
SPELL_CODES = {
    "English": "en",
    "German": "de",
    "Spanish": "es",
    "French": "fr",
    "Italian": "it",
    "Portuguese": "pt",
    "Dutch": "nl",
    "Russian": "ru",
    "Arabic": "ar",
    "Basque": "eu",
    "Persian": "fa",
    "Latvian": "lv",
}


def _stoplist_dir() -> Path | None:
    """jusText's stoplists folder, found without importing jusText (which pulls in lxml)."""
    spec = importlib.util.find_spec("justext")
    locations = list(spec.submodule_search_locations or []) if spec else []
    folders = [Path(loc) / "stoplists" for loc in locations]
    return next((f for f in folders if f.is_dir()), None)


@lru_cache(maxsize=1)
def stoplists() -> dict[str, frozenset[str]]:
    """Every bundled stoplist: language name -> lower-case stop words."""
    folder = _stoplist_dir()
    if folder is None:
        return {}
    return {
        path.stem: frozenset(w.strip().lower() for w in path.read_text("utf-8").split("\n") if w)
        for path in sorted(folder.glob("*.txt"))
    }


@lru_cache(maxsize=1)
def _stop_index() -> dict[str, tuple[str, ...]]:
    """Stop word -> the languages whose stoplist holds it."""
    index: dict[str, list[str]] = {}
    for lang, words in stoplists().items():
        for word in words:
            index.setdefault(word, []).append(lang)
    return {w: tuple(langs) for w, langs in index.items()}


def guess_language(counts: Counter[str]) -> str | None:
    """The stoplist language covering most of the document's (lower-case) word tokens."""
    index = _stop_index()
    score: Counter[str] = Counter()
    for word, n in counts.items():
        for lang in index.get(word, ()):
            score[lang] += n
    total = sum(counts.values())
    if not score or not total:
        return None
    lang, hits = score.most_common(1)[0]
    return lang if hits / total >= 0.1 else None  # too few hits: no stoplist fits this text


def stopwords(language: str | None) -> frozenset[str]:
    """The stop words of a language (empty when unknown)."""
    return stoplists().get(language or "", frozenset())


@lru_cache(maxsize=4)
def _lexicon(code: str) -> frozenset[str]:
    """pyspellchecker's bundled word list for one language code."""
    from spellchecker import SpellChecker

    return frozenset(SpellChecker(language=code, distance=1).word_frequency.dictionary)


def has_lexicon(language: str | None) -> bool:
    """Whether a word list exists for this language."""
    return (language or "") in SPELL_CODES


def is_word(word: str, language: str | None) -> bool:
    """Whether the lexicon of the language knows this word (case-insensitive)."""
    code = SPELL_CODES.get(language or "")
    return code is not None and word.lower() in _lexicon(code)
