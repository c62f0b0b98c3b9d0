"""Where a person's run of capitalised words ends: before an everyday word or the first name
again, after a genitive or before a place in German and Dutch, before a Dutch employer after
'van' (read_span's cut; names/person_runs.py cuts 'van de' and longer employers)."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts import evidence
from newsfacts.facts.names.surnames import inner_surname, small_word
from newsfacts.facts.tokens import Token

EMPLOYER_WORDS = 2  # capitalised words after "van" ending a Dutch person's run: the employer


def person_end(tokens: list[Token], i: int, j: int, words: ModuleType) -> int:
    """Where a first name's person ends: before an everyday word or the first name again
    after the surname ("Hans Jacobs Vertrouwen", "Geert Sciot Geert Sciot", "Anne Jansen van
    Klimaat"), in German and Dutch also after a genitive or before a place ("Heidi Klums
    Modelsuche", "Robert Maes Brussel"); a particle right after the first name starts the
    surname ("Pieter de Graaf"); in Spanish a word after the surname is the second one."""
    if j - i < 3 or not evidence.first_name(tokens[i].text, words):
        return j
    for k in range(i + 2, j):
        word = tokens[k].text
        particle = tokens[k - 1].text in words.PARTICLES
        if all(t.text.lower() in words.PARTICLES for t in tokens[i + 1 : k]):
            continue  # the surname's own particles: "Pieter de Graaf", "Herman De Prins"
        plain = evidence.is_word_after_particle if particle else evidence.is_plain
        if k == i + 2 and not particle and words.TWO_SURNAMES and not small_word(word, words):
            continue  # "Javier García Chico": a second surname, though 'chico' is a word
        if word != tokens[i].text and inner_surname(tokens, k, j, words):
            continue  # 'Maria do Rosário Palma Ramalho': a surname that is a word, then one more
        if word == tokens[i].text or (word not in words.PARTICLES and plain(word, words)):
            while k > i + 2 and tokens[k - 1].text in words.PARTICLES:
                k -= 1
            return k
        if particle and k >= j - EMPLOYER_WORDS and _employer(tokens, i, k, words):
            return k - 1  # "Olivier Hertoghe van Petercam", "… van FNV Spoor": person, employer
        if not particle and _after_surname(tokens[k - 1].text, word, words):
            while k > i + 2 and tokens[k - 1].text in words.PARTICLES:
                k -= 1
            return k
    return j


def _employer(tokens: list[Token], i: int, k: int, words: ModuleType) -> bool:
    """In Dutch, one or two capitalised words after 'van' that end the run after a first name and a
    surname (no particle, no second first name): the person's employer or town."""
    between = [t.text for t in tokens[i + 1 : k - 1]]
    return (
        tokens[k - 1].text in words.EMPLOYER_BEFORE
        and bool(between)
        and not any(w in words.PARTICLES or w in words.JOINERS for w in between)
        and not any(evidence.first_name(w, words) for w in between)
    )  # 'Johann Wolfgang von Goethe': a second first name, then the surname


def _after_surname(previous: str, word: str, words: ModuleType) -> bool:
    """In German and Dutch, a word after a person's genitive ('Klums Modelsuche') or a place
    after the name ('Maes Brussel') is no more of the name."""
    if not words.COMPOUNDS or evidence.first_name(word, words):
        return False
    genitive = words.GENITIVE_S and previous.endswith("s") and not previous.endswith("ss")
    known = evidence.place_name(word, words) == "country" or evidence.known_town(word, "", words)
    return bool(genitive) or known
