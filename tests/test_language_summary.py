"""sumy's methods read an article in another language with that language's stemmer and stop
words (Dutch, which sumy has no stop list for, with jusText's).

Every text here is our own, written for these tests.
"""

from __future__ import annotations

import pytest

from newsfacts.model import Document, Options
from newsfacts.pipeline import analyze
from newsfacts.summarize.sumy_adapter import language_of

DUTCH = """\
Het waterschap legt een nieuwe dijk aan langs de rivier. De dijk moet de stad beschermen \
tegen hoog water. Volgens het waterschap kost de dijk twaalf miljoen euro.

De bewoners zijn blij met de dijk. Zij hadden al jaren om een betere dijk gevraagd. De bouw \
begint in het voorjaar en duurt twee jaar.
"""


@pytest.mark.parametrize("method", ["lexrank", "luhn", "edmundson"])
def test_a_dutch_article_is_summarised_by_sumy(method: str) -> None:
    """Each method gives sentences of the article, read as Dutch."""
    report = analyze("-", Options(method=method, language="nl"), DUTCH.encode())
    assert report.article is not None
    doc = Document(article=report.article, sentences=report.sentences)
    assert language_of(doc) == "dutch"
    assert report.summary and all(s.text in report.article.text for s in report.summary)
