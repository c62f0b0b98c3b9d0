"""Line repair: join the stray line breaks inside a paragraph, decided by the evidence.

A break is soft when the next line continues in lower case, a hyphenated or mid-word break is
confirmed by the document's own vocabulary and a lexicon, a word pair is seen elsewhere in the
document, or a hard-wrapped text's full line forced it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfacts import lexicon
from newsfacts.clean.blocks import SENTENCE_END, Block, Line, Vocabulary, known, shouted
from newsfacts.clean.patterns import POINTER_LINE
from newsfacts.clean.person_names import name_byline
from newsfacts.words.en.boilerplate import SPEECH_ENDS

_LETTER_END = re.compile(r"(\w+)$")
_LETTER_START = re.compile(r"^(\w+)")
# A clause of attribution ending a line: a comma or a closing quote, then at most three words
# and the verb (', a déclaré', '," she said'); a headline ending "…what Google says" has none.
_ATTRIBUTION_END = re.compile(r"[,”\"»“]\s*(?:[\w'’-]+\s+){0,3}[\w'’-]+$")
_HYPHEN_END = re.compile(r"(\w+)-$")
# Hard-wrapped text has many lines of 40 to 100 characters, most of them within a quarter of
# the wrap column.
MIN_WRAP = 40
MAX_WRAP = 100
WRAP_FULL = 0.75
WRAP_SHARE = 0.5
MIN_WRAPPED_LINES = 4
MAX_WORD_CHARS = 80  # a line-break decision looks at this much on each side


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
        return (1, "") if not keep and known(x + y, vocab) else (0, "")
    tail = _LETTER_END.search(left)
    if tail and head and right[0].islower():
        x, y = tail.group(1), head.group(1)
        # The joined form must be attested where the pieces are not (situat|ion, not for|all).
        joined_seen = vocab.words[(x + y).lower()] > 0 or lexicon.is_word(x + y, vocab.language)
        if joined_seen and not (known(x, vocab, 2) and known(y, vocab, 2)):
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


def _soft_break(prev: Line, nxt: Line, vocab: Vocabulary, width: int | None = None) -> bool:
    """Whether the line break between two lines is a stray break inside one paragraph."""
    if prev.bullet or nxt.bullet or not prev.text or not nxt.text:
        return False
    if shouted(prev) != shouted(nxt):
        return False  # a headline in capitals stands on its own line
    if POINTER_LINE.match(prev.text) and not nxt.text[0].islower():
        return False  # 'Read more: …' points at one headline; the story goes on below it
    if width is not None and _wrapped(prev.text, nxt.text, width):
        return True  # a full line of wrapped text: the paragraph goes on
    if SENTENCE_END.search(prev.text):
        return False
    last, first = _LETTER_END.search(prev.text), _LETTER_START.match(nxt.text)
    stop = lexicon.stopwords(vocab.language)
    broken = nxt.text[0].islower() and last is not None and last.group(1).lower() in stop
    if name_byline(nxt.text) and not broken:
        return False  # "di Marco Bellini", "Door Jan de Vries" under a headline; a small lead
        # after a small word goes on its line ("…uitspraak van / de Hoge Raad")
    if nxt.text[0].islower() or prev.text.endswith(("-", ",")):
        return True
    if not (last and first):
        return False
    if last.group(1).lower() in SPEECH_ENDS and _ATTRIBUTION_END.search(prev.text):
        return True  # '…», a déclaré / Mathieu Roche, délégué syndical': the speaker follows
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
