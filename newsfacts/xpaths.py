"""Faster forms of trafilatura's XPath expressions that select exactly the same nodes.

trafilatura prunes each page with some forty XPath expressions, evaluated anew on every copy of
the tree it makes: about 40% of the extract stage. Two of their shapes are slow in libxml2 and
lxml, and both have a form that selects the same nodes, in the same order, faster:

- `re:test(@class, 'pattern')` calls back into Python for every element the step visits. Most
  elements hold none of the words any match must contain, so a `contains()` test of those words
  (native to libxml2) first skips the call where it could not match:
  `(contains(@class, 'word') and re:test(@class, 'pattern'))`.
- `.//*[self::div or self::p]` tests every element's name in turn; the union `(.//div|.//p)`
  walks the tree once per name in C. Only where no predicate counts positions (`[1]`, `last()`).

The rewrite is textual and conservative: a regular expression it does not fully understand, an
`re:test` with flags, or a positional predicate leaves that part of the expression as it was.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

REGEXP_NS = "http://exslt.org/regular-expressions"  # EXSLT's regular expressions (prefix re:)

Literals = frozenset[str] | None  # words one of which any match contains; None: not known

ESCAPED_CLASSES = frozenset("sSdDwWbBAZ")  # \s, \b...: not a literal character
QUANTIFIERS = "?*+{"


@dataclass(frozen=True)
class Piece:
    """One atom of a regular expression with its least repeat count."""

    literal: str | None  # the character, for a plain literal
    inner: Literals = None  # for a group: the literals one of which it contains
    least: int = 1


class Unknown(ValueError):
    """A construct the literal analysis does not handle: no guard for this pattern."""


class PatternReader:
    """A small reader of regular expressions: what words any match must contain."""

    def __init__(self, pattern: str) -> None:
        self.text = pattern
        self.at = 0

    def peek(self) -> str:
        """The next character, or "" at the end."""
        return self.text[self.at] if self.at < len(self.text) else ""

    def take(self) -> str:
        """Consume and return the next character."""
        char = self.peek()
        if not char:
            raise Unknown("unexpected end")
        self.at += 1
        return char

    def alternation(self) -> Literals:
        """Branches up to a closing parenthesis or the end: literals of every branch, or None."""
        found: set[str] = set()
        known = True
        while True:
            branch = self.branch()
            if branch is None:
                known = False
            else:
                found |= branch
            if self.peek() != "|":
                return frozenset(found) if known else None
            self.take()

    def branch(self) -> Literals:
        """One branch: the best required literal set among its pieces."""
        candidates: list[frozenset[str]] = []
        run = ""
        while self.peek() not in ("", "|", ")"):
            piece = self.piece()
            if piece.literal is not None and piece.least == 1:
                run += piece.literal
                continue
            if run:
                candidates.append(frozenset({run}))
            run = ""
            if piece.inner is not None and piece.least >= 1:
                candidates.append(piece.inner)
        if run:
            candidates.append(frozenset({run}))
        if not candidates:
            return None
        return max(candidates, key=lambda c: (min(map(len, c)), -len(c)))

    def piece(self) -> Piece:
        """An atom and its quantifier."""
        literal, inner, width = self.atom()
        least, most = self.quantifier()
        if not width:  # an anchor or look-around matches no characters
            return Piece(None)
        if (least, most) == (1, 1):
            return Piece(literal, inner)
        return Piece(None, inner, least)  # a repeated literal ends the run

    def atom(self) -> tuple[str | None, Literals, bool]:
        """(literal character or None, a group's literals, whether it consumes characters)."""
        char = self.take()
        if char in "^$":
            return None, None, False
        if char == ".":
            return None, None, True
        if char == "[":
            self.char_class()
            return None, None, True
        if char == "\\":
            escaped = self.take()
            if escaped in ESCAPED_CLASSES:
                return None, None, escaped not in "bBAZ"
            if escaped.isalnum():  # \n, \1, \u...: not handled
                raise Unknown(f"escape \\{escaped}")
            return escaped, None, True
        if char == "(":
            return self.group()
        if char in QUANTIFIERS or char in ")|":
            raise Unknown(f"misplaced {char}")
        return char, None, True

    def group(self) -> tuple[str | None, Literals, bool]:
        """A parenthesised group (after its "("): capturing, non-capturing or a look-around."""
        if self.peek() == "?":
            self.take()
            kind = self.take()
            if kind == "<" and self.peek() in ("=", "!"):
                kind += self.take()
            if kind in ("=", "!", "<=", "<!"):
                self.alternation()
                self.close()
                return None, None, False
            if kind != ":":  # inline flags (?i), named groups...: not handled
                raise Unknown(f"group (?{kind}")
        inner = self.alternation()
        self.close()
        return None, inner, True

    def close(self) -> None:
        """Consume the ")" that ends a group."""
        if self.take() != ")":
            raise Unknown("unclosed group")

    def char_class(self) -> None:
        """Skip a character class (after its "[")."""
        if self.peek() == "^":
            self.take()
        if self.peek() == "]":
            self.take()
        while (char := self.take()) != "]":
            if char == "\\":
                self.take()

    def quantifier(self) -> tuple[int, int | None]:
        """The (least, most) repeat count after an atom; (1, 1) when there is none."""
        char = self.peek()
        if not char or char not in QUANTIFIERS:
            return 1, 1
        self.take()
        if char == "{":
            least, most = self.braces()
        else:
            least, most = {"?": (0, 1), "*": (0, None), "+": (1, None)}[char]
        if self.peek() in ("?", "+"):  # lazy or possessive: the same counts
            self.take()
        return least, most

    def braces(self) -> tuple[int, int | None]:
        """{m}, {m,} or {m,n} (after the "{")."""
        body = ""
        while (char := self.take()) != "}":
            body += char
        match = re.fullmatch(r"(\d+)(?:(,)(\d*))?", body)
        if match is None:
            raise Unknown(f"braces {{{body}}}")
        least = int(match[1])
        if not match[2]:
            return least, least
        return least, int(match[3]) if match[3] else None


def required_literals(pattern: str) -> Literals:
    """Words one of which every match of `pattern` contains (case as written), or None."""
    reader = PatternReader(pattern)
    try:
        found = reader.alternation()
        if reader.peek():
            raise Unknown("unbalanced )")
    except Unknown:
        return None
    if found is None or not all(found):
        return None
    return found


def xpath_literal(text: str) -> str | None:
    """`text` as an XPath string literal, or None when it holds both kinds of quote."""
    if "'" not in text:
        return f"'{text}'"
    if '"' not in text:
        return f'"{text}"'
    return None


MAX_WORDS = 6  # more contains() tests than this cost more than the regular expression they spare

_ATTRIBUTES = r"@[\w:-]+(?:\s*\|\s*@[\w:-]+)*"
_RE_TEST = re.compile(r"re:test\(\s*(" + _ATTRIBUTES + r")\s*,\s*'([^']*)'\s*\)")


def _guarded(match: re.Match[str]) -> str:
    """One re:test call, behind a contains() test of the words every match holds."""
    call, argument, pattern = match[0], match[1], match[2]
    try:
        if re.search(pattern, "") is not None:  # matches where the attribute is missing
            return call
    except re.error:
        return call
    words = required_literals(pattern)
    quoted = [xpath_literal(w) for w in sorted(words)] if words else []
    if not quoted or None in quoted or len(quoted) > MAX_WORDS:
        return f"({argument} and {call})"  # at least: the attribute is there
    tests = " or ".join(f"contains({argument}, {q})" for q in quoted)
    return f"(({tests}) and {call})"


def guard_regex_tests(path: str) -> str:
    """Every flag-less re:test of attributes preceded by its contains() guard."""
    return _RE_TEST.sub(_guarded, path)


_NAME_STEP = re.compile(r"^(\s*)(\.?//)\*\[\s*((?:self::[\w-]+\s+or\s+)*self::[\w-]+)\s*\]")
_POSITIONAL = re.compile(r"\[\s*\d|position\(|last\(")


def name_union(path: str) -> str:
    """A leading `.//*[self::a or self::b]` step as the union `(.//a|.//b)`, where no predicate
    counts positions."""
    match = _NAME_STEP.match(path)
    if match is None or _POSITIONAL.search(path):
        return path
    lead, axis, names = match[1], match[2], re.findall(r"self::([\w-]+)", match[3])
    return lead + "(" + "|".join(axis + name for name in names) + ")" + path[match.end() :]


def faster_path(path: str) -> str:
    """The expression in its faster equivalent form (itself when nothing applies)."""
    return name_union(guard_regex_tests(path))


_LITERALS = re.compile(r"'[^']*'|\"[^\"]*\"")
_OTHER_PREFIX = re.compile(r"\b(?!re:)[A-Za-z][\w.-]*:(?!:)")  # a prefix but re: (not self::)


def speed_up(expressions: Iterable[list[object]]) -> int:
    """Replace, in place, each lxml XPath of these lists by its faster equivalent; return how
    many were replaced. Expressions with namespace prefixes other than re: are left alone."""
    replaced = 0
    for items in expressions:
        for i, expr in enumerate(items):
            path = getattr(expr, "path", None)
            if not isinstance(path, str) or _OTHER_PREFIX.search(_LITERALS.sub("''", path)):
                continue
            faster = faster_path(path)
            if faster == path:
                continue
            namespaces = {"re": REGEXP_NS} if "re:" in faster else None
            compile_xpath: Any = type(expr)  # lxml.etree.XPath, not imported here
            items[i] = compile_xpath(faster, namespaces=namespaces)
            replaced += 1
    return replaced
