"""Reading one candidate name in another language: a run of capitalised words trimmed of the
everyday and role words around it ("Konzern Siemens AG", "la ministra Ana Ruiz"), cut where a
person's name ends, and labelled by its evidence (facts/evidence.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import evidence, name_cues, name_words, place_names, role_pairs
from newsfacts.facts.names import listed_firms
from newsfacts.facts.names.model import LOC, ORG, PER
from newsfacts.facts.names.particles import particle_surname
from newsfacts.facts.names.person_ends import person_end
from newsfacts.facts.place_adjectives import place_adjective
from newsfacts.facts.tokens import Token
from newsfacts.words.en.function import STOPWORDS
from newsfacts.words.en.press import AGENCIES

LEGAL_FORMS = frozenset(("Inc", "Corp", "Ltd", "Co", "LLC", "Plc", "PLC", "S.A", "SA", "AG", "NV"))
SHOUT_FROM = 4  # capitals longer than this, two in a run or more: a headline, not a name
MIN_NOUN = 4  # letters of a noun that ends a place's run ('Platz')
TITLE_WORDS = 4  # words at most in a name that keeps its article ('De Morgen', 'El País')
UNSURE = frozenset(("initial", "capitals", "surname", "lone word"))  # no kind of its own


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


def read_span(
    text: str, tokens: list[Token], run: tuple[int, int], initial: bool, words: ModuleType
) -> Span | None:
    """A run trimmed of leading everyday and role words, labelled by its evidence, or None."""
    i, j = run
    role = _role_before(tokens, i, words)
    place = evidence.place_name(text[tokens[i].start : tokens[j - 1].end], words)
    prior = tokens[i - 1].text if i > 0 else ""
    fused = place_names.town_with_article(tokens[i].text, prior, place, words)
    joined = place and "-" in tokens[i].text  # 'Nordrhein-Westfalen': known as one name
    if place == "country" or (place and j - i > 1) or joined or (fused and j - i == 1):
        name = text[tokens[i].start : tokens[j - 1].end]  # "Estados Unidos", "no Porto"
        return Span(name, i, j, LOC, "country" if place == "country" else "town", None, initial)
    if _title(tokens, run, words):  # "De Morgen" on its own line: the paper, article and all
        name = text[tokens[i].start : tokens[j - 1].end]
        return Span(name, i, j, ORG, "title", None, initial)
    surname = particle_surname(tokens, run, initial, words)
    if surname is not None:  # 'zegt Van Diepenbeek': a Flemish surname, particle and all
        k, said, kind, why = surname
        return Span(text[tokens[k].start : tokens[j - 1].end], k, j, kind, why, said, False)
    shouted_to = max((k for k in range(i, j) if _shout(tokens[k].text)), default=-1)
    if shouted_to > i:  # "PROBLEMAS INTERNOS DEL PSOE Córdoba": a headline glued to a name
        i, initial = shouted_to + 1, True
    while i < j and (_function(tokens[i].text, words) or tokens[i].text in words.PARTICLES):
        if i > run[0] and evidence.place_name(text[tokens[i].start : tokens[j - 1].end], words):
            break  # "De Verenigde Staten": the place, though 'verenigde' is a stop word
        if j - i > 1 and name_cues.saint_prefix(tokens[i].text, words):
            break  # 'San Juan de Vera', 'Santa Fe': a place named for a saint
        if _english_firm(tokens, i, j, words):
            break  # 'United News Media': an English firm's name, though 'united' is a stop word
        if _english_article(tokens[i].text, words) and j - i > 1:
            break  # 'The New York Times': an English title keeps its article
        if _body_of_place(tokens, i, j, words):
            break  # 'Europese Commissie': the body's name, though 'europese' is a stop word
        if _adjective_name(tokens, i, j, initial, words):
            break  # 'der Deutschen Presse-Agentur': a place's adjective written as a name's
        i, initial = i + 1, False
    while (
        j - i > 1
        and role_pairs.leading_role(tokens, i, j, words)
        and not _firm_name([t.text for t in tokens[i + 1 : j]])  # 'General Motors'
    ):
        role, i, initial = tokens[i].text, i + 1, False
    adjective = _place_adjective_end(tokens, i, j, words)
    if adjective:  # "het Canadese Gander", "de Britse MI5": the place's adjective is no name
        i, initial = adjective, False
        if i >= j:
            return None
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
        and (_droppable(tokens, i, j, words) or place_names.place_noun(tokens[i].text, words))
    ):
        i, initial = i + 1, False
    while j - i > 1 and _place_then_noun(text, tokens, i, j, words):
        j -= 1  # "Brasilien Platz 1": the place, then the noun of the next phrase
    while (
        j - i > 1 and (initial or words.CAPITALISED_NOUNS) and _compound_head(tokens, i, j, words)
    ):
        i, initial = i + 1, False  # "Rüstungskonzern EADS": the company is "EADS"; where
        # nouns are written small, one capitalised inside a sentence is the name's own word
        # ('aan de Rijksuniversiteit Leiden')
    while j - i > 2 and tokens[j - 1].text in words.ORG_SUFFIXES and _leading(tokens[i], words):
        i, initial = i + 1, False  # "Konzern Siemens AG": the company is "Siemens AG"
    if i >= j:
        return None
    j = _genitive_end(tokens, i, j, words)
    j = person_end(tokens, i, j, words)
    name = text[tokens[i].start : tokens[j - 1].end]
    before = tokens[i - 1].text if i > 0 else ""
    label, reason = _label(name, before, role, initial, words)
    if label is None and initial and _genitive_head(tokens, i, j, words):
        label, reason = LOC, "genitive"  # 'Hannovers damaliger Oberbürgermeister'
    on_dateline = dated(tokens, j) or (initial and _dateline(tokens, j))
    if on_dateline and evidence.place_name(name, words):
        label, reason = LOC, "town"  # "Lima, 23 may (EFE).": the story's dateline
    elif initial and reason in UNSURE and _province(text, tokens, j, words):
        label, reason = LOC, "town"  # 'Aldehuela (Cáceres) (EFE).': a village no list knows
    if label == PER and _town_noun_before(tokens, i, words):
        label, reason = LOC, "town"  # 'la población de Francisco Pizarro': a town's name
    if label is None and reason in ("initial", "lone word") and _speaking(tokens, j, words):
        label, reason = PER, "colon speaker"  # 'Leeman: "We krijgen ..."': who speaks
    if _legal_form(tokens, j):  # 'Liggett Group, Inc': the firm's legal name
        j += 2
        name, label, reason = text[tokens[i].start : tokens[j - 1].end], ORG, "organisation word"
    if label is None and reason == "":
        return None
    if j - i > 1 and _dotted(tokens[j - 1].text, words) and text[tokens[j - 1].end :][:1] == ".":
        name += "."  # "Claudia B.", "Elisabeth II.": the initial or numeral keeps its period
    if label in (LOC, ORG) and _club_year(tokens, j):
        name, j, label, reason = f"{name} {tokens[j].text}", j + 1, ORG, "organisation word"
    return Span(name, i, j, label, reason, role, initial)


def _adjective_name(tokens: list[Token], i: int, j: int, initial: bool, words: ModuleType) -> bool:
    """A place's adjective opening a run inside a sentence, or before an organisation word
    ('die Deutsche Bank', 'Deutsche Bahn erhöht ...'): the name's first word."""
    if j - i < 2 or not place_adjective(tokens[i].text, words):
        return False
    return not initial or any(evidence.is_org_word(t.text, words) for t in tokens[i + 1 : j])


def _english_article(word: str, words: ModuleType) -> bool:
    """'The' opening an English title inside a sentence of a language that writes its nouns
    small ('The New York Times' in Dutch or Spanish; languages.py: German's set counts such
    titles as works, no names, and lost by it)."""
    return word == "The" and not words.CAPITALISED_NOUNS


def _label(
    name: str, before: str, role: str | None, initial: bool, words: ModuleType
) -> tuple[str | None, str]:
    """The kind and evidence of a name; an English title's by the words after its article, a
    body's or a work's, no one's ('The Black Crowes')."""
    title = name.startswith("The ") and len(name) > len("The ")
    label, reason = listed_firms.label_of(name[4:] if title else name, before, role, initial, words)
    return (ORG, reason) if title and label == PER else (label, reason)


def _town_noun_before(tokens: list[Token], i: int, words: ModuleType) -> bool:
    """A word for a town and 'de' before a run ('la localidad de', 'el municipio de')."""
    nouns: frozenset[str] = getattr(words, "TOWN_NOUNS", frozenset())
    return i >= 2 and tokens[i - 1].text == "de" and tokens[i - 2].text.lower() in nouns


def _club_year(tokens: list[Token], j: int) -> bool:
    """Two digits with a leading zero right after a town or a club ('Mainz 05', 'FC Schalke
    04'): the club's founding year, part of its name; no count is written so."""
    if j >= len(tokens) or tokens[j].start != tokens[j - 1].end + 1:
        return False
    number = tokens[j].text
    return len(number) == 2 and number[0] == "0" and number.isdigit()


def _title(tokens: list[Token], run: tuple[int, int], words: ModuleType) -> bool:
    """A paper's name alone on its line, article and all, as it stands under a story ('De
    Morgen'); inside a sentence 'De Prins' is as often a Flemish surname."""
    i, j = run
    alone = i == 0 and j == len(tokens)
    return alone and tokens[i].text in words.TITLE_ARTICLES and 1 < j - i <= TITLE_WORDS


def _genitive_end(tokens: list[Token], i: int, j: int, words: ModuleType) -> int:
    """A German run ends after a place in the genitive ('Bremens Zukunft': 'Bremens')."""
    if not words.GENITIVE_S:
        return j
    for k in range(i, j - 1):
        if evidence.genitive_place(tokens[k].text, words):
            return k + 1
    return j


def _genitive_head(tokens: list[Token], i: int, j: int, words: ModuleType) -> bool:
    """One word opening a sentence that is a place in the genitive before an adjective or a
    role word ('Hannovers damaliger Oberbürgermeister'), a big city's or country's before a noun."""
    if j - i != 1 or j >= len(tokens) or not evidence.genitive_place(tokens[i].text, words):
        return False
    after, sure = tokens[j].text, place_names.sure_genitive(tokens[i].text, words)
    return evidence.is_role(after, words) or evidence.is_adjective(after, words) or sure


def _province(text: str, tokens: list[Token], j: int, words: ModuleType) -> bool:
    """A known place in brackets, then a dateline's agency or day, after a run: the run is the
    dateline's town, its province in the brackets ('Aldehuela (Cáceres) (EFE).')."""
    after = [t.text for t in tokens[j : j + 3]]
    if len(after) < 3 or after[0] != "(" or after[2] != ")" or not is_cap(tokens[j + 1]):
        return False
    place = text[tokens[j + 1].start : tokens[j + 1].end]
    return evidence.place_name(place, words) is not None and _dateline(tokens, j + 3, False)


def _dateline(tokens: list[Token], j: int, province: bool = True) -> bool:
    """A dateline after a run: a comma and a day ('Lima, 23 may') or an agency in brackets
    ('Sevilla (EFE)'), maybe after the town's province in brackets ('Casares (Málaga) (EFE)')."""
    after = [t.text for t in tokens[j : j + 3]]
    if dated(tokens, j):
        return True
    if len(after) < 3 or after[0] != "(" or after[2] != ")":
        return False
    if after[1].isupper() or after[1].title() in AGENCIES:  # '(EFE)', '(dpa)'
        return True
    return province and is_cap(tokens[j + 1]) and _dateline(tokens, j + 3, province=False)


def _legal_form(tokens: list[Token], j: int) -> bool:
    """A comma and a company's legal form after a run ('Philip Morris, Inc')."""
    after = [t.text for t in tokens[j : j + 2]]
    return len(after) == 2 and after[0] == "," and after[1].rstrip(".") in LEGAL_FORMS


QUOTES = frozenset(('"', "'", "“", "„", "«", "‘", "‚"))


def _speaking(tokens: list[Token], j: int, words: ModuleType) -> bool:
    """A colon and an opening quote after one word no word list of the language knows
    ('Leeman: "...'): its speaker ('Revisa: "...', 'see', is a verb's form)."""
    after = [t.text for t in tokens[j : j + 2]]
    if len(after) != 2 or after[0] != ":" or after[1] not in QUOTES:
        return False
    word = tokens[j - 1].text
    return not lexicon.is_word(word, words.NAME) and not lexicon.is_word(word.lower(), words.NAME)


def _dotted(word: str, words: ModuleType) -> bool:
    """A name's last word written with its period: an initial ('B'), or in German a numeral."""
    initial = len(word) == 1 and word.isupper()
    return initial or bool(words.ORDINAL_DOT and name_words.ROMAN.fullmatch(word))


def _shout(word: str) -> bool:
    """A word in capitals longer than an acronym usually is ('PROBLEMAS', 'BARCELONA')."""
    return len(word) > SHOUT_FROM and word.isupper() and word.isalpha()


def _role_before(tokens: list[Token], i: int, words: ModuleType) -> str | None:
    """A lower-case role word just before the run ("la ministra Ana Ruiz"), or with its
    qualifier ("le commissaire européen Christophe Hansen")."""
    if i > 0 and tokens[i - 1].text.islower() and evidence.is_role(tokens[i - 1].text, words):
        return tokens[i - 1].text
    near = ["", *(t.text for t in tokens[max(0, i - 3) : i + 1])][-4:]
    return name_words.qualified_role(near, words)


def _place_adjective_end(tokens: list[Token], i: int, j: int, words: ModuleType) -> int:
    """Where a run's words after its last place adjective start ('Canadese Gander', 'Sierra
    Leonese': none), or 0 when it holds none or names a body by it ('Europese Commissie',
    'Vlaamse Gemeenschap')."""
    found = [k for k in range(i, j) if name_words.place_adjective(tokens[k].text, words)]
    if not found or _body_of_place(tokens, found[-1], j, words):
        return 0
    return found[-1] + 1


def _body_of_place(tokens: list[Token], k: int, j: int, words: ModuleType) -> bool:
    """A place adjective before an organisation word in the run ('Europese Commissie',
    'Vlaamse Media Maatschappij'): a body's name opens with it; not before another adjective
    ('Nederlandse Binnenlandse Veiligheidsdienst': the body's name starts after it)."""
    if k + 1 >= j or not name_words.place_adjective(tokens[k].text, words):
        return False
    rest = [t.text for t in tokens[k + 1 : j]]
    if evidence.is_org_word(rest[0], words):
        return True
    adjective = rest[0].endswith("e") and lexicon.is_word(rest[0].lower(), words.NAME)
    return not adjective and any(evidence.is_org_word(w, words) for w in rest)


def _inner_role(tokens: list[Token], i: int, j: int, words: ModuleType) -> int | None:
    """The last role word inside a run, with a capitalised word after it, else None."""
    if not words.COMPOUNDS:
        return None  # a capitalised role word inside a name is German or Dutch
    inner = [k for k in range(i + 1, j - 1) if evidence.is_role(tokens[k].text, words)]
    return inner[-1] if inner and is_cap(tokens[inner[-1] + 1]) else None


def _inner_person(tokens: list[Token], i: int, j: int, words: ModuleType) -> int | None:
    """In German and Dutch, where a first name inside a run starts a person's two last words
    after words that are no first names ('Binnenlandse Zaken Otto Schily'), else None; not
    right after an organisation word ('FC Chelsea London', 'Verlag Anna Kessler': the body)."""
    if not words.COMPOUNDS or j - i < 3:
        return None
    k = j - 2
    head = [t.text for t in tokens[i:k]]
    if not evidence.first_name(tokens[k].text, words) or tokens[k - 1].text in words.PARTICLES:
        return None
    last = tokens[j - 1].text  # capitalised, no ruler's numeral ('David II')
    if (
        any(evidence.first_name(w, words) for w in head)
        or evidence.is_org_word(head[-1], words)  # 'FC Chelsea London': the club
        or last.isupper()
        or not is_cap(tokens[j - 1])
    ):
        return None
    return k


def _function(word: str, words: ModuleType) -> bool:
    """A capitalised function word ("Der", "Auch", "El") that starts a sentence; an
    organisation word in a stop list ('Partido', 'Universidad') is none."""
    if word in words.INSTITUTIONS or evidence.is_org_word(word, words):
        return False
    if words.CAPITALISED_NOUNS and evidence.is_role(word, words):
        return False  # 'Präsident' in German's stop list: the role before its person
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
    heads: frozenset[str] = getattr(words, "CLUB_HEADS", frozenset())
    if token.text.lower() in heads:
        return False  # 'Eintracht Frankfurt Fußball AG': the club's own first word
    return token.text.lower() in words.ORG_WORDS or evidence.is_role(token.text, words)


def _place_then_noun(text: str, tokens: list[Token], i: int, j: int, words: ModuleType) -> bool:
    """In a language that capitalises its nouns, a run that is a known place and one noun
    more ('Brasilien Platz', 'Mannheim Anfang'): the noun starts another phrase."""
    if not words.CAPITALISED_NOUNS or evidence.place_name(
        text[tokens[i].start : tokens[j - 1].end], words
    ):
        return False
    last = tokens[j - 1].text
    head = text[tokens[i].start : tokens[j - 2].end]
    noun = len(last) >= MIN_NOUN and not evidence.plain_word(last, words)  # 'Bedford Falls'
    noun = noun and (evidence.is_everyday(last, words) or place_names.noun_after(last, words))
    if not noun or evidence.opens_with_first_name(head, words):
        return False  # 'Nico G.', 'Bedford Falls': a name's own last word
    return evidence.place_name(head, words) is not None


def _droppable(tokens: list[Token], i: int, j: int, words: ModuleType) -> bool:
    """An everyday word leading a span whose rest still holds a name word ("Konzern Siemens")."""
    word = tokens[i].text
    rest = [t.text for t in tokens[i + 1 : j] if t.text not in words.PARTICLES]
    if _english_article(word, words):
        return False  # 'The New York Times': the title's own article
    if words.CAPITALISED_NOUNS and word.rpartition("-")[2][:1].islower():
        return True  # 'FDP-geführte Bundesjustizministerium': an adjective before the name
    everyday = evidence.is_everyday(word, words) or (
        words.CAPITALISED_NOUNS
        and not name_words.town_adjective(word, words)  # 'Friedberger Landstraße'
        and not evidence.opens_with_first_name(word, words)  # 'Wilhelm', 'Karl-Heinz'
        and not evidence.has_evidence(word)
        and not evidence.unlisted_short(word, words)  # 'Gerhart', 'Volkbert': rare first names
        and evidence.ends_in_word(word.lower(), words)
    )  # 'Residenzstadt Mannheim': a compound noun before the name
    if (
        not everyday
        or name_cues.facility_head(word, words)  # 'Teatro Teresa Carreño': the theatre's name
        or name_cues.saint_prefix(word, words)  # 'San Juan de Vera': a place named for a saint
        or word in words.INSTITUTIONS
        or word in words.EVENTS  # "Copa de Europa": a competition, not the place
        or any(evidence.is_org_word(w, words) for w in (word, *rest))
        or _english_firm(tokens, i, j, words)  # 'United News Media'
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


def _english_firm(tokens: list[Token], i: int, j: int, words: ModuleType) -> bool:
    """An English word opening an English firm's name ('United News Media'), no function
    word of English ('In', 'The') nor frequent word of the article's language ('Ayer')."""
    word = tokens[i].text
    rest = [t.text for t in tokens[i + 1 : j]]
    if words.CAPITALISED_NOUNS or not _firm_name(rest):
        return False
    if not lexicon.is_common_word(word, "English") or word.lower() in STOPWORDS:
        return False
    return not lexicon.is_frequent_word(word, words.NAME, words.FREQUENT_FROM)


def _firm_name(rest: list[str]) -> bool:
    """Words that end in an English firm's last word ('News Media'): a word before them is
    the name's own ('United'); German puts its nouns before a firm ('Konzern Google Inc')."""
    return bool(rest) and rest[-1] in name_cues.FIRM_ENDS


def is_cap(token: Token) -> bool:
    """A word that starts with a capital letter, or an Arabic name's article and a capital
    ('Ali al-Nuaimi'); not an elided article before a small word opening a sentence
    ("L'avocate Claire Meunier", "L'assessore"), while "L'Oréal", "D'Alema" stay names."""
    text = token.text
    if ELIDED_NOUN.match(text):
        return False
    return (text[:1].isupper() and any(c.isalpha() for c in text)) or bool(
        evidence.ARABIC_ARTICLE.match(text)
    )


ELIDED_NOUN = re.compile(r"^[LDlds]['’][a-zà-ÿ]")


def dated(tokens: list[Token], j: int) -> bool:
    """A comma and a day after a run ('Lima, 23 may'): a dateline's town before it."""
    after = [t.text for t in tokens[j : j + 2]]
    return len(after) == 2 and after[0] == "," and after[1][:1].isdigit()
