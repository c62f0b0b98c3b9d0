"""Rule-based named entities: capitalised spans split at titles, classified by cues and lexicons."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache

from newsfacts.facts import lexicon, places
from newsfacts.facts.lexicon_words import (
    CONNECTORS,
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
    TITLES,
)
from newsfacts.facts.tokens import (
    MONTHS,
    STOPWORDS,
    WEEKDAYS,
    Token,
    is_all_caps,
    split_words,
    tokenize,
)
from newsfacts.lexicon import is_word

PER, ORG, LOC = "person", "organization", "place"
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


def _title_at(tokens: list[Token], i: int) -> tuple[str, str | None, int] | None:
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
    if tok.is_cap and tok.text[:1].isalpha():
        return tok.text == "May" or not _date_word(tok.text)
    if nxt is None or not nxt.is_cap or tok.start - run[-1].end > 1:
        return False
    if tok.text == "of":
        return run[-1].text in OF_HEADS
    return tok.text in CONNECTORS


def _runs(tokens: list[Token]) -> Iterable[tuple[int, int]]:
    """Token ranges [i, j) of capitalised runs (with inner 'of', 'de', '&' kept)."""
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        if not (tok.is_cap and tok.text[:1].isalpha()):
            i += 1
            continue
        run, j = [tok], i + 1
        while j < len(tokens) and _joins(tokens, j, run) and tokens[j].start - run[-1].end <= 1:
            run.append(tokens[j])
            j += 1
        while run and not run[-1].is_cap:  # never end on a connector
            run.pop()
            j -= 1
        yield i, j
        i = max(j, i + 1)


def _date_word(word: str) -> bool:
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
        known = _known_name(w)
        if low in STOPWORDS or (not known and low in ctx.lowercase_words) or _date_word(w):
            i += 1
            continue
        break
    return i


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


def _pieces(tokens: list[Token], i: int, j: int) -> list[tuple[int, int, str | None, bool]]:
    """Split a run at titles: (start, end, role for the next piece, honorific) pieces."""
    out: list[tuple[int, int, str | None, bool]] = []
    k, start = i, i
    role: str | None = None
    honorific = False
    while k < j:
        title = _title_at(tokens, k)
        if title and k + title[2] <= j + 1:
            if k > start:
                out.append((start, k, role, honorific))
            role, honorific = title[1], title[1] is None
            k += title[2]
            start = k
            continue
        k += 1
    if start < j:
        out.append((start, j, role, honorific))
    return out


def _strip_misc_prefix(tokens: list[Token], i: int, j: int) -> int:
    """Drop a leading demonym ("Afghan officials", "West Indian all-rounder")."""
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
    if not _running_text(item, tokens):
        return []  # headline-style text is matched against known names later
    out: list[Mention] = []
    for i, j in _runs(tokens):
        initial = i == 0 or tokens[i - 1].text in ('"', "“", "(", "‘", "'", "-", "--", ":")
        if initial:
            i = _drop_initial(tokens, i, j, ctx)
        i = _strip_misc_prefix(tokens, i, j)
        for a, b, role, honorific in _pieces(tokens, i, j):
            m = _mention(item, tokens, a, b, ctx, order, initial and a == 0)
            if m is None:
                continue
            m.role, m.honorific = role, honorific
            m.dateline = a == 0 and _dateline_after(tokens, b)
            if a > i and role is not None:  # "New Zealand Prime Minister X": the affiliation
                m.affiliation = item.text[tokens[i].start : tokens[a - 1].end]
                m.affiliation = _strip_title_tail(m.affiliation)
            out.append(m)
    return out


def _dateline_after(tokens: list[Token], j: int) -> bool:
    """A date follows the name at a sentence start ("LONDON 1996-08-30", "SEOUL, Sept. 4")."""
    rest = [t.text for t in tokens[j : j + 6] if t.text not in (",", "(")]
    if not rest:
        return False
    return bool(_ISO_DATE.match("".join(rest))) or rest[0].lower().rstrip(".") in MONTHS


def _running_text(item: Text, tokens: list[Token]) -> bool:
    """Body text not in capitals: the text where capitalisation marks names."""
    return item.kind in ("body", "caption") and not is_all_caps(tokens)


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
    if text in NON_ENTITIES or _date_word(text) or text in TITLES or len(text) < 2:
        return None
    if text.split()[-1] in ("Image", "Images", "Photo", "Photos", "Pictures"):
        return None  # a photo credit left in the text
    left, right = _context(tokens, a, b)
    acronym = None
    if right[:1] == ("(",) and len(right) > 2 and right[2] == ")":
        cand = tokens[b + 1].text
        if _ACRONYM_IN_PARENS.match(cand) and sum(c.isupper() for c in cand) >= 2:
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


def _vote_gazetteer(m: Mention, ctx: Context) -> Counter[str]:
    """Places the gazetteer knows."""
    kind = place_kind(m.text)
    if kind in ("country", "region", "state"):
        return Counter({LOC: 5.0})
    if kind == "city":
        return Counter({LOC: 2.5})
    words = _words(m.text)
    if len(words) > 1 and (words[-1] in PLACE_SUFFIXES or words[0] in PLACE_HEADS):
        return Counter({LOC: 3.0})
    return Counter()


def place_kind(text: str) -> str | None:
    """The gazetteer's type for a name, trying its title-case and compass-expanded forms."""
    for form in (text, _expand_compass(text), _title_case(text)):
        kind = places.place_type(form)
        if kind:
            return kind
    return None


def _title_case(text: str) -> str:
    """'NEW YORK' -> 'New York'."""
    return " ".join(w.capitalize() for w in text.split()) if text.isupper() else text


def _expand_compass(text: str) -> str:
    """'S. Korea' -> 'South Korea' (abbreviated compass points in headlines)."""
    for short, full in (("S. ", "South "), ("N. ", "North "), ("E. ", "East "), ("W. ", "West ")):
        if text.startswith(short):
            return full + text[len(short) :]
    return text


def _vote_org_words(m: Mention, ctx: Context) -> Counter[str]:
    """Organisation suffixes and heads ("... Command", "Bank of ...")."""
    words = _words(m.text)
    if len(words) > 1 and (words[-1] in ORG_SUFFIXES or words[0] in ORG_HEADS):
        return Counter({ORG: 3.5})
    if m.text.isupper() and m.text.replace(".", "").isalpha() and len(m.text) <= 6:
        return Counter({ORG: 1.5})
    return Counter()


def _vote_person_cues(m: Mention, ctx: Context) -> Counter[str]:
    """Titles, honorifics, role words, ages and speech verbs."""
    score = 0.0
    if m.role is not None or m.honorific:
        score += 4.0
    if m.role_word:
        score += 2.0
    if m.right[:1] == (",",) and len(m.right) > 2 and _AGE.match(m.right[1]) and m.right[2] == ",":
        score += 2.0
    if m.right[:1] and m.right[0] in SAY_VERBS:
        score += 1.0
    return Counter({PER: score}) if score else Counter()


def _vote_names(m: Mention, ctx: Context) -> Counter[str]:
    """First-name and surname lexicons."""
    words = _words(m.text)
    score = 0.0
    if len(words) >= 2 and (words[0] in lexicon.first_names() or _INITIAL.match(words[0])):
        score += 2.5
    if len(words) >= 2 and words[-1] in lexicon.surnames():
        score += 1.0
    if 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words):
        score += 0.5  # an unknown two- or three-word name is most often a person
    return Counter({PER: score}) if score else Counter()


def _vote_place_cues(m: Mention, ctx: Context) -> Counter[str]:
    """'in X', 'at X': a place (or, in sports reports, a venue)."""
    if m.left[-1:] and m.left[-1] in PLACE_PREPS:  # lower case only: "AT" is a fixture
        return Counter({LOC: 1.0})
    return Counter()


def _vote_team_cues(m: Mention, ctx: Context) -> Counter[str]:
    """In sports reports a name right before a score is a team ("Palace 2 Orient 1")."""
    words = _words(m.text)
    if not ctx.sports or words[0] in lexicon.first_names():
        return Counter()
    if m.right[:1] and m.right[0].isdigit():
        return Counter({ORG: 1.5})
    return Counter()


def _vote_misc(m: Mention, ctx: Context) -> Counter[str]:
    """Events, laws, nationalities: not ours to report."""
    words = _words(m.text)
    if words[-1] in MISC_SUFFIXES or places.country_of_demonym(words[-1]):
        return Counter({"misc": 3.0})
    if len(words) == 1 and _demonym_like(m.text):
        return Counter({"misc": 4.0})
    return Counter()


_DEMONYM_END = re.compile(r"(?:an|ans|ian|ians|i|is|ese|ish|ic|en|ens|e|es|s|ds|bs)$")


def _demonym_like(word: str) -> bool:
    """'Israelis', 'Chechen', 'Swede': a word built on a place name it is not itself."""
    if place_kind(word) or not _DEMONYM_END.search(word) or word.isupper():
        return False
    stem = word[: max(4, len(word) - 3)]
    return stem in _place_prefixes(len(stem))


@cache
def _place_prefixes(n: int) -> frozenset[str]:
    """The first n letters of every country and region name."""
    names = [*places.countries(), *places.REGIONS]
    return frozenset(name[:n] for name in names if len(name) > n)


VOTERS: tuple[Callable[[Mention, Context], Counter[str]], ...] = (
    _vote_gazetteer,
    _vote_org_words,
    _vote_person_cues,
    _vote_names,
    _vote_place_cues,
    _vote_team_cues,
    _vote_misc,
)


def _label(entity: Entity, ctx: Context) -> str | None:
    """The label most mentions vote for; unknown single words default to organisations."""
    if entity.name.title() in AGENCIES:
        return ORG
    votes: Counter[str] = Counter()
    for m in entity.mentions:
        for voter in VOTERS:
            votes.update(voter(m, ctx))
    if not votes:
        return _default_label(entity, ctx)
    label = votes.most_common(1)[0][0]
    if label == LOC and ctx.sports and _team_like(entity):
        return ORG
    return None if label == "misc" else label


def _default_label(entity: Entity, ctx: Context) -> str | None:
    """No cue at all: keep names seen mid-sentence, as organisations (teams, firms, parties)."""
    common = len(_words(entity.name)) == 1 and is_word(entity.name, "English")
    if common and (all(m.initial for m in entity.mentions) or entity.name.isupper()):
        return None  # a capitalised common word ("Attendance :", "CAPS")
    return ORG


def _team_like(entity: Entity) -> bool:
    """A city or county in a sports report that is never 'in X': a team named after it."""
    if any(places.place_type(f) == "country" for f in entity.forms):
        return False
    return not any(
        m.dateline or (m.left[-1:] and m.left[-1] in ("in", "near", "at")) for m in entity.mentions
    )


# ---------------------------------------------------------------- linking


def _group(mentions: list[Mention]) -> list[Entity]:
    """Group mentions by surface form, then link short forms, acronyms and capitals."""
    by_form: dict[str, Entity] = {}
    for m in mentions:
        by_form.setdefault(m.text, Entity(m.text)).add(m)
    entities = sorted(by_form.values(), key=lambda e: -len(_words(e.name)))
    return _link(entities)


def _link(entities: list[Entity]) -> list[Entity]:
    """Fold 'Yoon' into 'Yoon Suk Yeol' and 'UNC' into 'United Nations Command'."""
    kept: list[Entity] = []
    for e in entities:
        target = _link_target(e, kept)
        if target is None:
            kept.append(e)
        else:
            for m in e.mentions:
                target.add(m)
    return kept


def initials(name: str) -> str:
    """'United Nations Command' -> 'UNC'."""
    return "".join(w[0] for w in _words(name) if w[:1].isupper())


def _link_target(e: Entity, kept: list[Entity]) -> Entity | None:
    """The longer entity that `e` is a short form of, if any."""
    words = _words(e.name)
    for k in kept:
        if any(m.acronym == e.name for m in k.mentions):
            return k
        kwords = _words(k.name)
        if len(words) == 1 and len(kwords) > 1 and places.place_type(e.name) in (None, "city"):
            if words[0] == kwords[-1] and words[0] not in ORG_SUFFIXES:
                return k
            if words[0] == kwords[0] and words[0] not in lexicon.first_names():
                return k
        if e.name.isupper() and len(e.name) >= 3 and e.name == initials(k.name):
            return k
    return None


# ---------------------------------------------------------------- headline-style text


def _shouting_mentions(
    items: Iterable[Text], known: dict[str, Entity], order: list[int]
) -> list[tuple[Entity | None, Mention]]:
    """In all-caps or title-case text, match n-grams against known names and the gazetteer."""
    out: list[tuple[Entity | None, Mention]] = []
    lookup = {k.lower(): e for e in known.values() for k in e.forms}
    for item in items:
        tokens = tokenize(item.text)
        if _running_text(item, tokens):
            continue
        i = 0
        while i < len(tokens):
            hit = _longest_known(tokens, i, item.text, lookup)
            if hit is None:
                i += 1
                continue
            j, entity, surface = hit
            order[0] += 1
            left, right = _context(tokens, i, j)
            m = Mention(surface, item.cite, item.kind, left, right, False, True, order[0])
            m.dateline = i == 0 and _dateline_after(tokens, j)
            out.append((entity, m))
            i = j
    return out


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
        if len(surface) > 2 and places.place_type(titled) in ("country", "city", "state"):
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
    entities = _group(mentions)
    for e in entities:
        e.label = _label(e, ctx)
    known = {e.name: e for e in entities if e.label}
    for entity, m in _shouting_mentions(items, known, order):
        if entity is None:
            entity = _new_place(m, entities)
        entity.add(m)
        if entity.label is None:
            entity.label = ORG if sports and _team_like(entity) else LOC
            known[entity.name] = entity
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
