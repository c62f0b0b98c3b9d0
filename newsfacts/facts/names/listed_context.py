"""A listed company's name (names/listed_firms.py) read against the words around all its
mentions in a document. A town the gazetteer knows by the name, of any size, told as a town
somewhere ('der Bürgermeister von Salzgitter', 'van Dover naar Calais', 'Antofagasta liegt',
'X tiene 9.000 habitantes') is the town. Else a name that is also an everyday word needs a
company's cue (its market's words in the sentence, a noun for a firm before it, a compound of
its name and a role: 'Henkel-Chef'): a German noun by its forms ('Henkel', 'Linde'; not
'Amazon', though 'Amazonen' are German) or by its derivation ('Kinetik': 'kinetisch'), or,
where nouns are written small, a word of the language or an everyday English one that opens
every sentence it is named in ('Visa voor studenten', 'Volvo a Madrid'), and a name always
counted ('50 Hertz'); without one it takes its other reading."""

from __future__ import annotations

from dataclasses import replace
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import evidence
from newsfacts.facts.name_words import MIN_HEAD
from newsfacts.facts.names.domain import business_word
from newsfacts.facts.names.inflection import uninflected
from newsfacts.facts.names.listed_firms import LISTED
from newsfacts.facts.names.model import LOC, Text
from newsfacts.facts.names.reading import Span
from newsfacts.facts.tokens import Token

Found = tuple[Text, list[Token], Span]
AFTER = 6  # words after a name where an inhabitants' count or a town's verb tells a town
FLOOR = 50  # pyspellchecker's floor count: a word above it is one the language uses
ENDS = frozenset((".", "!", "?"))
YEAR = 4  # digits of a year before a name ('2019 Siemens'), no count


def listed_in_context(spans: list[Found], words: ModuleType) -> list[Found]:
    """The spans, a listed name's read anew by the cues around all its mentions."""
    by_name: dict[str, list[int]] = {}
    for k, (_, _, s) in enumerate(spans):
        if s.reason == LISTED and " " not in s.text:
            by_name.setdefault(s.text, []).append(k)
    out: list[Found | None] = list(spans)
    texts = list({id(tokens): tokens for _, tokens, _ in spans}.values())
    for name, ks in by_name.items():
        told = [(spans[k][1], spans[k][2]) for k in ks]
        if evidence.place_name(name, words) is not None and any(
            _town(t, s, words) for t, s in told
        ):
            for k in ks:
                item, tokens, s = spans[k]
                out[k] = (item, tokens, replace(s, label=LOC, reason="town"))
        elif any(_company(t, s, words) for t, s in told) or _compound(name, texts, words):
            continue
        elif _everyday(name, told, words) or all(_counted(t, s) for t, s in told):
            for k in ks:
                item, tokens, s = spans[k]
                before = tokens[s.start - 1].text if s.start else ""
                label, reason = evidence.label_of(s.text, before, s.role, s.initial, words)
                out[k] = (item, tokens, replace(s, label=label, reason=reason)) if reason else None
    return [f for f in out if f is not None]


def _town(tokens: list[Token], s: Span, words: ModuleType) -> bool:
    """A town's cues: 'von X nach', an office of a town's head and 'von' before it, a town's
    verb or its inhabitants' count after it."""
    low = [t.text.lower() for t in tokens]
    before, after = low[s.start - 1] if s.start else "", low[s.end] if s.end < len(low) else ""
    offices = getattr(words, "TOWN_OFFICES", frozenset()) | getattr(
        words, "TOWN_NOUNS", frozenset()
    )
    if before in words.PLACE_FROM and (
        after in words.PLACE_TO or (low[s.start - 2 : s.start - 1] and low[s.start - 2] in offices)
    ):
        return True
    return any(w in words.PLACE_AFTER for w in low[s.end : s.end + AFTER])


def _company(tokens: list[Token], s: Span, words: ModuleType) -> bool:
    """A company's cues: a noun for a firm right before the name ('der Konzern X'), or its
    market's words in the sentence ('Aktien', 'beurs')."""
    nouns: tuple[str, ...] = tuple(getattr(words, "ORG_NOUNS", ()))
    before = tokens[s.start - 1].text.lower() if s.start else ""
    if nouns and before.endswith(nouns):
        return True  # 'Konzern', 'Chemiekonzern'
    market: frozenset[str] = getattr(words, "MARKET_WORDS", frozenset())
    ends = tuple(market) if words.COMPOUNDS else ()
    return any(business_word(t.text.lower(), market, ends) for t in _sentence(tokens, s))


def _compound(name: str, texts: list[list[Token]], words: ModuleType) -> bool:
    """The name joined by a hyphen to a role, a noun for a firm or a market's word somewhere in
    the document ('Henkel-Chef', 'Linde-Konzern', 'Bayer-Aktie'): the company's."""
    nouns = tuple(getattr(words, "ORG_NOUNS", ()))
    market: frozenset[str] = getattr(words, "MARKET_WORDS", frozenset())
    ends = tuple(market) if words.COMPOUNDS else ()
    prefix = f"{name}-"
    for tokens in texts:
        for t in tokens:
            head = t.text.removeprefix(prefix).lower()
            if head == t.text.lower():
                continue
            if (
                head in words.ROLE_WORDS
                or head.endswith(nouns)
                or business_word(head, market, ends)
            ):
                return True
    return False


def _counted(tokens: list[Token], s: Span) -> bool:
    """A count right before the name, no year, and no figure after it as in a table of shares
    ('mit 50 Hertz', not 'Endesa 21,37 ... 1460700 Repsol 20,50'): a unit or a thing counted."""
    before = tokens[s.start - 1].text if s.start else ""
    after = tokens[s.end].text if s.end < len(tokens) else ""
    year = len(before) == YEAR and before.isdigit()
    return before[:1].isdigit() and not year and not after[:1].isdigit()


def _sentence(tokens: list[Token], s: Span) -> list[Token]:
    """The tokens of the sentence the span stands in."""
    i = s.start
    while i > 0 and tokens[i - 1].text not in ENDS:
        i -= 1
    j = s.end
    while j < len(tokens) and tokens[j].text not in ENDS:
        j += 1
    return tokens[i:j]


def _german_noun(name: str, words: ModuleType) -> bool:
    """A word the list holds with its noun forms ('Henkel': 'Henkeln'; 'Linde': 'Linden'), no
    form of another word only ('Uber': 'über', 'Roche': 'roch') and no word English lists above
    its floor ('Amazon', though 'Amazonen' are German)."""
    if not getattr(words, "NOUN_FORMS", ()) or not lexicon.is_word(name, words.NAME):
        return False
    return not uninflected(name, words) and not lexicon.is_frequent_word(name, "English", FLOOR + 1)


def _derived(low: str, words: ModuleType) -> bool:
    """A noun derived from a word the list holds ('Kinet|ik': 'kinetisch')."""
    for end, stems in getattr(words, "NOUN_DERIVATIONS", ()):
        stem = low.removesuffix(end)
        if (
            stem != low
            and len(stem) >= MIN_HEAD
            and any(lexicon.is_word(stem + s, words.NAME) for s in stems)
        ):
            return True
    return False


def _everyday(name: str, told: list[tuple[list[Token], Span]], words: ModuleType) -> bool:
    """A German noun by its forms ('Henkel': 'Henkels'), or where nouns are written small, a
    word of the language or an everyday English one that opens each sentence it is named in."""
    if words.CAPITALISED_NOUNS:
        return _german_noun(name, words) or _derived(name.lower(), words)
    if not all(s.initial for _, s in told):
        return False
    frequent = lexicon.is_frequent_word(name, words.NAME, FLOOR + 1)
    return frequent or lexicon.is_common_word(name, "English")
