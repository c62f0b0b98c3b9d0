"""Roles a text gives a person in apposition, in any language with role words: "Louise Haigh,
the transport secretary, said", "Le ministre des Transports, Philippe Tabarot, a appelé",
"Giulia Ferraro, segretaria provinciale della Filt Cgil". A role before the name must be closed
by a comma after it; the phrase must start with a role word, after its determiners, or have
one within its first words ("company's chief executive")."""

from __future__ import annotations

import re
from dataclasses import replace
from types import ModuleType

from newsfacts import cldr, lexicon
from newsfacts.facts import evidence
from newsfacts.facts.tokens import standalone_spans
from newsfacts.model import Document, Fact
from newsfacts.words import DETERMINERS, ROLE_LINKS, words_of
from newsfacts.words.en.function import TO_WHOM as EN_TO_WHOM
from newsfacts.words.en.titles import ROLE_WORDS

MAX_ROLE_WORDS = 7  # a longer phrase between commas is a clause, not a role
# Characters before a name _BEFORE reads: its phrase is at most 90, with its comma and spaces
BEFORE_REACH = 120
VERBS_IN_A_ROW = 2  # 'según anunció': a verb of saying may follow another
DAY_WITHIN = 3  # a weekday opens the words after a verb of saying within its first words
ROLE_WITHIN = 3  # the role word stands among the phrase's first words
CLAUSE_WORDS = frozenset(("whose", "which", "dont", "cuyo", "cuya", "dessen", "deren"))
# The phrase after ", " up to the next comma or the sentence's end; the one before up to ", ".
_AFTER = re.compile(r"\s*,\s*(?P<p>[^,.;:()\"“”«»„]{2,90}?)\s*(?:[,;)]|\.(?:\s|$)|$)")
_BEFORE = re.compile(r"(?:^|[,;:][\"”’»]?\s*)(?P<p>[^,.;:()\"“”«»„]{2,90}?),\s*$")


def with_roles(facts: list[Fact], doc: Document, code: str | None) -> list[Fact]:
    """Every person fact without a role given the first role the text sets beside the name."""
    words = words_of(code)
    language = words.NAME if words is not None else "English"
    out = []
    for f in facts:
        role = None if f.kind != "person" or f.role else _find(f.text, doc, words, language)
        out.append(replace(f, role=role) if role else f)
    return out


def _find(name: str, doc: Document, words: ModuleType | None, language: str) -> str | None:
    """The role the first apposition beside the full name gives, if any."""
    for s in doc.sentences:
        for start, end in standalone_spans(s.text, name) if name in s.text else ():
            after = _AFTER.match(s.text, end)
            if after and (role := _role(after["p"], words, language)):
                return role
            before = _BEFORE.search(s.text, max(0, start - BEFORE_REACH), start)
            said = before["p"] if before else ""
            phrase = _after_speech_verb(said, words)
            closed = s.text[end : end + 1] == "," or (
                phrase != said and not s.text[end:].strip(" .")
            )  # "anunció la ministra de Vivienda, Isabel Rodríguez.": the sentence ends it
            if closed and phrase and (role := _role(phrase, words, language)):
                return role
    return None


# English verbs of saying a role may follow ("…," said the finance minister, Ann Lee, …).
SAID = frozenset(("said", "says", "added", "told", "explained", "insisted"))


def _after_speech_verb(phrase: str, words: ModuleType | None) -> str:
    """The phrase after a verb of saying that opens it ("afirmou o ministro das Finanças"):
    the verb belongs to the quote's sentence, the rest is the role."""
    verbs = SAID if words is None else frozenset(getattr(words, "SPEECH_VERBS", ()))
    rest = phrase
    for _ in range(VERBS_IN_A_ROW):  # "según anunció este martes el presidente valenciano"
        stripped = _CLITIC.sub("", rest)  # "Lo ha annunciato ieri l'assessore": its object
        low = stripped.lower()
        verb = next(
            (v for v in sorted(verbs, key=len, reverse=True) if low.startswith(f"{v} ")), ""
        )
        if not verb:
            break
        rest = _after_day(stripped[len(verb) + 1 :], words)
    return rest


# An object pronoun before the verb of saying ('Lo ha annunciato', 'Lo dijo', "l'a annoncé").
_CLITIC = re.compile(r"^(?i:lo|la|le|l['’])\s*(?=\w)")


def _after_day(phrase: str, words: ModuleType | None) -> str:
    """The words after a weekday that opens a phrase ('na sexta-feira o reitor': 'o reitor')."""
    days = cldr.calendar_names(words.CODE)[1] if words is not None else {}
    days = {**days, **getattr(words, "DAY_WORDS", {})}  # 'ha annunciato ieri l'assessore'
    tokens = phrase.split()
    at = next((k for k, t in enumerate(tokens[:DAY_WITHIN]) if t.lower() in days), None)
    tokens = tokens if at is None else tokens[at + 1 :]
    to_whom = EN_TO_WHOM if words is None else words.TO_WHOM  # before whom one spoke
    if tokens and tokens[0].lower() in to_whom:  # "à l'AFP son porte-parole": to whom, then who
        at = next(
            (
                k
                for k, t in enumerate(tokens[: DAY_WITHIN + 1])
                if k > 1 and t.lower() in DETERMINERS
            ),
            None,
        )
        tokens = tokens if at is None else tokens[at:]
    return " ".join(tokens)


def _role(phrase: str, words: ModuleType | None, language: str) -> str | None:
    """The phrase without its determiners when it reads as a role, else None."""
    tokens = phrase.split()
    while tokens and tokens[0].lower() in DETERMINERS:
        tokens = tokens[1:]
    if tokens and _ELIDED.sub("", tokens[0]):
        tokens[0] = _ELIDED.sub("", tokens[0])  # "L'assessora alla Scuola": 'assessora …'

    if not tokens or len(tokens) > MAX_ROLE_WORDS or any(t[:1].isdigit() for t in tokens):
        return None
    stop = lexicon.stopwords(language)
    at = next((k for k, t in enumerate(tokens[:ROLE_WITHIN]) if _is_role(t, words)), None)
    if at is None or any(t.lower() in stop or t.lower() in CLAUSE_WORDS for t in tokens[:at]):
        return None  # "who is…", "after the…", "whose wife": a clause, not a title
    end = at + 1
    while end < len(tokens) and _is_role(tokens[end], words):
        end += 1  # "chief executive officer"
    follows = tokens[end] if end < len(tokens) else ""
    link = follows.lower().replace("’", "'").partition("'")  # "dell'Economia": its link
    then = tokens[end + 1].lower() if end + 1 < len(tokens) else ""
    qualified = (not then or then in ROLE_LINKS) and follows.endswith(_qualifier_endings(words))
    linked = follows.lower() in ROLE_LINKS or link[0] + link[1] in ROLE_LINKS
    if follows[:1].islower() and not linked and not qualified:
        return None  # "…, the manager said", "president-elect was…": the role's clause
    return " ".join(tokens)


_ELIDED = re.compile(r"^(?i:l['’])")  # an article glued to its noun


def _qualifier_endings(words: ModuleType | None) -> tuple[str, ...]:
    """The endings of an adjective after a role word ('el presidente valenciano'), or one
    no word ends in."""
    return tuple(getattr(words, "ROLE_QUALIFIER_ENDINGS", ())) or ("\0",)


def _is_role(token: str, words: ModuleType | None) -> bool:
    """A role word of the language ('secretary', 'ministre', 'Verkehrsminister')."""
    if words is None:
        return token.lower() in ROLE_WORDS
    return evidence.is_role(token, words)
