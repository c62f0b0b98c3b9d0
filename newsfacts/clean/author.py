"""The article's author from the byline line the cleaner removed, when the page's metadata
names none: "Par Claire Dumoulin", "Por Lucía Ferrer Campos", "Door Sanne de Vries" above the
story are its author, in the JSON `author` as in the source facts."""

from __future__ import annotations

from newsfacts.clean.person_names import authors
from newsfacts.model import Article, Removal
from newsfacts.words import words_of


def byline_author(removed: tuple[Removal, ...], code: str | None) -> str | None:
    """The names of the removed byline lines ("; "-joined, as trafilatura joins authors), less
    any that is an everyday word of the page's language ("Par Rédaction"), or None."""
    from newsfacts.facts import source  # the facts' reading of a byline, loaded when needed

    words = words_of(code) if code else None
    hits = [h for h in source.from_removed(removed) if h.role == "byline"]
    names = [h.name for h in hits if words is None or not source.everyday_word(h, words)]
    names = [n for name in names for n in authors(name)]  # people only: "Jane Smith, BBC News"
    return "; ".join(dict.fromkeys(names)) or None


def with_author(article: Article) -> Article:
    """The article with its byline's author when its metadata named none."""
    if article.author:
        return article
    from newsfacts.language import normalize

    author = byline_author(article.removed, normalize(article.language))
    return article.with_changes(author=author) if author else article
