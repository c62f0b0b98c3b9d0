"""Word lists adapter: stop words (jusText's stoplists), a word lexicon (pyspellchecker), and
which scripts are written without spaces.

Both ship inside installed packages (jusText comes with trafilatura), so nothing is downloaded.
Files are read lazily and cached: a run that never needs them never pays for them.
"""

from __future__ import annotations

import array
import functools
import gzip
import json
import re
from collections import Counter
from collections.abc import Collection, Iterator
from pathlib import Path

from newsfacts.cache import PER_LANGUAGE, Packed, WordSet, pack, package_file, persistent

# Kana, CJK ideographs and hangul: scripts written without spaces between words (a character
# class body), and the lowest of them: a text whose highest character is below it has none.
UNSPACED_SCRIPTS = "\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af\uf900-\ufaff"
FIRST_UNSPACED = "\u3040"
_FROM_FIRST_UNSPACED = re.compile(f"[{FIRST_UNSPACED}-\U0010ffff]")


def reaches_unspaced(text: str) -> bool:
    """Whether the text has a character from FIRST_UNSPACED up (as max(text) >= FIRST_UNSPACED
    tells, without a Python object per character): ASCII text at once, other text by one scan."""
    return not text.isascii() and _FROM_FIRST_UNSPACED.search(text) is not None


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
CONFIDENT_SHARE = 0.3  # a lexicon language covering this much is the language


def _stoplist_dir() -> Path | None:
    """jusText's stoplists folder, found without importing jusText (which pulls in lxml)."""
    folder = package_file("justext")
    return folder / "stoplists" if folder and (folder / "stoplists").is_dir() else None


def _read_stoplist(path: Path) -> frozenset[str]:
    """One stoplist file: lower-case stop words."""
    return frozenset(w.strip().lower() for w in path.read_text("utf-8").split("\n") if w.strip())


def stoplists() -> dict[str, frozenset[str]]:
    """Every bundled stoplist: language name -> lower-case stop words (slow: all files)."""
    folder = _stoplist_dir()
    paths = sorted(folder.glob("*.txt")) if folder else []
    return {path.stem: _read_stoplist(path) for path in paths}


# The index of every stoplist on disk: the packed words (sorted), for each word the number of
# its group of languages (unsigned ints, as bytes), the groups, and each list's size. A dict of
# its 150,000 words took 0.1-0.5 s to unmarshal in every process that guessed a language from
# it (and some 20 MB to hold); the packed form loads in milliseconds.
StopTable = tuple[Packed, bytes, tuple[tuple[str, ...], ...], dict[str, int]]


@persistent("justext")
def _stop_table() -> StopTable:
    """Stop word -> the languages listing it, and each list's size (built once, on disk)."""
    index: dict[str, list[str]] = {}
    lists = stoplists()
    for lang, words in lists.items():
        for word in words:
            index.setdefault(word, []).append(lang)
    packed = pack(index)
    groups = sorted({tuple(langs) for langs in index.values()})
    number = {group: i for i, group in enumerate(groups)}
    ids = array.array("I", (number[tuple(index[w])] for w in packed[0].split("\n")[:-1]))
    return packed, ids.tobytes(), tuple(groups), {k: len(v) for k, v in lists.items()}


class StopIndex:
    """Stop word -> the languages listing it, read by binary search of the packed words."""

    def __init__(self, table: StopTable) -> None:
        packed, ids, self.groups, self.sizes = table
        self.text = packed[0]
        self.words = WordSet(packed)
        self.ids = array.array("I")
        self.ids.frombytes(ids)

    def get(self, word: str, default: tuple[str, ...] = ()) -> tuple[str, ...]:
        """The languages whose stoplist has the word, in the order of the lists."""
        at = self.words.position(word)
        return self.groups[self.ids[at]] if at >= 0 else default

    def listed_by(self, language: str) -> Iterator[str]:
        """The words of one language's stoplist, in sorted order."""
        words = self.text.split("\n")[: len(self.words)]
        return (w for w, i in zip(words, self.ids, strict=True) if language in self.groups[i])


class StopList:
    """One language's stop words, read from the index of every stoplist: no copy of its words
    (a batch whose guesses named many languages held up to 13,000 strings for each)."""

    __slots__ = ("index", "language")

    def __init__(self, index: StopIndex, language: str) -> None:
        self.index = index
        self.language = language

    def __contains__(self, word: object) -> bool:
        return isinstance(word, str) and self.language in self.index.get(word)

    def __len__(self) -> int:
        return self.index.sizes[self.language]

    def __iter__(self) -> Iterator[str]:
        return self.index.listed_by(self.language)


@functools.cache
def _stop_index() -> tuple[StopIndex, dict[str, int]]:
    """The index of every stoplist, and each list's size."""
    index = StopIndex(_stop_table())
    return index, index.sizes


def _score(common: list[tuple[str, int]], words: Collection[str]) -> int:
    """How many of the document's frequent word tokens a stoplist covers."""
    return sum(n for word, n in common if word in words)


def guess_language(counts: Counter[str]) -> str | None:
    """The stoplist language covering most of the document's frequent (lower-case) words.

    The few languages with a lexicon are tried first (one small file each): when one covers
    a large share, that is the answer and the index of all stoplists is never read. Several
    big stoplists carry English words too, so near-ties go to a language with a lexicon,
    then to the higher score, then to the smaller (more specific) list.
    """
    common = counts.most_common(LANGUAGE_SAMPLE)
    total = sum(n for _, n in common)
    if not total:
        return None
    quick = {lang: _score(common, stopwords(lang)) for lang in SPELL_CODES}
    first = max(quick, key=lambda k: (quick[k], k))
    if quick[first] >= CONFIDENT_SHARE * total:
        return first
    index, sizes = _stop_index()
    score: Counter[str] = Counter()
    for word, n in common:
        for lang in index.get(word, ()):
            score[lang] += n
    if not score:
        return None
    best = max(score.values())
    near = [lang for lang in score if score[lang] >= NEAR_TIE * best]
    lang = max(near, key=lambda k: (has_lexicon(k), score[k], -sizes[k], k))
    # Too few hits: no stoplist fits this text (an unspaced script, or an unlisted language).
    return lang if score[lang] / total >= MIN_STOP_SHARE else None


def tied_languages(counts: Counter[str]) -> list[str]:
    """The codes of the languages with a lexicon whose stoplists cover the document's frequent
    words (nearly) as well as the best one: more than one when the stop words cannot tell
    ("Le maire de Rennes": 'le', 'de' are French, Spanish and Italian stop words alike)."""
    common = counts.most_common(LANGUAGE_SAMPLE)
    scores = {code: _score(common, stopwords(name)) for name, code in SPELL_CODES.items()}
    best = max(scores.values(), default=0)
    return [code for code, n in scores.items() if best and n >= NEAR_TIE * best]


# Bounded: jusText has stoplists for about 100 languages; a batch whose guesses meet many of
# them holds at most PER_LANGUAGE views (the stoplists of other languages are not copied).
@functools.lru_cache(maxsize=PER_LANGUAGE)
def stopwords(language: str | None) -> Collection[str]:
    """The stop words of a language (empty when unknown): a set for the languages with a
    lexicon, else a view of the index of every stoplist."""
    if language in SPELL_CODES:
        return _lexicon_stoplists()[language]
    index, sizes = _stop_index()
    return StopList(index, language) if language and sizes.get(language) else frozenset()


def _stoplist_file(language: str | None) -> frozenset[str]:
    """One language's stoplist file (empty when there is none)."""
    folder = _stoplist_dir()
    path = folder / f"{language}.txt" if folder and language else None
    return _read_stoplist(path) if path and path.is_file() else frozenset()


@persistent("justext")
def _lexicon_stoplists() -> dict[str, frozenset[str]]:
    """The stoplists of the languages with a lexicon: every text's language guess reads them all."""
    return {language: _stoplist_file(language) for language in SPELL_CODES}


def _word_counts(code: str) -> dict[str, int]:
    """pyspellchecker's bundled word list for one language code: word -> count (empty if none).

    Read straight from its gzipped JSON: building a SpellChecker parses the same file but costs
    four times as long, and only the words and counts are needed here.
    """
    folder = package_file("spellchecker")
    path = folder / "resources" / f"{code}.json.gz" if folder else None
    if path is None or not path.is_file():
        return {}
    counts: dict[str, int] = json.loads(gzip.decompress(path.read_bytes()))
    return counts


# Python stores a string with one byte a letter only when every letter is below U+0100: one
# word with '’' or '₂' made it two bytes a letter for the whole packed list (Dutch 8 MB, not 4).
NARROW = "\u00ff"  # the highest letter of a one-byte string
WIDE_APART = 1000  # at most this many such words are kept apart, in a set


@persistent("spellchecker", prebuild=(("en",),))
def _lexicon_table(code: str) -> tuple[Packed, tuple[str, ...]]:
    """Every word of one language code's list, lower-cased: those of one-byte letters packed,
    the few others apart."""
    words = {w.lower() for w in _word_counts(code) if "\n" not in w}
    wide = sorted(w for w in words if max(w, default="") > NARROW)
    if len(wide) > WIDE_APART:  # another script (Russian, Arabic): all packed, two bytes a letter
        wide = []
    return pack(words.difference(wide)), tuple(wide)


class Lexicon:
    """A language's word list: a packed list of its one-byte words and a set of the others."""

    def __init__(self, table: tuple[Packed, tuple[str, ...]]) -> None:
        packed, wide = table
        self.words = WordSet(packed)
        self.wide = frozenset(wide)

    def __contains__(self, word: object) -> bool:
        return word in self.wide or word in self.words


# In pyspellchecker's counts, everyday words sit in the thousands and up ("protection" 28,875,
# "solar" 23,578), rare words and most surnames near the floor of 50 ("hurter", "markov").
COMMON_COUNT = 2000


@persistent("spellchecker", prebuild=(("en",),))
def _common_table(code: str) -> Packed:
    """The everyday words of one language code (count >= COMMON_COUNT), lower-cased, packed."""
    counts = _word_counts(code)
    return pack(w.lower() for w, n in counts.items() if n >= COMMON_COUNT and "\n" not in w)


@functools.cache
def _common(code: str) -> WordSet:
    """The everyday words of one language code."""
    return WordSet(_common_table(code))


def is_common_word(word: str, language: str | None) -> bool:
    """Whether the word is an everyday word of the language, not just a listed one."""
    code = SPELL_CODES.get(language or "")
    return code is not None and word.lower().replace("’", "'") in _common(code)


@persistent("spellchecker")
def _frequent_table(code: str, floor: int) -> Packed:
    """The words of one language code counted at least `floor` times, lower-cased, packed."""
    return pack(w.lower() for w, n in _word_counts(code).items() if n >= floor and "\n" not in w)


@functools.cache
def _frequent(code: str, floor: int) -> WordSet:
    """The words of one language code counted at least `floor` times."""
    return WordSet(_frequent_table(code, floor))


def is_frequent_word(word: str, language: str | None, floor: int) -> bool:
    """Whether the word list counts the word at least `floor` times (a lower bar than
    is_common_word's, for a list whose counts are low: German's)."""
    code = SPELL_CODES.get(language or "")
    return code is not None and word.lower().replace("’", "'") in _frequent(code, floor)


@functools.cache
def _lexicon(code: str) -> Lexicon:
    """The word list of one language code (a one-shot run never builds the whole set)."""
    return Lexicon(_lexicon_table(code))


def load_language(language: str, frequent_from: int | None = None) -> None:
    """Load a language's word tables now (stop words, lexicon, everyday words, and the words
    counted at least `frequent_from` times), and the index of every stoplist: a long batch's
    parent does it before its workers fork, so they share the tables and none loads them late."""
    _stop_index()
    stopwords(language)
    code = SPELL_CODES.get(language)
    if code is not None:
        _lexicon(code)
        _common(code)
        if frequent_from is not None:
            _frequent(code, frequent_from)


def language_code(language: str | None) -> str | None:
    """The ISO 639-1 code of a guessed language that has a lexicon ("English" -> "en"), else None.

    Only those: the guess is reliable where a word list confirms it, and a stoplist name alone
    ("Norwegian_Bokmal", "Serbian") has no code here without another table.
    """
    return SPELL_CODES.get(language or "")


def has_lexicon(language: str | None) -> bool:
    """Whether a word list exists for this language."""
    return (language or "") in SPELL_CODES


def is_word(word: str, language: str | None) -> bool:
    """Whether the lexicon of the language knows this word (case-insensitive)."""
    code = SPELL_CODES.get(language or "")
    # The word lists spell contractions with a straight apostrophe ("i've"); text often curls it.
    return code is not None and word.lower().replace("’", "'") in _lexicon(code)
