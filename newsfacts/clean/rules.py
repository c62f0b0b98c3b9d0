"""Boilerplate rules: each names a kind of page furniture (caption, credit, share, ...).

`RULES` is ordered: the first rule that matches names the removal. The words and patterns the
rules test come from `patterns` (compiled from `words.en.boilerplate`).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from newsfacts.clean import patterns as p
from newsfacts.clean.blocks import SENTENCE_END, Block
from newsfacts.clean.kinds import RemovalKind
from newsfacts.clean.person_names import name_byline
from newsfacts.lazyre import may_contain
from newsfacts.words.en import boilerplate as bp

MAX_RULE_WORDS = 80  # the longest block any rule may name (a caption)
MAX_TAG_WORDS = 80  # a tag list may run long...
MIN_TAGS = 4  # ...when it is a list of at least this many short items
BYLINE_WORDS = 6  # `By Jane Doe and John Roe.` at most
NEWSLETTER_LINE = 12  # a line this short with "subscribe" or "newsletter" is a prompt
MIN_SENTENCES = 2  # sentences before a writer's initials that make a story's paragraph
INITIALS = re.compile(r"[A-Z]{2,3}")  # a writer's initials in brackets ('(MR)')
INNER_END = re.compile(r"[.!?][\"”’»]?\s")  # a sentence's end inside a block


def _short(block: Block, limit: int) -> bool:
    """At most `limit` words."""
    return len(block.words) <= limit


def _is_caption(block: Block) -> bool:
    """A photo caption: a labelled lead, a photo credit, or a sentence ending in `(Agency)`."""
    if not _short(block, 80):
        return False
    if p.CAPTION_LEAD.match(block.text) and len(block.words) > 3:
        return True
    trail = p.TRAIL_CREDIT.search(block.text) if block.text.endswith(")") else None
    if trail and _is_credit_text(trail.group(1)) and not _closing_initials(block, trail.group(1)):
        return True
    lower = block.text.lower()
    cheap = any(w in lower for w in bp.PHOTO_HINTS)
    return cheap and len(block.words) > 6 and bool(p.PHOTO_CREDIT.search(block.text))


def _closing_initials(block: Block, credit: str) -> bool:
    """A writer's initials closing a paragraph of several sentences ('... van de vier mannen.
    (MR)', as Flemish papers sign a story): no caption's credit; an agency's ('(AP)') is."""
    initials = INITIALS.fullmatch(credit) and credit not in bp.PHOTO_AGENCIES
    return bool(initials) and len(INNER_END.findall(block.text)) >= MIN_SENTENCES


def _is_credit_text(text: str) -> bool:
    """`Yonhap`, `AP Photo/Jane Doe`, `Getty Images`: a name-like credit."""
    words = text.split()
    capitalised = all(w[:1].isupper() or w[:1] in "©/(" for w in words)
    return bool(p.CREDIT_INSIDE.search(text)) or (0 < len(words) <= 4 and capitalised)


def _is_credit(block: Block) -> bool:
    """A standalone credit line: `(Yonhap)`, `Image Credit: X`, `Photo: X, AP`."""
    if not _short(block, 10):
        return False
    text = block.text.strip()
    if text.startswith("(") and text.endswith(")") and _is_credit_text(text[1:-1]):
        return True
    return bool(p.CREDIT_LINE.match(text)) and not SENTENCE_END.search(text.rstrip(")"))


def _is_share(block: Block) -> bool:
    """A line made of share-button words (and counts: `858 shares`)."""
    if _short(block, 15) and p.SHARE_LEAD.match(block.text) and not SENTENCE_END.search(block.text):
        return True
    words = [w for w in block.words if not w.isdigit()]  # lower-cased only when few
    low = [w.lower() for w in words]
    return (
        0 < len(low) <= 8
        and all(w in bp.SHARE_WORDS for w in low)
        and not all(w in bp.SHARE_LINKS for w in low)
    )


def _is_newsletter(block: Block) -> bool:
    """A subscribe/newsletter prompt: a short line, or one that speaks to the reader ('Sign up
    for our free newsletter'); a sentence of news with the word ('…the newsletter editor said',
    '…expected to subscribe most of the shares') is text."""
    if not _short(block, 40) or not p.NEWSLETTER_CALL.search(block.text):
        return False
    return _short(block, NEWSLETTER_LINE) or bool(p.READER_CALL.search(block.text))


def _is_related(block: Block) -> bool:
    """A `Related:` / `Read more` pointer, or a `Follow our coverage at https://...` link."""
    return _short(block, 25) and bool(
        p.RELATED.match(block.text) or p.LINK_POINTER.match(block.text)
    )


def more_stories_heading(block: Block) -> bool:
    """`You may also like...` alone on its line: what follows is other stories."""
    return _short(block, 8) and bool(p.MORE_STORIES.match(block.text))


def _is_source_line(block: Block) -> bool:
    """`Source: Agency` footer."""
    return _short(block, 12) and bool(p.SOURCE.match(block.text))


def _is_byline(block: Block) -> bool:
    """`By Jane Doe` or similar; a whole sentence starting with `By` is text."""
    after = block.words[1:2] if block.words[:1] == ["By"] or block.words[:1] == ["by"] else []
    sentence = len(block.words) > BYLINE_WORDS and bool(SENTENCE_END.search(block.text))
    sentence = sentence and any(w.islower() for w in after)  # `By noon the river rose.`
    named = name_byline(block.text)  # "di Marco Bellini", "Par Claire Dubois": people's names
    named = named or bool(p.STAFF_BYLINE.match(block.text.strip()))  # "Door onze verslaggever"
    return named or (_short(block, 15) and not sentence and bool(p.BYLINE.match(block.text)))


def _is_reading_time(block: Block) -> bool:
    """`5 min read`, `Reading time: 3 minutes`: page metadata like a date line."""
    return _short(block, 6) and bool(p.READING_TIME.match(block.text.strip()))


def _is_date(block: Block) -> bool:
    """A standalone publication date/time line (not an embedded post's signature), or a wire
    dateline on its own line."""
    if _short(block, 8) and p.WIRE_DATELINE.match(block.text.strip()):
        return True
    return (
        _short(block, 14)
        and "(@" not in block.text
        and bool(p.STAMP.search(block.text))  # a year, a clock time or "updated": not a schedule
        and bool(p.DATEISH.search(block.text))
        and not SENTENCE_END.search(block.text.replace("a.m.", "am").replace("p.m.", "pm"))
    )


def _is_footer(block: Block) -> bool:
    """Copyright and legal lines."""
    return _short(block, 25) and bool(p.FOOTER.search(block.text))


def _is_breadcrumb(block: Block) -> bool:
    """`Home > World > Europe`: every part starts with a capitalised word (not `N / A`).

    A trail of slashes needs three parts: two names joined by one slash are a dateline or a
    credit (`Brussel / New York`, `DPA / Reuters`), which belong to the article.
    """
    if not p.BREADCRUMB.match(block.text) or SENTENCE_END.search(block.text):
        return False
    parts = [part.split() for part in p.CRUMB.split(block.text)]
    if len(parts) < 3 and not p.ARROW_CRUMB.search(block.text):
        return False
    return all(part and part[0][:1].isupper() and len(part[0]) > 1 for part in parts)


def _is_category(block: Block) -> bool:
    """`Categories General`, `Tags: a, b`, breadcrumbs `Home > World`."""
    if _short(block, 15) and bool(p.CATEGORY.match(block.text) or _is_breadcrumb(block)):
        return True
    return _is_tag_list(block)


def _is_tag_list(block: Block) -> bool:
    """A long `Tags a, b, c, ...` line: a label, then a comma list with no sentence in it."""
    items = block.text.split(",")
    return (
        _short(block, MAX_TAG_WORDS)
        and len(items) >= MIN_TAGS
        and bool(p.CATEGORY.match(block.text))
        and not SENTENCE_END.search(block.text)
        and all(len(item.split()) <= MAX_TAG_WORDS // MIN_TAGS for item in items)
    )


def _is_teaser(block: Block) -> bool:
    """A promoted headline: `Headline [VIDEO]` or a shouted `SEE MORE:` / `DON'T MISS`."""
    if not _short(block, 25):
        return False
    shout = block.text.upper() == block.text and bool(p.SHOUT_HEADER.match(block.text))
    return bool(p.TEASER_TAG.search(block.text)) or shout


def _is_contact(block: Block) -> bool:
    """`Email the author at x@y.z`, `Follow us on Twitter @x`."""
    lower = block.text.lower()
    cheap = "@" in lower or any(w in lower for w in bp.CONTACT_HINTS)
    return cheap and _short(block, 40) and bool(p.CONTACT.search(block.text))


def _is_promo(block: Block) -> bool:
    """A sales pitch for the publication itself."""
    if not may_contain(block.text, p.PROMO_HINTS, ignore_case=True):
        return False
    hits = len(p.PROMO.findall(block.text)) if block.size <= 100 else 0
    return hits > 0 and _short(block, 20 + 25 * hits)  # more pitch phrases, longer pitch


def _is_agency_credits(block: Block) -> bool:
    """Wire-service staff credits: `(Reporting by A; Editing by B)`."""
    if _short(block, 20) and p.CONTRIBUTED.search(block.text):
        return True
    if _short(block, 4) and block.text.startswith("[") and block.text.endswith("]"):
        return True  # a bare source tag: [Agency]
    return _short(block, 45) and bool(p.AGENCY_CREDITS.match(block.text))


def _is_gallery(block: Block) -> bool:
    """A photo gallery's controls: `1 / 5`, `Image 3 of 12`, `Back to Gallery`, `Close`."""
    return _short(block, 5) and bool(p.GALLERY.match(block.text.strip()))


def _is_ad(block: Block) -> bool:
    """Advertisement markers."""
    return block.text.strip().lower() in bp.AD_MARKERS


K = RemovalKind
# Ordered: the first rule that matches names the removal.
RULES: tuple[tuple[RemovalKind, Callable[[Block], bool]], ...] = (
    (K.SOURCE_LINE, _is_source_line),
    (K.CAPTION, _is_caption),
    (K.DATE, _is_date),
    (K.DATE, _is_reading_time),
    (K.CREDIT, _is_credit),
    (K.SHARE, _is_share),
    (K.NEWSLETTER, _is_newsletter),
    (K.RELATED, _is_related),
    (K.BYLINE, _is_byline),
    (K.CREDIT, _is_agency_credits),
    (K.RELATED, _is_teaser),
    (K.CONTACT, _is_contact),
    (K.PROMO, _is_promo),
    (K.CATEGORY_HEADER, _is_category),
    (K.FOOTER, _is_footer),
    (K.AD, _is_ad),
    (K.MENU, _is_gallery),
)


def rule_kind(block: Block) -> RemovalKind | None:
    """The boilerplate kind a rule gives this block, or None."""
    if block.size > MAX_RULE_WORDS:
        return None  # no rule names a long paragraph: skip them all
    return next((kind for kind, test in RULES if test(block)), None)
