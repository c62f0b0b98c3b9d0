"""A body's name with another name after 'of': one name where the other is a place or the body
is named by one word ('Gobierno de Estados Unidos', 'Ministerie van Economische Zaken'), two
where a language names a body's part apart from the body it belongs to and the head is a name
of two words or more ('het Uitvoerend Comité van het IOC', 'de Commissie voor Onrechtmatige
Bedingen van Economische Zaken': the committee, then the IOC)."""

from __future__ import annotations

from types import ModuleType

from newsfacts.facts.name_cues import FIRM_ENDS
from newsfacts.facts.name_words import is_acronym, is_org_word

PART_HEAD = 2  # words of a head from which a body's part is named apart from its body


def one_body(head: list[str], joiner: str, tail: str, words: ModuleType) -> bool:
    """Whether a run cut at a joiner after `head` stays one name: its head holds an
    organisation word or an institution, and the tail is no other body named apart."""
    if not any(is_org_word(w, words) or w in words.INSTITUTIONS for w in head):
        return False
    return not part_of_body(head, joiner, tail, words)


def part_of_body(head: list[str], joiner: str, tail: str, words: ModuleType) -> bool:
    """A head of two words or more, the language's joiner of a part to its body ('van'), and a
    tail that is an organisation itself: an acronym, or a name with an organisation word."""
    while head and head[0].lower() in words.PARTICLES:
        head = head[1:]  # 'Het Ministerie' opening a sentence: the article is no word of it
    if joiner != getattr(words, "PART_OF", None) or len(head) < PART_HEAD:
        return False
    parts = tail.split()
    if len(parts) == 1 and is_acronym(tail):
        return True
    return any(is_org_word(w, words) or w in FIRM_ENDS for w in parts)
