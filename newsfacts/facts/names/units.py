"""Things the text counts, not names: an acronym the text also puts in the plural ('las OPAs',
'de ADR's': offers and receipts, no body's name), in the languages where that was measured
(Spanish, Dutch)."""

from __future__ import annotations

import re
from dataclasses import replace
from types import ModuleType

from newsfacts.facts.names.model import Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
PLURAL_CODE = re.compile(r"\b([A-Z]{2,6})(?:s|'s)\b")  # 'OPAs', 'ADR's'


def counted_units(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans, with each that names a counted thing left with no kind."""
    if not getattr(words, "COUNTED_UNITS", False):
        return spans
    texts = {id(item): item.text for item, _, _ in spans}.values()
    codes = {m.group(1) for text in texts for m in PLURAL_CODE.finditer(text)}
    counted = codes | {f"{code}s" for code in codes}
    return [
        (item, tokens, replace(s, label=None, reason=""))
        if s.text in counted
        else (item, tokens, s)
        for item, tokens, s in spans
    ]
