"""Whether a byline's words name people: each author two or three capitalised words, a known
first name first ("Marco Bellini", "Jan de Vries"), so "Di Matteo Returns To Chelsea" or "Von
Alten Meistern und Neuen Wilden" is a headline or text, no byline, and "By Jane Smith, BBC
News" or "By Jane Smith in Washington" has the author "Jane Smith", not the outlet or place."""

from __future__ import annotations

import re

from newsfacts.clean import patterns as p
from newsfacts.words import LANGUAGES, split_words, words_of

_PARTICLES = frozenset(split_words("van von de der den del della da di dos du le la ten ter zu"))
_INITIAL = re.compile(r"^[A-ZÀ-Þ]\.$")  # "K." in "Jane K. Smith"
# One author from the next: a comma, "&", "and" in the page languages; the outlet or place after
# a comma, a bar or "in"/"at"/"for" is no author ("Jane Smith, BBC News", "Ann Lee in Rome").
_SPLIT = re.compile(r"\s*(?:,|&|;|\b(?:and|und|et|y|e|en)\b)\s*")
_AFTER = re.compile(r"\s+(?:in|at|for|aus|à|em)\s+[A-ZÀ-Þ].*$|\s*\|.*$")


def first_name(word: str) -> bool:
    """A known first name in any of the page languages' tables or the census list."""
    from newsfacts.facts.name_words import first_name as listed  # loaded when needed

    for code in LANGUAGES:
        words = words_of(code)
        if words is not None and hasattr(words, "FIRST_NAMES") and listed(word, words):
            return True
    return False


def person_name(name: str) -> bool:
    """Two or three capitalised words (an initial, a particle between them aside), the first a
    known first name: "Claire Dumoulin", "Jan de Vries", "Jane K. Smith"."""
    words = [w for w in name.split() if w not in _PARTICLES]
    named = [w for w in words if not _INITIAL.match(w)]
    if not 2 <= len(named) <= 3 or not all(w[:1].isupper() for w in words):
        return False
    return not _INITIAL.match(words[0]) and first_name(words[0].rstrip("."))


def authors(name: str) -> list[str]:
    """The people a byline's text names ("Jane Smith, BBC News" -> ["Jane Smith"]; "Train And
    Bus" -> []): its parts that are a person's name, each less a place after "in"."""
    parts = [_AFTER.sub("", part).strip() for part in _SPLIT.split(name)]
    return [part for part in parts if part and person_name(part)]


def name_byline(text: str) -> bool:
    """A byline of names only under a lead ("di Marco Bellini", "Von Anna Berg und Tim Roth")
    whose every name is a person's."""
    m = p.NAME_BYLINE.match(text)
    if not m:
        return False
    body = text.split(None, 1)[1].split("|")[0]
    parts = [part.strip() for part in _SPLIT.split(body) if part.strip()]
    return bool(parts) and all(person_name(part) for part in parts)
