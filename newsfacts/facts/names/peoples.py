"""A people named like its land ('die Schweden sehen', 'die Polen wählten'): German writes the
plural of a demonym as the country's name, but a country that takes no article is never 'die
…'; the word with its last letter off is the singular ('Schwede', 'Pole'), which the word list
holds. Plural lands keep their article ('die Philippinen', 'die Alpen': no singular listed).
German only, where every noun takes a capital."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts.names.model import LOC, Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
PLURAL_ARTICLE = "die"  # the article of a plural people ('die Schweden'); not 'den' ('in den
# Niederlanden' is the land)


def peoples_unnamed(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans, each people told by a plural article before its land's name left no name."""
    if not words.CAPITALISED_NOUNS:
        return spans
    return [
        (item, tokens, replace(s, label=None, reason="") if _people(tokens, s, words) else s)
        for item, tokens, s in spans
    ]


def _people(tokens: list[Token], s: Span, words: ModuleType) -> bool:
    """A one-word place in -n after 'die' whose singular, the word without its -n, is listed."""
    if s.label != LOC or s.end - s.start != 1 or s.start == 0:
        return False
    word = s.text
    if tokens[s.start - 1].text.lower() != PLURAL_ARTICLE or not word.endswith("en"):
        return False
    if s.end < len(tokens) and tokens[s.end].is_cap:
        return False  # a longer name
    return lexicon.is_word(word[:-1], words.NAME)
