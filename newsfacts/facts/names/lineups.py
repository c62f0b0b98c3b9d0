"""Line-ups in a match report: after a team's name and a colon, its players one by one, parted
by commas, semicolons and a last conjunction, a substitute in brackets with the minute he came
on ('Guardado (Rodri, m.70)'), a player's points or goals in brackets ('Djordjevic (14)'). Each
player is a person however little his words say ('Pezzella', 'Bartra'), and the team before the
colon an organisation ('Parma', 'Inter de Milán'), even where a town or a country has its name.
"""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts.names.model import ORG, PER
from newsfacts.facts.names.per_text import Found, by_text
from newsfacts.facts.names.reading import Span, is_cap
from newsfacts.facts.tokens import Token

MIN_PLAYERS = 4  # names in a row after a colon that make a line-up, with a line-up's marks
BRACKET = 8  # tokens at most inside a player's brackets
PARTS = frozenset((",", ";"))
DASHES = frozenset(("-", "–", "—"))
PLAYER, TEAM = "lineup", "lineup team"


def with_lineups(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans with each line-up's players people and its team an organisation; a player no
    span was read for gets one."""
    return by_text(spans, _relabelled, words)


def _relabelled(text: str, tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """One text's spans with its line-ups read."""
    players: list[tuple[int, int]] = []
    teams: list[int] = []  # where a team's name ends
    for colon in (k for k, t in enumerate(tokens) if t.text == ":" and k > 0):
        found = lineup(tokens, colon, words)
        if found:
            players += found
            teams += [_team_end(tokens, colon)] if _numbered(tokens, colon, words) else []
    if not players:
        return spans
    taken = {k for a, b in players for k in range(a, b)}
    kept = [
        replace(s, label=ORG, reason=TEAM) if s.end in teams else s
        for s in spans
        if not taken.intersection(range(s.start, s.end))
    ]
    new = [
        Span(text[tokens[a].start : tokens[b - 1].end], a, b, PER, PLAYER, None, False)
        for a, b in players
    ]
    return sorted([*kept, *new], key=lambda s: s.start)


def _numbered(tokens: list[Token], colon: int, words: ModuleType) -> bool:
    """A team's line-up: its score in brackets before the colon ('Real Madrid (43+27):') or its
    goals and a dash before its name ('1 - Parma:', '0-Saprissa:'); a heading's word
    ('Suplentes:', 'Amonestados:') opens its players with neither."""
    if tokens[colon - 1].text == ")":
        return True
    k = _team_start(tokens, colon, words)
    return k >= 2 and tokens[k - 1].text in DASHES and tokens[k - 2].text.isdigit()


def _team_start(tokens: list[Token], colon: int, words: ModuleType) -> int:
    """Where the name before a colon begins: capitalised words, particles between them
    ('Inter de Milán')."""
    k = colon
    while k > 0 and (is_cap(tokens[k - 1]) or tokens[k - 1].text in words.PARTICLES):
        k -= 1
    while k < colon and not is_cap(tokens[k]):
        k += 1
    return k


def _team_end(tokens: list[Token], colon: int) -> int:
    """Where the team's name before a line-up's colon ends: right before it, or before the
    score in brackets ('Real Madrid (43+27):')."""
    if tokens[colon - 1].text != ")":
        return colon
    k = colon - 1
    while k > 0 and tokens[k].text != "(":
        k -= 1
    return k


def lineup(tokens: list[Token], colon: int, words: ModuleType) -> list[tuple[int, int]]:
    """The players' token ranges of a line-up opening at this colon, or none: at least
    MIN_PLAYERS names after a team's name, with a line-up's marks (a semicolon, a substitute's
    or a score's brackets)."""
    if not (is_cap(tokens[colon - 1]) or tokens[colon - 1].text == ")"):
        return []
    out: list[tuple[int, int]] = []
    marks = 0
    k = colon + 1
    while k < len(tokens):
        end = _name_end(tokens, k, words)
        if end == k:
            return []
        out.append((k, end))
        k = end
        if k < len(tokens) and tokens[k].text == "(":
            close, sub = _brackets(tokens, k, words)
            if close < 0:
                return []
            out += [sub] if sub else []
            marks, k = marks + 1, close + 1
        if k >= len(tokens) or not _parts(tokens[k].text, words):
            break
        marks += tokens[k].text == ";"
        k += 1
    return out if len(out) >= MIN_PLAYERS and marks else []


def _parts(token: str, words: ModuleType) -> bool:
    """A mark between two players: a comma, a semicolon, a conjunction."""
    return token in PARTS or token in words.CONJUNCTIONS


def _name_end(tokens: list[Token], k: int, words: ModuleType) -> int:
    """Where a player's name opening at k ends: capitalised words, a particle between two
    ('Gareth Roberts', 'J. Zanetti', 'Pablo de la Fuente')."""
    j = k
    while j < len(tokens) and (is_cap(tokens[j]) or (j > k and _inner(tokens, j, words))):
        if j > k and tokens[j].start > tokens[j - 1].end + 1:
            break
        j += 1
    while j > k and not is_cap(tokens[j - 1]):
        j -= 1
    return j


def _inner(tokens: list[Token], j: int, words: ModuleType) -> bool:
    """A particle inside a player's name, a capitalised word after it."""
    if tokens[j].text not in words.PARTICLES or tokens[j].text in words.CONJUNCTIONS:
        return False
    return j + 1 < len(tokens) and (is_cap(tokens[j + 1]) or _inner(tokens, j + 1, words))


def _brackets(tokens: list[Token], k: int, words: ModuleType) -> tuple[int, tuple[int, int] | None]:
    """The closing bracket of a player's brackets opening at k and the substitute inside ('(Rodri,
    m.70)'), or the closing bracket of a score ('(14)', '(7 1p)'); -1 for other brackets."""
    close = next(
        (j for j in range(k + 1, min(k + BRACKET, len(tokens))) if tokens[j].text == ")"), -1
    )
    if close < 0:
        return -1, None
    inside = tokens[k + 1 : close]
    end = _name_end(tokens, k + 1, words)
    if end > k + 1 and end + 1 < close and tokens[end].text == ",":
        rest = tokens[end + 1 : close]
        if any(t.text[:1].isdigit() for t in rest) and not any(is_cap(t) for t in rest):
            return close, (k + 1, end)  # 'Rodri, m.70': who came on, and when
        return -1, None
    if inside and inside[0].text[:1].isdigit() and not any(is_cap(t) for t in inside):
        return close, None  # '14', '7 1p', '4+2': the player's points or goals
    return -1, None
