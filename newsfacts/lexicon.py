"""Word lists adapter: stop words (jusText's stoplists) and a word lexicon (pyspellchecker).

Both ship inside installed packages (jusText comes with trafilatura), so nothing is downloaded.
Files are read lazily and cached: a run that never needs them never pays for them.
"""

from __future__ import annotations

import gzip
import importlib.util
import json
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


LANGUAGE_SAMPLE = 200  # the document's most frequent words decide its language
MIN_STOP_SHARE = 0.1
NEAR_TIE = 0.9  # scores this close to the best are a tie


def _stoplist_dir() -> Path | None:
    """jusText's stoplists folder, found without importing jusText (which pulls in lxml)."""
    folder = _package_dir("justext")
    return folder / "stoplists" if folder and (folder / "stoplists").is_dir() else None


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


def guess_language(counts: Counter[str]) -> str | None:
    """The stoplist language covering most of the document's frequent (lower-case) words.

    Several big stoplists carry English words too, so near-ties go to a language with a
    lexicon, then to the higher score, then to the smaller (more specific) list.
    """
    common = counts.most_common(LANGUAGE_SAMPLE)
    total = sum(n for _, n in common)
    lists = stoplists()
    if not total or not lists:
        return None
    score = {lang: sum(n for word, n in common if word in words) for lang, words in lists.items()}
    best = max(score.values())
    near = [lang for lang in score if score[lang] >= NEAR_TIE * best]
    lang = max(near, key=lambda k: (has_lexicon(k), score[k], -len(lists[k]), k))
    # Too few hits: no stoplist fits this text (an unspaced script, or an unlisted language).
    return lang if score[lang] / total >= MIN_STOP_SHARE else None


def stopwords(language: str | None) -> frozenset[str]:
    """The stop words of a language (empty when unknown)."""
    return stoplists().get(language or "", frozenset())


def _package_dir(name: str) -> Path | None:
    """An installed package's folder, found without importing it."""
    spec = importlib.util.find_spec(name)
    locations = list(spec.submodule_search_locations or []) if spec else []
    return Path(locations[0]) if locations else None


@lru_cache(maxsize=4)
def _lexicon(code: str) -> frozenset[str]:
    """pyspellchecker's bundled word list for one language code.

    Read straight from its gzipped JSON (word -> count): building a SpellChecker parses the
    same file but costs four times as long, and only the words are needed here.
    """
    folder = _package_dir("spellchecker")
    path = folder / "resources" / f"{code}.json.gz" if folder else None
    if path is None or not path.is_file():
        return frozenset()
    words = json.loads(gzip.decompress(path.read_bytes()))
    return frozenset(w.lower() for w in words)


def has_lexicon(language: str | None) -> bool:
    """Whether a word list exists for this language."""
    return (language or "") in SPELL_CODES


def is_word(word: str, language: str | None) -> bool:
    """Whether the lexicon of the language knows this word (case-insensitive)."""
    code = SPELL_CODES.get(language or "")
    return code is not None and word.lower() in _lexicon(code)
