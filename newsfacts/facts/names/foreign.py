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

from collections import Counter
from dataclasses import replace
from itertools import pairwise
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import context, evidence
from newsfacts.facts.name_cues import body_noun, one_facility
from newsfacts.facts.names import bodies, body_parts, domain
from newsfacts.facts.names.according import according_to
from newsfacts.facts.names.aliases import acronyms, genitive_places, shouted_forms
from newsfacts.facts.names.article_cuts import article_cuts
from newsfacts.facts.names.genitives import genitive_runs, possessor
from newsfacts.facts.names.glued import after_headline, headline_names
from newsfacts.facts.names.lineups import with_lineups
from newsfacts.facts.names.listed_runs import sure_org, whole_company
from newsfacts.facts.names.lone import lone_words
from newsfacts.facts.names.model import LOC, ORG, PER, Entity, Mention, Text
from newsfacts.facts.names.noun_runs import names_beside_nouns
from newsfacts.facts.names.once_told import once_told
from newsfacts.facts.names.passes import document_passes
from newsfacts.facts.names.person_runs import employer_span, person_runs
from newsfacts.facts.names.portfolio import with_portfolio
from newsfacts.facts.names.quoted_kinds import quoted_kinds
from newsfacts.facts.names.reading import Span, dated, is_cap, read_span
from newsfacts.facts.names.surnames import compound_surname
from newsfacts.facts.names.text_passes import text_passes
from newsfacts.facts.names.venues import placed_after_adjective
from newsfacts.facts.tokens import Token, joined, tokenize

PERSON_EVIDENCE = frozenset(("first name", "role"))  # a person whose short forms are theirs
HEADING = 2  # tokens of a line at most that is a heading ('Alineaciones'), no sentence
REPEATED = 2  # mentions that make a lone unknown word a name
SPORTS_AT = 3  # sports words that make an article a match report
SHOUT_LETTERS = 4  # two words this long in capitals in one text: its capitals are no acronyms
THREE = 3  # words of a name with two surnames: a first name, then both
OPENERS = frozenset(("", '"', "“", "„", "«", "»", "(", "‘", "'", "-", "–", "—", ":", "‚"))
GLUE = frozenset(("&",))  # may stand inside a name ("Lernout & Hauspie")


def find_entities(
    items: list[Text], words: ModuleType, speakers: frozenset[str] = frozenset()
) -> tuple[list[Entity], dict[str, str]]:
    """Labelled entities of a document in another language, and the evidence each name rests on
    (evidence.EVIDENCE); a quote's speaker ('sagte Klaus Brenner') is a person whatever its
    words mean."""
    spans: list[tuple[Text, list[Token], Span]] = []
    headlines: list[tuple[Text, list[Token]]] = []  # lines in capitals
    for item in items:
        tokens = tokenize(item.text)
        if not shouted(tokens, words):
            spans += [(item, tokens, s) for s in spans_in(item.text, tokens, words)]
            continue
        headlines.append((item, tokens))
        k = after_headline(tokens)  # '... PIDEN CALMA EN MADRID Sevilla (EFE).': its dateline
        if k is not None and not shouted(tokens[k:], words):
            tail = item.text[tokens[k].start :]
            tail_tokens = tokenize(tail)
            spans += [(item, tail_tokens, s) for s in spans_in(tail, tail_tokens, words)]
    if sports_report(items, words):
        spans = with_lineups([(item, tokens, as_team_town(s)) for item, tokens, s in spans], words)
    spans = document_passes(spans, items, speakers, words)
    default = domain.lone_default(items, words, sports_report(items, words))
    spans = domain.company_words(lone_words(repeated_words(spans, words, default), words), default)
    spans = once_told(according_to(spans, words), words, default)
    genitives = genitive_places(spans, words)  # 'Europas' beside 'Europa', 'Ockhams'
    people: dict[str, str] = {}  # a person's full name -> the evidence its short forms take
    for _, _, s in spans:
        name = genitives.get(s.text, s.text)  # 'Wilhelm Ockhams': 'Wilhelm Ockham'
        if len(name.split()) > 1 and (s.label == PER or s.text in speakers):
            strong = s.text in speakers or s.reason in PERSON_EVIDENCE
            if strong or name not in people:
                people[name] = "short form" if strong else s.reason
    entities: dict[str, Entity] = {}
    reasons: dict[str, str] = {}  # each entity's evidence: its first shown kind, else its first
    order = 0
    glossed = {**shouted_forms(spans), **acronyms(spans), **genitives}
    for item, tokens, s in spans:
        key = glossed.get(s.text) or _owner(
            s, people, _said(tokens, s, words), bool(words.TWO_SURNAMES)
        )
        if s.text in speakers:
            span = _as_person(s, "speaker")
        elif key != s.text and s.text not in glossed:
            span = _as_person(s, people[key])
        else:
            span = s
        if span.label is None and key not in entities:
            continue  # no kind and not told before: no name
        order += 1
        forms = [key] if s.text in genitives else []  # a place's own form before its alias
        entity = entities.setdefault(key, Entity(key, forms=forms))
        entity.add(_mention(item, tokens, span, order))
        shown = span.reason in evidence.SHOWN
        if entity.label is None or (shown and reasons.get(key) not in evidence.SHOWN):
            entity.label = span.label or entity.label
        if key not in reasons or (shown and reasons[key] not in evidence.SHOWN):
            reasons[key] = span.reason
    for item, tokens, name, a, b in headline_names(headlines, entities):
        order += 1  # 'PINOCHET' in a headline: the story's Pinochet
        text = item.text[tokens[a].start : tokens[b - 1].end]
        entities[name].add(_mention(item, tokens, Span(text, a, b, None, "", None, False), order))
    quoted_kinds(entities, reasons, words)  # '„Big House“', 'el parque "Terra Mítica"'
    for name in speakers.intersection(entities):
        entities[name].label, reasons[name] = PER, "speaker"
    found = [e for e in entities.values() if e.label in (PER, ORG, LOC)]
    return found, {e.name: reasons[e.name] for e in found}


def repeated_words(
    spans: list[tuple[Text, list[Token], Span]], words: ModuleType, default: str | None
) -> list[tuple[Text, list[Token], Span]]:
    """A lone capitalised word with no other evidence that the text repeats inside its
    sentences ('Swissair', 'Robeyns') is a name, of the kind the text's subject gives (domain.py)
    or else its neighbours (context.py); in the languages where that was measured to help."""
    befores: dict[str, list[str]] = {}
    people = {s.text for _, _, s in spans if " " in s.text and s.label == PER}
    ends = Counter(p.split()[-1] for p in people)  # a known person's short form, if only one's
    for _, tokens, s in spans if words.REPEATED_NAMES else []:
        if (
            (s.reason == "lone word" or (s.reason == "initial" and len(tokens) > HEADING))
            and ends[s.text] != 1
            and not context.people_word(s.text, words)
            and not lexicon.is_common_word(s.text, words.NAME)
        ):
            befores.setdefault(s.text, []).append(tokens[s.start - 1].text if s.start else "")
    kinds = {
        name: default or context.lone_kind(found, words)
        for name, found in befores.items()
        if len(found) >= REPEATED
    }
    return [
        (item, tokens, replace(s, label=kinds[s.text]) if s.text in kinds else s)
        for item, tokens, s in spans
    ]


def shouted(tokens: list[Token], words: ModuleType) -> bool:
    """A headline or table line in capitals ('PROBLEMAS INTERNOS DEL PSOE'): no running text;
    not a wire dateline before acronyms ('MADRID, 3 dic (EFE) - El PSOE y la CNMV…')."""
    long = [t.text for t in tokens if sum(c.isalpha() for c in t.text) >= 3]
    if len(long) < 3 or sum(w.isupper() for w in long) * 2 <= len(long):
        return False
    return any(evidence.shouting(w, words) for w in long)


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


def _owner(s: Span, people: dict[str, str], said: bool = False, two_surnames: bool = False) -> str:
    """The entity a span belongs to: a longer person whose last word it is or whose first
    words it is ("Juan Orlando" of "Juan Orlando Hernández"), else its own; where people carry
    two surnames, the first of them alone is the person too ('Beltrán' of 'Marta Beltrán
    Soler')."""
    size = len(s.text.split())
    title = s.reason == "title" and size > 1  # 'De Prins' after 'Herman De Prins': his name
    country = s.reason == "country" and not said  # 'disse Montenegro': Luís Montenegro spoke
    if not title and (sure_org(s) or (size > 1 and s.label != PER) or country):
        return s.text  # a country is never a short form of a person ('Kriegsland Ukraine')
    told = s.text.lower().split()  # 'zei De Graaf': 'Mieke de Graaf', the particle capitalised
    owners = [
        p
        for p in people
        if len(p.split()) > size
        and (p.lower().split()[-size:] == told or (size > 1 and p.startswith(s.text + " ")))
    ]
    if not owners and size == 1 and two_surnames:
        owners = [p for p in people if len(p.split()) >= THREE and p.lower().split()[-2] == told[0]]
    return owners[0] if len(owners) == 1 else s.text  # 'afirmó Beltrán': Marta Beltrán Soler


def _said(tokens: list[Token], s: Span, words: ModuleType) -> bool:
    """One word right after a verb of saying ('disse Montenegro'): someone speaks."""
    return s.start > 0 and evidence.said_by(s.text, tokens[s.start - 1].text, words)


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
        if not is_cap(tokens[i]):
            i += 1
            continue
        j = i + 1
        while j < len(tokens):
            if (
                (is_cap(tokens[j]) and joined(tokens[j - 1], tokens[j]))
                or _inner(tokens, j, words)
                or _body_joiner(tokens, i, j, words)
            ):
                j += 1
            else:
                break
        while j > i + 1 and not is_cap(tokens[j - 1]):
            j -= 1
        runs.append((i, j))
        i = j
    return runs


def _inner(tokens: list[Token], j: int, words: ModuleType) -> bool:
    """A particle or '&' between two capitalised words ("Bank für Gemeinwirtschaft")."""
    t = tokens[j]
    if t.text not in words.JOINERS and t.text not in GLUE:
        return False
    k = j + 1
    while k < len(tokens) and tokens[k].text in words.PARTICLES:
        k += 1
    return k < len(tokens) and is_cap(tokens[k])


def _body_joiner(tokens: list[Token], i: int, j: int, words: ModuleType) -> bool:
    """A preposition inside a body's name after its organisation word ('Consejo por la Paz',
    'Instituto para la Comunicación'), a capitalised word after it and its articles."""
    joiners: frozenset[str] = getattr(words, "BODY_JOINERS", frozenset())
    if tokens[j].text not in joiners or not evidence.is_org_word(tokens[i].text, words):
        return False
    k = j + 1
    while k < len(tokens) and tokens[k].text in words.PARTICLES:
        k += 1
    return k < len(tokens) and is_cap(tokens[k])


def spans_in(text: str, tokens: list[Token], words: ModuleType) -> list[Span]:
    """The candidate names of one text, each with its label and evidence."""
    out = []
    runs = _dateline_runs(capital_runs(tokens, words), tokens, words)
    runs = [r for r in runs if not _truncated(tokens, r[1])]  # 'Partei- und Wahlprogramme'
    runs = [cut for run in runs for cut in article_cuts(run, tokens, words)]  # 'Bauwerke Die'
    runs = [piece for run in runs for piece in genitive_runs(run, tokens, words)]
    for i, j in [piece for run in runs for piece in person_runs(run, tokens, words)]:
        body = bodies.quoted_body(text, tokens, (i, j), words)
        if body is not None:  # 'dem „Kölner Boten“': a paper's name
            out.append(body)
            continue
        office = _portfolio_end(tokens, i, j, words)
        if office:  # 'minister van Binnenlandse Zaken': the ministry
            name = text[tokens[i].start : tokens[office - 1].end]
            out.append(Span(name, i, office, ORG, "institution", None, False))
            if office == j:
                continue
            i = office
        initial = i == 0 or tokens[i - 1].text in OPENERS
        span = whole_company(text, tokens, (i, j), initial, words)  # 'General Motors'
        span = span or read_span(text, tokens, (i, j), initial, words)
        span = employer_span(text, tokens, (i, j), span, words)  # '… van de Haagse Tram'
        if _owner_here(span, tokens, (i, j), words):
            span = Span(tokens[i].text, i, j, PER, "possessor", None, initial)  # 'Critchlows Stil'
        if (span is not None or j - i == 1) and bodies.share_moved(tokens, j, words):
            span = bodies.share_span(text, tokens, (i, j), span)  # 'Lufthansa (+3,1%)': a company
        if span is None and (beside := names_beside_nouns(text, tokens, (i, j), initial, words)):
            out += beside  # 'des Kaisers Nero', 'war Rée Gründungsmitglied': names, no nouns
            continue
        if span is not None and not _conjoined(tokens, i, j, words):
            out.append(span)
            continue
        head: Span | None = None
        for a, b in _pieces(tokens, i, j, words):
            piece = read_span(text, tokens, (a, b), initial and a == i, words)
            if piece is not None and a > i and _inner_place(piece, head, tokens[a - 1], words):
                continue  # 'Estadio de Francia', 'Copas de Europa': the place is the name's part
            if a > i and tokens[i].text in words.EVENTS and tokens[a].text in words.PARTICLES:
                continue  # 'Supercopa de España y de Europa': the second cup, no place
            head = piece if a == i else head
            out += [piece] if piece is not None else []
    out = [with_portfolio(text, tokens, byline_initials(s, tokens), words) for s in out]
    out = [placed_after_adjective(s, tokens, words) for s in out]
    out = [
        bodies.described_body(text, tokens, bodies.numbered_club(text, tokens, s, words), words)
        for s in out
    ]
    out = [s for k, s in enumerate(out) if not (k and s.start < out[k - 1].end)]  # ', Inc'
    out = text_passes(text, tokens, out, words)  # 'St. Gallen', 'München/Hamburg'
    if any(_capitals(a.text) and _capitals(b.text) for a, b in pairwise(tokens)):
        # "LOS CLUBES PIDEN ...": a headline; "(AMAN) ... (PSOE)": two acronyms
        out = [s for s in out if not (_capitals(s.text) and s.reason == "acronym")]
    return out


ENDS = frozenset((".", "!", "?", '"', "”", "»"))


def _owner_here(
    span: Span | None, tokens: list[Token], run: tuple[int, int], words: ModuleType
) -> bool:
    """One word with no kind that owns the noun after it ('Critchlows Stil'), or a word the
    list holds so ('Melanies Eltern')."""
    i, j = run
    if j - i != 1 or (span is not None and span.label is not None):
        return False
    if not possessor(tokens, i, words):
        return False
    return span is not None or _listed_owner(tokens[i].text, words)


def _listed_owner(word: str, words: ModuleType) -> bool:
    """An owner's name the word list holds ('Melanies Eltern' opening a sentence): no stop
    word ('Als'), no noun's shape nor compound ('Softwareprimus')."""
    return not (
        evidence.is_stop_word(word, words)
        or evidence.noun_shape(word, words)
        or evidence.ends_in_word(word.lower(), words)
    )


def byline_initials(s: Span, tokens: list[Token]) -> Span:
    """Two capitals in brackets after a sentence's end or opening a text ('... goed. (KS)',
    '(BD) De regering'): the writer's initials, a person."""
    if s.reason != "initials" or s.start < 1 or s.end >= len(tokens):
        return s
    if tokens[s.start - 1].text != "(" or tokens[s.end].text != ")":
        return s
    if s.start > 1 and tokens[s.start - 2].text not in ENDS:
        return s
    nxt = tokens[s.end + 1].text[:1] if s.end + 1 < len(tokens) else "A"
    if not (nxt.isupper() or nxt in OPENERS):
        return s  # '(PP).': a party's acronym left after its sentence
    return Span(s.text, s.start, s.end, PER, "initials", None, False)


def _portfolio_end(tokens: list[Token], i: int, j: int, words: ModuleType) -> int:
    """Where a ministry's name after 'minister van' ends (before a first name: 'minister van
    Cultuur Bert Anciaux'), or 0 where the run follows no such words; in the languages whose
    news names the ministry so (Dutch)."""
    if i < 2 or tokens[i - 1].text != words.PORTFOLIO_LINK:
        return 0
    if not tokens[i - 2].text.lower().endswith(words.PORTFOLIO_ROLES):
        return 0
    return next((k for k in range(i + 1, j) if evidence.first_name(tokens[k].text, words)), j)


def _inner_place(piece: Span, head: Span | None, before: Token, words: ModuleType) -> bool:
    """A place joined by 'de' to capitalised words before it that are no person ('Estadio de
    Francia'): a part of the longer name, no place of its own ('Pol Tansens van Gent' is one)."""
    joiner = before.text in words.JOINERS and before.text not in words.CONJUNCTIONS
    if piece.label != LOC or not joiner:
        return False  # 'Syrië en Soedan': a list of places
    if head is None or head.label is None:  # German's nouns are capitalised: 'Einwohner von
        return not words.CAPITALISED_NOUNS  # Genf', 'Ausnahme von Irland' name the place
    return head.label != PER


def _dateline_runs(
    runs: list[tuple[int, int]], tokens: list[Token], words: ModuleType
) -> list[tuple[int, int]]:
    """Runs with a dateline's town cut off the byline before it ('Por Ana Ruiz Madrid, 23
    may (EFE)': 'Ana Ruiz', then 'Madrid'; 'Santo Domingo' too)."""
    out = []
    for i, j in runs:
        size = _dateline_town(tokens, i, j, words)
        out += [(i, j - size), (j - size, j)] if size else [(i, j)]
    return out


def _truncated(tokens: list[Token], j: int) -> bool:
    """A run whose last word is a compound's head cut short by a hyphen ('Partei- und
    Wahlprogramme'): a noun left for the next word to finish, no name."""
    if j + 1 >= len(tokens) or tokens[j].text != "-" or tokens[j].start != tokens[j - 1].end:
        return False
    return tokens[j + 1].start > tokens[j].end and tokens[j + 1].text[:1].islower()


def _dateline_town(tokens: list[Token], i: int, j: int, words: ModuleType) -> int:
    """The words of a known town (one to three) that end a run before a dateline's day, after
    at least two words ('Por Hugo Bonifacio Santo Domingo, 23 may') and no 'de', else 0."""
    if not dated(tokens, j) or tokens[i].text in words.EVENTS:
        return 0  # '4 Supercopas de Europa, 9 Copas ...': a count of cups, no dateline
    for size in (3, 2, 1):
        town = " ".join(t.text for t in tokens[j - size : j])
        joined = tokens[j - size - 1].text in words.JOINERS  # 'Santiago de Chile': one town
        if j - i - size >= 2 and evidence.place_name(town, words) and not joined:
            return size
    return 0


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
    if tokens[i].text in words.EVENTS or one_facility([t.text for t in tokens[i:j]], words):
        return []  # "Copa de Europa", "Plaza de España": one name, no place in it
    if tokens[j - 1].text in words.ORG_SUFFIXES:
        return []  # "Aguas del Sur S.A.": the legal form closes the whole name
    for k in range(i + 1, j - 1):
        if tokens[k].text not in words.JOINERS or tokens[k - 1].text in words.JOINERS:
            continue
        head = [t.text for t in tokens[i:k]]
        m = k
        while m < j and tokens[m].text in words.JOINERS:
            m += 1
        tail = " ".join(t.text for t in tokens[m:j])
        if body_parts.one_body(head, tokens[k].text, tail, words):
            return []  # "Gobierno de Estados Unidos": the institution of a place is one name
        if _org_or_place(tail, words) and not compound_surname(head, tokens[k:m], tail, words):
            return list(range(k, m))
    return []


def _org_or_place(name: str, words: ModuleType) -> bool:
    """An acronym, a name with an organisation word or a body's noun ('Havenbedrijf'), or a
    place the gazetteer knows."""
    return (
        evidence.is_acronym(name)
        or any(evidence.is_org_word(w, words) or body_noun(w.lower(), words) for w in name.split())
        or evidence.place_name(name, words) is not None
    )


def _pieces(tokens: list[Token], i: int, j: int, words: ModuleType) -> list[tuple[int, int]]:
    """A run cut at its conjunctions ("Deutschland und Italien") or before an organisation."""
    cuts = _cuts(tokens, i, j, words)
    bounds = [i - 1, *cuts, j]
    return [(a + 1, b) for a, b in pairwise(bounds) if b > a + 1]
