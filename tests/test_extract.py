"""Extract stage: text passes through normalised; HTML goes through trafilatura."""

from __future__ import annotations

import pytest

from newsfacts.captions import split_captions
from newsfacts.errors import NoTextError
from newsfacts.extract import extract, normalize_text
from newsfacts.holes import fill_holes, has_hole
from newsfacts.model import Options, Page, Removal

PARAGRAPHS = [
    "The harbour council of Eastmere voted on Tuesday to rebuild the old stone pier, which "
    "storms damaged badly last winter, and to open it again to fishing boats by next summer.",
    "Council members said the work would cost about four million euros and would be paid "
    "for by the regional fund, with the town adding a smaller share from its own budget.",
    "Local fishermen, who have used a temporary wooden jetty for months, welcomed the vote "
    "but asked the council to keep the harbour open while the builders are at work there.",
]

HTML = f"""<!DOCTYPE html>
<html lang="en"><head>
<title>Eastmere to rebuild its stone pier | Coastal Courier</title>
<meta property="og:title" content="Eastmere to rebuild its stone pier">
<meta name="author" content="Mara Quill">
<meta property="og:site_name" content="Coastal Courier">
<meta property="article:published_time" content="2024-03-05T09:30:00Z">
</head><body>
<nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li></ul></nav>
<article><h1>Eastmere to rebuild its stone pier</h1>
{"".join(f"<p>{p}</p>" for p in PARAGRAPHS)}
</article>
<footer><p>Copyright 2024 Coastal Courier. All rights reserved.</p></footer>
</body></html>"""


def test_text_passes_through_with_newlines_normalised() -> None:
    page = Page(source="in.txt", content="\ufeffFirst line.\r\nSecond\x00 line.\r\n", is_html=False)
    article = extract(page, Options())
    assert article.text == "First line.\nSecond line.\n"
    assert article.is_html is False
    assert article.title is None
    assert article.source == "in.txt"


def test_normalize_text_handles_old_mac_newlines() -> None:
    assert normalize_text("a\rb\r\nc") == "a\nb\nc"


def test_empty_text_raises_no_text() -> None:
    with pytest.raises(NoTextError):
        extract(Page(source="-", content=" \n\ufeff\n", is_html=False), Options())


def test_html_gives_paragraphs_and_metadata() -> None:
    page = Page(source="p.html", content=HTML, is_html=True, url="https://example.org/pier")
    article = extract(page, Options())
    assert article.is_html is True
    assert article.url == "https://example.org/pier"
    assert article.title == "Eastmere to rebuild its stone pier"
    assert article.author == "Mara Quill"
    assert article.site == "Coastal Courier"
    assert article.published == "2024-03-05"
    for paragraph in PARAGRAPHS:
        assert paragraph in article.paragraphs
    assert "\n\n" in article.text
    assert "Home" not in article.paragraphs


def test_html_without_text_raises_no_text() -> None:
    page = Page(source="e.html", content="<html><body><div></div></body></html>", is_html=True)
    with pytest.raises(NoTextError):
        extract(page, Options())


def test_split_captions_moves_marked_up_captions_to_removed() -> None:
    text = "First paragraph of the story.\n\nBoats in the harbour at dawn.\n\nLast paragraph."
    captions = [("caption", "Boats in the harbour at dawn."), ("credit", "Photo: Lee Ward")]
    kept, removed = split_captions(text + "\n\nPhoto: Lee Ward", captions)
    assert kept == "First paragraph of the story.\n\nLast paragraph."
    assert removed == (
        Removal("caption", "Boats in the harbour at dawn."),
        Removal("credit", "Photo: Lee Ward"),
    )


def test_split_captions_keeps_text_when_a_wrapper_holds_it_all() -> None:
    text = "A short note about the weather on the coast today."
    assert split_captions(text, [("caption", text)]) == (text, ())


def test_html_figcaption_is_recorded_not_kept() -> None:
    caption = "Fishing boats wait outside the damaged pier in Eastmere on March 4, 2024."
    html = HTML.replace(
        f"<p>{PARAGRAPHS[1]}</p>",
        f"<p>{PARAGRAPHS[1]}</p><figure><img src='p.jpg'><figcaption>{caption}</figcaption>"
        "</figure>",
    )
    article = extract(Page(source="p.html", content=html, is_html=True), Options())
    assert caption not in article.text
    assert all(p in article.paragraphs for p in PARAGRAPHS)
    assert article.removed == (Removal("caption", caption),)


def test_html_hover_card_inside_a_sentence_is_pruned() -> None:
    card = (
        "<span class='people-hovercard'><a href='/p/mara'>Mara Quill</a> "
        "Latest: Harbour fees rise again; Ferry timetable changes next month</span>"
    )
    linked = "The work was announced by <a href='/p/mara'>Mara Quill</a>"
    sentence = f"{linked}{card}, who chairs the harbour council, on Tuesday morning."
    html = HTML.replace(f"<p>{PARAGRAPHS[0]}</p>", f"<p>{PARAGRAPHS[0]}</p><p>{sentence}</p>")
    article = extract(Page(source="p.html", content=html, is_html=True), Options())
    assert "Ferry timetable" not in article.text
    assert "announced by Mara Quill, who chairs the harbour council" in article.text


LINKED = [
    "Rents in the northern districts rose again this spring, and landlords say demand keeps "
    "climbing as more families move in from the coast.",
    'Prices are especially high for <span class="link"><a href="/x">riverside flats</a></span>. '
    'Buyers are pulling for <span style="border-bottom:1px dotted">the old mill quarter</span>, '
    'and <a class="tag" href="/t">the station area</a>.',
    "The vote was held on <time datetime='2024-03-05'>5 March</time>, and the council will "
    "publish a new housing survey in the autumn, with figures for every district.",
]


def test_inline_words_the_extractor_drops_come_back_from_the_page() -> None:
    body = "".join(f"<p>{p}</p>" for p in LINKED)
    html = f"<html><body><article><h1>Rents climb in the north</h1>{body}</article></body></html>"
    article = extract(Page(source="r.html", content=html, is_html=True), Options())
    assert "high for riverside flats. Buyers are pulling for the old mill quarter, and" in (
        article.text
    )
    assert "held on 5 March, and the council" in article.text
    assert not has_hole(article.text)


def test_holes_are_function_words_or_commas_before_a_lone_mark() -> None:
    assert has_hole("Prices are high for . Then more.")
    assert has_hole("They back the plan, , and the budget.")
    assert has_hole("The ideals ( ) behind it.")
    assert not has_hole("Call foo() and see ./path or .tar files, etc.")
    assert not has_hole("Menschen, die ... wissen es.")


def test_fill_holes_leaves_whole_paragraphs_alone() -> None:
    assert fill_holes("A whole sentence.\n\nAnother one.", None, "|") == (
        "A whole sentence.\n\nAnother one.",
        0,
    )


def test_a_caption_repeating_the_lead_leaves_the_lead_in_the_text() -> None:
    lead = PARAGRAPHS[0]
    figure = f"<figure><img src='p.jpg'><figcaption>{lead} Photo: Lee Ward</figcaption></figure>"
    body = "".join(f"<p>{p}</p>" for p in PARAGRAPHS)
    html = f"<html><body><article><h1>Pier</h1>{figure}{body}</article></body></html>"
    article = extract(Page(source="c.html", content=html, is_html=True), Options())
    assert lead in article.paragraphs
    assert all(r.text != lead for r in article.removed)


def test_split_captions_keeps_a_body_paragraph_a_caption_repeats() -> None:
    text = "The lead of the story, long enough.\n\nThe rest."
    captions = [("caption", "The lead of the story, long enough. (Photo: Lee Ward)")]
    assert split_captions(text, captions)[0] == "The rest."
    body = frozenset({"The lead of the story, long enough."})
    kept, removed = split_captions(text, captions, body)
    assert kept == text
    assert removed == ()


def test_words_after_an_empty_element_stay_in_the_sentence() -> None:
    # An editor's leftover <strong></strong>: precision mode drops it with the words after it.
    sentence = (
        "The pier was called <em>a relic</em> <strong></strong>by a member of the harbour board "
        "in an interview with the local radio station, who later said he regretted the word."
    )
    body = "".join(f"<p>{p}</p>" for p in [PARAGRAPHS[0], sentence, *PARAGRAPHS[1:]])
    html = HTML.replace("".join(f"<p>{p}</p>" for p in PARAGRAPHS), body)
    article = extract(Page(source="e.html", content=html, is_html=True), Options())
    assert "called a relic by a member of the harbour board in an interview" in article.text


def test_an_empty_icon_element_is_left_to_the_extractor() -> None:
    from lxml.html import fromstring

    from newsfacts.extract import drop_empty_keep_tails

    tree = fromstring(
        "<div><p>Tide tables <span></span>for the week.</p>"
        '<a href="/"><i class="icon-back"></i>Back to the list</a></div>'
    )
    drop_empty_keep_tails(tree)
    assert tree.find(".//span") is None and tree.find(".//i") is not None
    assert tree.find(".//p").text_content() == "Tide tables for the week."


def test_a_doubled_comma_of_the_page_is_tidied() -> None:
    from newsfacts.holes import tidy_marks

    assert tidy_marks("The fund backs schools, , clinics and roads.") == (
        "The fund backs schools, clinics and roads."
    )
    assert tidy_marks("It ended there, .\n\nNext, , one.") == "It ended there.\n\nNext, one."
    assert tidy_marks("Ages 3, 4, and 5.") == "Ages 3, 4, and 5."
    assert not has_hole(tidy_marks("Grants, , loans and gifts, ."))
