"""Names told in marks that hide their kind: a headline in capitals that runs into its story's
dateline where the line between them was lost ('RETIRADA DE TROPAS EN EL SUR Beirut (EFE).':
the words after the headline are read as text, the headline's own only where they repeat a
name of the story, 'PINOCHET'), and a name only ever told whole inside quotes (a title or a
brand: 'el parque "Terra Mítica"')."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts.name_words import ascii_folded
from newsfacts.facts.names.model import Entity, Mention, Text
from newsfacts.facts.names.reading import is_cap
from newsfacts.facts.tokens import Token

SHOUT_LETTERS = 4  # letters of a headline's word in capitals ('EFE' is an agency's acronym)
LONGEST = 3  # words of a name in capitals a headline repeats
SHORT_ACRONYM = 3  # a name this short in capitals is as often a headline's word ('PP')
QUOTED = "quoted name"  # the evidence of a name only ever told whole inside quotes
OPEN_QUOTES = frozenset(('"', "“", "«", "„"))
CLOSE_QUOTES = frozenset((('"',), ("”",), ("»",), ("“",)))  # as a mention's right words start


def after_headline(tokens: list[Token]) -> int | None:
    """Where the text after a headline in capitals starts: the first capitalised word in small
    letters after the headline's last word in capitals (an acronym alone in brackets aside), or
    None."""
    last = max((k for k in range(len(tokens)) if _headline_word(tokens, k)), default=-1)
    if last < 0:
        return None
    for k in range(last + 1, len(tokens)):
        if is_cap(tokens[k]) and not tokens[k].text.isupper():
            return k
    return None


def _headline_word(tokens: list[Token], k: int) -> bool:
    """A word in capitals of a headline: four letters or more, not alone in brackets ('(EFE)')."""
    word = tokens[k].text
    if not (word.isupper() and sum(c.isalpha() for c in word) >= SHOUT_LETTERS):
        return False
    return not (0 < k < len(tokens) - 1 and tokens[k - 1].text == "(" and tokens[k + 1].text == ")")


def folded(name: str) -> str:
    """A name in small letters without accents ('PERU', 'Perú': 'peru')."""
    return ascii_folded(name).lower()


def shouted_names(tokens: list[Token], known: dict[str, str]) -> list[tuple[str, int, int]]:
    """The names a headline in capitals repeats from the story ('PINOCHET', 'SIERRA LEONA'):
    each run of one to three words in capitals whose letters are a known name's, with that
    name and the run's token range, longest first."""
    out: list[tuple[str, int, int]] = []
    k = 0
    while k < len(tokens):
        for size in range(LONGEST, 0, -1):
            run = tokens[k : k + size]
            if len(run) < size or not all(_capital_word(t.text) for t in run):
                continue
            name = known.get(folded(" ".join(t.text for t in run)))
            if name is not None:
                out.append((name, k, k + size))
                k += size - 1
                break
        k += 1
    return out


def _capital_word(word: str) -> bool:
    """A word in capitals of two letters or more."""
    return word.isupper() and sum(c.isalpha() for c in word) >= 2


def headline_names(
    headlines: list[tuple[Text, list[Token]]], entities: dict[str, Entity]
) -> list[tuple[Text, list[Token], str, int, int]]:
    """The known names each headline in capitals repeats: its text, tokens, the name and the
    token range; no short acronym."""
    known = {
        folded(name): name
        for name, e in entities.items()
        if e.label and (" " in name or len(name) > SHORT_ACRONYM)
    }
    return [
        (item, tokens, name, a, b)
        for item, tokens in headlines
        for name, a, b in shouted_names(tokens, known)
    ]


def quoted(m: Mention, words: ModuleType) -> bool:
    """A mention that is all its quote says, an article aside ('"Terra Mítica"', '"El
    Torreón"')."""
    left = list(m.left[:-1] if m.left and m.left[-1].lower() in words.PARTICLES else m.left)
    return bool(left) and left[-1] in OPEN_QUOTES and m.right[:1] in CLOSE_QUOTES
