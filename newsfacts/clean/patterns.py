"""The cleaner's regexes, compiled in one place from the vocabulary in `words.en.boilerplate`."""

from __future__ import annotations

import re

from newsfacts import lazyre
from newsfacts.words.en import boilerplate as bp
from newsfacts.words.en.press import AGENCIES


def _any(words: tuple[str, ...]) -> str:
    """An alternation of the given words or regex sources, in their order."""
    return "|".join(words)


_CASE_KEPT = re.compile(r"\(\?-i:([^()\[\]{}\\.^$|?*+]*)\)(?![?*{])")  # '(?-i:Spenden Sie)'


def _outer_runs(source: str) -> list[str]:
    """The runs of plain characters of a regex source outside its groups (a case-kept group of
    plain words counts as plain), less a character a quantifier makes optional: each is in
    every match; none when the source has `|` outside its groups."""
    source = _CASE_KEPT.sub(r"\1", source)
    runs, run, depth, i = [], "", 0, 0
    while i < len(source):
        c = source[i]
        i += 1
        if c == "\\":  # an escape ('\\s', '\\d'): no plain character
            i += 1
        elif c == "[":  # a class of characters
            i = source.index("]", i + 1) + 1
        elif c == "{":  # a counted repeat: the character before may be missing
            i = source.index("}", i) + 1
            run = run[:-1]
        elif c in "?*":
            run = run[:-1]  # 'newsletters?': the 's' may be missing
        elif c == "|" and depth == 0:
            return []
        elif c in "().^$|+":
            depth += (c == "(") - (c == ")")
        elif depth == 0:
            run += c
            continue
        runs.append(run)
        run = ""
    return [*runs, run]


def hint(source: str) -> str:
    """A text, in small letters, that every case-blind match of a regex source contains: its
    longest outer run ('ap(ó|o)yanos' needs 'yanos'), else '' (which every text contains)."""
    return max(["", *_outer_runs(source)], key=len).lower()


CREDIT_WORDS = _any(bp.CREDIT_WORDS)
CAPTION_LEAD = re.compile(rf"^({_any(bp.CAPTION_LABELS)})\s*[:|—–-]\s", re.I)
TRAIL_CREDIT = re.compile(r"[.!?][\"”’]?\s*\(([^()]{1,60})\)$")
CREDIT_INSIDE = re.compile(rf"\b({CREDIT_WORDS})\b", re.I)
PHOTO_CREDIT = re.compile(
    rf"\(({_any(bp.PHOTO_AGENCIES)})[^()]*\bPhoto\b[^()]*\)|\(Photo( Credit)?\s*:[^()]*\)|"
    r"\bPhoto( credit)?\s*:\s*[^.]{1,60}$|\bGetty Images\b|\bImage( credit)?\s*:\s|"
    # the label in the other page languages closing a caption ("… erneuert. Foto: Ina Roth/dpa",
    # "Crédit photo : AFP"), or a news agency and its photographer ("… de archivo. EFE/Ana Gil")
    r"\b(?:Fotos?|Crédit photo)\s*:\s*[^.]{1,60}$|"
    rf"\b(?i:{'|'.join(sorted(AGENCIES))})/(?-i:[A-ZÀ-Þ][\w'-]+(?: [A-ZÀ-Þ][\w'-]+){{0,2}})$",
    re.I,
)
CREDIT_LINE = re.compile(
    rf"^(\(?({CREDIT_WORDS})\b.*|.*\b({_any(bp.CREDIT_PHRASES)})\b.*)$",
    re.I,
)
SHARE_LEAD = re.compile(rf"^share ({_any(bp.SHARE_OBJECTS)})\b", re.I)
NEWSLETTER_CALL = lazyre.lazy(
    rf"\b({_any(bp.NEWSLETTER_CALLS)})\b",
    re.I,
    needs=tuple(hint(call) for call in bp.NEWSLETTER_CALLS),
)  # its case-blind scan only in a block with a call's words (few blocks)
# Words of a prompt to the reader: 'you', 'our', 'send me', 'click', 'free', a link, an opening
# call; in the page languages too ('Sie', 'du', 'unser', 'kostenlos', 'vous', 'tu', 'uw').
READER_CALL = re.compile(
    r"\b(?:you|your|our|me|click|inbox|e-?mails?|free|here|today|now|du|dich|dein\w*|unser\w*"
    r"|kostenlos\w*|gratis|jetzt|hier|vous|votre|notre|nos|tu|usted|nuestro\w*|je|jouw|uw|onze)\b"
    rf"|(?-i:\b(?:Sie|Ihnen|Ihr\w*)\b)|https?://|www\.|@|^\W*(?:{_any(bp.NEWSLETTER_CALLS)})\b",
    re.I,
)
RELATED = re.compile(rf"^({_any(bp.RELATED_LEADS)})\b", re.I)
# A pointer marked as one ('Read more: …', 'Lire aussi | …'): a line of its own, the story below.
POINTER_LINE = re.compile(rf"^({_any(bp.RELATED_LEADS)})(?:\s*[:|>›»–—]|\s+-)", re.I)
MORE_STORIES = re.compile(rf"^({_any(bp.MORE_STORIES_HEADINGS)})\W*$", re.I)
LINK_POINTER = re.compile(rf"^({_any(bp.LINK_VERBS)})\b.*(https?://|www\.)\S+", re.I)
SOURCE = re.compile(rf"^({_any(bp.SOURCE_LABELS)})\s*:\s*\S", re.I)
BYLINE = re.compile(rf"^({_any(bp.BYLINE_LEADS)})\s+\S", re.I)
_NAME_WORD = r"[^\W\d_a-z][^\W\d_]*(?:[-'’][^\W\d_]+)?\.?"  # "Bellini", "O'Neill", "J."
_NAME_LINK = r"(?:van|von|de|der|del|della|da|di|dos|le|la)"  # no "und": "Von Risiken und…"
_ONE_NAME = rf"{_NAME_WORD}(?:\s+(?:{_NAME_LINK}\s+)?{_NAME_WORD}){{1,3}}"
_AUTHOR_LINK = r"(?:,|&|und|and|et|y|e|en)"  # "Von Markus Lindner und Eva Roth"
NAME_BYLINE = re.compile(
    rf"^(?:{_any(bp.NAME_BYLINE_LEADS)})\s+{_ONE_NAME}(?:\s*{_AUTHOR_LINK}\s+{_ONE_NAME}){{0,3}}"
    rf"(?:\s*\|\s*{_NAME_WORD}(?:\s+{_NAME_WORD}){{0,2}})?$"
)  # "di Marco Bellini", "door Jan de Vries", "Por Ana Ruiz y Luis Gil | Sevilla": names only
# A byline naming the paper's own staff, no name: "Door onze verslaggever", "Von unserem
# Korrespondenten", "De notre correspondant", "Dal nostro inviato", "Por nuestro corresponsal".
STAFF_BYLINE = re.compile(
    r"^(?i:by|von|door|van|de|par|por|de|dal|dalla|di|da|do)\s+"
    r"(?i:our|unserem|unserer|unseren|onze|ons|notre|nos|nuestro|nuestra|nuestros|nostro|nostra"
    r"|nostri|nosso|nossa|nossos)\s+[^\W\d_]+(?:[ -][^\W\d_]+){0,3}$"
)
_MONTHS = _any(bp.MONTHS)
_STAMP_WORDS = _any(bp.STAMP_WORDS)
_STAMP_LEADS = rf"^(?:{_any(bp.STAMP_LEADS)})\b"
DATEISH = re.compile(
    rf"\b(({_MONTHS})\.?\s+\d{{1,2}}|\d{{1,2}}\.?\s+(de\s+)?({_MONTHS})\b|"
    r"\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|"
    rf"\d{{1,2}}:\d{{2}}\s*({_any(bp.CLOCK_SUFFIXES)})\b|\b({_STAMP_WORDS})\b|{_STAMP_LEADS})",
    re.I,
)
# A wire dateline alone on its line, its year left out: "WARSAW, February 26 (Xinhua) --".
# The closing dash marks it (a schedule line "Friday, March 3" has none).
WIRE_DATELINE = re.compile(
    rf"^[A-Z][^\n]{{0,50}}?\b(?i:{_MONTHS})\.?\s+\d{{1,2}}\s*(\([^()\n]{{1,30}}\)\s*)?(--|—|–)$"
)
STAMP = re.compile(rf"\b(19|20)\d\d\b|\d:\d\d|\b({_STAMP_WORDS})\b|{_STAMP_LEADS}", re.I)
READING_TIME = re.compile(
    rf"^(\d+\s*({bp.READING_UNITS})\s+({_any(bp.READING_WORDS)})|"
    rf"({_any(bp.READING_LABELS)})"
    r"\s*:?\s*\d+\s*\w*)$",
    re.I,
)
FOOTER = re.compile(_any(bp.FOOTER_PHRASES), re.I)
CATEGORY = re.compile(rf"^({_any(bp.CATEGORY_LABELS)})\b\s*:?", re.I)
BREADCRUMB = re.compile(r"^\w[\w ]{0,30}(\s*[>»›]\s*|\s/\s)\w")
CRUMB = re.compile(r"\s*[>»›]\s*|\s/\s")
ARROW_CRUMB = re.compile(r"[>»›]")
TEASER_TAG = re.compile(r"\[[A-Z][A-Z ]{2,20}\]\W*$")
SHOUT_HEADER = re.compile(rf"^({_any(bp.SHOUTED_LEADS)})\b\W*", re.I)
CONTACT = re.compile(_any(bp.CONTACT_PHRASES), re.I)
PROMO = re.compile(rf"\b({_any(bp.PROMO_PHRASES)})\b", re.I)
# What every pitch phrase holds, in small letters: a block without any is no pitch, and skips
# PROMO's case-blind scan (most blocks; 'ap' and 'fa', the starts of two phrases, are in most).
PROMO_HINTS = tuple(hint(phrase) for phrase in bp.PROMO_PHRASES)
CONTRIBUTED = re.compile(bp.CONTRIBUTED, re.I)
AGENCY_CREDITS = re.compile(rf"^\(?({_any(bp.STAFF_CREDIT_LEADS)}) by\b.*\b{bp.EDITING} by\b", re.I)
GALLERY = re.compile(
    rf"^(({_any(bp.GALLERY_ITEMS)})\s+)?\d{{1,3}}\s*(/|{_any(bp.GALLERY_OF)})\s*\d{{1,3}}$|"
    rf"^(({_any(bp.GALLERY_VERBS)})( the| full)?\s+)?"
    rf"({_any(bp.GALLERY_NOUNS)})s?$|^({_any(bp.GALLERY_BUTTONS)})$",
    re.I,
)
