"""A noun for a person by the pair of forms a language's word list holds for it: a doer's noun
and its woman's form ('Politiker' and 'Politikerin', 'Psychologe' and 'Psychologin'), alone or
as a compound's end ('Olympia|sieger', 'CSU-Politiker'). Things and animals rarely take the
woman's ending ('Computer', 'Sommer': no 'Computerin'), so the pair marks a person's role
where no list of roles reaches (German; the ending is the language's ROLE_FEMININE)."""

from __future__ import annotations

import functools
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import companies, name_words
from newsfacts.facts.place_names import place_name
from newsfacts.facts.tokens import Token

MIN_FORM = 5  # letters of the man's form at least ('sieger'; not 'term' of 'Termin')
MIN_TAIL = 6  # ... as a compound's end ('Olympia|sieger'; not 'Deut|scher', 'Aus|tritt')
MIN_HEAD = 3  # letters before a compound's role ('Olympia|sieger')
WORD_CACHE = 1 << 14


def leading_role(tokens: list[Token], i: int, j: int, words: ModuleType) -> bool:
    """The first word of a run of capitalised words tokens[i:j] is a role before a person's
    name: a role word, or a noun for a doer by its pair of forms before a name with no number
    after it (a model's: 'der Lastensegler Kranich 3', 'Lenker Vario 780 mm'), no acronym nor
    body's word, and of one word, opening with a first name or of words the list does not hold
    ('Politiker Wendlinger', 'Kritikerin Ute Varn', 'Designerin Thirza Wendrowski'; not
    'Brandfinder Fair Fashion Labels')."""
    if name_words.is_role(tokens[i].text, words):
        return True
    if not getattr(words, "ROLE_FEMININE", ""):
        return False  # no pairs of forms in this language: its role words alone
    model = j < len(tokens) and tokens[j].text[:1].isdigit()
    if model or any(_no_persons(t.text, words) for t in tokens[i + 1 : j]):
        return False
    names = [t.text for t in tokens[i + 1 : j]]
    if len(names) == 1 and companies.is_listed(names[0]):
        return False  # 'der Vermieter Vonovia': a listed firm
    if len(names) > 1 and not name_words.first_name(names[0], words) and _listed(names, words):
        return False
    return role_noun(tokens[i].text, words)


def _listed(names: list[str], words: ModuleType) -> bool:
    """Some of the words is one the language's list holds ('Fair Fashion Labels')."""
    return any(lexicon.is_word(w, words.NAME) for w in names)


def _no_persons(word: str, words: ModuleType) -> bool:
    """A word no person's name holds: an acronym ('Vorläufer SARS') or a body's word
    ('Kunstanstifter Verlag')."""
    return name_words.is_acronym(word) or name_words.is_org_word(word, words)


def role_noun(word: str, words: ModuleType) -> bool:
    """A role word before a person's name ('Bundeskanzler'), or a capitalised noun for a doer
    whose woman's form the list holds ('der CSU-Politiker Wendlinger'); not a surname or first
    name ('Müller'), a town's adjective ('Hamburger'), nor a doer a firm or club is as often
    ('Hersteller', 'Konkurrent', 'Aufsteiger')."""
    if name_words.is_role(word, words):
        return True
    if not getattr(words, "ROLE_FEMININE", "") or not word[:1].isupper() or word.isupper():
        return False
    lower = word.lower()
    firms = (*getattr(words, "ORG_NOUNS", ()), *getattr(words, "FIRM_DOERS", ()))
    if any(lower.removesuffix(end).endswith(firms) for end in ("", "n", "s", "en")):
        return False
    return (
        paired_role(lower, words)
        and not name_words.surname(word)
        and not name_words.first_name(word, words)
        and not name_words.town_adjective(word, words)
        and not _place_adjective(word, words)
    )


def _place_adjective(word: str, words: ModuleType) -> bool:
    """A place's '-er' adjective whose place ends in '-en' or '-a' the gazetteer holds
    ('Thüringer': 'Thüringen', 'Münchner': 'München'), beside those town_adjective finds."""
    stem = word.removesuffix("er")
    if stem == word:
        return False
    forms = {stem, stem + "en", stem + "a", stem[:-1] + "en" if stem.endswith("n") else stem}
    return any(place_name(f, words) is not None for f in forms)


def paired_role(lower: str, words: ModuleType) -> bool:
    """A lower-case word that is, or ends in, a noun whose woman's form the list holds too."""
    ending: str = getattr(words, "ROLE_FEMININE", "")
    return bool(ending) and _paired(lower.rpartition("-")[2], ending, words.NAME)


@functools.lru_cache(maxsize=WORD_CACHE)
def _paired(lower: str, ending: str, language: str) -> bool:
    """A word of a pair of forms, or a compound of a listed word and one ('Olympia|sieger')."""
    if not lower.isalpha():
        return False
    if _pair(lower, ending, language):
        return True
    return any(
        _head(lower[:i], language) and _pair(lower[i:], ending, language)
        for i in range(MIN_HEAD, len(lower) - MIN_TAIL + 1)
    )


def _head(head: str, language: str) -> bool:
    """A compound's first part the list holds, with or without its joining 's' ('Olympia',
    'Arbeit|s'); not a stem's letters ('Süddeut|scher')."""
    return lexicon.is_word(head, language) or (
        head.endswith("s") and lexicon.is_word(head[:-1], language)
    )


def _pair(part: str, ending: str, language: str) -> bool:
    """A word the list holds with its woman's form ('politiker'/'politikerin', 'kollege'/
    'kollegin'), or a woman's form whose man's the list holds ('kontrahentin')."""
    if len(part) < MIN_FORM or not lexicon.is_word(part, language):
        return False
    if part.endswith(ending):
        stem = part.removesuffix(ending)
        return len(stem) >= MIN_FORM and lexicon.is_word(stem, language)
    if part.endswith("e"):  # 'kollege'/'kollegin'; not 'jahre'/'jahrein'
        return lexicon.is_word(part[:-1] + ending, language)
    return lexicon.is_word(part + ending, language)
