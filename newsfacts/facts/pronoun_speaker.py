"""Who speaks when a quote in another language names no one: 'sagte er', 'zei hij', '«…», ha
aggiunto.', 'a-t-il ajouté': the person last named as a clause's subject before the quote, in
its sentence or the ones just before; never one named after a preposition ('con Fux, Pacheco e
Bolsonaro', 'apoyo a Sandra Quiñónez') nor inside the quote. With none, no one."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfacts.model import Document, Fact
from newsfacts.words import words_of

REACH = 2  # sentences back a pronoun's person is looked for in
OPENING = 4  # words at most before a sentence's subject ('Il sindaco di Roma Paolo Greco')
OPENING_PHRASE = 8  # words at most of an opening phrase before its comma and the subject
SAID_REACH = 40  # characters after a verb of saying its speaker stands within


def last_named(
    doc: Document, people: Sequence[Fact], sentence: int, quote: str, code: str
) -> str | None:
    """The person last named as a subject before the quote ('Pacheco afirmou …', ', a indiqué
    son président, Hervé Martel.'), else None."""
    words = words_of(code)
    verbs = tuple(getattr(words, "SPEECH_VERBS", ()))
    links: frozenset[str] = getattr(words, "OBJECT_LINKS", frozenset())
    best: tuple[int, int] | None = None
    found = None
    for s in doc.sentences[max(0, sentence - REACH) : sentence + 1]:
        text = s.text
        if s.index == sentence and quote[:30] in text:
            text = text[: text.index(quote[:30])]  # the words before the quote only
        for p in people:
            for form in (p.text, *p.aliases):
                for m in re.finditer(rf"(?<!\w){re.escape(form)}(?!\w)", text) if form else ():
                    if _subject(text, m.start(), verbs, links) and (
                        best is None or (s.index, m.start()) > best
                    ):
                        best, found = (s.index, m.start()), p.text
    return found


def _subject(text: str, at: int, verbs: tuple[str, ...], links: frozenset[str]) -> bool:
    """A name opening its sentence or standing after a verb of saying, not after a link word
    (the language's OBJECT_LINKS: 'a', 'com', 'mit', 'y', 'e')."""
    before = text[:at].split()
    if before and before[-1].lower().strip(",") in links:
        return False
    if len(before) <= OPENING:
        return True
    # "Selon le porte-parole de la préfecture, Yann Kervella, …", "O diretor de política
    # monetária, Rodrigo Alves, disse": the name right after the sentence's one opening phrase
    # (a role, a time, a source) is its subject.
    opening = text[:at].rstrip()
    if len(before) <= OPENING_PHRASE and opening.endswith(",") and opening.count(",") == 1:
        return True
    near = text[max(0, at - SAID_REACH) : at].lower()
    return any(f"{v} " in near for v in verbs)
