"""A name right before a model's number in a German text: a product's, no body's, person's or
place's ('sein Mercedes 208 fährt', 'die Lastensegler Gotha Go 345 und …', 'der Motorroller
Marlo Vento 45 wurde …', 'unser Kessing Analytics 4.0-Service').

A figure glued after the words of a name, no year, no share's move ('1,4 %') and no count of
what follows ('20 Pullover', '90 Minuten': German writes that noun with a capital), makes the
words and the figure one model's designation; a span read on its capitals, a genitive's shape
or a loose organisation word alone is then left with no kind. A name with evidence of its own
(a first name, a town, a listed company) is read as before: 'Hannover 96', 'Siemens 45,20'.
"""

from __future__ import annotations

import re
from dataclasses import replace
from types import ModuleType

from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

WEAK = frozenset(("capitals", "genitive", "loose organisation word"))
MODEL = re.compile(r"[1-9]\d{0,3}(?:[.,]\d+)?")  # '208', '4.0', '87,9'; not '04' (a club's year)
YEAR = re.compile(r"1[5-9]\d\d|20\d\d")
AFTER = frozenset(("%", ":", "/", "."))  # a share's move, a score, a date or a range goes on


def model_numbers(tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """One text's spans, those right before a model's number left with no kind."""
    if not words.CAPITALISED_NOUNS:
        return spans
    return [replace(s, label=None, reason="") if _model(tokens, s) else s for s in spans]


def _model(tokens: list[Token], s: Span) -> bool:
    """Whether a weakly read span stands right before a model's number."""
    if s.label is None or s.reason not in WEAK or s.end >= len(tokens):
        return False
    figure = tokens[s.end]
    if figure.start - tokens[s.end - 1].end != 1 or not MODEL.fullmatch(figure.text):
        return False
    if YEAR.fullmatch(figure.text):
        return False
    after = tokens[s.end + 1] if s.end + 1 < len(tokens) else None
    if after is None:
        return True
    if after.text in AFTER and after.start == figure.end and s.end + 2 < len(tokens):
        return False  # '3:1', '26/7', '1.5.' : a score, a date
    return after.text not in ("%",) and not after.text[:1].isupper()
