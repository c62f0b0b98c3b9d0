"""Name mentions of one text, with the title, affiliation and acronym around them."""

from __future__ import annotations

import re

from newsfacts.facts import places
from newsfacts.facts.names.cues import (
    context_of,
    date_word,
    dateline_after,
    dateline_place,
    dotted_suffix,
    first_name,
    running_text,
)
from newsfacts.facts.names.model import Context, Mention, Text
from newsfacts.facts.names.spans import (
    LEADING_FUNCTION_WORDS,
    after_code,
    capital_runs,
    drop_initial,
    long_names,
    lowercase_role_before,
    name_pieces,
    strip_misc_prefix,
)
from newsfacts.facts.tokens import CONTRACTION, Token, tokenize
from newsfacts.words import split_words
from newsfacts.words.en.function import STOPWORDS
from newsfacts.words.en.numbers import CURRENCY_CODES
from newsfacts.words.en.orgs import NON_ENTITIES, THING_CODES
from newsfacts.words.en.press import AGENCIES, SAY_VERBS
from newsfacts.words.en.titles import OFFICE_WORDS, ROLE_WORDS, TITLES

_ACRONYM_IN_PARENS = re.compile(r"^[A-Z][A-Za-z.&]{1,9}$")


def mentions_in(item: Text, ctx: Context, order: list[int]) -> list[Mention]:
    """Every name mention in one text."""
    tokens = tokenize(item.text)
    if not running_text(item):
        return []  # headline-style text is matched against known names later
    out: list[Mention] = []
    for i, j in long_names(tokens, list(capital_runs(tokens))):
        initial = i == 0 or tokens[i - 1].text in ('"', "“", "(", "‘", "`", "'", "-", "--", ":")
        if initial and not (i == 0 and dateline_place(tokens) == j):  # "LA CORUNA, Spain"
            i = drop_initial(tokens, i, j, ctx)
        while i < j - 1 and tokens[i].text in LEADING_FUNCTION_WORDS:
            i += 1  # "A Total", "At Bristol": a lost line break glued a word to the name
        run_start = i
        i = strip_misc_prefix(tokens, i, j)
        i = after_code(tokens, i, j)
        for a, b, role, honorific in name_pieces(tokens, i, j):
            a = past_complement(tokens, a, b)
            if a >= b:
                continue  # "(Prime Minister) of Singapore": the rest of a title, not a name
            m = _mention(item, tokens, a, b, ctx, order, initial and a == 0)
            if m is None:
                continue
            m.role, m.honorific = role, honorific
            m.dateline = a == 0 and dateline_after(tokens, b)
            if a > run_start and role is not None:  # "New Zealand Prime Minister X"
                before = item.text[tokens[run_start].start : tokens[a - 1].end]
                m.affiliation = affiliation_of(before)
            elif a == run_start and role is None and m.role_word:
                m.role, m.affiliation = role_phrase(item.text, tokens, a)
            out.append(m)
    return out


def past_complement(tokens: list[Token], a: int, b: int) -> int:
    """Where the name starts in a piece that opens with the rest of a title ("of Foreign
    Affairs Ana Reyes", "van Cultuur Bert Anciaux"): at its first name, else at b (no name)."""
    if not tokens[a].text[:1].islower():
        return a
    return next((k for k in range(a + 1, b) if first_name(tokens[k].text)), b)


def affiliation_of(text: str) -> str | None:
    """The affiliation before a title: title words dropped, a demonym read as its country."""
    text = _strip_title_tail(text) or ""
    first = text.split()[0] if text else ""
    country = places.country_of_demonym(text) or places.country_of_demonym(first)
    return country or text or None


_VERBISH = frozenset(
    split_words("met saw told named hired fired called asked thanked praised beat")
)


def _role_word_before(word: str) -> bool:
    """A lower-case word that can belong to a role ("union leader"), not a verb ("met")."""
    if not word.islower() or word in STOPWORDS or word in SAY_VERBS or word in _VERBISH:
        return False
    return word in ROLE_WORDS or not word.endswith("ed")


def role_phrase(text: str, tokens: list[Token], a: int) -> tuple[str | None, str | None]:
    """'DSB chief executive Henrik Lund' -> ('chief executive', 'DSB')."""
    k = a
    while k > 0 and a - k < 3 and _role_word_before(tokens[k - 1].text):
        k -= 1
    role = text[tokens[k].start : tokens[a - 1].end] if k < a else None
    org = k - 1 if k > 0 and tokens[k - 1].is_cap else None
    return role, (tokens[org].text if org is not None else None)


_LOWER_PART = re.compile(r"-[a-z]")


def _not_a_name(text: str) -> bool:
    """Codes and compounds ("M3", "Under-21", "Year-on-year"), not names."""
    if " " in text:
        return False
    if any(map(str.isdigit, text)):
        return True
    last = text.split("-")[-1]
    return bool(_LOWER_PART.search(text)) and not last[:1].isupper()  # "Mazar-e-Sharif" stays


def _abbreviates(cand: str, name: str) -> bool:
    """'UNC' for 'United Nations Command', 'NATO' for a looser gloss; never an agency credit."""
    if not _ACRONYM_IN_PARENS.match(cand) or sum(c.isupper() for c in cand) < 2:
        return False
    return cand[0] == name[0] and cand.title() not in AGENCIES and len(cand) <= 6


def _strip_title_tail(text: str) -> str | None:
    """The affiliation before a title, without the title words themselves."""
    if text in TITLES:
        return None
    for title in sorted(TITLES, key=len, reverse=True):
        if text.endswith(" " + title):
            text = text[: -len(title) - 1]
    return text or None


def _mention(
    item: Text,
    tokens: list[Token],
    a: int,
    b: int,
    ctx: Context,
    order: list[int],
    initial: bool,
) -> Mention | None:
    """A mention for tokens[a:b], or None when it is no name."""
    if a >= b:
        return None
    text = item.text[tokens[a].start : tokens[b - 1].end]
    if dotted_suffix(tokens, b):
        text += "."  # "Barnett Banks Inc." is written with its period
    if (
        text in NON_ENTITIES
        or text in THING_CODES
        or date_word(text)
        or text in TITLES
        or len(text) < 2
    ):
        return None
    words = text.split()
    if words[-1] in ("Image", "Images", "Photo", "Photos", "Pictures"):
        return None  # a photo credit left in the text
    if (len(words) > 1 and text.isupper()) or all(len(w) == 1 for w in words):
        return None  # table headers in capitals ("W D L PCT GB")
    if _not_a_name(text) or _contraction(text) or office_only(text):
        return None
    if text in CURRENCY_CODES and b < len(tokens) and tokens[b].text[:1].isdigit():
        return None  # "Rs 300", "USD 5bn": a currency before its amount
    if currency_sign_after(tokens, b):
        return None  # "US$ 5 billion", "HK$3m": the currency's sign, no mention of the place
    return new_mention(item, tokens, (a, b), text, initial, order)


CURRENCY_SIGNS = frozenset("$€£¥")


def currency_sign_after(tokens: list[Token], b: int) -> bool:
    """A currency sign glued to the end of the span ("US$", "HK$", "A$"): a currency's symbol."""
    return (
        b < len(tokens)
        and tokens[b].text in CURRENCY_SIGNS
        and tokens[b].start == tokens[b - 1].end
    )


def office_only(text: str) -> bool:
    """'Chief Operating Officer', 'Deputy Director': an office's words alone name no one."""
    words = text.split()
    return len(words) > 1 and all(w.lower() in OFFICE_WORDS for w in words)


def _contraction(text: str) -> bool:
    """'I’m', 'We’ve', 'Don’t': a pronoun or auxiliary contracted, never a name."""
    return CONTRACTION.fullmatch(text) is not None


def new_mention(
    item: Text,
    tokens: list[Token],
    span: tuple[int, int],
    text: str,
    initial: bool,
    order: list[int],
) -> Mention:
    """The mention of `text` (tokens[a:b] of `item`) with the cues read around it: the words on
    each side, an acronym in parentheses after it, a lower-case role word before it."""
    a, b = span
    left, right = context_of(tokens, a, b)
    acronym = None
    if right[:1] == ("(",) and len(right) > 2 and right[2] == ")":
        cand = tokens[b + 1].text
        if _abbreviates(cand, text):
            acronym = cand
    order[0] += 1
    return Mention(
        text=text,
        cite=item.cite,
        kind=item.kind,
        left=left,
        right=right,
        initial=initial,
        shouting=False,
        position=order[0],
        role_word=lowercase_role_before(tokens, a),
        acronym=acronym,
    )
