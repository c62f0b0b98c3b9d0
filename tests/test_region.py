"""The article region: dropped prose taken back, the rest of the region recorded, nothing lost."""

from __future__ import annotations

import re

from lxml.html import fromstring

from newsfacts.clean import clean
from newsfacts.extract import LINE_BREAK, extract
from newsfacts.model import Options, Page
from newsfacts.region import page_blocks, recover

LEAD = (
    "The tramway of Norbridge will run again on Sunday after three months of repairs to its "
    "bridge over the river, the city's transport office said on Friday morning."
)
BODY = [
    "Engineers replaced the worn steel beams of the bridge and laid new rails across it, a job "
    "that the office had first planned for the summer but brought forward after the floods.",
    "The office said that trams would run every ten minutes during the day and every half hour "
    "in the evening, as they did before the bridge was closed to traffic in the spring.",
    "Shop owners near the bridge, who said they lost many customers while it was shut, asked the "
    "city to keep the temporary bus line running for another week while riders get used to it.",
]
CAPTION = "A tram crosses the rebuilt bridge in Norbridge during a test run on Thursday."
LINKS = ["Timetables", "Fares and tickets", "Network map"]


def _page(lead_in_header: bool = True) -> str:
    """A small article page: a lead in the header, a figure and a link list between paragraphs."""
    lead = f'<header><h1>Trams back in Norbridge</h1><p class="lead">{LEAD}</p></header>'
    links = "".join(f'<li><a href="/{i}">{t}</a></li>' for i, t in enumerate(LINKS))
    return f"""<html lang="en"><head><title>Trams back in Norbridge</title></head><body>
<nav><a href="/">Home</a> <a href="/city">City</a></nav>
<article>{lead if lead_in_header else ""}
<div class="body"><p>{BODY[0]}</p>
<figure><img src="t.jpg"><figcaption>{CAPTION}</figcaption></figure>
<p>{BODY[1]}</p>
<ul class="more">{links}</ul>
<p>{BODY[2]}</p></div></article>
<footer><p>Norbridge Daily, all rights reserved.</p></footer></body></html>"""


def _tree(html: str) -> object:
    """The page parsed as the extract stage parses it."""
    return fromstring(html)


def test_lead_dropped_above_the_body_is_taken_back_before_it() -> None:
    text = "\n\n".join(BODY)
    region = recover(text, _tree(_page()), LINE_BREAK)
    assert region.taken == (LEAD,)
    assert region.text.split("\n\n") == [LEAD, *BODY]


def test_caption_and_link_list_between_paragraphs_are_recorded_not_taken() -> None:
    text = "\n\n".join(BODY)
    region = recover(text, _tree(_page()), LINE_BREAK)
    assert CAPTION not in region.text
    kinds = {r.text: r.kind for r in region.dropped}
    assert kinds[CAPTION] == "furniture"
    assert kinds["\n".join(LINKS)] == "links"  # one record for the run of links


def test_prose_between_kept_paragraphs_is_taken_back_in_place() -> None:
    text = "\n\n".join([BODY[0], BODY[2]])  # the extractor lost the middle paragraph
    region = recover(text, _tree(_page(lead_in_header=False)), LINE_BREAK)
    assert region.text.split("\n\n") == BODY


def test_a_page_without_the_text_changes_nothing() -> None:
    region = recover("Nothing of this is on the page.", _tree(_page()), LINE_BREAK)
    assert region.text == "Nothing of this is on the page." and not region.dropped


def test_blocks_read_their_own_text_and_links() -> None:
    blocks = page_blocks(_tree(_page()), LINE_BREAK)
    texts = [b.text for b in blocks]
    assert LEAD in texts and BODY[1] in texts
    link = next(b for b in blocks if b.text == LINKS[0])
    assert link.link_chars == len(LINKS[0])


def _squeezed(text: str) -> str:
    """Text without whitespace, for comparing extractions."""
    return re.sub(r"\s+", "", text)


def test_text_and_removed_cover_what_recall_mode_finds() -> None:
    import trafilatura

    html = _page()
    article = clean(extract(Page(source="p.html", content=html, is_html=True), Options()))
    # The headline is the article's title; everything else is in the text or in `removed`.
    kept = [article.title or "", article.text, *(r.text for r in article.removed)]
    shown = _squeezed("".join(kept))
    found = trafilatura.extract(html, favor_recall=True, include_comments=False) or ""
    lines = [line for line in found.split("\n") if line.strip()]
    assert lines, "recall mode found nothing: the test page is wrong"
    missing = [line for line in lines if _squeezed(line.lstrip("- ")) not in shown]
    assert missing == []
    assert LEAD in article.text and all(p in article.text for p in BODY)


def test_prose_going_on_after_the_last_kept_paragraph_is_its_continuation() -> None:
    text = "\n\n".join(BODY[:2])  # the extractor stopped before the last paragraph
    html = re.sub(r'<ul class="more">.*?</ul>', "", _page(lead_in_header=False))
    region = recover(text, _tree(html), LINE_BREAK)
    assert region.text.split("\n\n") == BODY


def test_a_notice_after_a_list_below_the_article_is_not_its_continuation() -> None:
    notice = (
        "Comments that are abusive or that have nothing to do with the story will be removed "
        "by the moderators, who read every comment before it is published on the site."
    )
    html = _page(lead_in_header=False).replace(
        f"<p>{BODY[2]}</p></div>", f"<p>{BODY[2]}</p><ul><li>Share</li></ul><p>{notice}</p></div>"
    )
    region = recover("\n\n".join(BODY), _tree(html), LINE_BREAK)
    assert notice not in region.text


def test_a_misread_ellipsis_leaves_no_hole() -> None:
    from newsfacts.holes import has_hole

    quote = (
        "The mayor called the plan one of those quiet promises (\x85) that every council makes "
        "before an election and forgets soon after, and the room laughed at the remark."
    )
    html = _page(lead_in_header=False).replace(f"<p>{BODY[1]}</p>", f"<p>{quote}</p>")
    article = extract(Page(source="p.html", content=html, is_html=True), Options())
    assert "promises (…) that" in article.text
    assert not has_hole(article.text)


def test_a_lead_the_page_marks_far_above_the_body_is_taken_back() -> None:
    # Six lines of page furniture between the intro and the body: beyond the plain lead window.
    meta = "".join(f"<div><span>Line {i} of the page header</span></div>" for i in range(6))
    question = "Will the trams of Norbridge run on time this winter?"
    html = _page(lead_in_header=False).replace(
        "<article>",
        f'<article><div class="story-intro"><h2>{question}</h2></div>'
        f'<div class="tools"><span>Share this story</span></div>{meta}',
    )
    region = recover("\n\n".join(BODY), _tree(html), LINE_BREAK)
    assert region.text.split("\n\n") == [question, *BODY]
    assert "Share this story" not in region.text


def test_a_line_far_above_the_body_outside_an_intro_is_not_a_lead() -> None:
    meta = "".join(f"<div><span>Line {i} of the page header</span></div>" for i in range(6))
    note = "Our newsroom is open to visitors on the first Monday of every month, from ten to four."
    html = _page(lead_in_header=False).replace(
        "<article>", f"<article><div class='notice'><p>{note}</p></div>{meta}"
    )
    region = recover("\n\n".join(BODY), _tree(html), LINE_BREAK)
    assert note not in region.text
