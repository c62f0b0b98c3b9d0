"""First names by country: Faker's person providers (MIT), read as data, never run.

The US-census list (facts/census.py) lacks most European first names ('Johann', 'Dietrich',
'Uta', 'Giacomo'); Faker ships first names for many locales ('de_DE', 'it_IT', ...), each a
literal tuple or mapping in its provider's source. The files are found without importing Faker
and parsed with `ast`, once, into a cached table; without the package every list is empty and
the finder falls back on its other evidence.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path
from typing import TypeGuard

from newsfacts.cache import PER_LANGUAGE, Packed, WordSet, pack, package_file, persistent

PACKAGE = "faker"
FIRST = "first_names"  # the provider's attributes read: first_names_male, first_names_female
LAST = "last_names"


def _provider(locale: str) -> Path | None:
    """A locale's person provider source, found without importing Faker."""
    return package_file(PACKAGE, "providers", "person", locale, "__init__.py")


def _literal(node: ast.expr | None) -> list[str]:
    """The strings of a literal tuple, list or mapping, also inside a call
    ('OrderedDict(((name, weight), ...))'); none for anything else."""
    if isinstance(node, ast.Call) and len(node.args) == 1:
        return _literal(node.args[0])
    if isinstance(node, ast.Dict):
        return [name for k in node.keys for name in _literal(k)]
    if isinstance(node, ast.Constant):
        return [node.value] if _text(node.value) else []
    if not isinstance(node, (ast.Tuple, ast.List)):
        return []
    out: list[str] = []
    for item in node.elts:
        first = item.elts[0] if isinstance(item, ast.Tuple) and item.elts else item
        out += _literal(first) if isinstance(first, ast.Constant) else []  # ('Mary', 0.02)
    return out


def _text(value: object) -> TypeGuard[str]:
    """A name: a non-empty string of letters, hyphens and apostrophes."""
    return isinstance(value, str) and value.replace("-", "").replace("'", "").isalpha()


def names_in(source: str, kind: str = FIRST) -> set[str]:
    """The first names (or surnames) a provider's source assigns literally."""
    names: set[str] = set()
    for node in ast.walk(ast.parse(source)):
        if not isinstance(node, ast.Assign) or len(node.targets) != 1:
            continue
        target = node.targets[0]
        if isinstance(target, ast.Name) and target.id.startswith(kind):
            names.update(_literal(node.value))
    return names


@persistent(PACKAGE)
def _table(locales: tuple[str, ...], kind: str) -> Packed:
    """The first names or surnames of some locales, packed; empty without Faker."""
    names: set[str] = set()
    for locale in locales:
        path = _provider(locale)
        if path is not None:
            names |= names_in(path.read_text(encoding="utf-8"), kind)
    return pack(names)


@functools.lru_cache(maxsize=PER_LANGUAGE)
def first_names(locales: tuple[str, ...]) -> WordSet:
    """The first names Faker gives for these locales ('de_DE', 'it_IT')."""
    return WordSet(_table(locales, FIRST))


@functools.lru_cache(maxsize=PER_LANGUAGE)
def surnames(locales: tuple[str, ...]) -> WordSet:
    """The surnames Faker gives for these locales ('Huber', 'Schröder')."""
    return WordSet(_table(locales, LAST))
