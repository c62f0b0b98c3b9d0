"""Public bodies a language that writes its nouns as compounds (German) names by their kind and
their seat: a compound ending in a body's word, right before a known town or land
('Handwerkskammer Kassel', 'Landratsamt Fulda', 'Verbraucherzentrale Hessen', 'Industrie- und
Handelskammer Kassel') after an article is one organisation, not an everyday noun before a
place; the town stays a place mention too.

The body's words are the language's own list of bodies' compound ends (TAIL_HEADS, with the
utilities' and funds' 'werke', 'kasse'), the compound test the one that reads a word as joined
words (name_words.joins_words). Words for a place-like body
('Landkreis', 'Gemeinde') are in neither list, so 'der Landkreis Kassel' stays a place; a
town after the noun in another role ('das Amt in Kassel', 'die Kammer, Kassel und …') does not
stand right after it, a place in the genitive owns the noun ('zum Handelszentrum Europas'), and
a person's word ('Landrat') is no body.
"""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts import evidence, name_words
from newsfacts.facts.names.model import LOC, ORG
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

# The evidence, as a body's word alone gives it ('Sparkasse Kassel'): found, not shown
SEAT_BODY = "loose organisation word"
MIN_END = 3  # letters of a body's word a compound may end in ('Landrats|amt')
PERSON_ENDS = frozenset(("rat",))  # 'Landrat', 'Stadtrat': as often a person as a council
# Ends of public bodies' compounds beside the tail heads: a utility's, a savings or health fund's
# ('Stadtwerke', 'Sparkasse', 'Krankenkasse')
OWN_ENDS = frozenset(("werke", "kasse"))
# Words for a building, a site or a competition as often as for a body ('Stadtkirche',
# 'Stadtzentrum', 'Oberliga'): before a town they name a place or a league, no body
SITE_ENDS = frozenset(("kirche", "zentrum", "museum", "liga"))
LINKED = frozenset(("und", "oder"))  # 'Industrie- und Handelskammer': one compound's two heads
OPENERS = frozenset((".", "!", "?", ":", "(", "„", '"', "»", "«", "–", "-"))  # a sentence's start


def seat_bodies(text: str, tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """The spans with each body named by its compound kind and its seat made one organisation;
    the seat stays a place mention of its own."""
    if not words.COMPOUNDS or not words.CAPITALISED_NOUNS:
        return spans
    ends = _body_ends(words)
    out = list(spans)
    for seat in spans:
        k = seat.start
        if seat.label != LOC or k < 1 or not _joined(tokens[k - 1], tokens[k]):
            continue
        if not _body_compound(tokens[k - 1].text, ends, words):
            continue
        if evidence.place_name(seat.text, words) is None:
            continue  # a place on weaker evidence: the noun may stand before anything
        if evidence.genitive_place(seat.text.split()[-1], words):
            continue  # 'das Handelszentrum Europas': the place owns the noun, no seat
        if any(s.start <= k - 1 < s.end for s in out):
            continue  # the noun is read already (a person's, a longer body's)
        start = _linked_start(tokens, k - 1)
        if not _named_by_article(tokens, start, words):
            continue  # 'zum bedeutendsten Handelszentrum Europas': a noun described, no name
        name = text[tokens[start].start : tokens[seat.end - 1].end]
        body = Span(name, start, seat.end, ORG, SEAT_BODY, None, seat.initial and start == k - 1)
        out = [s for s in out if s.end <= start or s.start >= seat.end] + [body, seat]
    return sorted(out, key=lambda s: s.start)


def _body_ends(words: ModuleType) -> tuple[str, ...]:
    """The words for a body a compound may end in: the language's organisation and tail words,
    not the clubs' first words nor a person's word."""
    heads: frozenset[str] = getattr(words, "CLUB_HEADS", frozenset())
    tails: tuple[str, ...] = getattr(words, "TAIL_HEADS", ())
    found = {*tails, *OWN_ENDS} - heads - PERSON_ENDS - SITE_ENDS
    return tuple(sorted(w for w in found if len(w) >= MIN_END and w.isalpha()))


def _body_compound(word: str, ends: tuple[str, ...], words: ModuleType) -> bool:
    """A capitalised compound of words ending in a body's word ('Handwerks|kammer', 'Stadt|werke'),
    longer than that word, no person's word."""
    lower = word.lower()
    if not word[:1].isupper() or not word.isalpha() or lower in ends:
        return False
    if not any(lower.endswith(end) and len(lower) > len(end) for end in ends):
        return False
    return name_words.joins_words(lower, words) and not evidence.is_role(word, words)


def _linked_start(tokens: list[Token], k: int) -> int:
    """Where a compound's name starts: its own word, or a first head written with a hyphen and
    'und' before it ('Industrie- und Handelskammer')."""
    if k < 3 or tokens[k - 1].text not in LINKED or tokens[k - 2].text != "-":
        return k
    first = tokens[k - 3]
    if not first.text[:1].isupper() or not first.text.isalpha() or first.end != tokens[k - 2].start:
        return k
    return k - 3


def _named_by_article(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """A definite article (or one fused with its preposition) right before the body's word
    ('die Handwerkskammer', 'beim Landratsamt'), or the body's word opening its sentence."""
    articles: frozenset[str] = getattr(words, "BODY_ARTICLES", words.DEFINITE)
    return k == 0 or tokens[k - 1].text.lower() in articles or tokens[k - 1].text in OPENERS


def _joined(a: Token, b: Token) -> bool:
    """Two tokens with only a space between them."""
    return b.start - a.end == 1
