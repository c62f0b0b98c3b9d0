"""Organisations a German text names by a noun of the language, each on the evidence of its frame.

A party named by its noun ('die Grünen', 'der Linken', 'die Union' for CDU/CSU) is one when a
word only parties take ('Koalition', 'Fraktionsvorsitzende') or a party's acronym is in its
sentence: alone the words are a colour, a hand, the EU. A paper's title is one in quote marks
when it ends in a paper's word ('des „Abendblatts“'), when a verb of saying or of the press
frames it ('sagte er der „Morgenpost“'), before a paper's word ('die „Bild“-Zeitung'), or when
it follows a paper's word ('der Wochenzeitung Die Woche'): alone 'Spiegel', 'Zeit', 'Bild' are
a mirror, time, a picture. A federal body is one compound with the federal prefix inside it
('Umwelt|bundes|amt') or a body's word the reader's list lacks ('Bundesnachrichtendienst').
"""

from __future__ import annotations

from collections.abc import Iterator
from types import ModuleType

from newsfacts.facts.names.bodies import CLOSING, OPENING, QUOTED_BODY
from newsfacts.facts.names.model import ORG, Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token, tokenize

Found = tuple[int, int, str]
Item = tuple[Text, list[Token], Span]
ENDS = frozenset((".", "!", "?", ";", ":"))  # a sentence's or clause's end: a frame's reach
TITLE_WORDS = 4  # words at most in a title in quote marks
SAY_REACH = 8  # tokens at most from a verb of saying to the article of the paper it is told
DATIVE = frozenset(("dem", "der"))  # the article of a paper something is told ('sagte … der')
GENITIVE = ("s", "es")  # a paper's genitive ending ('des „Abendblatts“')
HYPHENS = frozenset(("-", "‐", "–"))
PRESS_TITLE = "organisation word"  # the evidence of a title after a paper's word


def noun_bodies_in(spans: list[Item], items: list[Text], words: ModuleType) -> list[Item]:
    """The spans of a document, with the bodies each text names by a noun in its frame."""
    if not getattr(words, "PARTY_NOUNS", ()):
        return spans
    texts: dict[Text, list[Item]] = {}
    for found in spans:
        texts.setdefault(found[0], []).append(found)
    out: list[Item] = []
    for item in items:
        mine = texts.pop(item, [])
        tokens = mine[0][1] if mine else tokenize(item.text)
        own = [s for _, toks, s in mine if toks is tokens]
        out += [(item, tokens, s) for s in noun_bodies(item.text, tokens, own, words)]
        out += [f for f in mine if f[1] is not tokens]  # a headline's tail
    return out + [f for rest in texts.values() for f in rest]


def noun_bodies(text: str, tokens: list[Token], spans: list[Span], words: ModuleType) -> list[Span]:
    """The spans of one text, with the bodies named by a noun in their frame added where no
    span stands."""
    if not getattr(words, "PARTY_NOUNS", ()):
        return spans
    found = [
        *_parties(tokens, words),
        *_quoted_titles(tokens, words),
        *_press_titles(tokens, words),
        *_federal(tokens, words),
    ]
    out = list(spans)
    for i, j, reason in sorted(found):
        mine = reason in (PRESS_TITLE, QUOTED_BODY)  # the title, no paper's word before it
        if not mine and any(s.start < j and i < s.end and s.label == ORG for s in out):
            continue  # the reader's own body
        out = [s for s in out if not (s.start < j and i < s.end)]
        name = text[tokens[i].start : tokens[j - 1].end]
        out.append(Span(name, i, j, ORG, reason, None, False))
    return sorted(out, key=lambda s: s.start)


def _sentence(tokens: list[Token], k: int) -> tuple[int, int]:
    """The bounds of the sentence around token k."""
    a = k
    while a > 0 and tokens[a - 1].text not in ENDS:
        a -= 1
    b = k
    while b < len(tokens) and tokens[b].text not in ENDS:
        b += 1
    return a, b


def _parties(tokens: list[Token], words: ModuleType) -> Iterator[Found]:
    """A party's noun after an article ('die Grünen', 'der Union'), not before another name
    ('Union Investment'), with a party's word or acronym in its sentence; a party's compound
    ('die Linkspartei') alone."""
    for k in range(1, len(tokens)):
        word = tokens[k].text
        if word not in words.PARTY_NOUNS or tokens[k - 1].text.lower() not in words.DEFINITE:
            continue
        named_on = k + 1 < len(tokens) and tokens[k + 1].is_cap
        if named_on or (k > 1 and tokens[k - 2].text == "/"):
            continue  # 'Union Investment', 'Bündnis 90/Die Grünen': a longer name
        if word in words.PARTY_COMPOUNDS or _party_near(tokens, k, words):
            yield k, k + 1, "institution"


def _party_near(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """A word only parties take ('Koalitionsverbot', 'Linksfraktion') or a party's acronym
    ('SPD', 'CDU-Politiker') in the sentence of token k."""
    a, b = _sentence(tokens, k)
    for t in tokens[a:k] + tokens[k + 1 : b]:
        low = t.text.lower()
        if any(stem in low for stem in words.PARTY_STEMS):
            return True
        if t.text.split("-")[0] in words.PARTY_ACRONYMS:
            return True
    return False


def _quoted_titles(tokens: list[Token], words: ModuleType) -> Iterator[Found]:
    """A title in quote marks after an article: one ending in a paper's word ('des
    „Abendblatts“'), one a verb of saying tells something ('sagte er der „Morgenpost“'), one
    before a paper's word ('die „Bild“-Zeitung')."""
    for k in range(len(tokens) - 3):
        if tokens[k].text.lower() not in words.DEFINITE or tokens[k + 1].text not in OPENING:
            continue
        j = k + 2
        while j < len(tokens) and j - k <= TITLE_WORDS + 1 and tokens[j].text not in CLOSING:
            j += 1
        if j >= len(tokens) or j == k + 2 or tokens[j].text not in CLOSING:
            continue
        title = tokens[k + 2 : j]
        if not title[0].is_cap or any(t.text in ENDS or t.text == "," for t in title):
            continue
        one = len(title) == 1 and _press_compound(title[0].text, words)
        if one or _told(tokens, k, words) or _paper_after(tokens, j, words):
            yield k + 2, j, QUOTED_BODY


def _press_compound(word: str, words: ModuleType) -> bool:
    """A compound ending in a paper's word, longer than it ('Abendblatt', 'Wochenspiegels')."""
    low = word.lower()
    stems = [low, *(low.removesuffix(e) for e in GENITIVE if low.endswith(e))]
    return any(st.endswith(h) and len(st) > len(h) for st in stems for h in words.PRESS_HEADS)


def _told(tokens: list[Token], k: int, words: ModuleType) -> bool:
    """A verb of saying a few words before the dative article at k, in the same clause ('Das
    sagte der Sprecher Jan Holm der „…“')."""
    if tokens[k].text not in DATIVE:
        return False
    verbs = {v for v in words.SPEECH_VERBS if " " not in v} - {"so"}
    for t in reversed(tokens[max(0, k - SAY_REACH) : k]):
        if t.text in ENDS or t.text == ",":
            return False
        if t.text in verbs:
            return True
    return False


def _paper_after(tokens: list[Token], j: int, words: ModuleType) -> bool:
    """A paper's word glued by a hyphen after the closing mark at j ('„Bild“-Zeitung')."""
    if j + 2 >= len(tokens) or tokens[j + 1].text not in HYPHENS:
        return False
    if tokens[j + 2].start != tokens[j + 1].end:
        return False
    return tokens[j + 2].text.lower().endswith(words.PRESS_HEADS)


def _press_titles(tokens: list[Token], words: ModuleType) -> Iterator[Found]:
    """A title after a paper's word after an article or adjective: with its own capitalised
    article ('der Wochenzeitung Die Woche')."""
    for k in range(1, len(tokens) - 2):
        word = tokens[k].text.lower()
        if not tokens[k].is_cap or not tokens[k - 1].text.islower():
            continue
        if not word.removesuffix("n").endswith(words.PRESS_HEADS):
            continue
        article = tokens[k + 1]
        if article.text.lower() not in words.DEFINITE or not article.is_cap:
            continue
        j = k + 2
        while j < len(tokens) and j - k <= TITLE_WORDS and tokens[j].is_cap:
            if tokens[j].text.lower() in words.ARTICLES | words.PREPOSITIONS:
                break  # ('Zeit' is on the stop list)
            j += 1
        if j > k + 2:
            yield k + 1, j, PRESS_TITLE


def _federal(tokens: list[Token], words: ModuleType) -> Iterator[Found]:
    """One compound with a federal prefix inside it and a body's word at its end
    ('Umweltbundesamt', 'Bundesnachrichtendienst'), before no 'für' nor name (the reader's
    longer name); no genitive ('Bundesamts': one row a body)."""
    for k, t in enumerate(tokens):
        low = t.text.lower()
        if not t.is_cap or "-" in low or not low.endswith(words.FEDERAL_HEADS):
            continue
        after = tokens[k + 1] if k + 1 < len(tokens) else None
        if after is not None and (after.is_cap or after.text in getattr(words, "BODY_LINKS", ())):
            continue  # 'Bundesanstalt für Arbeitsschutz', '… Technisches Hilfswerk': the reader's
        for part in words.FEDERAL_PARTS:
            at = low.find(part)
            rest = low[at + len(part) :]
            if at < 0 or not rest.endswith(words.FEDERAL_HEADS):
                continue
            if at == 0 or rest in words.FEDERAL_HEADS:  # 'Umwelt|bundes|amt', one head after
                yield k, k + 1, "institution"
                break
