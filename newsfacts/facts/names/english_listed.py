"""The English voter of a listed company's name (facts/companies.py's lexicon): a vote for an
organisation ('Ericsson said': a firm, not a surname), where the name is no everyday English
word ('Shell', 'Target', 'Next'), first name, common surname ('Brady') or big place."""

from __future__ import annotations

from newsfacts import lexicon
from newsfacts.facts import census, companies, places
from newsfacts.facts.names.cues import first_name, place_kind
from newsfacts.facts.names.model import ORG, Context, Mention
from newsfacts.words.en.function import STOPWORDS

LISTED_VOTE = 3.0  # beyond a small town's gazetteer vote (2.5), not a town's cues ('in X')


def vote_listed(m: Mention, ctx: Context) -> dict[str, float]:
    """A listed company's name that is nothing else: a vote for an organisation."""
    if not companies.is_listed(m.text) or other_english_name(m.text):
        return {}
    return {ORG: LISTED_VOTE}


def other_english_name(name: str) -> bool:
    """An everyday English word, a person's name, a country or a big city."""
    words = name.split()
    if len(words) > 1:
        return place_kind(name) is not None or all(_person_word(w) for w in words)
    if name.isupper():
        return len(name) < 3 or name.lower() in STOPWORDS
    if name.lower() in STOPWORDS or lexicon.is_common_word(name, "English"):
        return True
    kind = place_kind(name)
    big = kind is not None and (kind != "city" or name in places.big_cities())
    return big or _person_word(name)


def _person_word(word: str) -> bool:
    """A first name or a common surname."""
    return first_name(word) or word.title() in census.common_surnames()  # 'McCormick'
