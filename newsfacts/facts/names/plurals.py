"""Words that look like a body's name and are not one.

A German common noun in its plural form ('Investoren', 'Inhalte', 'Vertreter'): the word
list holds it and its singular ('Investor', 'Inhalt') or, for a noun in '-er' that is the same
in both numbers, its dative plural ('Vertretern'). After a noun for a kind of body it is what
the body does something with ('das Unternehmen Investoren gegenüber'), not the body's name; a
name of one word is no plural ('die Band Kraftwerk', 'der Verein Ascoli').

Two people's full names joined by '&' ('Anna Roth & Jonas Weber', as authors are listed) are
two people, not a firm: a first name on each side, a surname after the right one ('Hoffmann
& Campe' is a firm, and so is 'Gruber & Sohn', no first name after the '&')."""

from __future__ import annotations

from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import census
from newsfacts.facts.name_words import first_name, has_evidence
from newsfacts.facts.tokens import Token

PLURAL_ENDS = ("en", "e")  # endings of a plural whose singular is the word without them
SAME_PLURAL = "er"  # an agent noun's ending, alike in both numbers ('der/die Vertreter')
MIN_STEM = 4  # letters of a singular at least ('Inhalt'; not 'Ost' + 'en')


def plural_noun(word: str, words: ModuleType) -> bool:
    """A word of the language in a plural form, no first name, surname or place."""
    if not word[:1].isupper() or not word.isalpha() or not lexicon.is_word(word, words.NAME):
        return False
    if first_name(word, words) or has_evidence(word) or word in census.surnames():
        return False
    for end in PLURAL_ENDS:
        stem = word.removesuffix(end)
        if stem != word and len(stem) >= MIN_STEM and lexicon.is_word(stem, words.NAME):
            return True
    return word.endswith(SAME_PLURAL) and lexicon.is_word(word + "n", words.NAME)


def two_people(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """At '&' (tokens[k]): a first name, or a first name and a surname, on the left and a
    first name and a surname on the right, the right one's first name a known one or, after
    a full name, no word of German or English ('Iven'); no legal form after them."""
    if k < 1 or k + 2 >= len(tokens):
        return False
    right = tokens[k + 1 : k + 3]
    if not all(t.is_cap and t.text.isalpha() for t in right):
        return False
    if k + 3 < len(tokens) and tokens[k + 3].is_cap:
        return False  # 'Anna Roth & Jonas Weber Verlag': a longer name
    one = first_name(tokens[k - 1].text, words)
    full = k >= 2 and tokens[k - 2].is_cap and first_name(tokens[k - 2].text, words)
    first = right[0].text
    unknown = not (lexicon.is_word(first, words.NAME) or lexicon.is_word(first, "English"))
    return (one or full) and (first_name(first, words) or (full and unknown))
