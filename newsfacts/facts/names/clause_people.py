"""German news names a person by the surname alone ('Vandrelli wolle sich zurückziehen',
'verfolgte Adenauer die Ziele', 'bei ihrer Nachfolgerin Holzbrecher'). A capitalised word alone says
nothing there (every noun has a capital), so such a word is a person only when two things say
so: its forms make it a name (the word list lacks it, or holds no noun form of it: 'Merkel' but
not 'Wolf', 'Wölfe'; no noun's ending, no English or frequent word) and its place in the clause
does, where a bare singular noun hardly stands: a subject between a clause's opening (a comma,
'und', 'dass', a sentence's start, a focus word opening it: 'Auch') and a finite verb, one
German adverb perhaps between ('wie Vandrelli schon sagte'); a subject a finite verb put before it,
followed by an article (no firm told as 'sie' or 'ihr' later in the sentence); or right after a
noun for a person ('Kollege', 'Vorgänger', 'CSU-Politiker'). A first name that is no frequent
word, noun, place, month nor weekday ('Egon', 'George'; not 'August') needs no more than its
slot: opening a clause before a singular verb, or right after a finite verb before a small word.
Kept on its own evidence ('clause'): a low confidence, never shown by itself.
"""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import cldr, lexicon
from newsfacts.facts import evidence
from newsfacts.facts.companies import is_listed
from newsfacts.facts.name_words import (
    first_name,
    is_stop_word,
    joins_words,
    place_name,
    place_shaped,
)
from newsfacts.facts.names.common_nouns import common_noun, holds_noun
from newsfacts.facts.names.inflection import loose_name, surname
from newsfacts.facts.names.lone import LISTED, LONE, PER, noun_kind
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

MIN_LETTERS = 3  # a shorter capitalised word is no surname alone ('Ku' aside)
SLOT = "clause"  # evidence.EVIDENCE: its place in the clause; not shown alone
SENTENCE_ENDS = frozenset((".", "!", "?", ":"))
OPEN_REASONS = frozenset((LONE, LISTED, "initial", "capitals", ""))  # no kind on firm evidence
ABROAD = ("English", "Dutch")  # lists that hold well-known names (pyspellchecker)
MAX_RUN = 3  # words of a full name after a person noun
WEAK_ENDS = (
    ("eten", "en"),
    ("ete", "en"),
    ("ten", "en"),
    ("te", "en"),
    ("et", "en"),
    ("t", "en"),
)  # 'lebte' <- 'leben'


def clause_people(
    text: str, tokens: list[Token], spans: list[Span], words: ModuleType
) -> list[Span]:
    """The spans of one text with its lone surnames in a subject's or a person's slot made
    people, and such words no span covered added as people."""
    if not getattr(words, "SUBORDINATORS", ()):
        return spans
    spans = _full_names(text, tokens, spans, words)
    out = [_relabelled(tokens, s, words) for s in spans]
    covered = {k for s in spans for k in range(s.start, s.end)}
    for k, token in enumerate(tokens):
        if k not in covered and _person_slot(tokens, k, words):
            out.append(Span(token.text, k, k + 1, PER, SLOT, None, _opens(tokens, k)))
    return sorted(out, key=lambda s: s.start)


def _full_names(text: str, tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """Two or three name-shaped words right after a noun for a person, before a small word
    ('Expertin Velmira Ostbrügge beauftragt'): one person's name, in place of the weaker spans
    inside it, though no list knows the first name."""
    for k in range(1, len(tokens)):
        before = tokens[k - 1].text
        if not (before[:1].isupper() and noun_kind(before.lower(), words) == PER):
            continue
        n = _name_run(tokens, k, words)
        inside = [s for s in spans if s.start < k + n and s.end > k]
        if n < 2 or any(s.start < k or s.end > k + n or not _weak(s) for s in inside):
            continue
        name = text[tokens[k].start : tokens[k + n - 1].end]
        spans = [s for s in spans if s not in inside] + [
            Span(name, k, k + n, PER, SLOT, None, False)
        ]
    return sorted(spans, key=lambda s: s.start)


def _name_run(tokens: list[Token], k: int, words: ModuleType) -> int:
    """How many name-shaped words in a row start at k, up to three, before a small word; 0
    when a capitalised word follows them."""
    n = 0
    while k + n < len(tokens) and n < MAX_RUN and _run_word(tokens[k + n].text, words):
        n += 1
    after = tokens[k + n].text if k + n < len(tokens) else ""
    return 0 if after[:1].isupper() else n


def _run_word(word: str, words: ModuleType) -> bool:
    """A word of a full name: a first name, or a name by its shape and forms."""
    if not _name_shaped(word, words) and not first_name(word, words):
        return False
    return first_name(word, words) or _surname_like(word, words, compound=True)


def _weak(s: Span) -> bool:
    """A span with no kind, or a kind on weak evidence only."""
    return s.label is None or s.reason in OPEN_REASONS | {"listed word", SLOT}


def _relabelled(tokens: list[Token], s: Span, words: ModuleType) -> Span:
    """A one-word span with no kind in a person's slot: a person."""
    if s.label is not None or s.reason not in OPEN_REASONS or s.end - s.start != 1:
        return s
    if not _person_slot(tokens, s.start, words):
        return s
    return replace(s, label=PER, reason=SLOT)


def _person_slot(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """Whether the word at k is a surname by its forms standing where a person stands."""
    word = tokens[k].text
    if _plain_first_name(word, words) and _first_name_slot(tokens, k, words):
        return True
    if not _name_shaped(word, words):
        return False
    before = tokens[k - 1].text if k else ""
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    if after[:1].isupper() or after.lower() in words.JOINERS:
        return False  # 'Kollegin Odalind Quernhagen', 'Graf Ortwin von ...': more name
    if before[:1].isupper() and noun_kind(before.lower(), words) == PER:
        return _surname_like(word, words, compound=True)  # 'Nachfolgerin Holzbrecher'
    if _opens(tokens, k) and lexicon.is_word(word, words.NAME):
        return False  # a capital says least there: no listed word ('Ersteres', 'Hinzuzufügen')
    return _surname_like(word, words, compound=False) and _subject(tokens, k, words)


def _subject(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """The word at k is a clause's subject: after the clause's opening and before its finite
    verb ('dass Vandrelli wolle'); a comma opens a clause only after a small word ('...
    gemeldet, Vandrelli wolle'), not inside a list ('Klara, Odalind')."""
    before = tokens[k - 1].text if k else ""
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    earlier = tokens[k - 2].text if k > 1 else ""
    opening = _opens(tokens, k) or before.lower() in words.SUBORDINATORS
    clause_end = (earlier.isalpha() and earlier.islower()) or earlier in words.CLAUSE_LINKS
    opening = opening or (before.lower() in words.CLAUSE_LINKS and clause_end)
    opening = opening or (before.lower() in words.FOCUS and _opens(tokens, k - 1))
    if opening and finite_verb(after, words):
        return True  # 'Vandrelli wolle', 'dass Konrad wurde', 'Auch Vandrelli hat'
    if opening and _adverb(after, words) and k + 2 < len(tokens):
        verb = tokens[k + 2].text  # 'wie Vandrelli schon sagte', 'Vandrelli wiederum war'
        if finite_verb(verb, words) and not verb.endswith("en"):
            return True
    return _inverted(tokens, k, words)


def _adverb(word: str, words: ModuleType) -> bool:
    """A small word that may stand between a subject and its verb: no article, preposition,
    conjunction or verb ('schon', 'wiederum')."""
    low = word.lower()
    return (
        word.isalpha()
        and word.islower()
        and low not in words.ARTICLES
        and low not in words.PREPOSITIONS
        and low not in words.SUBORDINATORS
        and low not in words.CLAUSE_LINKS
        and low not in words.REFLEXIVES
        and not finite_verb(low, words)
        and lexicon.is_word(low, words.NAME)  # 'Hamamelis virginiana blüht': no German word
    )


def _inverted(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """The word at k is a subject a finite verb put before it, inside a sentence ('Danach
    verfolgte Vandrelli die Ziele', 'ließ Vandrelli verbreiten', 'begibt sich Vandrelli in'):
    a small word follows it, where an object noun would take an article first. A verb's form
    after an article or a preposition is an adjective's ('über bestimmte Zinsarten')."""
    verb = k - 2 if k > 1 and tokens[k - 1].text.lower() in words.REFLEXIVES else k - 1
    if verb < 1:
        return False
    ahead = tokens[verb - 1].text.lower()
    if ahead in words.ARTICLES or ahead in words.PREPOSITIONS:
        return False
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    if after not in words.ARTICLES or after in words.CONTRACTIONS:
        return False  # 'braucht Anilin zur Herstellung': an object, before a preposition
    form = tokens[verb].text
    if not finite_verb(form, words) or form.endswith("en") or is_listed(tokens[k].text):
        return False  # 'verbreiteten Gräben keine': a plural's verb, no lone name's
    return first_name(tokens[k].text, words) or not _told_as_her(tokens, k, words)


def _told_as_her(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """A feminine or plural pronoun later in the word's sentence ('meldete Zentava eine
    Wende, dass sie ...', 'beschreibt Zentava ihr Produkt'): a firm ('die Firma') or a
    woman, and a woman is named by her first name too (kept above)."""
    for token in tokens[k + 1 :]:
        if token.text in SENTENCE_ENDS:
            return False
        if token.text in words.FEMININE_PRONOUNS:
            return True
    return False


def _plain_first_name(word: str, words: ModuleType) -> bool:
    """A first name that is no frequent word, no noun and no place ('Ottilie', 'George'; not
    'Mark', 'Rose', 'Paris'): English lists hold such names too, so that says nothing."""
    return (
        word.isalpha()
        and len(word) >= MIN_LETTERS
        and not word.isupper()
        and first_name(word, words)
        and not lexicon.is_frequent_word(word, words.NAME, words.FREQUENT_FROM)
        and not holds_noun(word, words)
        and not common_noun(word, words)
        and place_name(word, words) is None
        and not is_listed(word)
        and not _calendar_word(word, words)
    )


def _calendar_word(word: str, words: ModuleType) -> bool:
    """A month's or a weekday's name in CLDR ('August brachte Regen', 'Montag kam'): no one."""
    months, weekdays = cldr.calendar_names(words.CODE)
    return word.lower() in months or word.lower() in weekdays


def _first_name_slot(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """A first name opening a clause before its finite verb ('George wird'), or right after a
    singular finite verb before a small word ('erfährt Ottilie vom Plan')."""
    after = tokens[k + 1].text if k + 1 < len(tokens) else ""
    if after[:1].isupper() or after.lower() in words.JOINERS:
        return False
    if _subject(tokens, k, words):
        return not after.endswith("en")  # 'Brände vernichteten': a plural's verb, no one's
    verb = k - 2 if k > 1 and tokens[k - 1].text.lower() in words.REFLEXIVES else k - 1
    if verb < 1 or not after.isalpha():
        return False
    ahead = tokens[verb - 1].text.lower()
    form = tokens[verb].text
    if ahead in words.ARTICLES or ahead in words.PREPOSITIONS or form.endswith("en"):
        return False
    return finite_verb(form, words)


def _opens(tokens: list[Token], k: int) -> bool:
    """The word opens a sentence (not after an ordinal's dot: 'zum 12. Donaufestival')."""
    if k == 0:
        return True
    if tokens[k - 1].text not in SENTENCE_ENDS:
        return False
    return k < 2 or not (tokens[k - 1].text == "." and tokens[k - 2].text.isdigit())


def _name_shaped(word: str, words: ModuleType) -> bool:
    """A capitalised word of letters that is no stop, role, frequent, English or everyday word,
    no place, and has no noun's nor town's ending."""
    return (
        word.isalpha()
        and len(word) >= MIN_LETTERS
        and word[:1].isupper()
        and not word.isupper()
        and not is_stop_word(word, words)
        and not evidence.is_role(word, words)
        and not lexicon.is_frequent_word(word, words.NAME, words.FREQUENT_FROM)
        and not lexicon.is_common_word(word, "English")
        and word not in words.EVERYDAY_NOUNS
        and not word.lower().endswith(words.NOUN_ENDINGS)
        and place_name(word, words) is None
        and not place_shaped(word, words)  # 'Quirnstadt liegt ...': a town's ending
    )


def _surname_like(word: str, words: ModuleType, compound: bool) -> bool:
    """A name by its forms: listed with no noun form and no compound ('Merkel', 'Adenauer'), or
    unlisted and no noun nor compound by its shape ('Vandrelli'); with `compound` (after a
    noun for a person) an unlisted compound's shape too ('Holzbrecher', 'Quernhagen')."""
    if lexicon.is_word(word, words.NAME):
        if first_name(word, words) or surname(word, words):
            return True
        return loose_name(word, words) and (compound or _international(word))
    if compound:
        return surname(word, words) or not _everyday_compound(word, words)
    return not common_noun(word, words) and not joins_words(word.lower(), words)


MIN_TAIL = 4  # letters of a compound's last word ('Firmen|geld')


def _everyday_compound(word: str, words: ModuleType) -> bool:
    """A compound of the language's words ending in a frequent one ('Firmen|geld'): a noun,
    though after a noun for a person ('der Chef Firmengeld'); 'Holz|brecher' ends in none."""
    lower = word.lower()
    return joins_words(lower, words) and any(
        lexicon.is_frequent_word(lower[i:], words.NAME, words.FREQUENT_FROM)
        for i in range(1, len(lower) - MIN_TAIL + 1)
    )


def _international(word: str) -> bool:
    """A word other languages' lists hold too: a name known abroad ('Beethoven', 'Churchill'),
    no noun of the language with no plural ('Schnee')."""
    return any(lexicon.is_word(word, language) for language in ABROAD)


def finite_verb(word: str, words: ModuleType) -> bool:
    """A finite verb: an auxiliary, a modal, a frequent strong form, or a weak verb's '-te' or
    '-t' form whose infinitive the list holds ('plädierte': 'plädieren')."""
    if not word.isalpha() or not word.islower():
        return False
    if word in words.FINITE_VERBS or word in words.SPEECH_VERBS:
        return True
    if word in words.ARTICLES or word in words.PREPOSITIONS or word in words.SUBORDINATORS:
        return False
    return any(
        word.endswith(end)
        and len(word) - len(end) >= MIN_LETTERS
        and lexicon.is_word(word[: -len(end)] + infinitive, words.NAME)
        for end, infinitive in WEAK_ENDS
    )
