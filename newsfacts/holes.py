"""Sentence integrity: find the holes an extractor leaves where inline words (link text) were lost.

A hole is a function word or a comma followed by punctuation ("especially high for ." /
"pulling for , and ."), or an empty pair of brackets: no writer puts a space between "for" and
a full stop, but an extractor that drops a link's text does.
"""

from __future__ import annotations

import re

# Words that never end a clause before a stop or a comma: prepositions, articles, conjunctions
# (English, German, the Romance languages, Polish).
_FUNCTION_WORDS = (
    "of|for|to|in|at|by|with|from|about|into|as|than|via|including|between|through|towards?|"
    "and|or|the|a|an|"
    "von|vom|für|mit|bei|zu|zum|zur|auf|aus|nach|über|im|am|der|die|das|den|dem|des|und|oder|"
    "ein|eine|einer|einem|"
    "de|del|la|el|los|las|en|con|por|para|y|et|le|les|du|des|à|au|aux|avec|pour|sur|da|do|dos|"
    "em|na|no|"
    "w|z|ze|od|dla|przez|oraz"
)
_GAP = r"[^\S\n]+"  # spaces within one line
_END = r"(?=\s|$)"  # a lone mark: not "./path", ".tar" or "..."
HOLE = re.compile(
    rf"(?<![\w'’-])(?:{_FUNCTION_WORDS}){_GAP}[,.;)]{_END}"  # "high for ." / "for , and"
    rf"|,{_GAP}[,.;)]{_END}"  # ", ," / ", ."
    rf"|\({_GAP}\)",  # "( )": a call "f()" has no space inside
    re.IGNORECASE,
)


def has_hole(text: str) -> bool:
    """True when the text shows a hole left by lost inline words."""
    return HOLE.search(text) is not None


def hole_count(text: str) -> int:
    """How many holes the text shows."""
    return len(HOLE.findall(text))
