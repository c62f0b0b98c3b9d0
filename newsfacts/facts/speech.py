"""Quotes in de/es/fr/it/pt/nl: „…“, »…«, «…», “…”, "…", and who said them.

The speech verbs come from newsfacts/words/<code>/ ('sagte', 'a déclaré', 'afirmó', 'ha detto',
'disse', 'zei'); the speaker is the name next to the verb, before or after the quote.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from newsfacts import cldr
from newsfacts.cache import PER_LANGUAGE
from newsfacts.facts.quotes import QuoteHit, said_whole
from newsfacts.lazyre import lazy
from newsfacts.model import Sentence
from newsfacts.words import DETERMINERS, HONORIFICS, split_words, words_of

# Pages mix the marks: „…", "…“ and “…" are as common on German pages as „…“. A low opening mark
# closes at the next high or straight one; a straight one at the next straight one or at “, so
# two quotes written „…" … „…" never pair out of phase (the closing " of one with the next).
# An opening mark follows no letter: "Ã„" is a mis-decoded "Ä", not a quote.
QUOTE = lazy(
    r"(?<!\w)„(?P<a>[^„“”\"]{1,1500}?)[“”\"]|»(?P<b>[^»«]{1,1500}?)«|«\s?(?P<c>[^«»]{1,1500}?)\s?»"
    r"|“(?P<d>[^“”\"]{1,1500}?)[”\"]|(?<!\w)\"(?P<e>[^\"„“]{1,1500}?)[\"“]"
    r"|(?<!\w)\"(?P<f>[^\"]{1,1500}?)\"",
    re.S,
)
# Dutch papers set speech in single marks ('We gaan door', zei ze; ‘Dit is een klap’): an
# opening mark after a space or a bracket, no elision after it ('s, 't, 'n), a closing one
# before a space or a stop, three words at least and no mark inside ('zo'n' ends no quote).
# Linear: no mark inside, so the quote closes at the first mark after its opening one; the
# three words are checked ahead with possessive runs (nothing to backtrack into), and a quote
# has at most SINGLE_MAX characters ("in de jaren '90" opens none that runs on for a page).
SINGLE_MAX = 1500
_NOT_MARK = r"[^'‘’\n]"
SINGLE = lazy(
    rf"(?:^|(?<=[\s(]))['‘](?![stnkmr]\b)"
    rf"(?={_NOT_MARK}{{2}}[^'‘’\s]*+\s{_NOT_MARK}[^'‘’\s]*+\s)"  # a space at 2+, one 2 on
    rf"(?P<g>{_NOT_MARK}{{6,{SINGLE_MAX}}}+)(?<!\s)['’](?=[\s,.;:!?)]|$)"
)
# Dutch papers also set speech in typewriter marks, two commas and two apostrophes (,,De kade
# is verzakt'', zei ze), or two commas and a closing double mark.
LOW_COMMAS = lazy(r"(?:^|(?<=[\s(])),,(?P<h>[^\n,'”\"][^\n]{0,1500}?)(?:''|”|\")")
_PARTICLE = r"(?:(?:van|von)\s+der|de|da|do|dos|del|van|von|di|la|le)\b"  # "der" alone: an article
# A particle only inside a name, before a capitalised word or another particle ("von der
# Leyen"): not a trailing "der"/"de" of the words after a speaker ("sagte Ina Geiger der
# Zeitung"), nor "van" before an employer's acronym ("zei Marieke Jansen van FNV Spoor").
_NAMED = rf"(?=\s+(?:[A-ZÀ-Ý][a-zà-ÿ]|{_PARTICLE}))"  # what a particle inside a name precedes
# A title's abbreviation inside a name: "Nationalparkleiter Dr. Anna Berg" (the name follows).
_TITLE = r"(?:Dr|Prof|Dres|Mag|Ing)\."
# The article before a role word that stands for a person named before ("le ministre").
_TITLE_ARTICLE = r"(?:l['’]|(?:der|die|el|la|le|il|lo|o|a|het|de)\s+)"
NAME = rf"[A-ZÀ-Ý][\w'’-]+(?:\s+(?:{_TITLE}(?=\s+[A-ZÀ-Ý])|[A-ZÀ-Ý][\w'’-]+|{_PARTICLE}{_NAMED}))*"
ONE_NAME = r"[A-ZÀ-Ý][\w'’-]+"
# Two or more capitalised words, particles only inside: "Paul Renaud", "Kees van Dam"
FULL_NAME = rf"{ONE_NAME}(?:\s+(?:(?:de|da|do|dos|del|van|von|der|di|la|le)\s+)*{ONE_NAME})+"
SCARE_MAX_WORDS = 4
WHO_GROUPS = ("who", "who2", "who3", "who4", "who5", "who6")  # the speaker patterns' name groups
WHEN_SAID = r"(?:\s+[\w-]+){1,2}"  # a day or a place between a verb and its colon ('zei woensdag:')
# A capitalised quote set inside a sentence that names no speaker: a title ('des Films „…“
# erhielt', 'im Artikel „…“ unter'), not speech. Speech opens its sentence (the segmenter may
# leave the sentence before it in front), follows a colon, is followed by its attribution
# ('„…“, schildert eine Sprecherin') or ends as a sentence ends; a lower-case fragment of
# reported words ('sei hoch, „mehr als wir liefern können“') stays a quote.
SENTENCE_END = re.compile(r"[.!?…]\s*$")
BEFORE_END = re.compile(r"[.!?…:]\s+")
GOES_ON = re.compile(r"^\s*\(?[a-zà-ÿß]")  # the sentence runs on after the closing mark


@functools.lru_cache(maxsize=PER_LANGUAGE)
def speaker_patterns(code: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """After a quote: ', sagte Anna Brenner' / ', Brenner sagte'; before: 'Brenner sagte:'."""
    words = words_of(code)
    spoken = sorted(getattr(words, "SPEECH_VERBS", ()), key=len, reverse=True)
    verbs = "|".join(re.escape(v) for v in spoken)
    # No role word is the word opening a report: 'zei dat Bram Kuipers „…“' names the report's
    # subject, not the speaker.
    that = "|".join(re.escape(w) for w in getattr(words, "THAT", ())) or "(?!)"
    role = (
        r"(?:l['’]|(?:der|die|el|la|le|il|lo|o|a|de|het|sa|son|su|sua|seu|sein|seine|ihr|ihre"
        rf"|zijn|haar)\s+)?(?:(?!(?i:{that})\s)[a-zà-ý][a-zà-ý-]*\.?\s+){{0,3}}?(?:[a-zà-ý][a-zà-ý-]*"
        r"(?:\s+(?:de|das|dos|da|do|des|du|della|delle|del|di|van|voor|für|der)\s+[\w'’-]+"
        r"(?:\s+[A-ZÀ-Ý][\w'’-]+){0,3})?"
        r",\s+)?"
    )  # "a déclaré sa présidente, Claire Dubois", "ha detto l'amministratore delegato Marco",
    # "afirmou o ministro das Finanças, Joaquim Sarmento" (a portfolio after the role word),
    # "zei directeur dhr. Jan Bakker" (a lower-case title may end in its abbreviation dot),
    # "disse o secretário-geral do sindicato, Rui Medeiros" (a hyphen, a portfolio in lower case),
    # "ha detto il segretario della Filt Cgil, Marco Ferraresi" (a body's name of a few words)
    roles: frozenset[str] = getattr(words, "ROLE_WORDS", frozenset())
    # A pronoun after the verb, or a verb with its pronoun glued ('estime-t-il'): the person
    # named last speaks, as a verb with no subject does ('«…», ha aggiunto.').
    pronouns = "|".join(re.escape(w) for w in getattr(words, "SPEECH_PRONOUNS", ())) or "(?!)"
    glued = getattr(words, "SPEECH_GLUED", "") or "(?!)"
    titles = "|".join(re.escape(w) for w in sorted(roles, key=len, reverse=True)) or "(?!)"
    # "ha spiegato in una nota.", "a dit lors d'une conférence de presse à Paris.": a phrase
    # of place, time or channel, no one named in it (find_quotes checks: no full name, no role)
    days = cldr.calendar_names(code)[1]  # "a-t-il précisé mardi.": the day it was said
    places = "|".join(re.escape(w) for w in sorted(getattr(words, "SAID_IN", ()))) or "(?!)"
    opens = "|".join(re.escape(w) for w in sorted(days, key=len, reverse=True)) or "(?!)"
    phrase = r"[^.;!?…«»\"“”„]"
    said_in = (
        rf"(?P<said_in>\s+(?:(?:{places})\b{phrase}{{1,60}}?|(?i:{opens})\b{phrase}{{0,60}}?))?"
    )
    # "a déclaré M. Bernard", "zei mevrouw Smit": a courtesy title before the speaker's name
    courtesy = "|".join(re.escape(w) for w in sorted(HONORIFICS, key=len, reverse=True))
    honoured = rf"(?:(?i:{courtesy})\s+)?"
    after = re.compile(
        rf"^\s*[,.]?\s*(?:(?:{verbs})\s+(?P<pronoun>{pronouns})\b"  # 'declarou ele em Brasília'
        rf"|(?:{verbs})\s+{role}(?P<who>{honoured}{NAME})|(?P<who2>{NAME})\s+(?:{verbs})\b"
        rf"|(?:{verbs})\s+(?P<who4>{_TITLE_ARTICLE}(?i:{titles}))(?![\w'’-])"
        rf"|(?:{verbs})(?P<dropped>{said_in}\s*[.;])"
        rf"|(?P<glued>{glued}))"
    )  # "a assuré le ministre lors d'un point presse": the minister named before speaks;
    # "sagte er.", "zei hij.", "añadió.", "a-t-il ajouté.", "explique-t-elle": the last named
    # "Brenner sagte: „…“", and a verb or 'selon' before its speaker: "so Foucault: „…“",
    # "Selon le maire, Paul Renaud, « … »". After a role or an article only a full name (two
    # capitalised words) speaks: "so seine Losung „…“", "voller Stolz" name no speaker.
    apposed = rf"(?:^|[.!?]\s)(?P<who6>{FULL_NAME}),\s[^,.;:\"“”„«»]{{3,90}},\s+(?:{verbs})"
    # "Dan Berg, der Chef der Sparte bei ABX, sagte:" (the apposition's body never speaks)
    before = re.compile(
        rf"(?:(?P<who>{NAME})\s+(?:{verbs})|(?:^|,\s)(?P<who5>{NAME}),\s+(?:{verbs})|{apposed}"
        rf"|\b(?i:{verbs})\s+(?P<who2>{FULL_NAME}|{ONE_NAME})"
        rf"|\b(?i:{verbs})\s+{role}(?P<who3>{FULL_NAME}))"
        rf"(?:\s*[:,]?|{WHEN_SAID}\s*:|\s+(?i:{opens})(?:\s+[\w-]+)?\s*[:,]?)\s*$"
    )  # "El ministro de Economía, Luis Caputo, aseguró:" (the name alone between commas),
    # "Femke Halsema zei woensdag:" (a day between the verb and its colon)
    return after, before


REPORTED_GAP = 6  # words at most between a verb of saying and the 'que' of its report
# How far before a quote its speaker's words are looked for: a name, its verb, a role and an
# apposition stand within REACH characters of the quote ('Dan Berg, der Chef der Sparte bei ABX,
# sagte:'), a report's verb within REPORT_REACH. A search anchored at the quote never reads a
# long sentence's head again for each of its quotes (quadratic in a page-long sentence).
REACH = 300
REPORT_REACH = 1000
_REPORT_STOPS = '.;:!?«»"“”„'  # nothing of these stands between a report's verb and its quote


def search_back(
    pattern: re.Pattern[str], head: str, end: int | None = None
) -> re.Match[str] | None:
    """A search of a pattern anchored at the end ('…$') over the last REACH characters before
    `end` (the head's end by default); '^' still matches only at the head's real start."""
    end = len(head) if end is None else end
    return pattern.search(head, max(0, end - REACH), end)


@functools.lru_cache(maxsize=PER_LANGUAGE)
def _reported_pattern(code: str) -> re.Pattern[str] | None:
    """A verb of saying, a few words, then the word opening its report, up to the quote."""
    words = words_of(code)
    that = getattr(words, "THAT", ())
    if not that:
        return None
    spoken = sorted(getattr(words, "SPEECH_VERBS", ()), key=len, reverse=True)
    verbs = "|".join(re.escape(v) for v in spoken)
    links = "|".join(re.escape(w) for w in that)
    return re.compile(
        rf"\b(?i:{verbs})(?P<gap>(?:\s+[^\s,.;:!?«»\"“”„]+){{0,{REPORTED_GAP}}}?)(?P<comma>,)?\s+"
        rf"(?P<that>{links})(?:\b|(?<='))[^.;:!?«»\"“”„]*$"
    )


def reported(head: str, before: re.Pattern[str], code: str, tail: str = "") -> re.Match[str] | None:
    """The speaker of a quote inside reported speech: 'La gobernadora, Ana Ruiz, explicó en un
    comunicado que la inflación "ha cedido"': the name before the verb, as for a quote. Not
    when the report names another subject before the quote ('dijo que el hombre que Ana Ruiz
    llamó «…»', 'dass Jan Kohl den Plan „…“ nannte': the tail holds a German verb): then the
    speaker of a report inside it, or none."""
    pattern = _reported_pattern(code)
    if pattern is None:
        return None
    start = max(0, len(head) - REPORT_REACH)
    start = max([start] + [head.rfind(c, start) + 1 for c in _REPORT_STOPS])
    m = pattern.search(head, start)
    if m is None:
        return None
    gap = m["gap"].split()
    if m["comma"] and gap and (gap[0][:1].isupper() or names_one(m["gap"], code)):
        return None  # 'ha detto il presidente X, che ha parlato di «…»': who, not that
    clause = head[m.end("that") :]  # 'sagte am Montag, dass „…“': a comma before 'dass' is German
    if inner_subject(clause, code, tail):
        return reported(clause, before, code)
    return search_back(before, head, m.start("gap"))


INNER_WORDS = 4  # words at most between a report's own subject and the quote its verb takes


@functools.lru_cache(maxsize=PER_LANGUAGE)
def _own_verbs(code: str) -> frozenset[str]:
    """The words by which a report's own subject says or names what it quotes: each word of
    the language's verbs of saying ('afirmó', 'parlé' of 'avait parlé', 'fügte' of 'fügte
    hinzu'; no auxiliary, pronoun nor particle: four letters at least) and its NAMING_VERBS
    ('llamó', 'nannte')."""
    words = words_of(code)
    pronouns = {w.lower() for w in getattr(words, "SPEECH_PRONOUNS", ())}
    spoken = {
        w.lower()
        for verb in getattr(words, "SPEECH_VERBS", ())
        for w in re.findall(r"[\w]+", verb)
        if len(w) >= 4 and w.lower() not in pronouns
    }
    return frozenset(spoken | set(getattr(words, "NAMING_VERBS", ())))


def inner_subject(clause: str, code: str, tail: str = "") -> bool:
    """Whether a report names its own subject, whose own verb of saying or naming takes the
    quote (a few words between them): a full name right after the word opening the report or
    a relative, or after an article and a role word ('que le ministre Jean Martin avait parlé
    d'« … »'), not after a preposition ('que el acuerdo con Ana Ruiz era «…»'), nor a subject
    far from the quote ('que Villa Rica será vista por muchos como la ciudad de «…»'), nor
    one with no such verb before the quote or right after it, before any stop ('che Luca
    Bianchi è «…»': the reporter's words)."""
    words = words_of(code)
    roles: frozenset[str] = getattr(words, "ROLE_WORDS", frozenset())
    that = {w.lower() for w in getattr(words, "THAT", ())}
    own = _own_verbs(code)
    after = re.findall(r"[\w'’-]+", re.split(r"[,.;:!?«»\"“”„]", tail, maxsplit=1)[0])
    said_after = any(w.lower() in own for w in after[:INNER_WORDS])
    for name in re.finditer(FULL_NAME, clause):
        rest = re.findall(r"[\w'’-]+", clause[name.end() :])
        if len(rest) > INNER_WORDS or not (said_after or any(w.lower() in own for w in rest)):
            continue
        lead = re.findall(r"[\w'’-]+", clause[max(0, name.start() - 80) : name.start()])
        while lead and (lead[-1].lower() in roles or lead[-1].lower() in DETERMINERS):
            lead.pop()  # 'le ministre', 'al hombre que', 'der Minister'
        if not lead or lead[-1].lower() in that or lead[-1].lower().rstrip("'’") in that:
            return True
    return False


def _within(m: re.Match[str], others: Sequence[re.Match[str]], starts: list[int]) -> bool:
    """Whether a match overlaps one of the others (a quote inside a quote in double marks):
    they stand in order, none overlapping, so only the last one opening before its end can."""
    i = bisect_left(starts, m.end()) - 1
    return i >= 0 and m.start() < others[i].end()


@functools.lru_cache(maxsize=PER_LANGUAGE)
def _company(code: str) -> re.Pattern[str] | None:
    """Who one spoke with, against, for or to ('con il ministro Luca Bianchi', 'avec Paul
    Martin'): the language's SPEECH_WITH and TO_WHOM words, an article, role words, a name."""
    words = words_of(code)
    links = set(getattr(words, "SPEECH_WITH", ())) | set(getattr(words, "TO_WHOM", ()))
    if not links:
        return None
    roles: frozenset[str] = getattr(words, "ROLE_WORDS", frozenset())
    role = "|".join(re.escape(w) for w in sorted(roles, key=len, reverse=True)) or "(?!)"
    article = "|".join(re.escape(w) for w in sorted(DETERMINERS, key=len, reverse=True))
    link = "|".join(re.escape(w) for w in sorted(links, key=len, reverse=True))
    return re.compile(
        rf"(?<![\w'’-])(?i:{link})\s+(?:(?i:{article})(?<=['’])|(?i:{article})\s+)?"
        rf"(?:(?i:{role})\s+){{0,2}}(?:{FULL_NAME}|(?i:{role})(?![\w'’-]))?"
    )


def without_company(phrase: str, code: str) -> str:
    """A phrase after a verb of saying without whom one spoke with or to: 'durante l'incontro
    con Luca Bianchi a Roma' names no speaker (the one named before speaks)."""
    company = _company(code)
    return company.sub(" ", phrase) if company else phrase


def names_one(phrase: str | None, code: str) -> bool:
    """Whether a phrase after a verb of saying names its speaker after all: a full name or a
    role word ('in un'intervista il ministro Paolo Rossi')."""
    if not phrase:
        return False
    roles: frozenset[str] = getattr(words_of(code), "ROLE_WORDS", frozenset())
    words = {w.lower() for w in re.findall(r"[\w'’-]+", phrase)}
    return re.search(FULL_NAME, phrase) is not None or bool(words & roles)


def embedded(head: str, inner: str, tail: str) -> bool:
    """A capitalised quote inside its sentence, not introduced by a colon nor followed by its
    attribution, that is no whole sentence or that the sentence runs on past: 'Für die
    Bauten des Films „Hunde, wollt Ihr ewig leben?“ erhielt er den Preis.'"""
    lead = BEFORE_END.split(head[-REACH:])[-1].strip()
    if not lead or lead.endswith(":") or not inner[:1].isupper() or tail.lstrip()[:1] == ",":
        return False
    return not SENTENCE_END.search(inner) or bool(GOES_ON.match(tail))


# Words a quote stands after as their object: a charge, a title or a name, not speech ('acusado
# de "homicidio qualificado…"', 'mis en examen pour « association de malfaiteurs… »').
OBJECT_OF = frozenset(
    split_words(
        "de di da do du des del della dei degli delle dello dos pour por per par sur wegen "
        "auf für van voor als"
    )
)


def named_thing(head: str, inner: str) -> bool:
    """A quote after a preposition, no sentence in it: what a charge or a title is called."""
    words = head[-REACH:].split()
    return bool(words) and words[-1].lower() in OBJECT_OF and not SENTENCE_END.search(inner)


def find_quotes(text: str, sentences: Sequence[Sentence], code: str) -> list[QuoteHit]:
    """Every quote in the article text, with the sentence it starts in and its speaker."""
    if not sentences:
        return []
    return list(_quotes(text, tuple((s.start, s.end) for s in sentences), code))


@functools.lru_cache(maxsize=2)  # the speakers' names and the quote facts read one page's quotes
def _quotes(text: str, spans: tuple[tuple[int, int], ...], code: str) -> tuple[QuoteHit, ...]:
    """find_quotes over the sentences' spans, once a page."""
    after, before = speaker_patterns(code)
    starts = [start for start, _ in spans]
    out: list[QuoteHit] = []
    found_marks = list(QUOTE.finditer(text))
    if getattr(words_of(code), "SINGLE_QUOTES", False):
        opened = [o.start() for o in found_marks]
        found_marks += [m for m in LOW_COMMAS.finditer(text) if not _within(m, found_marks, opened)]
        found_marks.sort(key=lambda m: m.start())
        opened = [o.start() for o in found_marks]
        found_marks += [m for m in SINGLE.finditer(text) if not _within(m, found_marks, opened)]
        found_marks.sort(key=lambda m: m.start())
    for m in found_marks:
        inner = next((g for g in m.groups() if g), "").strip()
        if not inner:
            continue
        first = max(0, bisect_right(starts, m.start()) - 1)
        last = max(0, bisect_right(starts, m.end() - 1) - 1)
        head = text[spans[first][0] : m.start()]
        tail = text[m.end() : max(spans[last][1], m.end())]
        found = (
            after.search(tail) or search_back(before, head) or reported(head, before, code, tail)
        )
        groups = found.groupdict() if found else {}
        who = next((groups[k] for k in WHO_GROUPS if groups.get(k)), None)
        if who is None and any(groups.get(k) is not None for k in ("pronoun", "dropped", "glued")):
            phrase = groups.get("said_in")
            phrase = without_company(phrase, code) if phrase else phrase
            named = re.findall(FULL_NAME, phrase) if phrase else []
            # 'ha scritto su X la premier Giorgia Meloni.': the name told after where it was said
            who = named[-1] if named else None if names_one(phrase, code) else "he"
        words = inner.split()
        said = said_whole(inner, who, tail)
        scare = len(words) <= SCARE_MAX_WORDS and not said and not re.search(r"[.!?,]\s*$", inner)
        scare = scare or (who is None and embedded(head, inner, tail))
        scare = scare or (who is None and named_thing(head, inner))
        out.append(QuoteHit(" ".join(words).rstrip(","), first, who, scare))
    return tuple(out)
