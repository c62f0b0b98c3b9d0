"""Clean stage: repair stray line breaks, find the article body, keep a record of every removal.

Plain text (whole-page paste) and trafilatura's output go through the same steps:

1. lines -> paragraphs: blank lines separate paragraphs; single line breaks are joined when the
   evidence says they are soft (lower-case continuation, hyphenated or mid-word break decided by
   the document's own vocabulary and a lexicon, a word pair seen elsewhere in the document);
2. each paragraph is named by a registry of boilerplate rules (caption, credit, share, ...) and
   weighed by how sentence-like it is (length, stop-word density, end punctuation, title case),
   in the spirit of jusText but without markup;
3. the article is the run of paragraphs with the largest total weight (one linear pass), and
   the headline is the title-like line just before it.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cached_property

from newsfacts import lexicon
from newsfacts.errors import NoTextError
from newsfacts.model import Article, Removal

WORD = re.compile(r"\w+")
_BULLET = re.compile(r"^(?:[*+•·▪►–-]|o(?=\s))\s+|^[*+•·▪]$")
_SENTENCE_END = re.compile(r"[.!?…。！？][\"”’»)」』]?$")
@functools.cache
def _unspaced() -> re.Pattern[str]:
    """Kana, CJK ideographs and hangul: scripts written without spaces between words.

    Compiled on first need: a class spanning 40,000 code points takes ~8 ms to compile, and
    most texts never reach it (`_has_unspaced` checks the highest character first).
    """
    return re.compile(f"[{lexicon.UNSPACED_SCRIPTS}]")


def _count_unspaced(text: str) -> int:
    """How many kana/CJK/hangul characters the text has."""
    return len(_unspaced().findall(text)) if text and max(text) >= lexicon.FIRST_UNSPACED else 0


def _has_unspaced(text: str) -> bool:
    """Whether the text has any kana/CJK/hangul character."""
    return bool(text) and max(text) >= lexicon.FIRST_UNSPACED and bool(_unspaced().search(text))
_LETTER_END = re.compile(r"(\w+)$")
_LETTER_START = re.compile(r"^(\w+)")
_HYPHEN_END = re.compile(r"(\w+)-$")
_COMPOUND = re.compile(r"\b\w+-\w+")  # \b: linear on very long tokens

# Paragraph weighing: jusText's defaults (characters, stop-word density), tuned on the dev set.
LENGTH_LOW = 70
STOP_LOW = 0.25
STOP_HIGH = 0.36
STOP_SENTENCE = 0.15  # a lead full of names still reads as a sentence
LONG_UNPUNCTUATED = 40  # a headline never runs this long; a paragraph may lack its final stop
NUMERIC = 0.3  # this share of numbers: a table row or results line, i.e. data
INLINE_KINDS = frozenset({"caption", "credit", "ad", "related"})  # furniture found mid-article
# Body span: runs of furniture cost more than their parts; a lone blurb counts less.
GAP_GROWTH = 0.5
ISOLATED = 0.4
MENU_RUN = 3  # this many short unpunctuated lines in a row: a menu, so the text is a whole page
MENU_ITEM_WORDS = 3
# Headline.
MAX_TITLE_WORDS = 30
MIN_TITLE_WORDS = 3
PLAIN_TITLE_WORDS = 15  # a headline over a plain article: longer, it is a lead without a stop
TITLE_LOOKBACK = 8  # the body starts at most this many lines below its headline
ECHO_SHARE = 0.5  # a line sharing this share of its words with the title repeats it
WIRE_HEADER = 3  # a wire story's dateline comes at most two lines below its headline
# Line repair: hard-wrapped text has many lines of 40 to 100 characters, most of them within
# a quarter of the wrap column.
MIN_WRAP = 40
MAX_WRAP = 100
WRAP_FULL = 0.75
WRAP_SHARE = 0.5
MIN_WRAPPED_LINES = 4
MAX_WORD_CHARS = 80  # a line-break decision looks at this much on each side
MAX_PAIR_LOOKUPS = 50  # word-pair searches per document (each one reads the whole text)
MAX_RULE_WORDS = 80  # the longest block any rule may name (a caption)
MAX_TAG_WORDS = 80  # a tag list may run long...
MIN_TAGS = 4  # ...when it is a list of at least this many short items
BYLINE_WORDS = 6  # `By Jane Doe and John Roe.` at most


@dataclass(frozen=True)
class Line:
    """One non-blank input line: its text and whether it was a list item."""

    text: str
    bullet: bool


@dataclass(frozen=True)
class Block:
    """One paragraph candidate after line repair."""

    text: str
    bullet: bool

    @cached_property
    def words(self) -> list[str]:
        """Word tokens."""
        return WORD.findall(self.text)

    @cached_property
    def size(self) -> int:
        """Length in words; unspaced scripts (CJK) count one word per two characters."""
        return len(self.words) + _count_unspaced(self.text) // 2


@dataclass
class Vocabulary:
    """What the document itself shows about its words, for line-break decisions."""

    text: str
    words: Counter[str]
    hyphenated: frozenset[str]
    language: str | None
    pair_lookups: int = 0

    def has_pair(self, left: str, right: str) -> bool:
        """Whether the document writes these two words side by side on one line somewhere.

        Searched on demand (few breaks need it) and capped, so cleaning stays linear.
        """
        self.pair_lookups += 1
        if self.pair_lookups > MAX_PAIR_LOOKUPS:
            return False
        needle, at = f"{left} {right}", -1
        while (at := self.text.find(needle, at + 1)) >= 0:
            before = self.text[at - 1 : at] if at else " "
            after = self.text[at + len(needle) : at + len(needle) + 1] or " "
            if not (before.isalnum() or after.isalnum()):
                return True
        return False


# ---------------------------------------------------------------- lines and vocabulary


def split_lines(text: str) -> list[Line | None]:
    """Input lines with indentation and list markers removed; None for a blank line."""
    out: list[Line | None] = []
    for raw in text.split("\n"):
        stripped = " ".join(raw.split())
        marker = _BULLET.match(stripped)
        content = stripped[marker.end() :].strip() if marker else stripped
        out.append(Line(content, marker is not None) if content or marker else None)
    return out


def build_vocabulary(text: str) -> Vocabulary:
    """Word counts, hyphenated compounds and language of the whole document."""
    tokens = WORD.findall(text)
    words = Counter(w.lower() for w in tokens)
    compounds = frozenset(m.lower() for m in _COMPOUND.findall(text))
    # Function words are written in lower case; names and shouted headlines are not, and
    # stoplists of other languages hold many names (Van, Giovanni).
    plain = Counter(w for w in tokens if w.isalpha() and w == w.lower())
    return Vocabulary(text, words, compounds, lexicon.guess_language(plain or words))


def _known(word: str, vocab: Vocabulary, seen_min: int = 1) -> bool:
    """Evidence that a word exists: the document uses it, or the lexicon lists it."""
    return vocab.words[word.lower()] >= seen_min or lexicon.is_word(word, vocab.language)


# ---------------------------------------------------------------- line repair


def join_word(left: str, right: str, vocab: Vocabulary) -> str:
    """Join two line pieces, deciding hyphen, space or nothing from the evidence."""
    drop, glue = _glue(left[-MAX_WORD_CHARS:], right[:MAX_WORD_CHARS], vocab)
    return left[: len(left) - drop] + glue + right


def _glue(left: str, right: str, vocab: Vocabulary) -> tuple[int, str]:
    """How to join a line to the next: characters to drop from the left one, and the glue."""
    hyphen = _HYPHEN_END.search(left)
    head = _LETTER_START.match(right)
    if hyphen and head and not right[0].islower():
        return 0, ""  # Indo-|Pacific, COVID-|19: a compound, never two words
    if hyphen and head:
        x, y = hyphen.group(1), head.group(1)
        # inter-|national -> international; well-|known stays: "wellknown" is no word.
        keep = f"{x}-{y}".lower() in vocab.hyphenated
        return (1, "") if not keep and _known(x + y, vocab) else (0, "")
    tail = _LETTER_END.search(left)
    if tail and head and right[0].islower():
        x, y = tail.group(1), head.group(1)
        # The joined form must be attested where the pieces are not (situat|ion, not for|all).
        joined_seen = vocab.words[(x + y).lower()] > 0 or lexicon.is_word(x + y, vocab.language)
        if joined_seen and not (_known(x, vocab, 2) and _known(y, vocab, 2)):
            return 0, ""
    return 0, " "


def wrap_width(lines: Sequence[Line | None]) -> int | None:
    """The column a hard-wrapped text breaks at, if its lines show one (else None).

    Wrapped text has many long lines of nearly the same length; a page's menus and one-line
    paragraphs do not.
    """
    lengths = [len(line.text) for line in lines if line is not None and not line.bullet]
    long = [n for n in lengths if n >= MIN_WRAP]
    if len(long) < MIN_WRAPPED_LINES or max(long) > MAX_WRAP:
        return None
    width = sorted(long)[len(long) * 9 // 10]  # robust to a few overlong lines
    near = sum(1 for n in long if n >= WRAP_FULL * width)
    return width if near >= WRAP_SHARE * len(lengths) else None


def _wrapped(prev: str, nxt: str, width: int) -> bool:
    """A full line whose break the wrap forced: the next line's first word would not fit on it.

    A headline over its dateline is long too, but the dateline's first word would have fit.
    """
    head = nxt.split(maxsplit=1)[0]
    return len(prev) >= WRAP_FULL * width and len(prev) + 1 + len(head) > width


def _shouted(block: Block | Line) -> bool:
    """Two or more words, all in capitals: a wire headline or a label."""
    text = block.text
    return len(text.split()) > 1 and text.upper() == text and text.lower() != text


def _soft_break(prev: Line, nxt: Line, vocab: Vocabulary, width: int | None = None) -> bool:
    """Whether the line break between two lines is a stray break inside one paragraph."""
    if prev.bullet or nxt.bullet or not prev.text or not nxt.text:
        return False
    if _shouted(prev) != _shouted(nxt):
        return False  # a headline in capitals stands on its own line
    if width is not None and _wrapped(prev.text, nxt.text, width):
        return True  # a full line of wrapped text: the paragraph goes on
    if _SENTENCE_END.search(prev.text):
        return False
    if nxt.text[0].islower() or prev.text.endswith(("-", ",")):
        return True
    last, first = _LETTER_END.search(prev.text), _LETTER_START.match(nxt.text)
    if not (last and first):
        return False
    stop = lexicon.stopwords(vocab.language)
    if last.group(1).lower() in stop and len(prev.text.split()) > 3:
        return True
    # A word pair the document also writes on one line ("South Korea"), continuing a sentence.
    return len(nxt.text.split()) >= 8 and vocab.has_pair(last.group(1), first.group(1))


def build_blocks(lines: Sequence[Line | None], vocab: Vocabulary) -> list[Block]:
    """Group lines into paragraphs, joining soft breaks (decided on the last physical line)."""
    blocks: list[Block] = []
    parts: list[str] = []
    first: Line | None = None
    last: Line | None = None
    width = wrap_width(lines)
    for line in [*lines, None]:
        if last is not None and line is not None and _soft_break(last, line, vocab, width):
            drop, glue = _glue(last.text[-MAX_WORD_CHARS:], line.text[:MAX_WORD_CHARS], vocab)
            parts[-1] = parts[-1][: len(parts[-1]) - drop]
            parts += [glue, line.text]
            last = line
            continue
        if first is not None and "".join(parts):
            blocks.append(Block("".join(parts), first.bullet))
        first = last = line
        parts = [line.text] if line is not None else []
    return blocks


# ---------------------------------------------------------------- boilerplate rules


def _short(block: Block, limit: int) -> bool:
    """At most `limit` words."""
    return len(block.words) <= limit


_CREDIT_WORDS = (
    r"photo|foto|image|picture|credit|getty|ap|afp|reuters|epa|yonhap|xinhua|pti|file|courtesy|©"
)
_CAPTION_LEAD = re.compile(
    r"^(above|below|pictured|photo|image|picture|caption|top|left|right|main image|file)"
    r"\s*[:|—–-]\s",
    re.I,
)
_TRAIL_CREDIT = re.compile(r"[.!?][\"”’]?\s*\(([^()]{1,60})\)$")
_CREDIT_INSIDE = re.compile(rf"\b({_CREDIT_WORDS})\b", re.I)
_PHOTO_CREDIT = re.compile(
    r"\((AP|AFP|Reuters|EPA|Getty)[^()]*\bPhoto\b[^()]*\)|\(Photo( Credit)?\s*:[^()]*\)|"
    r"\bPhoto( credit)?\s*:\s*[^.]{1,60}$|\bGetty Images\b|\bImage( credit)?\s*:\s",
    re.I,
)


def _is_caption(block: Block) -> bool:
    """A photo caption: a labelled lead, a photo credit, or a sentence ending in `(Agency)`."""
    if not _short(block, 80):
        return False
    if _CAPTION_LEAD.match(block.text) and len(block.words) > 3:
        return True
    trail = _TRAIL_CREDIT.search(block.text) if block.text.endswith(")") else None
    if trail and _is_credit_text(trail.group(1)):
        return True
    lower = block.text.lower()
    cheap = any(w in lower for w in ("photo", "getty", "image"))
    return cheap and len(block.words) > 6 and bool(_PHOTO_CREDIT.search(block.text))


def _is_credit_text(text: str) -> bool:
    """`Yonhap`, `AP Photo/Jane Doe`, `Getty Images`: a name-like credit."""
    words = text.split()
    capitalised = all(w[:1].isupper() or w[:1] in "©/(" for w in words)
    return bool(_CREDIT_INSIDE.search(text)) or (0 < len(words) <= 4 and capitalised)


_CREDIT_LINE = re.compile(
    rf"^(\(?({_CREDIT_WORDS})\b.*|.*\b(getty images|shutterstock|photo credit|image credit)\b.*)$",
    re.I,
)


def _is_credit(block: Block) -> bool:
    """A standalone credit line: `(Yonhap)`, `Image Credit: X`, `Photo: X, AP`."""
    if not _short(block, 10):
        return False
    text = block.text.strip()
    if text.startswith("(") and text.endswith(")") and _is_credit_text(text[1:-1]):
        return True
    return bool(_CREDIT_LINE.match(text)) and not _SENTENCE_END.search(text.rstrip(")"))


_SHARE_WORDS = frozenset(
    [
        "share",
        "shares",
        "sharing",
        "tweet",
        "email",
        "e-mail",
        "print",
        "pin",
        "facebook",
        "twitter",
        "linkedin",
        "whatsapp",
        "reddit",
        "copy",
        "link",
        "comment",
        "comments",
        "save",
        "this",
        "article",
        "story",
        "on",
        "via",
        "messenger",
        "telegram",
        "flipboard",
        "pinterest",
        "x",
        "google",
        "mail",
        "sms",
        "tumblr",
        "follow",
        "us",
    ]
)


_SHARE_LEAD = re.compile(r"^share (this|on|via|all|the story|article|story)\b", re.I)


def _is_share(block: Block) -> bool:
    """A line made of share-button words (and counts: `858 shares`)."""
    if _short(block, 15) and _SHARE_LEAD.match(block.text) and not _SENTENCE_END.search(block.text):
        return True
    words = [w.lower() for w in block.words if not w.isdigit()]
    return 0 < len(words) <= 8 and all(w in _SHARE_WORDS for w in words)


_NEWSLETTER_CALL = re.compile(r"\b(sign up|subscribe|newsletters?)\b", re.I)


def _is_newsletter(block: Block) -> bool:
    """A subscribe/newsletter prompt."""
    return _short(block, 40) and bool(_NEWSLETTER_CALL.search(block.text))


_RELATED = re.compile(
    r"^(related|read more|read also|see also|more from|recommended|also read|most popular|"
    r"most read|latest news|trending|you may also like|more stories|related articles?|"
    r"related stories|related coverage|related content|more on this|watch|listen|see more)\b",
    re.I,
)


_LINK_POINTER = re.compile(
    r"^(follow|more|read|see|visit|watch|listen|find|get)\b.*(https?://|www\.)\S+", re.I
)


def _is_related(block: Block) -> bool:
    """A `Related:` / `Read more` pointer, or a `Follow our coverage at https://...` link."""
    return _short(block, 25) and bool(_RELATED.match(block.text) or _LINK_POINTER.match(block.text))


_SOURCE = re.compile(r"^(source|sources|via)\s*:\s*\S", re.I)


def _is_source_line(block: Block) -> bool:
    """`Source: Agency` footer."""
    return _short(block, 12) and bool(_SOURCE.match(block.text))


_BYLINE = re.compile(r"^(by|written by|posted by|published by|words by|reporting by)\s+\S", re.I)


def _is_byline(block: Block) -> bool:
    """`By Jane Doe` or similar; a whole sentence starting with `By` is text."""
    after = block.words[1:2] if block.words[:1] == ["By"] or block.words[:1] == ["by"] else []
    sentence = len(block.words) > BYLINE_WORDS and bool(_SENTENCE_END.search(block.text))
    sentence = sentence and any(w.islower() for w in after)  # `By noon the river rose.`
    return _short(block, 15) and not sentence and bool(_BYLINE.match(block.text))


_MONTHS = (
    "jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|january|february|march|april|june|"
    "july|august|september|october|november|december|"
    # Portuguese, Spanish, French, German, Italian month names not spelled as in English.
    "janeiro|fevereiro|março|maio|junho|julho|agosto|setembro|outubro|novembro|dezembro|"
    "enero|febrero|marzo|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|"
    "janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|"
    "januar|februar|märz|juni|juli|oktober|dezember|"
    "gennaio|febbraio|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre"
)
_DATEISH = re.compile(
    rf"\b(({_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\.?\s+(de\s+)?({_MONTHS})\b|"
    r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|"
    r"\d{1,2}:\d{2}\s*(am|pm|a\.m\.|p\.m\.|gmt|utc|[a-z]?[SD]T)\b|\b(updated|published|posted)\b)",
    re.I,
)


_STAMP = re.compile(r"\b(19|20)\d\d\b|\d:\d\d|\b(updated|published|posted)\b", re.I)


_READING_TIME = re.compile(
    r"^(\d+\s*(min(ute)?s?|mins?\.?)\s+(read|de leitura|de lectura|de lecture)|"
    r"(reading time|read time|tempo de leitura|tiempo de lectura|temps de lecture|lesezeit)"
    r"\s*:?\s*\d+\s*\w*)$",
    re.I,
)


def _is_reading_time(block: Block) -> bool:
    """`5 min read`, `Reading time: 3 minutes`: page metadata like a date line."""
    return _short(block, 6) and bool(_READING_TIME.match(block.text.strip()))


def _is_date(block: Block) -> bool:
    """A standalone publication date/time line (not an embedded post's signature)."""
    return (
        _short(block, 14)
        and "(@" not in block.text
        and bool(_STAMP.search(block.text))  # a year, a clock time or "updated": not a schedule
        and bool(_DATEISH.search(block.text))
        and not _SENTENCE_END.search(block.text.replace("a.m.", "am").replace("p.m.", "pm"))
    )


_FOOTER = re.compile(
    r"©|\bcopyright\b|all rights reserved|privacy (policy|notice)|terms of (use|service)|"
    r"cookie (policy|settings)",
    re.I,
)


def _is_footer(block: Block) -> bool:
    """Copyright and legal lines."""
    return _short(block, 25) and bool(_FOOTER.search(block.text))


_CATEGORY = re.compile(r"^(categories|category|tags|filed under|topics|sections?)\b\s*:?", re.I)
_BREADCRUMB = re.compile(r"^\w[\w ]{0,30}(\s*[>»›]\s*|\s/\s)\w")
_CRUMB = re.compile(r"\s*[>»›]\s*|\s/\s")


def _is_breadcrumb(block: Block) -> bool:
    """`Home > World > Europe`: every part starts with a capitalised word (not `N / A`)."""
    if not _BREADCRUMB.match(block.text) or _SENTENCE_END.search(block.text):
        return False
    parts = [p.split() for p in _CRUMB.split(block.text)]
    return all(p and p[0][:1].isupper() and len(p[0]) > 1 for p in parts)


def _is_category(block: Block) -> bool:
    """`Categories General`, `Tags: a, b`, breadcrumbs `Home > World`."""
    if _short(block, 15) and bool(_CATEGORY.match(block.text) or _is_breadcrumb(block)):
        return True
    return _is_tag_list(block)


def _is_tag_list(block: Block) -> bool:
    """A long `Tags a, b, c, ...` line: a label, then a comma list with no sentence in it."""
    items = block.text.split(",")
    return (
        _short(block, MAX_TAG_WORDS)
        and len(items) >= MIN_TAGS
        and bool(_CATEGORY.match(block.text))
        and not _SENTENCE_END.search(block.text)
        and all(len(item.split()) <= MAX_TAG_WORDS // MIN_TAGS for item in items)
    )


_TEASER_TAG = re.compile(r"\[[A-Z][A-Z ]{2,20}\]\W*$")
_SHOUT_HEADER = re.compile(r"^(see more|don'?t miss|more|watch|read|also see|popular)\b\W*", re.I)


def _is_teaser(block: Block) -> bool:
    """A promoted headline: `Headline [VIDEO]` or a shouted `SEE MORE:` / `DON'T MISS`."""
    if not _short(block, 25):
        return False
    shout = block.text.upper() == block.text and bool(_SHOUT_HEADER.match(block.text))
    return bool(_TEASER_TAG.search(block.text)) or shout


_CONTACT = re.compile(
    r"[\w.+-]+@[\w-]+\.[\w.]+|\bfollow (us|him|her|them|me)\b|@\w+ on twitter|"
    r"\bmay be reached at\b|\bhave a (news )?tip\b|\breach the (reporter|author|writer)s?\b",
    re.I,
)


def _is_contact(block: Block) -> bool:
    """`Email the author at x@y.z`, `Follow us on Twitter @x`."""
    lower = block.text.lower()
    cheap = "@" in lower or any(w in lower for w in ("follow", "reach", "tip"))
    return cheap and _short(block, 40) and bool(_CONTACT.search(block.text))


_PROMO = re.compile(
    r"\b(click here|get access to|use the code|for as little as|delivered (to|through) your|"
    r"free trial|download (the|our) app)\b",
    re.I,
)


def _is_promo(block: Block) -> bool:
    """A sales pitch for the publication itself."""
    hits = len(_PROMO.findall(block.text)) if block.size <= 100 else 0
    return hits > 0 and _short(block, 20 + 25 * hits)  # more pitch phrases, longer pitch


_CONTRIBUTED = re.compile(r"\bcontributed (reporting )?to this (report|story|article)\b", re.I)
_AGENCY_CREDITS = re.compile(
    r"^\(?(reporting|writing|additional reporting) by\b.*\bedit(ing|ed) by\b", re.I
)


def _is_agency_credits(block: Block) -> bool:
    """Wire-service staff credits: `(Reporting by A; Editing by B)`."""
    if _short(block, 20) and _CONTRIBUTED.search(block.text):
        return True
    if _short(block, 4) and block.text.startswith("[") and block.text.endswith("]"):
        return True  # a bare source tag: [Agency]
    return _short(block, 45) and bool(_AGENCY_CREDITS.match(block.text))


_GALLERY = re.compile(
    r"^((image|photo|picture|slide)\s+)?\d{1,3}\s*(/|of)\s*\d{1,3}$|"
    r"^((back to|view|open|close|next|previous|prev|see)( the| full)?\s+)?"
    r"(gallery|image|photo|picture|slide|slideshow)s?$|^(caption|close|enlarge|expand)$",
    re.I,
)


def _is_gallery(block: Block) -> bool:
    """A photo gallery's controls: `1 / 5`, `Image 3 of 12`, `Back to Gallery`, `Close`."""
    return _short(block, 5) and bool(_GALLERY.match(block.text.strip()))


def _is_ad(block: Block) -> bool:
    """Advertisement markers."""
    return block.text.strip().lower() in {"advertisement", "advertising", "sponsored", "ad"}


# Ordered: the first rule that matches names the removal.
RULES: tuple[tuple[str, Callable[[Block], bool]], ...] = (
    ("source-line", _is_source_line),
    ("caption", _is_caption),
    ("date", _is_date),
    ("date", _is_reading_time),
    ("credit", _is_credit),
    ("share", _is_share),
    ("newsletter", _is_newsletter),
    ("related", _is_related),
    ("byline", _is_byline),
    ("credit", _is_agency_credits),
    ("related", _is_teaser),
    ("contact", _is_contact),
    ("promo", _is_promo),
    ("category-header", _is_category),
    ("footer", _is_footer),
    ("ad", _is_ad),
    ("menu", _is_gallery),
)


def rule_kind(block: Block) -> str | None:
    """The boilerplate kind a rule gives this block, or None."""
    if block.size > MAX_RULE_WORDS:
        return None  # no rule names a long paragraph: skip them all
    return next((kind for kind, test in RULES if test(block)), None)


# ---------------------------------------------------------------- weighing and the body span


def stop_density(block: Block, stop: frozenset[str]) -> float:
    """Share of the block's words that are stop words."""
    words = block.words
    return sum(w.lower() in stop for w in words) / len(words) if words else 0.0


def _sentence_like(block: Block) -> bool:
    """A few words ending like a sentence."""
    return block.size >= 3 and bool(_SENTENCE_END.search(block.text))


def _title_case(block: Block) -> bool:
    """Most words capitalised: a menu item or headline, not running text."""
    words = [w for w in block.words if w[:1].isalpha()]
    return len(words) >= 2 and sum(w[0].isupper() for w in words) / len(words) > 0.6


def weight(block: Block, stop: frozenset[str], kind: str | None) -> float:
    """How much this paragraph looks like article text (>0) or page furniture (<0)."""
    n = block.size
    if kind is not None:
        # Named furniture is removed anyway; captions and pointers even sit inside articles,
        # so they only weigh a little against the span.
        return -(2.0 + 0.5 * n) if kind in INLINE_KINDS else -(n + 3.0)
    sentence = bool(_SENTENCE_END.search(block.text))
    density = stop_density(block, stop) if stop else (0.4 if sentence else 0.0)
    if n >= 3 and sum(w.isdigit() for w in block.words) / n >= NUMERIC:
        return 0.3 * n  # a table row or a results line: data, not furniture
    if n < LENGTH_LOW / 6 or (not sentence and n < LONG_UNPUNCTUATED):
        if sentence and n >= 3 and density > 0:
            return 0.2 if block.bullet else 1.0
        return -2.0 - 0.2 * n - (2.0 if block.bullet else 0.0)
    if density >= STOP_HIGH or (not stop and sentence):
        return float(n)
    if density >= STOP_LOW or (sentence and density >= STOP_SENTENCE):
        return 0.5 * n
    return -0.5 * n


def escalate(weights: Sequence[float]) -> list[float]:
    """Make long runs of furniture cost more than their parts, and isolated text count less.

    Inside an article, junk comes one or two lines at a time (a caption, a subheading); between
    the article and a list of teasers it comes in long runs; a teaser's blurb stands alone.
    """
    out: list[float] = []
    run = 0
    for i, w in enumerate(weights):
        if w <= 0:
            run += 1
            out.append(w * (1.0 + GAP_GROWTH * (run - 1)))
            continue
        run = 0
        prev_bad = i == 0 or weights[i - 1] <= 0
        next_bad = i + 1 == len(weights) or weights[i + 1] <= 0
        out.append(w * ISOLATED if prev_bad and next_bad else w)
    return out


def best_span(weights: Sequence[float]) -> tuple[int, int, float]:
    """The run [start, end) with the largest total weight (Kadane, linear)."""
    best, best_start, best_end = 0.0, 0, 0
    total, start = 0.0, 0
    for i, w in enumerate(weights):
        if total <= 0:
            total, start = 0.0, i
        total += w
        if total > best:
            best, best_start, best_end = total, start, i + 1
    return best_start, best_end, best


# Rule-named kinds that only a web page has; dates, bylines, credits and captions also come
# with wire copy and print articles, so they are no evidence of a page.
PAGE_KINDS = frozenset(
    {"share", "newsletter", "related", "footer", "category-header", "promo", "ad"}
)
_MENU_JOINERS = frozenset({"and", "&", "of", "the"})


def _menu_word(word: str) -> bool:
    """A word of a navigation link: capitalised letters (`News`, `U.S.`), or a joiner."""
    bare = word.strip(".'’-")
    return word in _MENU_JOINERS or (bare[:1].isupper() and bare.replace(".", "").isalpha())


def _menu_item(block: Block) -> bool:
    """A navigation link: one to three capitalised words, no digits, nothing at the end.

    Several capitalised words all in capitals are a table header or a fixture, not a link.
    """
    words = block.text.split()
    shouted = len(words) > 1 and block.text.upper() == block.text
    return (
        0 < len(words) <= MENU_ITEM_WORDS
        and block.text[-1:].isalnum()
        and not shouted
        and (_has_unspaced(block.text) or all(_menu_word(w) for w in words))
    )


def _menu_run(blocks: Sequence[Block]) -> bool:
    """A run of navigation links, as a page's menus and footers have.

    Links are mostly single words (Home, World, Sport); a list of names or fixtures is not.
    """
    run: list[Block] = []
    for block in [*blocks, None]:
        if block is not None and _menu_item(block):
            run.append(block)
            continue
        single = sum(len(b.text.split()) == 1 for b in run)
        if len(run) >= MENU_RUN and 2 * single >= len(run):
            return True
        run = []
    return False


def _title_recurs(blocks: Sequence[Block]) -> bool:
    """The first line (a page's <title>) or a part of it comes back as a line of its own."""
    titles = title_candidates(blocks[0].text) if blocks else set()
    return any(b.text.strip() in titles for b in blocks[1:])


def looks_like_page(blocks: Sequence[Block], kinds: Sequence[str | None]) -> bool:
    """Whether the text shows web-page furniture: a web-only rule kind, menus, a repeated title.

    Without such evidence it is a plain article (wire copy, a pasted story), and only what the
    rules name may go: results tables, score lists and short lines are content there.
    """
    return bool(PAGE_KINDS.intersection(kinds)) or _menu_run(blocks) or _title_recurs(blocks)


def echoes_title(text: str, title: str | None) -> bool:
    """A line saying the headline again in other words: half its words are the title's."""
    if title is None:
        return True  # no known title: any headline-like line may be one
    words = {w.lower() for w in WORD.findall(text)}
    known = {w.lower() for w in WORD.findall(title)}
    return bool(words) and len(words & known) >= ECHO_SHARE * min(len(words), len(known))


def trim_edges(
    blocks: Sequence[Block],
    kinds: Sequence[str | None],
    weights: Sequence[float],
    title: str | None = None,
) -> tuple[int, int, float]:
    """The extractor already chose the body: only trim furniture at its two ends.

    Leading lines that are neither sentences nor data go when they repeat the headline
    (a subheading or a dateline in capitals is the article's own);
    at the end, lists go only after a rule names a related/newsletter/share/footer block,
    because a trailing list may be content (a table of results, a list of teams).
    """
    positive = [i for i, w in enumerate(weights) if w > 0]
    if not positive:
        # Nothing reads as prose (a calendar, a table): only the headline said again goes.
        same = title is not None and bool(blocks) and blocks[0].text == title
        return (1 if same and len(blocks) > 1 else 0), len(blocks), 0.0
    start = 0
    while start < positive[0] and (
        kinds[start] or (_title_like(blocks[start]) and echoes_title(blocks[start].text, title))
    ):
        start += 1
    end = len(blocks)
    substantial = [i for i in positive if weights[i] > 1.0] or positive
    tail = range(substantial[-1] + 1, len(blocks))
    cut = next((i for i in tail if kinds[i] in _TAIL_MARKERS), None)
    if cut is not None:
        end = cut
    return start, end, sum(w for w in weights[start:end] if w > 0)


_TAIL_MARKERS = frozenset({"related", "newsletter", "share", "footer", "ad", "promo"})


_TITLE_SEPARATORS = re.compile(r"\s+[|–—·:-]\s+|\s+[-–—]\s*$")


def title_candidates(first: str) -> set[str]:
    """The page title (a whole-page copy starts with it) and its parts around `|`, `-`, `:`."""
    parts = {p.strip() for p in _TITLE_SEPARATORS.split(first)}
    return {p for p in {first.strip(), *parts} if len(p.split()) >= MIN_TITLE_WORDS}


def page_body(blocks: Sequence[Block], weights: Sequence[float]) -> tuple[int, int, float]:
    """The best span; when the page title recurs as a headline, the best span right after it.

    A copied page often starts with its <title>; where the same words come back as a line of
    their own, the article starts a few lines below (after byline and date).
    """
    overall = best_span(weights)
    titles = title_candidates(blocks[0].text) if blocks else set()
    heads = [i for i in range(1, len(blocks)) if blocks[i].text.strip() in titles]
    for head in heads:
        start, end, total = best_span(weights[head + 1 :])
        if total > 0 and start < TITLE_LOOKBACK:
            return head + 1 + start, head + 1 + end, total
    return overall


# ---------------------------------------------------------------- headline and removals


def _title_like(block: Block) -> bool:
    """A headline: a few words, not a full sentence ending in a period, not a list item."""
    n = len(block.words)
    return (
        2 <= n <= MAX_TITLE_WORDS
        and not block.bullet
        and (not block.text.endswith((".", ",", ":", ";")) or _shouted(block))
        and rule_kind(block) is None
    )


def find_headline(blocks: Sequence[Block], start: int) -> int | None:
    """Index of the headline just before the body start, skipping bylines, dates, captions.

    The page title (a copied page's first line) recurring there wins over any guess.
    """
    titles = title_candidates(blocks[0].text) if blocks else set()
    window = range(start - 1, max(start - TITLE_LOOKBACK, 1) - 1, -1)
    recurring = next((i for i in window if blocks[i].text.strip() in titles), None)
    if recurring is not None:
        return recurring
    skippable = {"byline", "date", "caption", "credit", "share", "ad"}
    for i in range(start - 1, max(start - TITLE_LOOKBACK, 0) - 1, -1):
        block = blocks[i]
        if _title_like(block):
            return i
        if rule_kind(block) not in skippable and len(block.words) > 3:
            return None
    return None


def _outside_kind(block: Block, before_body: bool) -> str:
    """Name a paragraph outside the body that no rule named."""
    if before_body:
        return "menu"
    return "related" if len(block.words) >= 4 and not block.bullet else "footer"


_GROUPED = frozenset({"menu", "related", "footer", "boilerplate"})


def merge_removals(removals: Sequence[Removal]) -> tuple[Removal, ...]:
    """Merge consecutive list-like removals of the same kind into one record (one per line)."""
    groups: list[list[Removal]] = []
    for r in removals:
        if groups and r.kind in _GROUPED and groups[-1][0].kind == r.kind:
            groups[-1].append(r)
        else:
            groups.append([r])
    return tuple(Removal(g[0].kind, "\n".join(r.text for r in g)) for g in groups)


# ---------------------------------------------------------------- the stage


def layout_of(article: Article, blocks: Sequence[Block], kinds: Sequence[str | None]) -> str:
    """`html` (the extractor chose the body), `page` (a whole-page copy) or `plain` (a story)."""
    if article.is_html:
        return "html"
    return "page" if looks_like_page(blocks, kinds) else "plain"


def body_span(
    blocks: Sequence[Block],
    kinds: Sequence[str | None],
    weights: Sequence[float],
    layout: str,
    title: str | None = None,
) -> tuple[int, int, float]:
    """The [start, end) span of the article body and its weight."""
    if layout == "html":
        return trim_edges(blocks, kinds, weights, title)
    if layout == "page":
        return page_body(blocks, escalate(weights))
    # A plain article: nothing to cut but what the rules name, and a headline on top.
    start = 1 if _starts_with_headline(blocks, kinds) else 0
    return start, len(blocks), sum(max(w, 0.0) for w in weights)


_UNDER_HEADLINE = frozenset({"date", "byline", "credit", "caption", "source-line"})


def _starts_with_headline(blocks: Sequence[Block], kinds: Sequence[str | None]) -> bool:
    """A short first line over a longer paragraph or a dateline: a headline, not a lead.

    A dateline or byline may sit between the two; wire copy (headline, dateline, body) and a
    headline in capitals may end in a stop.
    """
    if len(blocks) < 2 or kinds[0] is not None or blocks[0].bullet:
        return False
    first = blocks[0]
    dated = "date" in kinds[1:WIRE_HEADER]
    if not (_title_like(first) or (dated and 2 <= len(first.words) <= MAX_TITLE_WORDS)):
        return False
    if first.size > PLAIN_TITLE_WORDS or first.text.endswith(("?", "!", '"', "”")):
        return False
    rest = zip(blocks[1:], kinds[1:], strict=True)
    below = next((b for b, k in rest if k not in _UNDER_HEADLINE), None)
    if below is None:
        return False
    if dated or _sentence_like(below):
        return dated or below.size >= 2 * first.size
    return _shouted(first) and not _shouted(below) and below.size > first.size


def sort_blocks(
    blocks: Sequence[Block],
    kinds: Sequence[str | None],
    span: tuple[int, int],
    headline: int | None,
    title: str | None,
) -> tuple[list[str], list[Removal], str | None]:
    """Kept paragraphs, removal records (document order) and the title."""
    start, end = span
    removed: list[Removal] = []
    kept: list[str] = []
    for i, (block, kind) in enumerate(zip(blocks, kinds, strict=True)):
        if i == headline or (title is not None and i < start and block.text == title):
            title = title or block.text
            removed.append(Removal("headline", block.text))
        elif start <= i < end and kind is None:
            kept.append(block.text)
        else:
            removed.append(Removal(kind or _outside_kind(block, i < start), block.text))
    return kept, removed, title


def headline_index(
    blocks: Sequence[Block], start: int, layout: str, title: str | None
) -> int | None:
    """Which block is the headline: a plain story's first line, else a title-like line above."""
    if title is not None:
        return None
    if layout == "plain":
        return 0 if start == 1 else None
    return find_headline(blocks, start)


def clean(article: Article) -> Article:
    """Return the article with repaired paragraphs, the body only, and what was removed."""
    vocab = build_vocabulary(article.text)
    blocks = build_blocks(split_lines(article.text), vocab)
    stop = lexicon.stopwords(vocab.language)
    kinds = [rule_kind(b) for b in blocks]
    weights = [weight(b, stop, k) for b, k in zip(blocks, kinds, strict=True)]
    layout = layout_of(article, blocks, kinds)
    start, end, total = body_span(blocks, kinds, weights, layout, article.title)
    if total <= 0 and layout == "page" and not any(_sentence_like(b) for b in blocks):
        raise NoTextError(f"no article text in {article.source}")
    if total <= 0 and layout == "page":
        start, end = 0, len(blocks)  # nothing stands out: keep what the rules do not name
    headline = headline_index(blocks, start, layout, article.title)
    kept, removed, title = sort_blocks(blocks, kinds, (start, end), headline, article.title)
    if not kept:
        raise NoTextError(f"no article text left after cleaning {article.source}")
    return article.with_changes(
        text="\n\n".join(kept),
        title=title,
        removed=(*article.removed, *merge_removals(removed)),
        # The page's own language tag wins; pasted text gets the stop-word guess as a code.
        language=article.language or lexicon.language_code(vocab.language),
    )
