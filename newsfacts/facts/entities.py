"""Rule-based named entities: capitalised spans split at titles, classified by cues and lexicons."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from itertools import pairwise

from newsfacts.facts import lexicon, places
from newsfacts.facts.lexicon_words import (
    CONNECTORS,
    INSTITUTIONS,
    MAX_TITLE_WORDS,
    MISC_SUFFIXES,
    NON_ENTITIES,
    OF_HEADS,
    ORG_HEADS,
    ORG_SUFFIXES,
    PLACE_HEADS,
    PLACE_PREPS,
    PLACE_SUFFIXES,
    ROLE_WORDS,
    SAY_VERBS,
    STRONG_PLACE_PREPS,
    TEAM_NAMES,
    TITLES,
)
from newsfacts.facts.tokens import (
    CONTRACTION,
    MONTHS,
    STOPWORDS,
    WEEKDAYS,
    Token,
    is_all_caps,
    is_shouting,
    split_words,
    tokenize,
)
from newsfacts.lexicon import is_common_word, is_word

PER, ORG, LOC = "person", "organization", "place"
WEAK_LOC = "weak place cue"
STATE_WORDS = frozenset({"Republic", "Kingdom", "Emirates", "Principality", "Sultanate"})
SPORTS = frozenset(
    split_words(
        """
    soccer football cricket tennis golf baseball basketball rugby cycling athletics boxing
    motor racing hockey skiing swimming olympics formula horse nfl nba nhl badminton volleyball
    snooker squash rowing sailing handball"""
    )
)
AGENCIES = frozenset(
    split_words(
        "Reuters Afp Ap Epa Getty Yonhap Xinhua Kyodo Interfax Bloomberg Tass Itar-Tass Anp Dpa"
    )
)
_ACRONYM_IN_PARENS = re.compile(r"^[A-Z][A-Za-z.&]{1,9}$")
_AGE = re.compile(r"^\d{1,2}$")
_ISO_DATE = re.compile(r"^\d{4}-\d\d-\d\d")
_NAME_PARTICLE = re.compile(r"-(?:ul|ur|al|el|ud|ad|ibn|bin|ben|abu|uz)-")
_SURNAME_SHAPE = re.compile(r"^(?:Mc|Mac|O')[A-Z][a-z]+$")
_INITIAL = re.compile(r"^[A-Z]\.$")


@dataclass(frozen=True)
class Text:
    """One piece of text to scan: a sentence (cite = its index), the title or a caption."""

    text: str
    cite: int
    kind: str = "body"  # body | title | caption


@dataclass
class Mention:
    """One occurrence of a name in a text, with the cues around it."""

    text: str
    cite: int
    kind: str
    left: tuple[str, ...]
    right: tuple[str, ...]
    initial: bool
    shouting: bool
    position: int  # order of appearance in the document
    role: str | None = None
    affiliation: str | None = None
    honorific: bool = False
    role_word: bool = False
    acronym: str | None = None
    dateline: bool = False


@dataclass
class Entity:
    """Mentions that name the same thing, with the label they vote for."""

    name: str
    mentions: list[Mention] = field(default_factory=list)
    forms: list[str] = field(default_factory=list)
    label: str | None = None

    def add(self, m: Mention) -> None:
        """Attach a mention (and its surface form)."""
        self.mentions.append(m)
        if m.text not in self.forms:
            self.forms.append(m.text)


@dataclass(frozen=True)
class Context:
    """Document-wide facts the classifier needs."""

    sports: bool
    lowercase_words: frozenset[str]


# ---------------------------------------------------------------- spans


def title_at(tokens: list[Token], i: int) -> tuple[str, str | None, int] | None:
    """The longest title starting at token i: (surface, role, token count)."""
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
    nxt = tokens[i + 1] if i + 1 < len(tokens) else None
    if tok.text.lower() in PAGE_JUNK or run[-1].text.lower() in PAGE_JUNK:
        return False  # "Washington View Photos Trump": page furniture between names
    if _describer(tok.text) or _describer(run[-1].text):
        return False  # "New York-based Magna": the compound describes, the name follows
    if _shape_break(run[-1].text, tok.text):
        return False
    if tok.is_cap and tok.text[:1].isalpha():
        return tok.text == "May" or not date_word(tok.text)
    if nxt is None or tok.start - run[-1].end > 1:
        return False
    if not nxt.is_cap and nxt.text not in CONNECTORS:
        return False
    if tok.text == "of":
        return run[-1].text in OF_HEADS
    after = tokens[i + 2] if i + 2 < len(tokens) else None
    chained = nxt.text in CONNECTORS and after is not None and after.is_cap  # "van der Merwe"
    return tok.text in CONNECTORS and (nxt.is_cap or chained)


PAGE_JUNK = frozenset(
    split_words("view photos photo image images video videos watch click share gallery staff hi")
)


def _describer(word: str) -> bool:
    """A capitalised compound ending in a lower-case word ("York-based", "Family-owned")."""
    head, _, tail = word.rpartition("-")
    return bool(head) and tail.isalpha() and tail.islower() and len(tail) > 2


def _shape_break(left: str, right: str) -> bool:
    """A long word in capitals next to a Title-case one ("CONTINUES Chelsea", "Photo KUNDUZ")."""

    def shouted(w: str) -> bool:
        return len(w) >= 4 and w.isupper() and w.isalpha()

    def titled(w: str) -> bool:
        return w[:1].isupper() and not w.isupper()

    return (shouted(left) and titled(right)) or (titled(left) and shouted(right))


def _runs(tokens: list[Token]) -> Iterable[tuple[int, int]]:
    """Token ranges [i, j) of capitalised runs (with inner 'of', 'de', '&' kept)."""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not (tok.is_cap and tok.text[:1].isalpha()):
            i += 1
            continue
        if date_word(tok.text) and tok.text != "May" and not _first_name_jan(tokens, i):
            i += 1  # "June Comelf" is a date then a name, never one name
            continue
        run, j = [tok], i + 1
        while j < len(tokens) and _joins(tokens, j, run) and tokens[j].start - run[-1].end <= 1:
            run.append(tokens[j])
            j += 1
        while len(run) > 1 and (not run[-1].is_cap or run[-1].text in _RUN_ENDS):
            run.pop()  # never end on a connector, nor on "The" of a lost sentence break
            j -= 1
        yield i, j
        i = max(j, i + 1)


# Head nouns of bodies whose names go on after a preposition ("Organisation for Security and
# Cooperation in Europe", "Commission on Presidential Debates", "News Agency of Nigeria").
BODY_HEADS = frozenset(
    split_words(
        """
    Organisation Organization Commission Committee Council Agency Association Federation Union
    League Party Bank Fund Institute Foundation Ministry Department Office Court Board Bureau
    Authority Force Forces Front Movement Alliance Coalition Centre Center Society Confederation
    Service Administration Corporation Company Exchange Tribunal Secretariat"""
    )
)
_PREP_LINKS = frozenset({"for", "of", "on"})


def _long_names(tokens: list[Token], runs: list[tuple[int, int]]) -> list[tuple[int, int]]:
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
    return (
        word == "and" and len(right) >= 2 and right[-1] in BODY_HEADS
        and left[-1] not in BODY_HEADS and left[-1] not in ORG_SUFFIXES
        and place_kind(" ".join(left)) is None and left[0] not in lexicon.first_names()
    )  # fmt: skip


_RUN_ENDS = frozenset({"The", "A", "An"})
_LEADING_FUNCTION_WORDS = frozenset(
    split_words("A An At In On By With From To And But Or If As Except Former Top")
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


def date_word(word: str) -> bool:
    """Weekday and month names are dates, not names."""
    w = word.lower().rstrip(".")
    return w in WEEKDAYS or w in MONTHS


def _drop_initial(tokens: list[Token], i: int, j: int, ctx: Context) -> int:
    """Skip common words capitalised only because they start the sentence."""
    while i < j:
        w = tokens[i].text
        low = w.lower()
        if _place_prefix(tokens, i, j):
            break
        if w in BODY_HEADS and i + 1 < j:
            break  # "Party of Democratic Action": the head opens the name
        known = _known_name(w)
        if low in STOPWORDS or (not known and low in ctx.lowercase_words) or date_word(w):
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
        if _first_name(tokens[k].text):
            return k
    return None


def _everyday(word: str) -> bool:
    """An everyday word that is neither a name, a title nor a place prefix."""
    if word in _NAME_PREFIXES or word.rstrip(".") in _TITLE_FIRST_WORDS or _known_name(word):
        return False  # "Port Elizabeth", "President Elena Varga"
    return is_common_word(word, "English")


# Words that open place names before a first name ("Port Elizabeth", "Mount Vernon").
_NAME_PREFIXES = frozenset(split_words("St St. Saint San Santa Port Fort Mount Lake Cape Glen"))


_TITLE_FIRST_WORDS = frozenset(t.split()[0].rstrip(".") for t in TITLES)


def _known_name(word: str) -> bool:
    """The lexicons know this word as a name or place."""
    return word in lexicon.first_names() or places.place_type(word) is not None


def _context(tokens: list[Token], i: int, j: int) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Up to three tokens on each side of a span, lower-cased."""
    left = tuple(t.text for t in tokens[max(0, i - 3) : i])
    right = tuple(t.text.lower() for t in tokens[j : j + 3])
    return left, right


def _lowercase_role_before(tokens: list[Token], i: int) -> bool:
    """A role word right before the span ("boss Christian Horner", "all-rounder Phil Simmons")."""
    return i > 0 and tokens[i - 1].text in ROLE_WORDS


def name_pieces(tokens: list[Token], i: int, j: int) -> list[tuple[int, int, str | None, bool]]:
    """Split a run at titles: (start, end, role for the next piece, honorific) pieces."""
    out: list[tuple[int, int, str | None, bool]] = []
    k, start = i, i
    role: str | None = None
    honorific = False
    while k < j:
        title = title_at(tokens, k)
        if title and k + title[2] <= j + 1:
            role, honorific = title[1], title[1] is None
            if k == start + 1 and role in PORTFOLIO_TITLES and _portfolio(tokens[start].text):
                role = f"{tokens[start].text} {role}"  # "Transport Minister": one title
            elif k > start:
                out.append((start, k, None, False))
            k += title[2]
            start = k
            continue
        k += 1
    if start < j:
        out.append((start, j, role, honorific))
    return out


PORTFOLIO_TITLES = frozenset({"Minister", "Secretary", "Commissioner", "Director", "Spokesman"})


def _portfolio(word: str) -> bool:
    """A capitalised word naming a portfolio, not a place or an organisation ("Transport")."""
    return place_kind(word) is None and word not in ORG_SUFFIXES and not word.isupper()


def _strip_misc_prefix(tokens: list[Token], i: int, j: int) -> int:
    """Drop a leading demonym ("Afghan officials", "West Indian all-rounder")."""
    while i < j - 1 and tokens[i].text in NON_ENTITIES and tokens[j - 1].text not in ORG_SUFFIXES:
        if tokens[i].text in lexicon.first_names() and tokens[i + 1].text not in NON_ENTITIES:
            break  # "Christian Karembeu": a first name, not the faith
        i += 1  # "Republican Donald Trump", but "Conservative Party", "First Union"
    while i < j - 1 and places.country_of_demonym(tokens[i].text):
        if _place_prefix(tokens, i, j) or tokens[j - 1].text in ORG_SUFFIXES:
            break  # "Czech Republic", "African Development Bank": part of the name
        i += 1
    return i


def _place_prefix(tokens: list[Token], i: int, j: int) -> bool:
    """A known place name starts at token i ("New Zealand", "Czech Republic")."""
    return any(
        place_kind(" ".join(t.text for t in tokens[i:k])) for k in range(min(j, i + 4), i + 1, -1)
    )


def mentions_in(item: Text, ctx: Context, order: list[int]) -> list[Mention]:
    """Every name mention in one text."""
    tokens = tokenize(item.text)
    if not _running_text(item):
        return []  # headline-style text is matched against known names later
    out: list[Mention] = []
    for i, j in _long_names(tokens, list(_runs(tokens))):
        initial = i == 0 or tokens[i - 1].text in ('"', "“", "(", "‘", "'", "-", "--", ":")
        if initial and not (i == 0 and _dateline_place(tokens) == j):  # "LA CORUNA, Spain"
            i = _drop_initial(tokens, i, j, ctx)
        while i < j - 1 and tokens[i].text in _LEADING_FUNCTION_WORDS:
            i += 1  # "A Total", "At Bristol": a lost line break glued a word to the name
        run_start = i
        i = _strip_misc_prefix(tokens, i, j)
        for a, b, role, honorific in name_pieces(tokens, i, j):
            m = _mention(item, tokens, a, b, ctx, order, initial and a == 0)
            if m is None:
                continue
            m.role, m.honorific = role, honorific
            m.dateline = a == 0 and dateline_after(tokens, b)
            if a > run_start and role is not None:  # "New Zealand Prime Minister X"
                before = item.text[tokens[run_start].start : tokens[a - 1].end]
                m.affiliation = affiliation_of(before)
            elif a == run_start and role is None and m.role_word:
                m.role, m.affiliation = role_phrase(item.text, tokens, a)
            out.append(m)
    return out


def affiliation_of(text: str) -> str | None:
    """The affiliation before a title: title words dropped, a demonym read as its country."""
    text = _strip_title_tail(text) or ""
    first = text.split()[0] if text else ""
    country = places.country_of_demonym(text) or places.country_of_demonym(first)
    return country or text or None


_VERBISH = frozenset(
    split_words("met saw told named hired fired called asked thanked praised beat")
)


def _role_word_before(word: str) -> bool:
    """A lower-case word that can belong to a role ("union leader"), not a verb ("met")."""
    if not word.islower() or word in STOPWORDS or word in SAY_VERBS or word in _VERBISH:
        return False
    return word in ROLE_WORDS or not word.endswith("ed")


def role_phrase(text: str, tokens: list[Token], a: int) -> tuple[str | None, str | None]:
    """'DSB chief executive Henrik Lund' -> ('chief executive', 'DSB')."""
    k = a
    while k > 0 and a - k < 3 and _role_word_before(tokens[k - 1].text):
        k -= 1
    role = text[tokens[k].start : tokens[a - 1].end] if k < a else None
    org = k - 1 if k > 0 and tokens[k - 1].is_cap else None
    return role, (tokens[org].text if org is not None else None)


def dateline_after(tokens: list[Token], j: int) -> bool:
    """A date follows the name at a sentence start ("LONDON 1996-08-30", "SEOUL, Sept. 4")."""
    rest = [t.text for t in tokens[j : j + 8] if t.text not in (",", "(")]
    if len(rest) > 1 and (
        place_kind(rest[0]) in ("country", "state", "region") or _state_abbreviation(rest[0])
    ):
        rest = [w for w in rest[1:] if w != "."]  # "TAVILDARA, Tajikistan 1996-08-30"
    if not rest:
        return False
    return bool(_ISO_DATE.match("".join(rest))) or rest[0].lower().rstrip(".") in MONTHS


DOTTED_SUFFIXES = frozenset({"Inc", "Corp", "Co", "Ltd", "Bros", "Jr", "Sr"}) | frozenset(
    w for w in places.STATE_ABBREVIATIONS if "." not in w
)


def dotted_suffix(tokens: list[Token], b: int) -> bool:
    """The span ends in an abbreviated suffix whose period follows at once ("Corp.")."""
    if b >= len(tokens) or tokens[b - 1].text not in DOTTED_SUFFIXES:
        return False
    return tokens[b].text == "." and tokens[b].start == tokens[b - 1].end


_LOWER_PART = re.compile(r"-[a-z]")


def _not_a_name(text: str) -> bool:
    """Codes and compounds ("M3", "Under-21", "Year-on-year"), not names."""
    if " " in text:
        return False
    if any(c.isdigit() for c in text):
        return True
    last = text.split("-")[-1]
    return bool(_LOWER_PART.search(text)) and not last[:1].isupper()  # "Mazar-e-Sharif" stays


def _abbreviates(cand: str, name: str) -> bool:
    """'UNC' for 'United Nations Command', 'NATO' for a looser gloss; never an agency credit."""
    if not _ACRONYM_IN_PARENS.match(cand) or sum(c.isupper() for c in cand) < 2:
        return False
    return cand[0] == name[0] and cand.title() not in AGENCIES and len(cand) <= 6


def _running_text(item: Text) -> bool:
    """Body text not in capitals: the text where capitalisation marks names."""
    return _running(item.kind, item.text)


# Asked twice per text (names in running text, then known names in the rest): decide once.
@lru_cache(maxsize=16384)
def _running(kind: str, text: str) -> bool:
    """Whether a text of this kind is running text (see _running_text)."""
    tokens = tokenize(text)
    if kind == "title":
        return not is_shouting(tokens)  # a sentence-case headline reads like running text
    return kind in ("body", "caption") and not is_all_caps(tokens)


def _strip_title_tail(text: str) -> str | None:
    """The affiliation before a title, without the title words themselves."""
    if text in TITLES:
        return None
    for title in sorted(TITLES, key=len, reverse=True):
        if text.endswith(" " + title):
            text = text[: -len(title) - 1]
    return text or None


def _mention(
    item: Text,
    tokens: list[Token],
    a: int,
    b: int,
    ctx: Context,
    order: list[int],
    initial: bool,
) -> Mention | None:
    """A mention for tokens[a:b], or None when it is no name."""
    if a >= b:
        return None
    text = item.text[tokens[a].start : tokens[b - 1].end]
    if dotted_suffix(tokens, b):
        text += "."  # "Barnett Banks Inc." is written with its period
    if text in NON_ENTITIES or date_word(text) or text in TITLES or len(text) < 2:
        return None
    if text.split()[-1] in ("Image", "Images", "Photo", "Photos", "Pictures"):
        return None  # a photo credit left in the text
    if (len(text.split()) > 1 and text.isupper()) or all(len(w) == 1 for w in text.split()):
        return None  # table headers in capitals ("W D L PCT GB")
    if _not_a_name(text) or _contraction(text):
        return None
    if text in CURRENCY_CODES and b < len(tokens) and tokens[b].text[:1].isdigit():
        return None  # "Rs 300", "USD 5bn": a currency before its amount
    return new_mention(item, tokens, (a, b), text, initial, order)


CURRENCY_CODES = frozenset(
    split_words("Rs Rs. INR USD EUR GBP JPY CNY RMB HKD AUD CAD CHF NZD SGD KRW")
)
def _contraction(text: str) -> bool:
    """'I’m', 'We’ve', 'Don’t': a pronoun or auxiliary contracted, never a name."""
    return CONTRACTION.fullmatch(text) is not None


def new_mention(
    item: Text,
    tokens: list[Token],
    span: tuple[int, int],
    text: str,
    initial: bool,
    order: list[int],
) -> Mention:
    """The mention of `text` (tokens[a:b] of `item`) with the cues read around it: the words on
    each side, an acronym in parentheses after it, a lower-case role word before it."""
    a, b = span
    left, right = _context(tokens, a, b)
    acronym = None
    if right[:1] == ("(",) and len(right) > 2 and right[2] == ")":
        cand = tokens[b + 1].text
        if _abbreviates(cand, text):
            acronym = cand
    order[0] += 1
    return Mention(
        text=text,
        cite=item.cite,
        kind=item.kind,
        left=left,
        right=right,
        initial=initial,
        shouting=False,
        position=order[0],
        role_word=_lowercase_role_before(tokens, a),
        acronym=acronym,
    )


# ---------------------------------------------------------------- classification


def _words(text: str) -> list[str]:
    """The words of a name."""
    return text.split()


# A voter's weights by label: a plain dict, cheaper to build than a Counter (most are empty).
Votes = dict[str, float]


def _vote_gazetteer(m: Mention, ctx: Context) -> Votes:
    """Places the gazetteer knows."""
    kind = place_kind(m.text)
    if kind in ("country", "region", "state", "county"):
        return {LOC: 5.0}
    if kind == "city":
        return {LOC: 2.5}
    words = _words(m.text)
    if len(words) > 1 and (words[-1] in PLACE_SUFFIXES or words[0] in PLACE_HEADS):
        return {LOC: 3.0}
    return {}


@cache
def place_kind(text: str) -> str | None:
    """The gazetteer's type for a name, trying its title-case and compass-expanded forms."""
    for form in (text, _expand_compass(text), _title_case(text)):
        kind = places.place_type(form)
        if kind:
            return kind
    first, _, rest = text.partition(" ")
    if first in COMPASS and rest and places.place_type(rest) in ("country", "region", "state"):
        return "region"  # "South Atlantic", "Eastern Europe"
    return None


COMPASS = frozenset(
    split_words("North South East West Northern Southern Eastern Western Central Upper Lower")
)


def _title_case(text: str) -> str:
    """'NEW YORK' -> 'New York'."""
    return " ".join(w.capitalize() for w in text.split()) if text.isupper() else text


def _expand_compass(text: str) -> str:
    """'S. Korea' -> 'South Korea' (abbreviated compass points in headlines)."""
    for short, full in (("S. ", "South "), ("N. ", "North "), ("E. ", "East "), ("W. ", "West ")):
        if text.startswith(short):
            return full + text[len(short) :]
    return text


def _vote_org_words(m: Mention, ctx: Context) -> Votes:
    """Organisation suffixes and heads ("... Command", "Bank of ...")."""
    words = _words(m.text)
    if len(words) > 1 and (words[-1] in ORG_SUFFIXES or words[0] in ORG_HEADS):
        return {ORG: 4.5}
    if m.text.isupper() and m.text.replace(".", "").isalpha() and len(m.text) <= 6:
        common = m.text.lower() in STOPWORDS or is_word(m.text.lower(), "English")
        return {} if common else {ORG: 1.5}  # "DUE", "CALL": table fields
    return {}


def _state_abbreviation(word: str) -> bool:
    """'Fla', 'Fla.', 'N.H.': a US state as AP style abbreviates it."""
    return word in places.STATE_ABBREVIATIONS or word.rstrip(".") in places.STATE_ABBREVIATIONS


def _vote_state_abbreviation(m: Mention, ctx: Context) -> Votes:
    """'Jacksonville, Fla.': an abbreviated state right after a city and a comma."""
    after_city = len(m.left) >= 2 and m.left[-1] == "," and m.left[-2][:1].isupper()
    return {LOC: 5.0} if after_city and _state_abbreviation(m.text) else {}


def _vote_dateline(m: Mention, ctx: Context) -> Votes:
    """'TAVILDARA, Tajikistan 1996-08-30': a dateline names the place the report comes from."""
    return {LOC: 4.0} if m.dateline else {}


def _vote_ampersand(m: Mention, ctx: Context) -> Votes:
    """'Standard & Poor', 'Bear Stearns & Co': an ampersand joins partners of a firm."""
    return {ORG: 4.0} if "&" in m.text else {}


def _vote_agency(m: Mention, ctx: Context) -> Votes:
    """'(Nordic Wire) --': the agency of a dateline; 'Statistics Denmark': a body."""
    if m.left[-1:] == ("(",) and m.right[:2] in ((")", "-"), (")", "--"), (")", "—")):
        return {ORG: 6.0}
    words = _words(m.text)
    if any(w in STATE_WORDS for w in words) and len(words) > 1:
        return {LOC: 3.0}  # "Federal Republic of Yugoslavia", "Chechen Republic"
    country_last = len(words) > 1 and place_kind(words[-1]) == "country"
    if country_last and place_kind(m.text) is None and words[0] not in lexicon.first_names():
        return {ORG: 2.0}
    if _place_then_name(words):
        return {ORG: 2.0}  # "China Daily", "Boston Red Sox", "Chittagong Cement"
    return {}


def _place_then_name(words: list[str]) -> bool:
    """A known place, then words that are neither a place nor a person's name."""
    if len(words) < 2 or place_kind(" ".join(words)):
        return False
    if words[0] in lexicon.first_names() and not _country_then_word(words):
        return False
    for n in (2, 1):
        head, rest = " ".join(words[:n]), words[n:]
        if rest and place_kind(head) in ("city", "country", "state"):
            tail = " ".join(rest)
            if any(w in lexicon.first_names() or w in TITLES for w in rest):
                return False  # "Michigan Rep Mike Rogers": a person after a title
            last = rest[-1].lower()
            plain = is_word(last, "English") and last not in STOPWORDS  # "Daily"; not "Paes"
            return plain and place_kind(tail) is None and rest[-1] not in PLACE_SUFFIXES
    return False


def _vote_person_cues(m: Mention, ctx: Context) -> Votes:
    """Titles, honorifics, role words, ages and speech verbs."""
    score = 0.0
    if m.role is not None or m.honorific:
        score += 4.0
    if m.role_word:
        score += 2.0
    if m.right[:1] == (",",) and len(m.right) > 2 and _AGE.match(m.right[1]) and m.right[2] == ",":
        score += 2.0
    speaker = " " in m.text or m.text in lexicon.surnames()  # "Ericsson said": firms speak too
    if m.right[:1] and m.right[0] in SAY_VERBS and speaker:
        score += 1.0
    return {PER: score} if score else {}


def _vote_names(m: Mention, ctx: Context) -> Votes:
    """First-name and surname lexicons."""
    words = _words(m.text)
    score = 0.0
    if len(words) >= 2 and _first_name(words[0]) and not _country_then_word(words):
        score += 2.5
    if len(words) >= 3 and any(w in CONNECTORS for w in words[1:-1]):
        score += 1.5  # "Joost van der Westhuizen", "Aravinda de Silva"
    if len(words) == 1 and _SURNAME_SHAPE.match(m.text):
        score += 1.0
    if len(words) == 1 and m.text in lexicon.first_names() and not m.initial:
        score += 1.0  # "Steve", "George" on their own
    if words[0] in COMPASS or words[0] in ("St", "St.", "Saint", "Port", "Fort"):
        return {}  # "East Fife", "St Mirren": places and the teams named after them
    if len(words) >= 2 and words[-1] in lexicon.surnames():
        score += 1.0
    # An unknown two- or three-word name is most often a person, but not everyday words with
    # nothing else that says person ("Border Protection", "Solar System").
    name_shaped = 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)
    if name_shaped and (score or not is_common_word(words[-1], "English")):
        score += 0.5
    if len(words) == 1 and _NAME_PARTICLE.search(m.text):
        score += 1.5  # "Inzamam-ul-Haq", "Abd-al-Rahman"
    return {PER: score} if score else {}


def _country_then_word(words: list[str]) -> bool:
    """'China Daily', 'Jordan Times': a country that is also a first name, then a common word."""
    return place_kind(words[0]) in ("country", "state") and is_word(words[-1].lower(), "English")


def _first_name(word: str) -> bool:
    """A known first name, an initial ("J."), or a hyphenated first name ("Anne-Gaelle")."""
    names = lexicon.first_names()
    return word in names or bool(_INITIAL.match(word)) or word.split("-")[0] in names


def _vote_place_cues(m: Mention, ctx: Context) -> Votes:
    """'in X', 'at X': a place (or, in sports reports, a venue)."""
    if m.right[:1] and m.right[0] in _POSSESSIVES:
        return {}  # "at Epstein's mansion", "in Apple's results": X owns the place, X is not it
    left = [w for w in m.left if w != "the"]
    if left[-1:] and left[-1] in STRONG_PLACE_PREPS:  # lower case only: "AT" is a fixture
        return {LOC: 2.0}
    if left[-2:-1] and left[-2] in PLACE_NOUNS and left[-1] == "of":
        return {LOC: 2.5}  # "the province of Hubei", "the mining town of Moengo"
    if left[-1:] and left[-1] in PLACE_PREPS:
        return {WEAK_LOC: 0.75}
    return {}


_POSSESSIVES = frozenset({"'s", "’s"})
PLACE_NOUNS = frozenset(
    split_words("city town village province region state island capital district county port")
)


def _vote_team_cues(m: Mention, ctx: Context) -> Votes:
    """In sports reports a name right before a score is a team ("Palace 2 Orient 1")."""
    words = _words(m.text)
    if not ctx.sports:
        return {}
    if m.text.title() in TEAM_NAMES:
        return {ORG: 3.0}  # "the Mariners", "MARLINS"
    if m.left[-1:] and m.left[-1] in _DISMISSALS:
        return {PER: 2.0}  # "c Tillekeratne b Muralitharan 22": fielder and bowler
    if words[0] in lexicon.first_names():
        return {}
    if m.right[:1] and m.right[0].isdigit() and m.right[1:2] not in _NOT_SCORES:
        return {ORG: 2.0}
    return {}


_DISMISSALS = frozenset({"b", "c", "st", "lbw"})  # cricket scorecards name players after these
# After a number, these make it a minute ("Zidane 46th"), a figure ("9-0-54-1"), a tally.
_NOT_SCORES = frozenset({("-",), ("th",), ("st",), ("nd",), ("rd",)})


def _vote_misc(m: Mention, ctx: Context) -> Votes:
    """Events, laws, nationalities: not ours to report."""
    words = _words(m.text)
    if words[-1] in MISC_SUFFIXES or places.country_of_demonym(words[-1]):
        return {"misc": 3.0}
    if len(words) == 1 and _demonym_like(m.text):
        return {"misc": 4.0}
    return {}


_DEMONYM_END = re.compile(r"(?:an|ans|i|is|ese|ish|ic|en|ens|e|es|s|b|av|avs|ot|ots)$")


def _demonym_like(word: str) -> bool:
    """'Israelis', 'Chechen', 'Swede': a word built on a place name it is not itself."""
    if place_kind(word) or not _DEMONYM_END.search(word) or word.isupper():
        return False
    if word in lexicon.first_names():
        return False
    stem = word[: max(4, min(5, len(word) - 3))]
    return stem in _place_prefixes(len(stem))


@cache
def _place_prefixes(n: int) -> frozenset[str]:
    """The first n letters of every country and region name."""
    names = [*places.countries(), *places.REGIONS, *places.us_states()]
    return frozenset(name[:n] for name in names if len(name) >= n)


VOTERS: tuple[Callable[[Mention, Context], Votes], ...] = (
    _vote_gazetteer,
    _vote_dateline,
    _vote_state_abbreviation,
    _vote_ampersand,
    _vote_agency,
    _vote_org_words,
    _vote_person_cues,
    _vote_names,
    _vote_place_cues,
    _vote_team_cues,
    _vote_misc,
)


_FULL_FORM_ONLY = (_vote_gazetteer, _vote_team_cues)


def _label(entity: Entity, ctx: Context) -> str | None:
    """The label most mentions vote for; unknown single words default to organisations."""
    if entity.name.title() in AGENCIES or entity.name in INSTITUTIONS:
        return ORG
    votes: Counter[str] = Counter()
    personal = _person_form(entity)
    for m in entity.mentions:
        for voter in VOTERS:
            if personal and voter in _FULL_FORM_ONLY and m.text != entity.name:
                continue  # "Obama" after "Barack Obama" is his surname, not the Japanese town
            cast = voter(m, ctx)
            if cast:
                votes.update(cast)
    votes.update(Counter({LOC: min(votes.pop(WEAK_LOC, 0), 0.9)}))  # "to X": weak, never alone
    if not votes or (votes.most_common(1)[0][0] == LOC and votes[LOC] < 1.0):
        return _default_label(entity, ctx)  # no cue, or only a weak one ("from X", "to X")
    label = votes.most_common(1)[0][0]
    if label == LOC and ctx.sports and _team_like(entity):
        return ORG
    return None if label == "misc" else label


def _person_form(entity: Entity) -> bool:
    """The entity has a full form that reads as a person's name (first name or title)."""
    words = _words(entity.name)
    first = len(words) >= 2 and _first_name(words[0])
    return first or any(m.role or m.honorific for m in entity.mentions)


def _default_label(entity: Entity, ctx: Context) -> str | None:
    """No cue at all: keep names seen mid-sentence, as organisations (teams, firms, parties)."""
    common = len(_words(entity.name)) == 1 and is_word(entity.name, "English")
    inside = sum(1 for m in entity.mentions if not m.initial)
    if common and (inside < 2 or entity.name.isupper()):
        return None  # a capitalised common word ("Attendance :", "CAPS")
    if common and _plural_of_word(entity.name) and entity.name not in ORG_SUFFIXES:
        return None  # "Refugees", "Organisers": a group of people, not a body's name
    words = _words(entity.name)
    if len(words) > 1 and all(is_common_word(w, "English") for w in words):
        return None  # capitalised everyday words, no cue: a phrase or a torn-off name part
    return ORG


def _plural_of_word(name: str) -> bool:
    """A plural whose singular is a common English word ("Refugees", "Tries")."""
    low = name.lower()
    if not low.endswith("s") or low.endswith("ss"):
        return False
    stems = (low[:-1], low[:-2], low[:-3] + "y" if low.endswith("ies") else low[:-1])
    return any(len(s) > 2 and is_word(s, "English") for s in stems)


def _team_like(entity: Entity) -> bool:
    """A city or county in a sports report, playing rather than hosting: a team named after it."""
    if any(place_kind(f) in ("country", "region") for f in entity.forms):
        return False
    if any(_venue(m) for m in entity.mentions):
        return False
    return any(_playing(m) for m in entity.mentions)


def _venue(m: Mention) -> bool:
    """'in X', 'at X', a dateline, 'X :' heading a scorecard, '( at Lord's , X )'."""
    left = [w.lower() for w in m.left]
    if m.dateline or m.right[:1] == (":",) or _date_follows(m.right):
        return True  # "MILWAUKEE, Wisconsin 1996-08-30": a dateline's place, not a team
    if (left[-1:] and left[-1] in ("in", "near")) or (left[-1:] == ["at"] and m.left[-1] == "at"):
        return True
    return len(left) >= 2 and left[-1] == "," and "at" in left[:-1]


def _date_follows(right: tuple[str, ...]) -> bool:
    """The words after a name start an ISO date ("1996 - 08 - 30")."""
    return len(right) >= 2 and bool(re.fullmatch(r"(?:19|20)\d\d", right[0])) and right[1] == "-"


_PLAY_WORDS = frozenset(
    split_words(
        "beat beats drew draw lost v vs against defeated held host won reached declared scored "
        "batted bowled trailed rivals"
    )
)


def _playing(m: Mention) -> bool:
    """A score or a match verb next to the name."""
    near = {w.lower() for w in (*m.left[-2:], *m.right[:2])}
    fixture = m.shouting and "at" in near  # "MINNESOTA AT MILWAUKEE"
    if m.right[:2] in (("'", "s"), ("’", "s")) or (
        m.right[:1] and (m.right[0] in ("'s", "’s") or m.right[0] in ROLE_WORDS)
    ):
        return True  # "Newcastle 's striker", "Leeds manager"
    score = m.right[:1] != () and m.right[0][:1].isdigit() and not _date_follows(m.right)
    return fixture or bool(near & _PLAY_WORDS) or score


# ---------------------------------------------------------------- linking


def group_mentions(mentions: list[Mention]) -> list[Entity]:
    """Group mentions by surface form, then link short forms, acronyms and capitals."""
    by_form: dict[str, Entity] = {}
    for m in mentions:
        key = _expand_compass(_title_case(m.text)).rstrip(".")  # "Corp." is "Corp"
        by_form.setdefault(key, Entity(m.text)).add(m)
    entities = sorted(by_form.values(), key=lambda e: -len(_words(e.name)))
    return _link(entities)


@dataclass
class _Index:
    """Kept entities by acronym, first word, last word and initials: linking stays linear."""

    acronyms: dict[str, Entity] = field(default_factory=dict)
    first: dict[str, list[Entity]] = field(default_factory=dict)
    last: dict[str, list[Entity]] = field(default_factory=dict)
    initials: dict[str, Entity] = field(default_factory=dict)

    def add(self, e: Entity) -> None:
        """Index a kept entity."""
        for m in e.mentions:
            if m.acronym:
                self.acronyms.setdefault(m.acronym, e)
        words = _words(e.name)
        if len(words) > 1:
            self.first.setdefault(words[0], []).append(e)
            self.last.setdefault(words[-1], []).append(e)
        self.initials.setdefault(initials(e.name), e)


def _link(entities: list[Entity]) -> list[Entity]:
    """Fold 'Yoon' into 'Yoon Suk Yeol' and 'UNC' into 'United Nations Command'."""
    kept: list[Entity] = []
    index = _Index()
    for e in entities:
        target = _link_target(e, index)
        if target is None:
            kept.append(e)
            index.add(e)
        else:
            for m in e.mentions:
                target.add(m)
    return kept


def initials(name: str) -> str:
    """'United Nations Command' -> 'UNC'."""
    return "".join(w[0] for w in _words(name) if w[:1].isupper())


def _name_like(k: Entity) -> bool:
    """A multi-word name that could be a person's (no organisation word, not a known place)."""
    words = _words(k.name)
    if words[-1] in ORG_SUFFIXES or words[0] in ORG_HEADS or place_kind(k.name):
        return False
    return words[-1] not in PLACE_SUFFIXES


def _may_be_surname(e: Entity, k: Entity) -> bool:
    """A one-word name can be the surname of `k` unless the text uses it as a place."""
    kind = places.place_type(e.name)
    if kind is None:
        return True
    if kind == "city":  # "in Seattle": the city, even after a run like "Donald Trump Seattle"
        return not any(_in_city(m) for m in e.mentions)
    cued = any(m.left[-1:] and m.left[-1] in PLACE_PREPS for m in e.mentions)
    person = any(m.role or m.honorific for m in k.mentions)
    return person and not cued


def _in_city(m: Mention) -> bool:
    """'in Seattle', 'near Obama' (the town), but not "in Obama's first term"."""
    possessive = m.right[:1] in (("'s",), ("’s",)) or m.right[:2] in (("'", "s"), ("’", "s"))
    return bool(m.left[-1:]) and m.left[-1] in ("in", "near") and not possessive


def _place_named(k: Entity, words: list[str]) -> bool:
    """`k` is a place followed by `words` ("Seattle Mariners" for "Mariners")."""
    full = _words(k.name)
    if len(full) <= len(words) or full[-len(words) :] != words or place_kind(k.name):
        return False
    return place_kind(" ".join(full[: -len(words)])) is not None


def _link_target(e: Entity, index: _Index) -> Entity | None:
    """The longer entity that `e` is a short form of, if any."""
    if e.name in index.acronyms:
        return index.acronyms[e.name]
    words = _words(e.name)
    for k in index.last.get(words[-1], []):
        if _place_named(k, words):
            return k
    if len(words) == 1:
        for k in index.last.get(words[0], []):
            if words[0] not in ORG_SUFFIXES and _may_be_surname(e, k) and _name_like(k):
                return k
        family_first = not _first_name(words[0])  # "Yoon" for "President Yoon Suk Yeol"
        for k in index.first.get(words[0], []):
            if family_first and _person_form(k) and _may_be_surname(e, k) and _name_like(k):
                return k
    if e.name.isupper() and len(e.name) >= 3 and e.name in index.initials:
        k = index.initials[e.name]
        return k if k is not e and len(_words(k.name)) > 1 else None
    return None


# ---------------------------------------------------------------- headline-style text


def _shouting_mentions(
    items: Iterable[Text], known: dict[str, Entity], order: list[int]
) -> list[tuple[Entity | None, Mention]]:
    """In all-caps or title-case text, match n-grams against known names and the gazetteer."""
    out: list[tuple[Entity | None, Mention]] = []
    lookup = {k.lower(): e for e in known.values() for k in e.forms}
    for item in items:
        if _running_text(item):
            continue
        tokens = tokenize(item.text)
        i = 0
        place = _dateline_place(tokens)
        if place:  # "GENEVA 1996-08-30": a dateline names a place, known to the gazetteer or not
            order[0] += 1
            surface = item.text[tokens[0].start : tokens[place - 1].end]
            m = Mention(surface, item.cite, item.kind, (), _context(tokens, 0, place)[1], False,
                        True, order[0], dateline=True)  # fmt: skip
            out.append((lookup.get(surface.lower()), m))
            i = place
        while i < len(tokens):
            hit = _longest_known(tokens, i, item.text, lookup)
            if hit is None:
                i += 1
                continue
            j, entity, surface = hit
            order[0] += 1
            left, right = _context(tokens, i, j)
            m = Mention(surface, item.cite, item.kind, left, right, False, True, order[0])
            m.dateline = i == 0 and dateline_after(tokens, j)
            out.append((entity, m))
            i = j
    return out


def _dateline_place(tokens: list[Token]) -> int:
    """The end of a place name in capitals that opens a dateline ("LA CORUNA 1996-08-30"), or 0."""
    j = 0
    while j < min(len(tokens), 4) and tokens[j].text[:1].isalpha() and tokens[j].text.isupper():
        j += 1
    return j if j and dateline_after(tokens, j) else 0


def _longest_known(
    tokens: list[Token], i: int, text: str, lookup: dict[str, Entity]
) -> tuple[int, Entity | None, str] | None:
    """The longest n-gram at i that names a known entity or a gazetteer place."""
    for n in range(4, 0, -1):
        if i + n > len(tokens) or not tokens[i].text[:1].isupper():
            continue
        surface = text[tokens[i].start : tokens[i + n - 1].end]
        if surface.lower() in lookup:
            return i + n, lookup[surface.lower()], surface
        titled = " ".join(w.capitalize() for w in surface.split())
        kind = places.place_type(titled)
        if kind == "city" and n == 1 and (titled.lower() in SPORTS or date_word(titled)):
            continue  # "RUGBY UNION", "FRIDAY": a word in capitals, not the town of that name
        if len(surface) > 2 and kind in ("country", "city", "state", "county"):
            return i + n, None, surface
    return None


# ---------------------------------------------------------------- entry point


def find_entities(items: list[Text], sports: bool) -> list[Entity]:
    """Labelled entities of a document, mentions in order of appearance."""
    lowercase = frozenset(
        w
        for item in items
        for w in re.findall(r"\b[a-z][a-z'-]+\b", item.text)
        if item.kind == "body"
    )
    ctx = Context(sports=sports, lowercase_words=lowercase)
    order = [0]
    mentions = [m for item in items for m in mentions_in(item, ctx, order)]
    entities = group_mentions(mentions)
    for e in entities:
        e.label = _label(e, ctx)
    known = {e.name: e for e in entities if e.label}
    relabel: list[Entity] = []
    for entity, m in _shouting_mentions(items, known, order):
        if entity is None:
            entity = _new_place(m, entities)
        entity.add(m)
        if entity.label is None:
            entity.label = ORG if sports and _team_like(entity) else LOC
            known[entity.name] = entity
        elif sports or m.dateline:
            relabel.append(entity)
    for entity in relabel:
        entity.label = _label(entity, ctx)
    for e in entities:
        e.mentions.sort(key=lambda m: m.position)
    return [e for e in entities if e.label in (PER, ORG, LOC)]


def _new_place(m: Mention, entities: list[Entity]) -> Entity:
    """The entity for a gazetteer place first seen in headline-style text."""
    name = _expand_compass(_title_case(m.text))
    for e in entities:
        if e.name == name:
            return e
    e = Entity(name)
    e.forms.append(name)
    entities.append(e)
    return e


def is_sports(title_or_first_line: str) -> bool:
    """Sports reports ("SOCCER - ...", "Tennis: ..."): cities there mostly name teams."""
    head = re.split(r"\s[-:–]\s", title_or_first_line, maxsplit=1)[0].lower()
    return any(w in SPORTS for w in head.split()) and len(head.split()) <= 3
