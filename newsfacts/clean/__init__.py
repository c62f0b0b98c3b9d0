"""Clean stage: repair stray line breaks, find the article body, keep a record of every removal.

Plain text (whole-page paste) and trafilatura's output go through the same steps:

1. lines -> paragraphs (`lines`): blank lines separate paragraphs; single line breaks are joined
   when the evidence says they are soft (lower-case continuation, hyphenated or mid-word break
   decided by the document's own vocabulary and a lexicon, a word pair seen elsewhere in the
   document);
2. each paragraph is named by a registry of boilerplate rules (`rules`: caption, credit, share,
   ...; their kinds and what each kind means for the body are in `kinds`) and weighed by how
   sentence-like it is (`weigh`: length, stop-word density, end punctuation), in the spirit of
   jusText but without markup;
3. the article is the run of paragraphs with the largest total weight (`body`, one linear
   pass), and the headline is the title-like line just before it (`headline`).

`stage.clean` runs them; the vocabulary lives in `newsfacts.words.en.boilerplate`.
"""

from __future__ import annotations

from newsfacts.clean.kinds import RemovalKind
from newsfacts.clean.stage import clean

__all__ = ["RemovalKind", "clean"]
