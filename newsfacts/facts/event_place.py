"""Where the main event happened: a town the lead puts it in, the dateline's place, or the
best-placed place of the article."""

from __future__ import annotations

from collections.abc import Sequence
from types import ModuleType

from newsfacts.facts.event import page_word, sources_of
from newsfacts.facts.names import Entity, Mention, place_kind
from newsfacts.facts.names.cues import state_abbreviation
from newsfacts.facts.place_names import genitive_place
from newsfacts.facts.tokens import standalone_spans
from newsfacts.model import Fact, confident
from newsfacts.words import split_words
from newsfacts.words.en.function import STOPWORDS


def event_place(
    entities: list[Entity],
    facts: Sequence[Fact],
    dateline: str | None,
    english: bool = True,
    title: str = "",
    words: ModuleType | None = None,
) -> str | None:
    """The place a lead sentence tells the event in when it is not the dateline's ("KUNDUZ --
    Gunmen attacked a hotel in Mazar"), else the dateline's place, else the best-placed place:
    cued, early, in the headline, specific, narrowed to the town the lead names in it (only a
    place named in the headline or the first six sentences; in English, a name the gazetteer
    does not know only where a cue sets it; in another language than English, only a place the
    table shows and the headline or the lead names, and no place in the genitive: 'die
    Sendung Deutschlands' names whose it is, not where it happened)."""
    said_by = sources_of(facts)
    shown = {f.text for f in facts if f.kind == "place" and confident(f)}
    places = [
        e
        for e in entities
        if e.label == "place"
        and e.name.lower() not in said_by
        and (english or e.name in shown)  # another language: a place no fact shows is none
        and not page_word(e.name)
        and not (words is not None and all(genitive_place(m.text, words) for m in e.mentions))
    ]
    if dateline:
        elsewhere = _told_elsewhere(places, dateline)
        return _display(elsewhere, facts) if elsewhere else dateline
    if not english:  # no cue words to read: the headline or the lead must name the place
        places = [e for e in places if any(_in_lead(m) for m in e.mentions) or _titled(e, title)]
    if english:  # a name the gazetteer does not know is a place only where a cue says so
        places = [e for e in places if _known_place(e) or any(_cued(m) for m in e.mentions)]
    places = [e for e in places if any(_early(m) for m in e.mentions)]
    if not places:
        return None
    best = max(places, key=_place_score)
    return _display(_narrowed(best, places) or best, facts)


def _narrowed(best: Entity, places: list[Entity]) -> Entity | None:
    """A town the lead puts the event in when the best place is a whole country or region
    ("a consulate in a city in north Kestria ... in Varsk"): the narrower place is where it
    happened (the first one the lead names after the country, one sentence after another)."""
    lead = [m for m in best.mentions if m.kind == "body" and m.cite <= 1 and _setting(m)]
    if place_kind(best.name) not in _BROAD or not lead:
        return None  # the lead must put the event in the country itself, then narrow it down
    narrow = [e for e in places if e is not best and place_kind(e.name) in ("city", None)]
    found = [
        (m.cite, m.position, e) for e in narrow for m in e.mentions
        if m.kind == "body" and m.cite <= 1 and _event_cue(m.left)
        and m.position > lead[0].position
    ]  # fmt: skip
    return min(found, key=lambda t: t[:2])[2] if found else None


_BROAD = frozenset(("country", "region", "state"))


def _setting(mention: Mention) -> bool:
    """'in X', 'in the X', 'in north X': the mention sets the scene, not 'X's bank'."""
    left = [w.lower() for w in mention.left]
    while left and left[-1] in _SIDES:
        left.pop()
    return _place_cue(tuple(left)) or the_place_cue(tuple(left), mention.right)


_SIDES = frozenset(split_words("north south east west northern southern eastern western central"))


_EARLY = 5  # the last sentence (from 0) where a place can still set the main event


def _early(mention: Mention) -> bool:
    """The headline or the first six sentences: a place named only later is background."""
    return mention.kind == "title" or mention.cite <= _EARLY


def _known_place(entity: Entity) -> bool:
    """The gazetteer knows the name by one of its forms, or it is a state's abbreviation
    ("N.J.") or names a landform ("Mount Kestrel", "Varda Island")."""
    words = entity.name.split()
    return bool(
        any(place_kind(n) is not None for n in (entity.name, *entity.forms))
        or state_abbreviation(entity.name)
        or (len(words) > 1 and (words[0] in _LANDFORMS or words[-1] in _LANDFORMS))
    )


_LANDFORMS = frozenset(split_words("Mount Island Islands Lake River Bay Peninsula"))


def _cued(mention: Mention) -> bool:
    """'in X', 'at X', 'near X', 'the island of X': a word that sets a place ('in the X' does
    not for a name the gazetteer does not know: "in the Spring")."""
    left = [w.lower() for w in mention.left[-2:]]
    town = len(left) == 2 and left[1] == "of" and left[0] in _TOWN_NOUNS
    return town or _place_cue(mention.left)


def _titled(entity: Entity, title: str) -> bool:
    """The headline names the place as a whole word ('Filmbüro Göttingen')."""
    return next(standalone_spans(title, entity.name), None) is not None


def _in_lead(mention: Mention) -> bool:
    """A mention in the headline or the first two sentences of the kept text."""
    return mention.kind == "title" or (mention.kind == "body" and mention.cite <= 1)


def _told_elsewhere(places: list[Entity], dateline: str) -> Entity | None:
    """The one town the lead sentence puts its event in ("struck ... in the city of X"), when
    it is not the dateline's: the dateline says where the story was filed."""
    filed = dateline.lower()
    found = [
        e for e in places
        if e.name.lower() not in filed and filed not in e.name.lower()
        and place_kind(e.name) in ("city", None)
        and any(m.kind == "body" and m.cite == 0 and _event_cue(m.left) for m in e.mentions)
    ]  # fmt: skip
    return found[0] if len(found) == 1 else None


def _event_cue(left: tuple[str, ...]) -> bool:
    """'in X', 'at X', 'the hub of X', not 'based in X' (a home, not the event's place)."""
    before, last = [w.lower() for w in left[-2:-1]], [w.lower() for w in left[-1:]]
    if last == ["of"]:
        return bool(before) and before[0] in _TOWN_NOUNS
    return last in (["in"], ["at"], ["near"]) and not (before and before[0] in _HOME_WORDS)


_HOME_WORDS = frozenset(split_words("based headquartered born lives living resident"))
_TOWN_NOUNS = frozenset(split_words("city town village hub capital suburb port district island"))


def _place_score(e: Entity) -> float:
    """How likely a place is where the main event happened."""
    kind = place_kind(e.name)
    known = kind is not None  # "in the US" cues a place the gazetteer knows, not "the Spring"
    cued = [
        m for m in e.mentions
        if _place_cue(m.left) or (known and the_place_cue(m.left, m.right))
    ]  # fmt: skip
    score = 0.3 * min(len(e.mentions), 5) - 0.1 * min(m.cite for m in e.mentions)
    score += 1.5 * any(m.kind == "title" and not origin(m.right) for m in e.mentions)
    score += 2.0 * any(m.kind == "caption" or m.cite <= 1 for m in cued)
    score += 1.0 * bool(cued)
    score += 2.0 if kind == "city" else 1.0 if kind is None else 0.0  # specific beats broad
    return score


def origin(right: tuple[str, ...]) -> bool:
    """The place names a firm's home ("U.S. carmaker X"), not the event's ("Kabul blast")."""
    return bool(right) and right[0] in _FIRM_NOUNS


# Nouns of businesses that a place before them names the home of.
_FIRM_NOUNS = frozenset(
    split_words(
        """
    firm firms company companies giant maker makers manufacturer manufacturers automaker
    automakers carmaker airframer carrier airline airlines bank banks lender insurer retailer
    retailers producer producers exporter exporters conglomerate startup brand"""
    )
)


def the_place_cue(left: tuple[str, ...], right: tuple[str, ...]) -> bool:
    """'in the X', X the head of its phrase ("in the United States", not "in the Detroit
    suburbs")."""
    if [w.lower() for w in left[-2:]] not in (["in", "the"], ["at", "the"], ["near", "the"]):
        return False
    after = right[0].lower() if right and right[0][:1].islower() else ""
    return not after or after in STOPWORDS or after in _NOT_NOUNS or after.endswith("ed")


# Lower-case words after "in the X" that do not make X a qualifier ("in the US last month").
_NOT_NOUNS = frozenset(split_words("last next earlier later since ago alone too yet fell rose"))


def _place_cue(left: tuple[str, ...]) -> bool:
    """'in X', 'at X', 'near X', 'the city of X'."""
    words = [w.lower() for w in left]
    if words[-1:] and words[-1] in ("in", "at", "near"):
        return True
    return words[-1:] == ["of"] and len(words) > 1 and words[-2] in ("city", "town", "village")


def _display(entity: Entity, facts: Sequence[Fact]) -> str:
    """The fact text shown for an entity."""
    for f in facts:
        if f.kind == entity.label and (f.text == entity.name or entity.name in f.aliases):
            return f.text
    return entity.name
