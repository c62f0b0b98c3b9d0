"""A town's name after a masculine article is its club, where the language names a town with no
article of its own ('el Mérida', 'del Numancia', 'al Parma': the teams; 'en Mérida' is the
town), unless the town's own name takes that article ('del Cairo': El Cairo) or it is a region
('del Caquetá')."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts.facts import context
from newsfacts.facts.names.model import LOC, ORG, Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.place_names import place_name
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
CLUB_ARTICLE = "club article"  # the evidence of a club named by its town after an article


def clubs_by_article(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans, with each one-word town after a club's article made an organisation."""
    articles: dict[str, str] = getattr(words, "CLUB_ARTICLES", {})
    return [
        (item, tokens, replace(s, label=ORG, reason=CLUB_ARTICLE))
        if _club(tokens, s, articles, words)
        else (item, tokens, s)
        for item, tokens, s in spans
    ]


def _club(tokens: list[Token], s: Span, articles: dict[str, str], words: ModuleType) -> bool:
    """A town alone right after one of the articles, whose own name holds no article."""
    if s.label != LOC or s.start < 1 or " " in s.text or "-" in s.text:
        return False
    article = articles.get(tokens[s.start - 1].text.lower())
    if article is None or place_name(s.text, words) != "city":
        return False
    if context.subdivision(s.text, words):
        return False  # 'del Caquetá', 'del Tolima': a region takes the article
    return place_name(f"{article} {s.text}", words) is None  # 'del Cairo': El Cairo
