"""The main event: who did what, when and where, from the headline, the lead and the facts."""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsfacts.facts.event_clause import (
    DAY_WORDS,
    DETERMINERS_OF,
    adverb,
    clause_subject,
    happening,
    sentence_case_verb,
    title_case,
    title_case_what,
    without_brand,
)
from newsfacts.facts.event_clause import what_of as what_of
from newsfacts.facts.event_time import LEAD_SENTENCES as LEAD_SENTENCES
from newsfacts.facts.event_time import event_date as event_date
from newsfacts.facts.event_time import lead_sentence as lead_sentence
from newsfacts.facts.event_time import opening_date
from newsfacts.facts.source import DATELINE, find_dateline
from newsfacts.facts.tokens import PRONOUN_CONTRACTION, bounded_ends, contains_words
from newsfacts.model import Event, Fact, confident
from newsfacts.words import split_words
from newsfacts.words.en.function import STOPWORDS
from newsfacts.words.en.numbers import NUMBER_WORDS
from newsfacts.words.en.press import AGENCIES, NAV_WORDS, PAGE_JUNK


def who_of(
    texts: Sequence[str], persons: Sequence[Fact], others: Sequence[Fact], english: bool = True
) -> str | None:
    """Who acts: the first person named in the headline's or lead's subject, else an
    organisation there, else the lead's subject itself ("A gunman"), else a name that only
    qualifies a noun there ("Trump protest march"), else the headline's own subject ("People"),
    else a place that opens it, else the first person: under an English headline, one the
    headline or the lead names (a headline that names no one leaves who open).
    Subjects, their bare phrases and the place fallback need English
    grammar: in another language only a person or organisation named in the headline or the
    lead is a candidate."""
    subjects = [clause_subject(t) if english else t for t in texts if t]
    headed = english and bool(texts) and sentence_case_verb(texts[0])
    orgs = [f for f in others if f.kind == "organization" and (english or not _agency(f))]
    places = [f for f in others if f.kind == "place"] if english else []
    own = [_noun_phrase(s, headed and i == 0) for i, s in enumerate(subjects)]
    phrases = own[::-1] if english else []  # the lead's subject first, then the headline's
    candidates = (
        lambda: _named_subject(subjects, (persons, orgs), attributive=False),
        lambda: phrases[0] if phrases else None,
        lambda: _named_subject(subjects, (persons, orgs), attributive=True),
        lambda: next((p for p in phrases if p), None),
    )
    victim = _named_as(texts[-1], persons) if english and texts else None
    if victim:
        return victim  # "The victim has been named as Ada Holm": who the story is about
    for candidate in candidates:
        found = candidate()
        if found and not page_word(found):
            return found
    for subject in subjects:
        named = [f.text for f in places if _heads(f, subject) and not page_word(f.text)]
        if named:
            return named[0]
    titled = bool(texts) and bool(texts[0])  # in every language: the article's first person
    # is no one's who when a headline names someone else ("Ana Ruiz is the new president")
    told_in = [without_attribution(t) for t in texts if t]  # who says it is no agent
    told = [
        f.text
        for f in persons
        if not titled
        or any(_named_in(f, t) or (not english and _surname_in(f, t)) for t in told_in)
    ]
    return told[0] if told else None  # under a headline, one the headline or the lead names


def _agency(fact: Fact) -> bool:
    """A news agency ("dpa", "EFE"): in another language's dateline it is the story's
    source, never who acts ("Frankfurt (dpa) - Die Gewerkschaft rief ...")."""
    return any(name.title() in AGENCIES for name in (fact.text, *fact.aliases))


# A closing attribution: "..., American astronaut Scott Kelly said Wednesday."
_ATTRIBUTION = re.compile(
    r",\s+[^,]{2,80}?\s+(?:said|says|told|reported|announced|confirmed)\b[^,]{0,40}$"
)


def without_attribution(text: str) -> str:
    """The sentence without a closing attribution to a speaker ("..., police said.")."""
    return _ATTRIBUTION.sub("", text.strip())


def _heads(place: Fact, subject: str) -> bool:
    """The place opens the subject ("Syria says", "The White House said"): standing for its
    government; one further in ("a kidnapped Fort Worth girl", "living in Delhi") acts not."""
    words = subject.split()
    start = " ".join(words[1:] if words[:1] and words[0].lower() == "the" else words)
    return any(n and (start + " ").startswith(n + " ") for n in (place.text, *place.aliases))


_NAMED_AS = re.compile(r"\bbeen\s+(?:\w+\s+)?named\s+(?:\w+\s+)?as\s+")


def page_word(text: str) -> bool:
    """Page or function words, not a name: "What", "Review", "See also", "Two", "1"."""
    words = [w.strip(".,:;!?") for w in text.split()]
    plain = [
        w.lower() for w in words if not (w.isupper() and 2 <= len(w) <= 3)
    ]  # "US", "UK": names
    if not words or (plain[:1] == [words[0].lower()] and plain[0] in NAV_WORDS):
        return True
    return len(plain) == len(words) and all(w in _PLAIN or w.isdigit() for w in plain)


# Stop words that can still name who acts ("Police said", "Officials warned").
_ACTOR_STOPWORDS = frozenset(split_words("police officials experts analysts sources"))
_PLAIN = (STOPWORDS - _ACTOR_STOPWORDS) | PAGE_JUNK | NAV_WORDS | NUMBER_WORDS.keys()


def _named_as(lead: str, persons: Sequence[Fact]) -> str | None:
    """The person a lead names as its subject ("... have been named as Ada Holm, ...")."""
    m = _NAMED_AS.search(lead)
    if not m:
        return None
    after = lead[m.end() :]
    found = [f for f in persons for n in (f.text, *f.aliases) if n and after.startswith(n)]
    return found[0].text if found else None


def _named_subject(
    subjects: Sequence[str], groups: Sequence[Sequence[Fact]], attributive: bool
) -> str | None:
    """The first person (then organisation) named in a subject, as its head or as a qualifier."""
    for subject in subjects:
        for group in groups:
            found = [
                f for f in group
                if _named_in(f, subject) and _attributive(f, subject) == attributive
            ]  # fmt: skip
            if found:  # a full name written out beats one found through an alias
                return max(found, key=lambda f: f.text in subject).text
    return None


def _attributive(fact: Fact, subject: str) -> bool:
    """The name only qualifies the head noun after it ("Trump protest march", "Clinton aide")."""
    for name in (fact.text, *fact.aliases):
        if not name:
            m = re.search(rf"\b{_ATTRIBUTIVE_TAIL.pattern}", subject)  # what "\b\b" + tail finds
        else:  # the first place the name stands as whole words that the tail follows
            tails = (_ATTRIBUTIVE_TAIL.match(subject, end) for end in bounded_ends(subject, name))
            m = next((t for t in tails if t), None)
        if m and m.group(1) not in STOPWORDS:
            return True
    return False


# What follows a name used attributively: capitalised words, then a word in small letters.
_ATTRIBUTIVE_TAIL = re.compile(r"(?:\s+[A-Z][\w'’-]*)*\s+([a-z]+)")
_CLAUSE_OPENERS = frozenset(
    split_words(
        """in on after before during for with by from as while when since under amid if unless
        whether although though once"""
    )
)
_PHRASE_ENDS = frozenset(split_words("of in for to with by from on at and or"))
_PRONOUNS = frozenset(split_words("it he she they we i you this that"))
_QUESTION_WORDS = frozenset(split_words("why how what when where who which whose"))


def _name_like(words: list[str]) -> bool:
    """Up to four words, the last capitalised or with a digit, not opened by a question word:
    a name our tables lack ("First A380", "Standard Life"), not "Why Beijing" or "Make your"."""
    last = words[-1]
    named_end = last[:1].isupper() or any(c.isdigit() for c in last)
    return len(words) <= 4 and named_end and words[0].lower() not in _QUESTION_WORDS


def _noun_phrase(subject: str, named: bool = False) -> str | None:
    """A short common-noun subject ("A gunman", "Dozens of rescuers"), else None; `named`: a
    sentence-case headline's subject, whose capitals make a name ("First A380 enters ...")."""
    words = subject.split()
    for i, w in enumerate(words[1:], 1):  # "Police investigating the crash" -> "Police"
        participle = w.islower() and w.endswith(("ing", "ed"))
        if w.lower() in ("who", "that", "which") or participle or adverb(w):
            words = words[:i]  # (lower case only: "The United States" keeps its name)
            break
    subject = " ".join(words)
    if words and words[0].lower() in PAGE_JUNK:
        return None  # "Image caption ...": a caption glued to the lead, not its subject
    if all(w.lower() in DETERMINERS_OF or w.lower() in _PRONOUNS for w in words):
        return None  # "The", "It": no noun, no one named
    if words[0].lower() in _CLAUSE_OPENERS or words[-1].lower() in _PHRASE_ENDS:
        return None  # "In a joint statement", "Another cloud of": a torn phrase, not a subject
    if words[0].lower() in DAY_WORDS:
        return None  # "Tonight at midnight Cork": when, not who
    if len(words) > 1 and words[0].lower() in _PRONOUNS:
        return None  # "This comes after police": a pronoun's clause
    lower = [w for w in words if w[:1].islower() and w.lower() not in STOPWORDS]
    unnamed = not lower and len(words) > 1 and not (named and _name_like(words))
    if unnamed or len(words) > 6 or any(not w[:1].isalnum() for w in words):
        return None
    heads = {words[0].lower(), words[-1].lower(), *(w.lower() for w in lower[:1])}
    if heads & _NOT_ACTORS:
        return None  # "A change to the bar", "A rainy Grand Prix": what happened, not who did it
    if any(PRONOUN_CONTRACTION.fullmatch(w) for w in words):
        return None  # "She's", "Think it's": a pronoun names no one
    return subject


# Head nouns of a subject that name an event or a thing done, not someone acting.
_NOT_ACTORS = frozenset(
    split_words(
        """
    change changes decision move plan plans proposal report study survey rise fall increase
    drop cut cuts ban rule law deal row delay shortage announcement call bid attempt mystery
    race prix match game tournament election"""
    )
)


def _surname_in(fact: Fact, text: str) -> bool:
    """A person's surname alone in the text ("Rendi-Wagner will …" for Pamela Rendi-Wagner)."""
    words = fact.text.split()
    return len(words) >= 2 and len(words[-1]) >= 4 and contains_words(text, words[-1])


def _named_in(fact: Fact, text: str) -> bool:
    """The fact's name (or an alias) occurs in the text, or the text's words name it."""
    names = (fact.text, *fact.aliases)
    if any(n and contains_words(text, n) for n in names):
        return True
    if fact.kind != "organization":
        return False
    words = {w.lower() for w in re.findall(r"[A-Za-z]+", text) if w.lower() not in STOPWORDS}
    name = {w.lower() for w in fact.text.split()}
    return fact.kind == "organization" and len(words) >= 2 and words <= name


def build_event(
    title: str | None,
    lead: str,
    facts: Sequence[Fact],
    when: str | None,
    where: str | None,
    english: bool = True,
) -> Event:
    """The main event from the headline, the lead sentence and the ranked facts (`english`:
    whether the article's language is English or unknown, so its grammar can be read)."""
    said_by = sources_of(facts)
    persons = [f for f in facts if f.kind == "person" and not _named_by(f, said_by)]
    others = [f for f in facts if f.kind in ("organization", "place") and not _named_by(f, said_by)]
    dateline = find_dateline(lead) or _opening_dateline(lead)
    lead = lead[dateline.end() :] if dateline else lead
    lead = lead[opening_date(lead) :]  # "May 1, 2009 Chrysler filed ...": "Chrysler filed ..."
    credit = _OPENING_CREDIT.match(lead)
    lead = lead[credit.end() :] if credit else lead  # "(Agency).- ", "Site.net - ": who wrote it
    lead = without_glued_caption(lead, facts)
    if not english:  # only names the table shows: another language's evidence is thinner
        persons = [f for f in persons if confident(f)]
        others = [f for f in others if confident(f)]
    who = who_of([title or "", lead], persons, others, english)
    if who and who.lower() in said_by:
        who = None  # the reporter or the site is who wrote it, not who did it
    if english and who and _bare_noun(who, persons, others):
        who = _dominant(persons) or who  # "Driver is retiring": the story's one main person
    if not english:  # no grammar to cut a verb phrase with: the headline says what happened
        headline = (
            without_site(
                without_brand(" ".join(title.split()), lambda p: site_part(p, said_by)), said_by
            )
            if title
            else None
        )
        return Event(who=who, what=headline, when=when, where=where)
    what = None
    if title:
        what = title_case_what(title, facts) if title_case(title) else what_of(title)
    what = happening(what) or happening(what_of(lead))
    return Event(who=who, what=what, when=when, where=where)


def _bare_noun(who: str, persons: Sequence[Fact], others: Sequence[Fact]) -> bool:
    """A single singular common noun without an article ("Driver", "Tot"): headline style for
    a person the story names elsewhere; not a name we know, a plural or an acronym."""
    low = who.lower()
    known = any(low == n.lower() for f in (*persons, *others) for n in (f.text, *f.aliases))
    single = " " not in who and who[:1].isupper() and not who.isupper()
    return single and not known and not low.endswith("s") and low not in _ACTOR_STOPWORDS


def _dominant(persons: Sequence[Fact]) -> str | None:
    """The person named at least three times and at least twice as often as any other."""
    counts = sorted(((f.mentions or 1, f.text) for f in persons), reverse=True)
    if not counts or counts[0][0] < 3:
        return None
    second = counts[1][0] if len(counts) > 1 else 0
    return counts[0][1] if counts[0][0] >= 2 * second else None


def sources_of(facts: Sequence[Fact]) -> frozenset[str]:
    """The lower-case names of the article's sources: its byline, its site, its agency."""
    names = {n.lower() for f in facts if f.kind == "source" for n in (f.text, *f.aliases)}
    return frozenset(names | {_ADDRESS.sub("", n) for n in names if _ADDRESS.search(n)})


# A web address's ending: "haufe.de" also names its site as "haufe" ("… | Recht | Haufe").
_ADDRESS = re.compile(r"(?<=\w)\.(?:com|net|org|de|at|ch|fr|es|it|pt|nl|be|br|ar|mx|cl|co|uk|eu)$")


TITLE_PARTS = re.compile(r"\s+(?:[|–—-]|::|»)\s+")  # "Headline | Site", "Site - Headline"


def without_site(title: str, said_by: frozenset[str]) -> str | None:
    """A headline without the site's name before or after it ('Streit ums Holz | holz.de');
    None when the title is only the site's name."""
    if title.lower() in said_by:
        return None
    parts = TITLE_PARTS.split(title)
    whole = len(parts)
    while len(parts) > 1 and site_part(parts[-1], said_by):
        parts.pop()
    while len(parts) > 1 and site_part(parts[0], said_by):
        parts.pop(0)
    return " - ".join(parts) if len(parts) < whole else title


def site_part(part: str, said_by: frozenset[str]) -> bool:
    """A title part naming a source of the article (its site, in part or with more words) or
    a web address: 'autozeitung.de', 'Teufel Blog' (of 'Das Lautsprecher Teufel Blog')."""
    low = part.strip().lower()
    if re.fullmatch(r"(?:www\.)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}", low):
        return True
    words = set(low.split())
    return any(words <= set(n.split()) or wider_name(words, n.split()) for n in said_by if n)


def wider_name(words: set[str], name: list[str]) -> bool:
    """A title part that is a source's name of two words or more with a word or two added."""
    return len(name) >= 2 and set(name) <= words and len(words) <= len(name) + 2


def _named_by(fact: Fact, said_by: frozenset[str]) -> bool:
    """The fact names one of the article's sources (the reporter, the site)."""
    return any(n.lower() in said_by for n in (fact.text, *fact.aliases))


# An agency's credit in brackets or a site's address opening the lead, then a dash or a colon:
# "(Kestrel).- The council ...", "kestrelnews.net - The council ...".
# Or a credit in brackets glued to the lead's first word: "(Kestrel)The council ...".
_OPENING_CREDIT = re.compile(
    r"^\s*(?:(?:\([^()\n]{2,30}\)|[\w-]+(?:\.[\w-]+)*\.[A-Za-z]{2,6})\s*(?:\.-|--|[-—–:])\s+"
    r"|\([A-Z][\w .&'-]{1,29}\)(?=[A-Z“\"‘]))"
)


def _opening_dateline(lead: str) -> re.Match[str] | None:
    """A word in capitals and a dash opening the lead ("PORTVALE — "), a place we may not know."""
    m = DATELINE.match(lead)
    return m if m and m.group("place").replace(".", "").isupper() else None


# A photo's copyright and caption lines glued before the lead when a page is flattened to
# text ("Image copyright Kestrel Press Image caption Crews at the dam A storm hit ...").
_GLUED_CAPTION = re.compile(
    r"^\s*(?:(?:Image|Media|Photo)\s+copyright\s+.+?\s+)?(?:Image|Media|Photo)\s+caption\s+"
)
_NAMED_KINDS = ("person", "organization", "place")


def without_glued_caption(lead: str, facts: Sequence[Fact]) -> str:
    """The lead without a glued caption: the caption ends where a capitalised word follows a
    lower-case word, a stop or a name the text knows, and starts no such name itself."""
    m = _GLUED_CAPTION.match(lead)
    if not m:
        return lead
    names = {
        tuple(n.split()) for f in facts if f.kind in _NAMED_KINDS for n in (f.text, *f.aliases)
    }
    longest = max((len(n) for n in names), default=0)
    words = lead[m.end() :].split()
    i, can_end = 1, False
    while i < len(words):
        name = next(
            (k for k in range(longest, 0, -1) if tuple(words[i : i + k]) in names), 0
        )  # fmt: skip
        if name:  # a name inside the caption ("the home of Maria Holm") may also end it
            i, can_end = i + name, True
            continue
        word = words[i]
        if can_end and word[:1].isupper():
            return " ".join(words[i:])
        can_end = (word.isalpha() and word.islower()) or word.endswith((".", "!", "?"))
        i += 1
    return lead
