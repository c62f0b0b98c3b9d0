"""People listed with their clubs or parties in brackets ('a Bracamonte y De la Cruz (Badajoz),
Suárez (Toledo), Oscar y Puñal (Leganés)'): three such groups in a row make the list, each name
before a bracket a person however little its words say, each bracket a club, even where a town
has its name. A group whose bracket holds a country or whose name is a known place ('Lyon
(Francia)') is no person's and breaks the list. In the languages where that was measured."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts.names.model import ORG, PER
from newsfacts.facts.names.per_text import Found, by_text
from newsfacts.facts.names.reading import Span, is_cap
from newsfacts.facts.place_names import place_name
from newsfacts.facts.tokens import Token

MIN_GROUPS = 3  # bracketed clubs in a row that make a list of players
BRACKET = 6  # tokens at most inside a club's brackets
PLAYER, CLUB = "player list", "club list"
Range = tuple[int, int]


def with_player_clubs(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans with each list's players people and its clubs organisations; a player or a
    club no span was read for gets one."""
    if not getattr(words, "PLAYER_CLUBS", False):
        return spans
    return by_text(spans, _relabelled, words)


def _relabelled(text: str, tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """One text's spans with its lists of players read."""
    players, clubs = _lists(tokens, words)
    if not players:
        return spans
    named = {(a, b): (PER, PLAYER) for a, b in players} | {r: (ORG, CLUB) for r in clubs}
    for s in spans:  # a name read so already keeps its own evidence ('Luis López': a first name)
        if named.get((s.start, s.end), ("", ""))[0] == s.label:
            del named[(s.start, s.end)]
    taken = {k for a, b in named for k in range(a, b)}
    kept = [s for s in spans if not taken.intersection(range(s.start, s.end))]
    new = [
        Span(text[tokens[a].start : tokens[b - 1].end], a, b, label, reason, None, False)
        for (a, b), (label, reason) in named.items()
    ]
    return sorted([*kept, *new], key=lambda s: s.start)


def _lists(tokens: list[Token], words: ModuleType) -> tuple[list[Range], list[Range]]:
    """The players' and the clubs' token ranges of the text's lists of players."""
    players: list[Range] = []
    clubs: list[Range] = []
    run: list[tuple[list[Range], Range]] = []
    for k, t in enumerate(tokens):
        club = _club(tokens, k, words) if t.text == "(" else None
        if club is None:
            continue
        names = _names_before(tokens, k, words)
        if _placed(tokens, names, club, words):
            names = []
        chained = bool(run) and bool(names) and _after(tokens, names[0][0]) == run[-1][1][1] + 1
        if not chained:
            players, clubs = _kept(run, players, clubs)
            run = []
        if names:
            run.append((names, club))
    return _kept(run, players, clubs)


def _kept(
    run: list[tuple[list[Range], Range]], players: list[Range], clubs: list[Range]
) -> tuple[list[Range], list[Range]]:
    """The ranges found so far, with a run's added when it holds enough groups."""
    if len(run) < MIN_GROUPS:
        return players, clubs
    return players + [n for names, _ in run for n in names], clubs + [c for _, c in run]


def _after(tokens: list[Token], start: int) -> int:
    """Where the previous group's closing bracket would stand before a group opening at start
    (', Suárez (': two tokens back; a list's first group has none)."""
    return start - 1 if start >= 2 and tokens[start - 1].text in (",", ";") else -1


def _club(tokens: list[Token], k: int, words: ModuleType) -> Range | None:
    """The club's range inside brackets opening at k: capitalised words, dots and particles
    ('At. Madrid', 'Real Sociedad'), else None."""
    close = next(
        (j for j in range(k + 1, min(k + BRACKET, len(tokens))) if tokens[j].text == ")"), -1
    )
    if close <= k + 1 or not is_cap(tokens[k + 1]):
        return None
    inside = tokens[k + 1 : close]
    if not all(is_cap(t) or t.text == "." or t.text in words.PARTICLES for t in inside):
        return None
    return k + 1, close


def _names_before(tokens: list[Token], k: int, words: ModuleType) -> list[Range]:
    """The names before a club's bracket, in order: 'Oscar y Puñal', 'Bracamonte y De la Cruz'."""
    names: list[Range] = []
    end = k
    while True:
        start = _name_start(tokens, end, words)
        if start == end:
            return names[::-1] if names and _opened(tokens, names[-1][0]) else []
        names.append((start, end))
        if start < 2 or tokens[start - 1].text not in words.CONJUNCTIONS:
            return names[::-1] if _opened(tokens, start) else []
        end = start - 1


def _opened(tokens: list[Token], start: int) -> bool:
    """A group's first name follows a comma or a small word ('a Bracamonte'), no capital."""
    return start > 0 and not is_cap(tokens[start - 1])


def _name_start(tokens: list[Token], end: int, words: ModuleType) -> int:
    """Where a name ending right before `end` opens: capitalised words, particles between them."""
    k = end
    while k > 0:
        t = tokens[k - 1]
        inner = t.text in words.PARTICLES and t.text not in words.CONJUNCTIONS
        if is_cap(t) or (inner and k < end and k >= 2 and (is_cap(tokens[k - 2]) or inner)):
            k -= 1
            continue
        break
    while k < end and not is_cap(tokens[k]):
        k += 1
    return k


def _placed(tokens: list[Token], names: list[Range], club: Range, words: ModuleType) -> bool:
    """A group of places: a country in the brackets or before them ('Lyon (Francia)')."""
    inside = " ".join(t.text for t in tokens[club[0] : club[1]])
    if place_name(inside, words) == "country":
        return True
    return any(
        place_name(" ".join(t.text for t in tokens[a:b]), words) == "country" for a, b in names
    )
