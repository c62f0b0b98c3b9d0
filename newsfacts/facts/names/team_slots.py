"""A team named by one word in a match's frame: after the word for 'against' in a sentence of a
match ('im Gruppenspiel gegen Lindau', 'das Spiel gegen die Falken'), or before its table points
in brackets ('Die Falken (20 Punkte)'). A one-word town or an unknown word there is the team, an
organisation; a country stays a place (national teams are named as their land), and a word that
ends a person's name in the text stays that person's ('gegen Brenner' after 'Tom Brenner')."""

from __future__ import annotations

import re
from dataclasses import replace
from types import ModuleType

from newsfacts.facts.names.model import LOC, ORG, PER, Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.place_names import place_name
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
TEAM = "team"  # the evidence of a team named in a match's frame
SCORE = re.compile(r"\d{1,3}:\d{1,3}")  # '2:1', '92:85'
# An unknown word's readings that a match's frame outweighs
WEAK = frozenset(("lone word", "initial", "listed word"))


def team_slots(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans with each one word in a team's slot of a match's frame an organisation."""
    against: frozenset[str] = getattr(words, "TEAM_AGAINST", frozenset())
    if not against:
        return spans
    people = {s.text.split()[-1] for _, _, s in spans if s.label == PER and len(s.text.split()) > 1}
    return [
        (item, tokens, replace(s, label=ORG, reason=TEAM))
        if s.text not in people and _candidate(s, words) and _slot(tokens, s, against, words)
        else (item, tokens, s)
        for item, tokens, s in spans
    ]


def _candidate(s: Span, words: ModuleType) -> bool:
    """One word with no stronger reading than its shape, or a town's name; no country."""
    if " " in s.text or s.label not in (None, LOC):
        return False
    kind = place_name(s.text, words)
    return kind == "city" if s.label == LOC else kind in (None, "city") and s.reason in WEAK


def _slot(tokens: list[Token], s: Span, against: frozenset[str], words: ModuleType) -> bool:
    """After 'gegen' (and an article) in a match's sentence, or before '(N Punkte)'."""
    k = s.start - 1
    if k >= 0 and tokens[k].text.lower() in words.ARTICLES:
        k -= 1
    if k >= 0 and tokens[k].text.lower() in against and _match(tokens, words):
        return True
    return _points_after(tokens, s.end, words)


def _match(tokens: list[Token], words: ModuleType) -> bool:
    """A sentence of a match: a score, or a word of its sport ('Spiel', 'Gruppenspiel')."""
    matches: frozenset[str] = getattr(words, "MATCH_WORDS", frozenset())
    clock: frozenset[str] = getattr(words, "CLOCK_WORDS", frozenset())
    after = [t.text.lower() for t in tokens[1:]] + [""]
    return any(
        (SCORE.fullmatch(t.text) and nxt not in clock)
        or t.text.lower().rsplit("-", 1)[-1] in matches  # 'Cup-Spiel': its last part
        for t, nxt in zip(tokens, after, strict=True)
    )


def _points_after(tokens: list[Token], j: int, words: ModuleType) -> bool:
    """A table's points in brackets right after the name ('(20 Punkte)')."""
    points: frozenset[str] = getattr(words, "TABLE_POINTS", frozenset())
    after = [t.text for t in tokens[j : j + 4]]
    return len(after) == 4 and after[0] == "(" and after[1].isdigit() and after[2] in points
