"""Labels of entities by votes of cue rules (gazetteer, org words, person and place cues)."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache
from itertools import pairwise

from newsfacts.facts import census, places
from newsfacts.facts.names.cues import (
    first_name,
    name_words,
    particle_name,
    place_kind,
    state_abbreviation,
)
from newsfacts.facts.names.demonyms import demonym_like
from newsfacts.facts.names.english_listed import listed_vote
from newsfacts.facts.names.model import LOC, ORG, PER, WEAK_LOC, Context, Entity, Mention
from newsfacts.lexicon import is_common_word, is_word
from newsfacts.words.en.function import STOPWORDS
from newsfacts.words.en.orgs import (
    CONNECTORS,
    EVENT_NOUNS,
    FIRM_ENDS,
    FIRM_NOUNS,
    FOREIGN_ARTICLES,
    INDEX_NOUNS,
    INSTITUTIONS,
    MEDIA_BEFORE,
    MEDIA_WORDS,
    MISC_SUFFIXES,
    ORG_HEADS,
    ORG_SUFFIXES,
    TEAM_NAMES,
    TRADE_WORDS,
)
from newsfacts.words.en.places import (
    COMPASS,
    FACILITY_NOUNS,
    PLACE_HEADS,
    PLACE_NOUNS,
    PLACE_PREPS,
    PLACE_SUFFIXES,
    STATE_WORDS,
    STRONG_PLACE_PREPS,
)
from newsfacts.words.en.press import AGENCIES, SAY_VERBS
from newsfacts.words.en.sports import PLAY_WORDS
from newsfacts.words.en.titles import OFFICE_WORDS, ROLE_WORDS, TITLES

_AGE = re.compile(r"^\d{1,2}$")


_NAME_PARTICLE = re.compile(r"-(?:ul|ur|al|el|ud|ad|ibn|bin|ben|abu|uz)-")


_SURNAME_SHAPE = re.compile(r"^(?:Mc|Mac|O')[A-Z][a-z]+$")


# A voter's weights by label: a plain dict, cheaper to build than a Counter (most are empty).
Votes = dict[str, float]
Voter = Callable[[Mention, Context], Votes]


def _club_city(words: list[str]) -> bool:
    """'X City' where X is a city itself: a football club ("Manchester City", "Hull City")."""
    return place_kind(" ".join(words[:-1])) == "city"


_DOTTED = {"St.": ("St", "Saint"), "Mt.": ("Mount",), "Ft.": ("Fort",)}  # "St. Petersburg"


def _spelled_out(text: str) -> list[str]:
    """The name with an abbreviated, dotted first word written the gazetteer's ways."""
    first, _, rest = text.partition(" ")
    return [f"{full} {rest}" for full in _DOTTED.get(first, ())] if rest else []


def _vote_gazetteer(m: Mention, ctx: Context) -> Votes:
    """Places the gazetteer knows."""
    forms = _spelled_out(m.text)
    kind = place_kind(m.text) or next((k for f in forms if (k := place_kind(f))), None)
    if kind is None and any(f.split()[0] in PLACE_HEADS for f in forms):
        return {LOC: 3.0}  # "Mt. Kilimanjaro", "Ft. Worth"
    if kind in ("country", "region", "state", "county"):
        return {LOC: 5.0}
    if kind == "city":
        return {LOC: 2.5}
    words = name_words(m.text)
    if len(words) > 1 and (words[-1] in PLACE_SUFFIXES or words[0] in PLACE_HEADS):
        return {LOC: 3.0}
    return {}


def _vote_org_words(m: Mention, ctx: Context) -> Votes:
    """Organisation suffixes and heads ("... Command", "Bank of ...")."""
    words = name_words(m.text)
    if len(words) > 1 and words[-1] == "City" and not ctx.sports and not _club_city(words):
        return {LOC: 3.0}  # "the Old City", "Kansas City"; "Manchester City" is a club
    if len(words) > 1 and (words[-1] in ORG_SUFFIXES or words[0] in ORG_HEADS):
        return {ORG: 4.5}
    if any(w in ORG_SUFFIXES and nxt == "of" for w, nxt in pairwise(words)):
        return {ORG: 4.5}  # "International Association of Machinists": a body of something
    if m.text.isupper() and m.text.replace(".", "").isalpha() and len(m.text) <= 6:
        common = m.text.lower() in STOPWORDS or is_word(m.text.lower(), "English")
        return {} if common else {ORG: 1.5}  # "DUE", "CALL": table fields
    return {}


def _vote_state_abbreviation(m: Mention, ctx: Context) -> Votes:
    """'Jacksonville, Fla.': an abbreviated state right after a city and a comma."""
    after_city = len(m.left) >= 2 and m.left[-1] == "," and m.left[-2][:1].isupper()
    return {LOC: 5.0} if after_city and state_abbreviation(m.text) else {}


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
    words = name_words(m.text)
    if any(w in STATE_WORDS for w in words) and len(words) > 1:
        return {LOC: 3.0}  # "Federal Republic of Yugoslavia", "Chechen Republic"
    country_last = len(words) > 1 and place_kind(words[-1]) == "country"
    if country_last and place_kind(m.text) is None and words[0] not in census.first_names():
        return {ORG: 2.0}
    if _place_then_name(words):
        return {ORG: 2.0}  # "China Daily", "Boston Red Sox", "Chittagong Cement"
    return {}


def _place_then_name(words: list[str]) -> bool:
    """A known place, then words that are neither a place nor a person's name."""
    if len(words) < 2 or place_kind(" ".join(words)):
        return False
    if words[0] in census.first_names() and not _country_then_word(words):
        return False
    for n in (2, 1):
        head, rest = " ".join(words[:n]), words[n:]
        if rest and place_kind(head) in ("city", "country", "state"):
            tail = " ".join(rest)
            if any(w in census.first_names() or w in TITLES for w in rest):
                return False  # "Michigan Rep Mike Rogers": a person after a title
            last = rest[-1].lower()
            plain = is_word(last, "English") and last not in STOPWORDS  # "Daily"; not "Paes"
            return plain and place_kind(tail) is None and rest[-1] not in PLACE_SUFFIXES
    return False


def _vote_press(m: Mention, ctx: Context) -> Votes:
    """'the daily Zycie Warszawy', 'Le Matin newspaper', 'Die Rundschau': a title of the press
    (or a firm or a work under a foreign article), not a person."""
    before = m.left[-1].lower() if m.left else ""
    if places.country_of_demonym(m.text):
        return {}  # "the British newspaper": the paper's country, not its title
    if before in MEDIA_BEFORE or (m.right[:1] and m.right[0] in MEDIA_WORDS):
        return {ORG: 3.0}
    if before in FIRM_NOUNS and m.left[-1].islower():
        return {ORG: 3.0}  # "the airline Aer Lingus", "rival carmaker Toyota"
    return {ORG: 2.0} if foreign_title(m.text) else {}


def foreign_title(text: str) -> bool:
    """A name under another language's article ("Die Rundschau"), not a place ("Los Angeles")."""
    words = name_words(text)
    return len(words) > 1 and words[0] in FOREIGN_ARTICLES and place_kind(text) is None


def _vote_person_cues(m: Mention, ctx: Context) -> Votes:
    """Titles, honorifics, role words, ages and speech verbs."""
    score = 0.0
    if m.role is not None or m.honorific:
        score += 4.0
    if m.role_word:
        score += 2.0
    if m.right[:1] == (",",) and len(m.right) > 2 and _AGE.match(m.right[1]) and m.right[2] == ",":
        score += 2.0
    apposition = m.right[:2] in ((",", "the"), (",", "a")) and " " in m.text  # not "Indeed, the"
    if apposition and m.right[2:3] and m.right[2] in OFFICE_WORDS:
        score += 3.0  # "Jim Press, the Vice Chairman of ...": an office in apposition
    speaker = " " in m.text or m.text in census.surnames()  # "Ericsson said": firms speak too
    if m.right[:1] and m.right[0] in SAY_VERBS and speaker:
        score += 1.0
    return {PER: score} if score else {}


def _trade_last(words: list[str]) -> bool:
    """The name ends in an everyday word of a trade that is no one's surname ("Aerospace",
    "Logistics", "Pharmaceuticals"): a person's name does not."""
    last = words[-1]
    if not last.isalpha() or not last[1:].islower() or last in census.surnames():
        return False
    return last.lower() in TRADE_WORDS


def _vote_names(m: Mention, ctx: Context) -> Votes:
    """First-name and surname lexicons."""
    words = name_words(m.text)
    score = 0.0
    if foreign_title(m.text) or _place_first(words):
        return {}  # "Le Matin", "Hong Kong Standard": a title or a firm, not a person
    if len(words) >= 2 and first_name(words[0]) and _trade_last(words):
        return {ORG: 1.5}  # "Harlan Aerospace", "Morgan Logistics": a firm named for someone
    if len(words) >= 2 and first_name(words[0]) and not _country_then_word(words):
        score += 2.5
    if len(words) >= 3 and any(w in CONNECTORS for w in words[1:-1]):
        score += 1.5  # "Joost van der Westhuizen", "Aravinda de Silva"
    if len(words) == 1 and _SURNAME_SHAPE.match(m.text):
        score += 1.0
    if len(words) == 1 and m.text in census.first_names() and not m.initial:
        score += 1.0  # "Steve", "George" on their own
    if words[0] in COMPASS or words[0] in ("St", "St.", "Saint", "Port", "Fort"):
        return {}  # "East Fife", "St Mirren": places and the teams named after them
    if len(words) >= 2 and words[-1] in census.surnames():
        score += 1.0
    # An unknown two- or three-word name is most often a person, but not everyday words with
    # nothing else that says person ("Border Protection", "Solar System").
    name_shaped = 2 <= len(words) <= 3 and all(w[:1].isupper() and w.isalpha() for w in words)
    if name_shaped and (score or not is_common_word(words[-1], "English")):
        score += 0.5
    if len(words) == 1 and _NAME_PARTICLE.search(m.text):
        score += 1.5  # "Inzamam-ul-Haq", "Abd-al-Rahman"
    if len(words) > 2 and particle_name(words[-1]):
        score += 2.5  # "Abdel Basset Ali al-Megrahi"
    return {PER: score} if score else {}


def _place_first(words: list[str]) -> bool:
    """A longer name opening with a country, a state or a city of two words, that is no first
    name ("Hong Kong Standard", "New York Newsdesk"; not "Florence Griffith", and not a one-word
    city, which is often a first name too: "Vladimir", "Torrance")."""
    if len(words) < 2 or words[0] in census.first_names() or place_kind(" ".join(words)):
        return False
    if len(words) > 2 and place_kind(" ".join(words[:2])) in ("country", "state", "city"):
        return True
    return place_kind(words[0]) in ("country", "state")


def _country_then_word(words: list[str]) -> bool:
    """'China Daily', 'Jordan Times': a country that is also a first name, then a common word."""
    return place_kind(words[0]) in ("country", "state") and is_word(words[-1].lower(), "English")


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


def _vote_team_cues(m: Mention, ctx: Context) -> Votes:
    """In sports reports a name right before a score is a team ("Palace 2 Orient 1")."""
    words = name_words(m.text)
    if not ctx.sports:
        return {}
    if m.text.title() in TEAM_NAMES:
        return {ORG: 3.0}  # "the Mariners", "MARLINS"
    if words[-1] in _VENUE_ENDS and [w for w in m.left if w != "the"][-1:] == ["at"]:
        return {LOC: 5.0}  # "at the National Tennis Centre": where the match is played
    if m.left[-1:] and m.left[-1] in _DISMISSALS:
        return {PER: 2.0}  # "c Tillekeratne b Muralitharan 22": fielder and bowler
    if words[0] in census.first_names():
        return {}
    if m.right[:1] and m.right[0].isdigit() and m.right[1:2] not in _NOT_SCORES:
        return {ORG: 2.0}
    return {}


_VENUE_ENDS = frozenset({"Centre", "Center"})  # organisation words, but venues in sports reports
_DISMISSALS = frozenset({"b", "c", "st", "lbw"})  # cricket scorecards name players after these


# After a number, these make it a minute ("Zidane 46th"), a figure ("9-0-54-1"), a tally.
_NOT_SCORES = frozenset({("-",), ("th",), ("st",), ("nd",), ("rd",)})


def _vote_head_noun(m: Mention, ctx: Context) -> Votes:
    """A lower-case noun after the name says what it names: a facility ("Charles de Gaulle
    airport"), an event or a market index ("Jackson Hole symposium", "Dow Jones industrial
    average"): not a person, whatever its words."""
    after = m.right[:1][0] if m.right else ""
    if after in FACILITY_NOUNS:
        return {LOC: HEAD_NOUN}
    words = name_words(m.text)
    if place_kind(m.text) is not None:
        return {}  # "the Madrid summit": the city, where it is held
    if any(w in ORG_SUFFIXES or w in ORG_HEADS or w in TEAM_NAMES for w in words):
        return {}  # "the Conservative Party conference", "the Cleveland Indians' pennant race"
    two = after.isalpha() and m.right[1:2] != () and m.right[1] in INDEX_NOUNS  # "composite index"
    if after in EVENT_NOUNS or after in INDEX_NOUNS or two:
        return {"misc": HEAD_NOUN}
    return {}


HEAD_NOUN = 5.0  # beyond a first name with a surname: the noun settles what the name is


def _vote_misc(m: Mention, ctx: Context) -> Votes:
    """Events, laws, nationalities: not ours to report."""
    words = name_words(m.text)
    if words[-1] in MISC_SUFFIXES or places.country_of_demonym(words[-1]):
        return {"misc": 3.0}
    if len(words) == 1 and demonym_like(m.text):
        return {"misc": 4.0}
    return {}


VOTERS: tuple[Voter, ...] = (
    _vote_gazetteer,
    _vote_dateline,
    _vote_state_abbreviation,
    _vote_ampersand,
    _vote_agency,
    _vote_org_words,
    _vote_press,
    _vote_person_cues,
    _vote_names,
    _vote_place_cues,
    _vote_team_cues,
    _vote_head_noun,
    _vote_misc,
)


_FULL_FORM_ONLY = (_vote_gazetteer, _vote_team_cues)  # 'McCormick' of a person


def label_of(entity: Entity, ctx: Context) -> str | None:
    """The label most mentions vote for; unknown single words default to organisations."""
    if entity.name.title() in AGENCIES or entity.name in INSTITUTIONS:
        entity.votes = {ORG: KNOWN_NAME}
        return ORG
    tally: dict[str, float] = {}
    # "Obama" after "Barack Obama" is his surname, not the Japanese town: a short form is
    # heard by the other voters only. "President Obama" alone, no first name: the title names
    # a person, whatever town the gazetteer knows by that word.
    titled = any(m.role or m.honorific for m in entity.mentions)
    titled_town = titled and " " not in entity.name and place_kind(entity.name) == "city"
    listed = listed_vote(entity)  # once, and no town beside it: 'Nokia said'
    voters, short = _voter_sets(titled_town or bool(listed), _full_form_voters(entity))
    for m in entity.mentions:
        for voter in voters if m.text == entity.name else short:
            for label, weight in voter(m, ctx).items():
                tally[label] = weight + tally.get(label, 0)  # Counter.update's sum, inline
    for label, weight in listed.items():
        tally[label] = weight + tally.get(label, 0)
    # "to X": weak, never alone (added as Counter.update adds, so LOC is always there)
    tally[LOC] = min(tally.pop(WEAK_LOC, 0), 0.9) + tally.get(LOC, 0)
    entity.votes = {k: v for k, v in tally.items() if v}
    top = max(tally.items(), key=_weight)[0]  # Counter.most_common(1): the first of a tie
    if top == LOC and tally[LOC] < 1.0:
        return _default_label(entity, ctx)  # no cue, or only a weak one ("from X", "to X")
    if top == LOC and ctx.sports and team_like(entity):
        return ORG
    if firm_form(entity):
        return ORG  # "Jaguar PLC", "Reed International PLC": a firm, whatever its short forms
        # heard ("a stake in Jaguar", "Reed said"); the votes keep their doubt for confidence
    return None if top == "misc" else top


def _weight(item: tuple[str, float]) -> float:
    """A label's summed votes (the key to pick the leading label by)."""
    return item[1]


@cache
def _voter_sets(
    titled_town: bool, full_only: tuple[Voter, ...]
) -> tuple[tuple[Voter, ...], tuple[Voter, ...]]:
    """The voters a full form hears and those a short form hears (a handful of sets, each
    worked out once): a titled town's name is no gazetteer place."""
    voters = tuple(v for v in VOTERS if not (titled_town and v is _vote_gazetteer))
    return voters, tuple(v for v in voters if v not in full_only)


def _full_form_voters(entity: Entity) -> tuple[Voter, ...]:
    """The voters that hear only the entity's full form, not its short forms: a person's
    surname is no town ("Obama"); a firm's short name is neither a town nor a first name
    ("Magna" for "Magna International Inc", "Kia" for "Kia Motor Corp")."""
    if firm_form(entity):
        return (*_FULL_FORM_ONLY, _vote_names)
    return _FULL_FORM_ONLY if person_form(entity) else ()


KNOWN_NAME = 10.0  # the weight of a listed agency or institution: beyond any cue's vote


def vote_margin(entity: Entity) -> float:
    """How far the entity's label leads the next one in its cue votes, -1..1 (0: no votes;
    1 when no votes were taken, as for another recogniser's spans)."""
    if entity.votes is None:
        return 1.0
    mine = entity.votes.get(entity.label or "", 0.0)
    other = max((v for k, v in entity.votes.items() if k != entity.label), default=0.0)
    return (mine - other) / (mine + other) if mine + other else 0.0


def person_form(entity: Entity) -> bool:
    """The entity has a full form that reads as a person's name (first name or title)."""
    words = name_words(entity.name)
    first = len(words) >= 2 and first_name(words[0])
    return first or any(m.role or m.honorific for m in entity.mentions)


def firm_form(entity: Entity) -> bool:
    """The entity's full form is a company's name, ending in its legal form or "Group", or in a
    trade after a first name ("Harlan Aerospace": "Harlan" is its short name)."""
    words = name_words(entity.name)
    return words[-1].rstrip(".") in FIRM_ENDS or (first_name(words[0]) and _trade_last(words))


def _default_label(entity: Entity, ctx: Context) -> str | None:
    """No cue at all: keep names seen mid-sentence, as organisations (teams, firms, parties)."""
    common = len(name_words(entity.name)) == 1 and is_word(entity.name, "English")
    inside = sum(1 for m in entity.mentions if not m.initial)
    if common and (inside < 2 or entity.name.isupper()):
        return None  # a capitalised common word ("Attendance :", "CAPS")
    if common and _plural_of_word(entity.name) and entity.name not in ORG_SUFFIXES:
        return None  # "Refugees", "Organisers": a group of people, not a body's name
    words = name_words(entity.name)
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


def team_like(entity: Entity) -> bool:
    """A city or county in a sports report, playing rather than hosting: a team named after it.
    A county there names its cricket team unless it hosts ("Essex need another 148")."""
    if any(place_kind(f) in ("country", "region") for f in entity.forms):
        return False
    if any(_venue(m) for m in entity.mentions):
        return False
    county = any(place_kind(f) == "county" for f in entity.forms)
    return county or any(_playing(m) for m in entity.mentions)


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


def _playing(m: Mention) -> bool:
    """A score or a match verb next to the name."""
    near = {w.lower() for w in (*m.left[-2:], *m.right[:2])}
    fixture = m.shouting and "at" in near  # "MINNESOTA AT MILWAUKEE"
    if m.right[:2] in (("'", "s"), ("’", "s")) or (
        m.right[:1] and (m.right[0] in ("'s", "’s") or m.right[0] in ROLE_WORDS)
    ):
        return True  # "Newcastle 's striker", "Leeds manager"
    score = m.right[:1] != () and m.right[0][:1].isdigit() and not _date_follows(m.right)
    return fixture or bool(near & PLAY_WORDS) or score
