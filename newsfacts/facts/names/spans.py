"""Capitalised spans of a text split into names at titles, long bodies and place prefixes."""

from __future__ import annotations

import re
from collections.abc import Iterable
from itertools import pairwise

from newsfacts.facts import census, places
from newsfacts.facts.names.cues import date_word, first_name, particle_name, place_kind
from newsfacts.facts.names.model import Context
from newsfacts.facts.tokens import Token
from newsfacts.lexicon import is_common_word
from newsfacts.words import split_words
from newsfacts.words.en.function import STOPWORDS
from newsfacts.words.en.orgs import (
    BODY_HEADS,
    CONNECTORS,
    NON_ENTITIES,
    OF_HEADS,
    ORG_SUFFIXES,
    POSSESSIVE_HEADS,
)
from newsfacts.words.en.places import NAME_PREFIXES
from newsfacts.words.en.press import PAGE_JUNK
from newsfacts.words.en.titles import (
    MAX_TITLE_WORDS,
    OFFICE_WORDS,
    PORTFOLIO_TITLES,
    ROLE_WORDS,
    TITLES,
)

# The first word of every title, and each one-word title without its period ("Gen" of "Gen."):
# a token that starts none is answered at once, without joining the words after it.
TITLE_STARTS = frozenset(t.split(" ")[0] for t in TITLES) | frozenset(
    t[:-1] for t in TITLES if t.endswith(".") and " " not in t
)


def title_at(tokens: list[Token], i: int) -> tuple[str, str | None, int] | None:
    """The longest title starting at token i: (surface, role, token count)."""
    if i >= len(tokens) or tokens[i].text not in TITLE_STARTS:
        return None
    for n in range(MAX_TITLE_WORDS, 0, -1):
        if i + n > len(tokens):
            continue
        words = [t.text for t in tokens[i : i + n]]
        surface = " ".join(words)
        dotted = surface + "." if i + n < len(tokens) and tokens[i + n].text == "." else None
        if dotted and dotted in TITLES:
            return dotted, TITLES[dotted], n + 1
        if surface in TITLES and (n > 1 or words[0] not in ("General", "Justice", "Speaker")):
            return surface, TITLES[surface], n
    return None


def _joins(tokens: list[Token], i: int, run: list[Token]) -> bool:
    """Whether token i continues a capitalised run that is already open."""
    tok = tokens[i]
    if not (tok.text[:1].isupper() or "-" in tok.text or tok.text in _MAY_JOIN):
        return False  # a small word, no connector (most runs end so): no test below joins it
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if tok.text.lower() in PAGE_JUNK or run[-1].text.lower() in PAGE_JUNK:
        return False  # "Washington View Photos Trump": page furniture between names
    if _describer(tok.text) or _describer(run[-1].text):
        return False  # "New York-based Magna": the compound describes, the name follows
    if _shape_break(run[-1].text, tok.text):
        return False
    if tok.is_cap and tok.text[:1].isalpha():
        return tok.text == "May" or not date_word(tok.text)
    if particle_name(tok.text):
        return run[-1].is_cap  # "Rami al-Saadani", "Zine al-Abidine Ben Ali"
    if tok.text in ("'s", "’s") and run[-1].text in POSSESSIVE_HEADS:
        return nxt is not None and nxt.is_cap  # "People's Liberation Army"
    if tok.text == "." and run[-1].text in _DOTTED_PREFIXES and tok.start == run[-1].end:
        return nxt is not None and nxt.is_cap and len(run) == 1  # "St. Petersburg"
    if nxt is None or tok.start - run[-1].end > 1:
        return False
    if not nxt.is_cap and nxt.text not in CONNECTORS:
        return False
    if tok.text == "of":
        return run[-1].text in OF_HEADS
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    chained = nxt.text in CONNECTORS and after is not None and after.is_cap  # "van der Merwe"
    return tok.text in CONNECTORS and (nxt.is_cap or chained)


_DOTTED_PREFIXES = frozenset({"St", "Mt", "Ft"})  # "St. Petersburg", "Mt. Hood", "Ft. Worth"
# The tokens not capitalised and without a hyphen (particle names have one) that may join a run.
_MAY_JOIN = CONNECTORS | {"of", "'s", "’s", "."}


def _describer(word: str) -> bool:
    """A capitalised compound ending in a lower-case word ("York-based", "Family-owned")."""
    head, _, tail = word.rpartition("-")
    return bool(head) and tail.isalpha() and tail.islower() and len(tail) > 2


def _shape_break(left: str, right: str) -> bool:
    """A long word in capitals next to a Title-case one ("CONTINUES Chelsea", "Photo KUNDUZ")."""
    return (_shouted(left) and _titled(right)) or (_titled(left) and _shouted(right))


def _shouted(w: str) -> bool:
    """A word of four letters or more, all in capitals."""
    return len(w) >= 4 and w.isupper() and w.isalpha()


def _titled(w: str) -> bool:
    """A capitalised word not all in capitals."""
    return w[:1].isupper() and not w.isupper()


def capital_runs(tokens: list[Token]) -> Iterable[tuple[int, int]]:
    """Token ranges [i, j) of capitalised runs (with inner 'of', 'de', '&' kept)."""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        first = tok.text[:1]  # tok.is_cap, inline: this loop visits every token of the text
        if not (first.isupper() and first.isalpha()):
            i += 1
            continue
        if date_word(tok.text) and tok.text != "May" and not _first_name_jan(tokens, i):
            i += 1  # "June Comelf" is a date then a name, never one name
            continue
        run, j = [tok], i + 1
        while j < len(tokens) and _joins(tokens, j, run) and tokens[j].start - run[-1].end <= 1:
            run.append(tokens[j])
            j += 1
        while len(run) > 1 and (
            not (run[-1].is_cap or particle_name(run[-1].text)) or run[-1].text in _RUN_ENDS
        ):
            run.pop()  # never end on a connector, nor on "The" of a lost sentence break
            j -= 1
        yield i, j
        i = max(j, i + 1)


_PREP_LINKS = frozenset({"for", "of", "on"})


def long_names(tokens: list[Token], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join runs into the long name of a body: a head noun, then 'for'/'of'/'on' and a name,
    then more parts after 'and' (and 'in' after those: "... for Security and Cooperation in
    Europe"), or 'X and Y Board' where only the last part has the head ("Test and County
    Cricket Board")."""
    out: list[tuple[int, int]] = []
    last: list[str | None] = []  # the link that extended each joined name, if any
    for i, j in runs:
        if out:
            link = _link_words(tokens, out[-1][1], i)
            left = [t.text for t in tokens[out[-1][0] : out[-1][1]]]
            right = [t.text for t in tokens[i:j]]
            if _joins_body(link, left, right, last[-1]):
                out[-1] = (out[-1][0], j)
                last[-1] = link[0] if last[-1] or link[0] in _PREP_LINKS else None
                continue
        out.append((i, j))
        last.append(None)
    return out


def _link_words(tokens: list[Token], end: int, start: int) -> list[str]:
    """The lower-case words between two runs, when only single spaces separate them."""
    gap = tokens[end:start]
    if not gap or len(gap) > 2 or any(not t.text.isalpha() or not t.text.islower() for t in gap):
        return [""]
    edges = [tokens[end - 1], *gap, tokens[start]]
    if any(b.start - a.end != 1 for a, b in pairwise(edges)):
        return [""]
    return [t.text for t in gap]


def _joins_body(link: list[str], left: list[str], right: list[str], last: str | None) -> bool:
    """Whether two runs and the words between them make one body's name."""
    if link[1:] not in ([], ["the"]) or right[0] in TITLES:
        return False  # "Office of the Director of ...": a title starts a new name
    word = link[0]
    if word in _PREP_LINKS:
        return left[-1] in BODY_HEADS or last is not None
    if link != [word] or word not in ("and", "in"):
        return False
    if last is not None:
        return word == "and" or last == "and"
    if word == "and" and _body_of(left) and all(is_common_word(w, "English") for w in right):
        return True  # "Department of Health and Human Services": the body's second field
    alone = [w for w in left if w not in _RUN_ENDS and place_kind(w) is None]
    return (
        word == "and"
        and len(right) >= 2
        and right[-1] in BODY_HEADS
        and left[-1] not in BODY_HEADS
        and (left[-1] not in ORG_SUFFIXES or len(alone) == 1)
        and place_kind(" ".join(left)) is None
        and left[0] not in census.first_names()
    )  # fmt: skip  "The U.S. Securities and Exchange Commission": no firm's name before it


def _body_of(words: list[str]) -> bool:
    """A body's head noun and what it is of or for ("Ministry of Foreign Affairs")."""
    return any(w in BODY_HEADS and nxt in _PREP_LINKS for w, nxt in pairwise(words))


_RUN_ENDS = frozenset({"The", "A", "An"})


LEADING_FUNCTION_WORDS = frozenset(
    split_words("""A An At In On By With From To And But Or If As Except Former Top
    Unlike Amid Despite Whereas Besides""")
)


def _first_name_jan(tokens: list[Token], i: int) -> bool:
    """'Jan Novak': without a period and before a capitalised word, "Jan" is a first name."""
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    return (
        tokens[i].text == "Jan"
        and nxt is not None
        and nxt.is_cap
        and nxt.text.isalpha()
        and (not date_word(nxt.text))
    )


def drop_initial(tokens: list[Token], i: int, j: int, ctx: Context) -> int:
    """Skip common words capitalised only because they start the sentence."""
    while i < j:
        w = tokens[i].text
        low = w.lower()
        if _place_prefix(tokens, i, j):
            break
        if w in BODY_HEADS and i + 1 < j:
            break  # "Party of Democratic Action": the head opens the name
        known = _known_name(w)
        function = low in STOPWORDS and not (known and w.isupper())  # "US" is no "us"
        if function or (not known and low in ctx.lowercase_words) or date_word(w):
            i += 1
            continue
        name_at = _everyday_then_first_name(tokens, i, j)
        if name_at is not None:
            i = name_at  # "Investor Marla Quennell", "Invalid Email Christian Horner"
            continue
        break
    return i


def _everyday_then_first_name(tokens: list[Token], i: int, j: int) -> int | None:
    """Where a first name opens a name after one or more everyday words, or None."""
    k = i
    while k < j - 1 and _everyday(tokens[k].text):
        k += 1
        if first_name(tokens[k].text):
            return k
    return None


def _everyday(word: str) -> bool:
    """An everyday word that is neither a name, a title nor a place prefix."""
    if word in NAME_PREFIXES or word.rstrip(".") in _TITLE_FIRST_WORDS or _known_name(word):
        return False  # "Port Elizabeth", "President Elena Varga"
    return is_common_word(word, "English")


_TITLE_FIRST_WORDS = frozenset(t.split()[0].rstrip(".") for t in TITLES)


def _known_name(word: str) -> bool:
    """The lexicons know this word as a name or place."""
    return word in census.first_names() or places.place_type(word) is not None


def lowercase_role_before(tokens: list[Token], i: int) -> bool:
    """A role word right before the span ("boss Christian Horner", "all-rounder Phil Simmons")."""
    return i > 0 and tokens[i - 1].text in ROLE_WORDS


def name_pieces(tokens: list[Token], i: int, j: int) -> list[tuple[int, int, str | None, bool]]:
    """Split a run at titles: (start, end, role for the next piece, honorific) pieces."""
    out: list[tuple[int, int, str | None, bool]] = []
    k, start = i, i
    role: str | None = None
    honorific = False
    while k < j:
        title = title_at(tokens, k) or (role_word_title(tokens, k, j) if k == start else None)
        if title and k + title[2] <= j + 1 and _name_follows(tokens, k + title[2], j):
            role, honorific = title[1], title[1] is None
            if k == start + 1 and role in PORTFOLIO_TITLES and _portfolio(tokens[start].text):
                role = f"{tokens[start].text} {role}"  # "Transport Minister": one title
            elif k > start:
                office = _office_start(tokens, start, k)
                if office > start:
                    out.append((start, office, None, False))
                if office < k and role is not None:  # "Hong Kong Financial Secretary": the
                    words = [t.text for t in tokens[office:k]]  # office words join the title
                    role = " ".join([*words, role])
            k += title[2]
            start = k
            continue
        k += 1
    if start < j:
        out.append((start, j, role, honorific))
    return out


def _office_start(tokens: list[Token], start: int, k: int) -> int:
    """Where the office words right before a title begin ("Financial" of "Hong Kong Financial
    Secretary", "Managing" of "Goldman Sachs Managing Director"); k when there are none."""
    p = k
    while p > start and tokens[p - 1].text.lower() in OFFICE_WORDS and tokens[p - 1].is_cap:
        p -= 1
    return p


def _name_follows(tokens: list[Token], after: int, j: int) -> bool:
    """A name follows a title ending before token `after`: a title that ends the run is part of
    the name ("Martin Luther King", "Burger King"); "Gen." keeps its period outside the run."""
    return after < j or tokens[after - 1].text == "."


def role_word_title(tokens: list[Token], k: int, j: int) -> tuple[str, str | None, int] | None:
    """A role word capitalised before a first name ("Spokeswoman Dana Pruitt" opening a
    sentence) is a title: (surface, role, 1), else None."""
    word = tokens[k].text
    if not (word[:1].isupper() and word[1:].islower()) or word.lower() not in ROLE_WORDS:
        return None
    follows = k + 1 < j and first_name(tokens[k + 1].text)
    return (word, word.lower(), 1) if follows else None


def _portfolio(word: str) -> bool:
    """A capitalised word naming a portfolio, not a place or an organisation ("Transport")."""
    return place_kind(word) is None and word not in ORG_SUFFIXES and not word.isupper()


def strip_misc_prefix(tokens: list[Token], i: int, j: int) -> int:
    """Drop a leading demonym ("Afghan officials", "West Indian all-rounder")."""
    while i < j - 1 and tokens[i].text in NON_ENTITIES and tokens[j - 1].text not in ORG_SUFFIXES:
        if tokens[i].text in census.first_names() and tokens[i + 1].text not in NON_ENTITIES:
            break  # "Christian Karembeu": a first name, not the faith
        i += 1  # "Republican Donald Trump", but "Conservative Party", "First Union"
    while i < j - 1 and places.country_of_demonym(tokens[i].text):
        if _place_prefix(tokens, i, j) or tokens[j - 1].text in ORG_SUFFIXES:
            break  # "Czech Republic", "African Development Bank": part of the name
        i += 1
    return i


_CODE = re.compile(r"[A-Z]{2,3}")


def after_code(tokens: list[Token], i: int, j: int) -> int:
    """Where a person's name starts after a short code in capitals and what came before it
    ("Browns DL Myles Tarn", "Tarvik QB Ana Lutz"): a position or an office,
    not part of the name; a known place ("US", "UK") or a title ("CEO") is no such code."""
    for k in range(i, j - 2):
        code = tokens[k].text
        coded = _CODE.fullmatch(code) and not _known_name(code) and title_at(tokens, k) is None
        body = tokens[j - 1].text in ORG_SUFFIXES  # "KLM Royal Dutch Airlines", "JP Morgan
        if coded and not body and _plain_first_name(tokens[k + 1].text):  # Chase Bank": a body
            return k + 1  # "CEO" is a title: name_pieces tells it
    return i


def _plain_first_name(word: str) -> bool:
    """A first name that is no everyday word ("Larry", not "Royal", "Grant" or "Will")."""
    return first_name(word) and not is_common_word(word, "English")


def _place_prefix(tokens: list[Token], i: int, j: int) -> bool:
    """A known place name starts at token i ("New Zealand", "Czech Republic")."""
    return any(
        place_kind(" ".join(t.text for t in tokens[i:k])) for k in range(min(j, i + 4), i + 1, -1)
    )
