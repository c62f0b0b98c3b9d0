"""The name finder for articles in German, Spanish, French, Italian, Portuguese and Dutch.

Capital letters say little there (German capitalises every noun; every language the first word
of a sentence), so a capitalised span becomes a name only with evidence, and the evidence also
gives its kind: a role word before it or a first name in it (a person), an organisation word or
legal form (an organisation), the gazetteer or CLDR's country names in the language, or a word
like "in" before it (a place), an acronym (an organisation). A span with no such evidence is a
name only when none of its words is an everyday word of the language and it stands inside a
sentence; German, whose word list lists names and nouns alike, keeps none of those. A one-word
name that ends a longer person's name is that person ("Merkel" after "Angela Merkel").
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise
from types import ModuleType

from newsfacts.facts import evidence
from newsfacts.facts.names.model import LOC, ORG, PER, Entity, Mention, Text
from newsfacts.facts.tokens import Token, tokenize

PERSON_EVIDENCE = frozenset(("first name", "role"))  # a person whose short forms are theirs
SPORTS_AT = 3  # sports words that make an article a match report
SHOUT_FROM = 4  # capitals longer than this, two in a run or more: a headline, not a name
SHORT_ACRONYM = 3  # an acronym this short before a first name is a name of its own
SHOUT_LETTERS = 4  # two words this long in capitals in one text: its capitals are no acronyms
OPENERS = frozenset(("", '"', "“", "„", "«", "»", "(", "‘", "'", "-", "–", "—", ":", "‚"))
GLUE = frozenset(("&",))  # may stand inside a name ("Lernout & Hauspie")


@dataclass(frozen=True)
class Span:
    """A candidate name in one text: its words, the role before it, its kind and evidence."""

    text: str
    start: int  # token index
    end: int
    label: str | None
    reason: str  # the evidence it rests on (evidence.EVIDENCE)
    role: str | None
    initial: bool


def find_entities(
    items: list[Text], words: ModuleType, speakers: frozenset[str] = frozenset()
) -> tuple[list[Entity], dict[str, str]]:
    """Labelled entities of a document in another language, and the evidence each name rests on
    (evidence.EVIDENCE); a quote's speaker ('sagte Klaus Brenner') is a person whatever its
    words mean."""
    spans: list[tuple[Text, list[Token], Span]] = []
    for item in items:
        tokens = tokenize(item.text)
        if not shouted(tokens):
            spans += [(item, tokens, s) for s in spans_in(item.text, tokens, words)]
    if sports_report(items, words):
        spans = [(item, tokens, as_team_town(s)) for item, tokens, s in spans]
    people: dict[str, str] = {}  # a person's full name -> the evidence its short forms take
    for _, _, s in spans:
        if len(s.text.split()) > 1 and (s.label == PER or s.text in speakers):
            strong = s.text in speakers or s.reason in PERSON_EVIDENCE
            if strong or s.text not in people:
                people[s.text] = "short form" if strong else s.reason
    entities: dict[str, Entity] = {}
    reasons: dict[str, str] = {}  # each entity's evidence: its first shown kind, else its first
    order = 0
    for item, tokens, s in spans:
        key = _owner(s, people)
        if s.text in speakers:
            span = _as_person(s, "speaker")
        elif key != s.text:
            span = _as_person(s, people[key])
        else:
            span = s
        if span.label is None and key not in entities:
            continue  # no kind and not told before: no name
        order += 1
        entity = entities.setdefault(key, Entity(key))
        entity.add(_mention(item, tokens, span, order))
        shown = span.reason in evidence.SHOWN
        if entity.label is None or (shown and reasons.get(key) not in evidence.SHOWN):
            entity.label = span.label or entity.label
        if key not in reasons or (shown and reasons[key] not in evidence.SHOWN):
            reasons[key] = span.reason
    for name in speakers.intersection(entities):
        entities[name].label, reasons[name] = PER, "speaker"
    found = [e for e in entities.values() if e.label in (PER, ORG, LOC)]
    return found, {e.name: reasons[e.name] for e in found}


def shouted(tokens: list[Token]) -> bool:
    """A headline or table line in capitals ('PROBLEMAS INTERNOS DEL PSOE'): no running text."""
    words = [t.text for t in tokens if sum(c.isalpha() for c in t.text) >= 3]
    return len(words) >= 3 and sum(w.isupper() for w in words) * 2 > len(words)


def sports_report(items: list[Text], words: ModuleType) -> bool:
    """A match report, by the sports words of its language ('Liga', 'Tor', 'goles', 'ploeg')."""
    seen = sum(
        1 for item in items for w in item.text.lower().split() if w.strip(".,;:") in words.SPORTS
    )
    return seen >= SPORTS_AT


def as_team_town(s: Span) -> Span:
    """A town named alone in a match report is mostly its team: no shown place."""
    if s.reason != "town" or " " in s.text:
        return s
    return Span(s.text, s.start, s.end, s.label, "team town", s.role, s.initial)


def _owner(s: Span, people: dict[str, str]) -> str:
    """The entity a span belongs to: a longer person whose last word it is or whose first
    words it is ("Juan Orlando" of "Juan Orlando Hernández"), else its own."""
    size = len(s.text.split())
    if s.label == ORG or (size > 1 and s.label != PER) or s.reason == "country":
        return s.text  # a country is never a short form of a person ('Kriegsland Ukraine')
    owners = [
        p
        for p in people
        if len(p.split()) > size
        and (p.split()[-size:] == s.text.split() or (size > 1 and p.startswith(s.text + " ")))
    ]
    return owners[0] if len(owners) == 1 else s.text


def _as_person(s: Span, reason: str) -> Span:
    """A short form of a person's name, or a speaker: a person, on the evidence given."""
    return Span(s.text, s.start, s.end, PER, reason, s.role, s.initial)


def _mention(item: Text, tokens: list[Token], s: Span, order: int) -> Mention:
    """The mention record of a span, with the words around it."""
    left = tuple(t.text for t in tokens[max(0, s.start - 3) : s.start])
    right = tuple(t.text for t in tokens[s.end : s.end + 3])
    return Mention(
        text=s.text, cite=item.cite, kind=item.kind, left=left, right=right,
        initial=s.initial, shouting=False, position=order, role=s.role,
    )  # fmt: skip


def capital_runs(tokens: list[Token], words: ModuleType) -> list[tuple[int, int]]:
    """Runs of capitalised tokens, particles and '&' allowed inside ("Banco de España")."""
    runs: list[tuple[int, int]] = []
    i = 0
    while i < len(tokens):
        if not _is_cap(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            if (_is_cap(tokens[j]) and _joined(tokens[j - 1], tokens[j])) or _inner(
                tokens, j, words
            ):
                j += 1
            else:
                break
        while j > i + 1 and not _is_cap(tokens[j - 1]):
            j -= 1
        runs.append((i, j))
        i = j
    return runs


def _is_cap(token: Token) -> bool:
    """A word that starts with a capital letter."""
    return token.text[:1].isupper() and any(c.isalpha() for c in token.text)


def _joined(a: Token, b: Token) -> bool:
    """Two tokens of one run: only spaces between them (or a dot that ends an abbreviation)."""
    return b.start - a.end <= 1


def _inner(tokens: list[Token], j: int, words: ModuleType) -> bool:
    """A particle or '&' between two capitalised words ("Bank für Gemeinwirtschaft")."""
    t = tokens[j]
    if t.text not in words.JOINERS and t.text not in GLUE:
        return False
    k = j + 1
    while k < len(tokens) and tokens[k].text in words.PARTICLES:
        k += 1
    return k < len(tokens) and _is_cap(tokens[k])


def spans_in(text: str, tokens: list[Token], words: ModuleType) -> list[Span]:
    """The candidate names of one text, each with its label and evidence."""
    out = []
    runs = _dateline_runs(capital_runs(tokens, words), tokens, words)
    for i, j in [piece for run in runs for piece in _person_runs(run, tokens, words)]:
        initial = i == 0 or tokens[i - 1].text in OPENERS
        span = read_span(text, tokens, (i, j), initial, words)
        if span is not None and not _conjoined(tokens, i, j, words):
            out.append(span)
            continue
        for a, b in _pieces(tokens, i, j, words):
            piece = read_span(text, tokens, (a, b), initial and a == i, words)
            out += [piece] if piece is not None else []
    if sum(_capitals(t.text) for t in tokens) >= 2:  # "LOS CLUBES PIDEN ...": a headline
        out = [s for s in out if not (_capitals(s.text) and s.reason == "acronym")]
    return out


def _dateline_runs(
    runs: list[tuple[int, int]], tokens: list[Token], words: ModuleType
) -> list[tuple[int, int]]:
    """Runs with a dateline's town cut off the byline before it ('Por Ana Ruiz Madrid, 23
    may (EFE)': 'Ana Ruiz', then 'Madrid')."""
    out = []
    for i, j in runs:
        if j - i > 2 and _dated(tokens, j) and evidence.place_name(tokens[j - 1].text, words):
            out += [(i, j - 1), (j - 1, j)]
        else:
            out.append((i, j))
    return out


def _person_runs(
    run: tuple[int, int], tokens: list[Token], words: ModuleType
) -> list[tuple[int, int]]:
    """A run cut before a person's first name after one word that is an acronym or a town
    ('EFE Ricardo Zamora', 'PCE Santiago Carrillo', 'Lleida Carles Busquets'): two names."""
    i, j = run
    for k in range(i + 1, j - 1):
        head = tokens[k - 1].text
        if not evidence.first_name(tokens[k].text, words) or not _joined(tokens[k - 1], tokens[k]):
            continue
        if evidence.is_org_word(head, words) or evidence.first_name(head, words):
            break  # 'FC Carl Zeiss Jena', 'Fundación Ramón Rubial': the person names the body
        if k - i == 1 and (_short_acronym(head) or evidence.known_town(head, "", words)):
            return [(i, k), (k, j)]
        break
    return [run]


def _short_acronym(word: str) -> bool:
    """An acronym of a party or agency ('PCE', 'EFE'), not a surname in capitals ('KAHN')."""
    return len(word) <= SHORT_ACRONYM and evidence.is_acronym(word)


def _capitals(word: str) -> bool:
    """A word of four letters or more in capitals: an acronym, or shouting."""
    return len(word) >= SHOUT_LETTERS and word.isupper() and word.isalpha()


def _conjoined(tokens: list[Token], i: int, j: int, words: ModuleType) -> bool:
    """A run of two names: 'und', 'y', 'et' inside, or a name, a joiner and an organisation or
    place ("Pol Tansens van de Fortis Bank"), unless the head is an organisation's."""
    return bool(_cuts(tokens, i, j, words))


def _cuts(tokens: list[Token], i: int, j: int, words: ModuleType) -> list[int]:
    """Where a run splits into names: its conjunctions, and a joiner between a head with no
    organisation word and a tail that is an organisation or a place."""
    cuts = [k for k in range(i, j) if tokens[k].text in words.CONJUNCTIONS]
    if cuts or evidence.place_name(" ".join(t.text for t in tokens[i:j]), words):
        return cuts  # "Santiago de Chile" is one place
    if tokens[i].text in words.EVENTS:
        return []  # "Copa de Europa": the competition is one name, no place in it
    if tokens[j - 1].text in words.ORG_SUFFIXES:
        return []  # "Aguas del Sur S.A.": the legal form closes the whole name
    for k in range(i + 1, j - 1):
        if tokens[k].text not in words.JOINERS or tokens[k - 1].text in words.JOINERS:
            continue
        head = [t.text for t in tokens[i:k]]
        if any(evidence.is_org_word(w, words) or w in words.INSTITUTIONS for w in head):
            return []  # "Gobierno de Estados Unidos": the institution of a place is one name
        m = k
        while m < j and tokens[m].text in words.JOINERS:
            m += 1
        tail = " ".join(t.text for t in tokens[m:j])
        if _org_or_place(tail, words):
            return list(range(k, m))
    return []


def _org_or_place(name: str, words: ModuleType) -> bool:
    """An acronym, a name with an organisation word, or a place the gazetteer knows."""
    return (
        evidence.is_acronym(name)
        or any(evidence.is_org_word(w, words) for w in name.split())
        or evidence.place_name(name, words) is not None
    )


def _pieces(tokens: list[Token], i: int, j: int, words: ModuleType) -> list[tuple[int, int]]:
    """A run cut at its conjunctions ("Deutschland und Italien") or before an organisation."""
    cuts = _cuts(tokens, i, j, words)
    bounds = [i - 1, *cuts, j]
    return [(a + 1, b) for a, b in pairwise(bounds) if b > a + 1]


def read_span(
    text: str, tokens: list[Token], run: tuple[int, int], initial: bool, words: ModuleType
) -> Span | None:
    """A run trimmed of leading everyday and role words, labelled by its evidence, or None."""
    i, j = run
    role = _role_before(tokens, i, words)
    place = evidence.place_name(text[tokens[i].start : tokens[j - 1].end], words)
    if place == "country" or (place and j - i > 1):  # "Estados Unidos", "Nueva York"
        name = text[tokens[i].start : tokens[j - 1].end]
        return Span(name, i, j, LOC, "country" if place == "country" else "town", None, initial)
    shouted_to = max((k for k in range(i, j) if _shout(tokens[k].text)), default=-1)
    if shouted_to > i:  # "PROBLEMAS INTERNOS DEL PSOE Córdoba": a headline glued to a name
        i, initial = shouted_to + 1, True
    while i < j and (_function(tokens[i].text, words) or tokens[i].text in words.PARTICLES):
        if i > run[0] and evidence.place_name(text[tokens[i].start : tokens[j - 1].end], words):
            break  # "De Verenigde Staten": the place, though 'verenigde' is a stop word
        i, initial = i + 1, False
    while j - i > 1 and evidence.is_role(tokens[i].text, words):
        role, i, initial = tokens[i].text, i + 1, False
    inner = _inner_role(tokens, i, j, words)
    if inner is not None:  # "Plan von Erfurts Trainer Karsten Baumann": the role's person
        role, i, initial = tokens[inner].text, inner + 1, False
    inside = _inner_person(tokens, i, j, words)
    if inside is not None:  # "Binnenlandse Zaken Otto Schily": the person ends the run
        i, initial = inside, False
    while i < j and tokens[i].text in words.PARTICLES:
        role, i = None, i + 1  # "Erzbischof von Trient": the role's place, not a person
    if i >= j:
        return None
    while (
        j - i > 1
        and evidence.place_name(text[tokens[i].start : tokens[j - 1].end], words) is None
        and _droppable(tokens, i, j, words)
    ):
        i, initial = i + 1, False
    while j - i > 1 and _compound_head(tokens, i, j, words):
        i, initial = i + 1, False  # "Rüstungskonzern EADS": the company is "EADS"
    while j - i > 2 and tokens[j - 1].text in words.ORG_SUFFIXES and _leading(tokens[i], words):
        i, initial = i + 1, False  # "Konzern Siemens AG": the company is "Siemens AG"
    if i >= j:
        return None
    j = _genitive_end(tokens, i, j, words)
    j = _person_end(tokens, i, j, words)
    name = text[tokens[i].start : tokens[j - 1].end]
    before = tokens[i - 1].text if i > 0 else ""
    label, reason = evidence.label_of(name, before, role, initial, words)
    dated = _dated(tokens, j) or (initial and _dateline(tokens, j))
    if dated and evidence.place_name(name, words):
        label, reason = LOC, "town"  # "Lima, 23 may (EFE).": the story's dateline
    if label is None and reason == "":
        return None
    if j - i > 1 and _dotted(tokens[j - 1].text, words) and text[tokens[j - 1].end :][:1] == ".":
        name += "."  # "Claudia B.", "Elisabeth II.": the initial or numeral keeps its period
    return Span(name, i, j, label, reason, role, initial)


def _genitive_end(tokens: list[Token], i: int, j: int, words: ModuleType) -> int:
    """A German run ends after a place in the genitive ('Bremens Zukunft': 'Bremens')."""
    if not words.GENITIVE_S:
        return j
    for k in range(i, j - 1):
        if evidence.genitive_place(tokens[k].text, words):
            return k + 1
    return j


def _person_end(tokens: list[Token], i: int, j: int, words: ModuleType) -> int:
    """Where a first name's person ends: before an everyday word or the first name again
    after the surname ("Hans Jacobs Vertrouwen", "Geert Sciot Geert Sciot", "Anne Jansen van
    Klimaat"), in German and Dutch also after a genitive or before a place ("Heidi Klums
    Modelsuche", "Robert Maes Brussel"); a particle right after the first name starts the
    surname ("Pieter de Graaf")."""
    if j - i < 3 or not evidence.first_name(tokens[i].text, words):
        return j
    for k in range(i + 2, j):
        word = tokens[k].text
        particle = tokens[k - 1].text in words.PARTICLES
        if particle and all(t.text in words.PARTICLES for t in tokens[i + 1 : k]):
            continue  # the surname's own particles: "Pieter de Graaf", "Ursula von der Leyen"
        plain = evidence.is_word_after_particle if particle else evidence.is_plain
        if word == tokens[i].text or (word not in words.PARTICLES and plain(word, words)):
            while k > i + 2 and tokens[k - 1].text in words.PARTICLES:
                k -= 1
            return k
        if not particle and _after_surname(tokens[k - 1].text, word, words):
            while k > i + 2 and tokens[k - 1].text in words.PARTICLES:
                k -= 1
            return k
    return j


def _after_surname(previous: str, word: str, words: ModuleType) -> bool:
    """In German and Dutch, a word after a person's genitive ('Klums Modelsuche') or a place
    after the name ('Maes Brussel') is no more of the name."""
    if not words.COMPOUNDS or evidence.first_name(word, words):
        return False
    genitive = words.GENITIVE_S and previous.endswith("s") and not previous.endswith("ss")
    known = evidence.place_name(word, words) == "country" or evidence.known_town(word, "", words)
    return bool(genitive) or known


def _dateline(tokens: list[Token], j: int) -> bool:
    """A dateline after a run: a comma and a day ('Lima, 23 may') or an agency in brackets
    ('Sevilla (EFE)')."""
    after = [t.text for t in tokens[j : j + 3]]
    if _dated(tokens, j):
        return True
    return len(after) == 3 and after[0] == "(" and after[2] == ")" and after[1].isupper()


def _dated(tokens: list[Token], j: int) -> bool:
    """A comma and a day after a run ('Lima, 23 may'): a dateline's town before it."""
    after = [t.text for t in tokens[j : j + 2]]
    return len(after) == 2 and after[0] == "," and after[1][:1].isdigit()


def _dotted(word: str, words: ModuleType) -> bool:
    """A name's last word written with its period: an initial ('B'), or in German a numeral."""
    initial = len(word) == 1 and word.isupper()
    return initial or bool(words.ORDINAL_DOT and evidence.ROMAN.fullmatch(word))


def _shout(word: str) -> bool:
    """A word in capitals longer than an acronym usually is ('PROBLEMAS', 'BARCELONA')."""
    return len(word) > SHOUT_FROM and word.isupper() and word.isalpha()


def _role_before(tokens: list[Token], i: int, words: ModuleType) -> str | None:
    """A lower-case role word just before the run ("la ministra Ana Ruiz")."""
    if i > 0 and tokens[i - 1].text.islower() and evidence.is_role(tokens[i - 1].text, words):
        return tokens[i - 1].text
    return None


def _inner_role(tokens: list[Token], i: int, j: int, words: ModuleType) -> int | None:
    """The last role word inside a run, with a capitalised word after it, else None."""
    if not words.COMPOUNDS:
        return None  # a capitalised role word inside a name is German or Dutch
    inner = [k for k in range(i + 1, j - 1) if evidence.is_role(tokens[k].text, words)]
    return inner[-1] if inner and _is_cap(tokens[inner[-1] + 1]) else None


def _inner_person(tokens: list[Token], i: int, j: int, words: ModuleType) -> int | None:
    """In German and Dutch, where a first name inside a run starts a person's two last words
    after words that are no first names ('Binnenlandse Zaken Otto Schily'), else None."""
    if not words.COMPOUNDS or j - i < 3:
        return None
    k = j - 2
    head = [t.text for t in tokens[i:k]]
    if not evidence.first_name(tokens[k].text, words) or tokens[k - 1].text in words.PARTICLES:
        return None
    last = tokens[j - 1].text  # capitalised, no ruler's numeral ('David II')
    if (
        any(evidence.first_name(w, words) for w in head)
        or last.isupper()
        or not _is_cap(tokens[j - 1])
    ):
        return None
    return k


def _function(word: str, words: ModuleType) -> bool:
    """A capitalised function word ("Der", "Auch", "El") that starts a sentence; an
    organisation word in a stop list ('Partido', 'Universidad') is none."""
    if word in words.INSTITUTIONS or evidence.is_org_word(word, words):
        return False
    return evidence.is_stop_word(word, words)


def _compound_head(tokens: list[Token], i: int, j: int, words: ModuleType) -> bool:
    """A compound ending in an organisation word before a name ('Rüstungskonzern EADS')."""
    word = tokens[i].text
    if not words.COMPOUNDS or word.lower() in words.ORG_WORDS or "-" in word:
        return False
    rest = [t.text for t in tokens[i + 1 : j] if t.text not in words.PARTICLES]
    if any(evidence.is_org_word(w, words) for w in rest):
        return False  # "Stadtwerke Bremen GmbH": the compound is the name's own word
    return evidence.is_org_word(word, words) and any(evidence.is_name_word(w, words) for w in rest)


def _leading(token: Token, words: ModuleType) -> bool:
    """A word for a company before its name ('Konzern Siemens AG'), not one of the name's own
    words ('Stadtwerke Bremen GmbH', 'Aguas del Sur S.A.')."""
    return token.text.lower() in words.ORG_WORDS or evidence.is_role(token.text, words)


def _droppable(tokens: list[Token], i: int, j: int, words: ModuleType) -> bool:
    """An everyday word leading a span whose rest still holds a name word ("Konzern Siemens")."""
    word = tokens[i].text
    rest = [t.text for t in tokens[i + 1 : j] if t.text not in words.PARTICLES]
    if (
        not evidence.is_everyday(word, words)
        or word in words.INSTITUTIONS
        or word in words.EVENTS  # "Copa de Europa": a competition, not the place
        or any(evidence.is_org_word(w, words) for w in (word, *rest))
    ):
        return False  # "Junta de Andalucía", "Internationaal Olympisch Comité": all one name
    return any(
        (
            evidence.is_name_word(w, words)
            or evidence.genitive_place(w, words)
            or evidence.place_name(w, words) is not None
        )
        and w not in words.ORG_SUFFIXES
        for w in rest
    )  # "Nachbarland Thüringen", "Neuling Ungarn": German lists its places among its words
