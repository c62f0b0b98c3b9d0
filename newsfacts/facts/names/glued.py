"""A headline in capitals that runs into its story's dateline where the line between them was
lost ('RETIRADA DE TROPAS EN EL SUR Beirut (EFE).'): the words after the headline are read as
text, while the headline's own words are not (capitals tell nothing there)."""

from __future__ import annotations

from newsfacts.facts.names.reading import is_cap
from newsfacts.facts.tokens import Token

SHOUT_LETTERS = 4  # letters of a headline's word in capitals ('EFE' is an agency's acronym)


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
