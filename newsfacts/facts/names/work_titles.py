"""Names inside the title of a work a German text quotes: the work's words, no names of its own.

A title in quote marks after the word for a kind of work ('das Bild „Befreiung Helenas durch
Kastor und Pollux“', 'unter dem Motto „Ein Mann suchte Amerika …“', 'im Gedicht: „…“') is
one name, a work's, that the finder does not report; the people and places its words name
are the painting's, the poem's, the song's, not the story's. Such a span is left with no kind
unless a body's cue names it (a paper's title: 'quoted body'). Quotes after any other word
(what someone said) are read as before.
"""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

OPEN = frozenset(("„", '"', "“", "»", "«"))
CLOSE = frozenset(("“", '"', "”", "«", "»"))
KEPT = frozenset(("quoted body", "organisation word", "institution"))  # a body's own cues
INFLECTED = ("es", "s", "en", "n", "e", "")  # 'des Films', 'den Liedern', 'dem Bilde'
ENDS = frozenset((".", "!", "?"))  # a sentence's end
LINKS = ("", "s", "es", "n", "en")  # a compound's linking letters ('Liebes-lied')
LONGEST = 40  # tokens of a title at most


def work_titles(tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """One text's spans, those inside a quoted work's title left with no kind."""
    nouns: frozenset[str] = getattr(words, "WORK_NOUNS", frozenset())
    if not nouns or not spans:
        return spans
    said = frozenset(v for v in getattr(words, "SPEECH_VERBS", ()) if " " not in v)
    titles = list(_titles(tokens, nouns, said, words.NAME))
    if not titles:
        return spans
    return [
        replace(s, label=None, reason="")
        if s.reason not in KEPT and any(a <= s.start and s.end <= b for a, b in titles)
        else s
        for s in spans
    ]


def _titles(
    tokens: list[Token], nouns: frozenset[str], said: frozenset[str], language: str
) -> list[tuple[int, int]]:
    """The token ranges inside quote marks right after a work's noun (a colon between, when
    the quote is no speech: 'sagte der Bild: „Ich habe … telefoniert.“' quotes a speaker)."""
    out = []
    for k, token in enumerate(tokens):
        if token.text not in OPEN or k == 0:
            continue
        before = k - 1 if tokens[k - 1].text != ":" or k < 2 else k - 2
        if not _work_noun(tokens[before].text, nouns, language):
            continue
        end = next(
            (j for j in range(k + 1, min(len(tokens), k + LONGEST)) if tokens[j].text in CLOSE),
            None,
        )
        if end is not None and (before == k - 1 or not _speech(tokens, before, end, said)):
            out.append((k + 1, end))
    return out


def _speech(tokens: list[Token], noun: int, end: int, said: frozenset[str]) -> bool:
    """A quote after a colon that is what someone said: it ends a sentence inside its marks
    ('… telefoniert.“'), or a speech verb comes before the noun in its sentence."""
    if tokens[end - 1].text in ENDS:
        return True
    for token in reversed(tokens[max(0, noun - LONGEST) : noun]):
        if token.text in ENDS:
            return False
        if token.text.lower() in said:
            return True
    return False


def _work_noun(word: str, nouns: frozenset[str], language: str) -> bool:
    """A noun for a kind of work, or a compound ending in one after a word of the language
    ('Gemälde', 'Kinofilm', 'Liebeslied'; not 'Mitglied': 'mitg' is no word)."""
    if not word[:1].isupper():
        return False
    lower = word.rpartition("-")[2].lower()
    stems = {lower.removesuffix(end) for end in INFLECTED}
    return any(
        stem.endswith(noun) and _head(stem.removesuffix(noun), language)
        for stem in stems
        for noun in nouns
        if stem
    )


def _head(prefix: str, language: str) -> bool:
    """What comes before a compound's head: nothing, or a word, a linking -s, -n or -es
    aside ('Kino', 'Liebes', 'Hochzeits')."""
    if not prefix or not lexicon.has_lexicon(language):
        return True
    return any(lexicon.is_word(prefix.removesuffix(end), language) for end in LINKS)
