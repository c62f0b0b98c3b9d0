"""Quotes in de/es/fr/it/pt/nl: „…“, »…«, «…», “…”, "…", and who said them.

The speech verbs come from newsfacts/words/<code>/ ('sagte', 'a déclaré', 'afirmó', 'ha detto',
'disse', 'zei'); the speaker is the name next to the verb, before or after the quote.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Sequence

from newsfacts import cldr
from newsfacts.cache import PER_LANGUAGE
from newsfacts.facts.quotes import QuoteHit, said_whole
from newsfacts.lazyre import lazy
from newsfacts.model import Sentence
from newsfacts.words import split_words, words_of

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
SINGLE = lazy(
    r"(?:^|(?<=[\s(]))['‘](?![stnkmr]\b)(?P<g>[^'‘’\n]{2,600}?\s[^'‘’\n]{1,600}?\s[^'‘’\n]*?"
    r"[^\s'‘’])['’](?=[\s,.;:!?)]|$)"
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
    role = (
        r"(?:l['’]|(?:der|die|el|la|le|il|lo|o|a|de|het|sa|son|su|sua|seu|sein|seine|ihr|ihre"
        r"|zijn|haar)\s+)?(?:[a-zà-ý][a-zà-ý-]*\.?\s+){0,3}?(?:[a-zà-ý][a-zà-ý-]*"
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
    after = re.compile(
        rf"^\s*[,.]?\s*(?:(?:{verbs})\s+(?P<pronoun>{pronouns})\b"  # 'declarou ele em Brasília'
        rf"|(?:{verbs})\s+{role}(?P<who>{NAME})|(?P<who2>{NAME})\s+(?:{verbs})\b"
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
        rf"(?:{links})(?:\b|(?<='))[^.;:!?«»\"“”„]*$"
    )


def reported(head: str, before: re.Pattern[str], code: str) -> re.Match[str] | None:
    """The speaker of a quote inside reported speech: 'La gobernadora, Ana Ruiz, explicó en un
    comunicado que la inflación "ha cedido"': the name before the verb, as for a quote."""
    pattern = _reported_pattern(code)
    m = pattern.search(head) if pattern else None
    if m is None or (m["comma"] and m["gap"].strip()):
        return None  # 'ha detto il presidente X, che ha parlato di «…»': who, not that
    return before.search(head[: m.start("gap")])


def _within(m: re.Match[str], others: Sequence[re.Match[str]]) -> bool:
    """Whether a match overlaps one of the others (a quote inside a quote in double marks)."""
    return any(o.start() < m.end() and m.start() < o.end() for o in others)


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
    lead = BEFORE_END.split(head)[-1].strip()
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
    words = head.split()
    return bool(words) and words[-1].lower() in OBJECT_OF and not SENTENCE_END.search(inner)


def find_quotes(text: str, sentences: Sequence[Sentence], code: str) -> list[QuoteHit]:
    """Every quote in the article text, with the sentence it starts in and its speaker."""
    if not sentences:
        return []
    after, before = speaker_patterns(code)
    starts = [s.start for s in sentences]
    out: list[QuoteHit] = []
    found_marks = list(QUOTE.finditer(text))
    if getattr(words_of(code), "SINGLE_QUOTES", False):
        found_marks += [m for m in LOW_COMMAS.finditer(text) if not _within(m, found_marks)]
        found_marks += [m for m in SINGLE.finditer(text) if not _within(m, found_marks)]
        found_marks.sort(key=lambda m: m.start())
    for m in found_marks:
        inner = next((g for g in m.groups() if g), "").strip()
        if not inner:
            continue
        first = max(0, bisect_right(starts, m.start()) - 1)
        last = max(0, bisect_right(starts, m.end() - 1) - 1)
        head = text[sentences[first].start : m.start()]
        tail = text[m.end() : max(sentences[last].end, m.end())]
        found = after.search(tail) or before.search(head) or reported(head, before, code)
        groups = found.groupdict() if found else {}
        who = next((groups[k] for k in WHO_GROUPS if groups.get(k)), None)
        if who is None and any(groups.get(k) is not None for k in ("pronoun", "dropped", "glued")):
            phrase = groups.get("said_in")
            named = re.findall(FULL_NAME, phrase) if phrase else []
            # 'ha scritto su X la premier Giorgia Meloni.': the name told after where it was said
            who = named[-1] if named else None if names_one(phrase, code) else "he"
        words = inner.split()
        said = said_whole(inner, who, tail)
        scare = len(words) <= SCARE_MAX_WORDS and not said and not re.search(r"[.!?,]\s*$", inner)
        scare = scare or (who is None and embedded(head, inner, tail))
        scare = scare or (who is None and named_thing(head, inner))
        out.append(QuoteHit(" ".join(words).rstrip(","), first, who, scare))
    return out
