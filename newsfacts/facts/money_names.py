"""Names that are part of an amount: 'US' of 'US$ 45 millones', 'HK' of 'HK$ 20 millones',
'EUR' of 'EUR 4,5 miljoen', 'US' of '30 millions $US'. A name the text shows only inside a
money fact's words is the currency's, no person, organisation or place of the story."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfacts.model import Fact

NAMED = ("person", "organization", "place")


def outside_money(named: Sequence[Fact], figures: Sequence[Fact], text: str) -> list[Fact]:
    """The names less those found only inside the amounts of the text."""
    money = sorted({f.text for f in figures if f.kind == "money"}, key=len, reverse=True)
    if not money:
        return list(named)
    rest = text
    for amount in money:
        rest = rest.replace(amount, " ")
    return [f for f in named if f.kind not in NAMED or not _inside(f, money, rest)]


def _inside(fact: Fact, money: list[str], rest: str) -> bool:
    """Whether every form of the name stands in an amount and nowhere else."""
    forms = [form for form in (fact.text, *fact.aliases) if form]
    in_amount = any(_told(form, amount) for form in forms for amount in money)
    return in_amount and not any(_told(form, rest) for form in forms)


def _told(form: str, text: str) -> bool:
    """The form as a word of the text (letters apart from it: 'US' in 'US$', not in 'USA')."""
    return re.search(rf"(?<![^\W\d_]){re.escape(form)}(?![^\W\d_])", text) is not None
