"""find_facts: run every fact finder over a Document, then rank and build the event."""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from newsfacts.facts import dates, numbers, quotes, source
from newsfacts.facts.entities import PER, Entity, Text, is_sports, place_kind
from newsfacts.facts.event import build_event
from newsfacts.facts.ner import entity_finder
from newsfacts.facts.people import entity_fact
from newsfacts.facts.rank import rank
from newsfacts.model import Document, Event, Fact, Options

_CAPS = re.compile(r"\b[A-Z][\w'-]+")


def captions(doc: Document) -> list[str]:
    """Photo captions the cleaner removed: they still tell when and where."""
    return [r.text for r in doc.article.removed if r.kind in ("caption", "credit")]


def closest_sentence(text: str, doc: Document) -> int:
    """The sentence sharing most capitalised words with a text (where a caption belongs)."""
    words = set(_CAPS.findall(text))
    scores = [len(words & set(_CAPS.findall(s.text))) for s in doc.sentences]
    return max(range(len(scores)), key=lambda i: (scores[i], -i)) if scores else 0


def datelines(doc: Document) -> list[str]:
    """Date and dateline lines the cleaner removed ("LONDON 1996-08-30")."""
    return [r.text for r in doc.article.removed if r.kind in ("date", "dateline")]


def headline(doc: Document) -> str:
    """The title, else a headline the cleaner removed without making it the title."""
    if doc.article.title:
        return doc.article.title
    found = [r.text for r in doc.article.removed if r.kind == "headline"]
    return found[0] if found else ""


def sports_report(doc: Document, title: str) -> bool:
    """A sports report, by its headline, a removed header line or its first sentence."""
    heads = [title, *(r.text for r in doc.article.removed[:2]), doc.sentences[0].text]
    return any(is_sports(h) for h in heads if h)


def texts_of(doc: Document) -> list[Text]:
    """The sentences, then captions and datelines (citing their closest sentence), the title."""
    items = [Text(s.text, s.index) for s in doc.sentences]
    items += [Text(c, closest_sentence(c, doc), "caption") for c in captions(doc)]
    items += [Text(d, 0, "caption") for d in datelines(doc)]
    if headline(doc):
        items.append(Text(headline(doc), 0, "title"))
    return items


def reference_date(doc: Document, options: Options) -> dt.date | None:
    """--date, else the published date, else a dateline's or a caption's full date."""
    lead = [doc.sentences[0].text] if doc.sentences else []
    return (
        dates.parse_iso(options.reference_date)
        or dates.parse_iso(doc.article.published)
        or dates.first_full_date(lead)
        or dates.first_full_date(datelines(doc))
        or dates.first_full_date(captions(doc))
        or dates.latest_full_date([s.text for s in doc.sentences])
    )


def date_facts(
    doc: Document, ref: dt.date | None
) -> tuple[list[Fact], list[list[tuple[int, int]]]]:
    """Date facts (one per value, counting mentions) and the date spans of each sentence."""
    by_key: dict[str, Fact] = {}
    spans: list[list[tuple[int, int]]] = []
    found = [(s.index, s.text) for s in doc.sentences]
    found += [(closest_sentence(c, doc), c) for c in captions(doc)]
    for index, text in found:
        hits = dates.find_dates(text, ref)
        if len(spans) < len(doc.sentences):
            spans.append([(h.start, h.end) for h in hits])
        for h in hits:
            key = h.value or h.text
            old = by_key.get(key)
            if old is None:
                by_key[key] = Fact("date", h.text, index, value=h.value, mentions=1)
            else:
                by_key[key] = _one_more(old, h.text)
    return list(by_key.values()), spans


def _one_more(fact: Fact, alias: str) -> Fact:
    """The same fact seen once more (possibly written differently)."""
    aliases = (
        fact.aliases if alias == fact.text or alias in fact.aliases else (*fact.aliases, alias)
    )
    return Fact(
        fact.kind, fact.text, fact.sentence, value=fact.value, aliases=aliases,
        mentions=(fact.mentions or 1) + 1,
    )  # fmt: skip


def number_facts(doc: Document, spans: list[list[tuple[int, int]]]) -> list[Fact]:
    """Number, money and percent facts, sentence by sentence; the same amount or share told
    again ("$300" twice) is one fact with its mentions counted, and so is the same count unless
    it counts something else."""
    out: list[Fact] = []
    seen: dict[tuple[str, str, float, str | None], int] = {}
    for s in doc.sentences:
        taken = spans[s.index] if s.index < len(spans) else []
        for h in numbers.find_numbers(s.text, taken):
            value: float | int = int(h.value) if h.value.is_integer() else h.value
            at = seen.get((h.kind, h.text, h.value, h.unit))
            if at is not None and _same_figure(out[at], h.about):
                old = out[at]
                out[at] = replace(old, mentions=(old.mentions or 1) + 1, about=old.about or h.about)
                continue
            seen.setdefault((h.kind, h.text, h.value, h.unit), len(out))
            out.append(Fact(h.kind, h.text, s.index, value=value, unit=h.unit, about=h.about))
    return out


def _same_figure(earlier: Fact, about: str | None) -> bool:
    """The same amount or share told again is one figure; a count, unless it counts another
    thing (both say what they count, and differently)."""
    return earlier.kind != "number" or None in (earlier.about, about) or earlier.about == about


def quote_facts(doc: Document, people: Sequence[Fact]) -> list[Fact]:
    """Quote facts, their speakers resolved to the people and offices the text names."""
    out: list[Fact] = []
    index = SpeakerIndex(doc, people)
    for q in quotes.find_quotes(doc.article.text, doc.sentences):
        speaker = index.resolve(q.speaker, q.sentence)
        role = "scare quote" if q.scare else "quote"
        out.append(Fact("quote", q.text, q.sentence, speaker=speaker, role=role))
    return out


class SpeakerIndex:
    """Resolves speakers in time independent of the article's length: built once per document,
    it looks people up by sentence and owners ("Yoon's office") by position."""

    def __init__(self, doc: Document, people: Sequence[Fact]) -> None:
        """Index the people by the sentence they are first named in."""
        self.doc = doc
        self.people = people
        first: dict[int, Fact] = {}
        for p in people:
            first.setdefault(p.sentence, p)  # max() keeps the first of equals: so does this
        self.sentences = sorted(first)
        self.first = first
        self.owners: dict[str, re.Match[str]] | None = None
        self.names: dict[tuple[str, str], int] | None = None

    def resolve(self, who: str | None, sentence: int) -> str | None:
        """'he' -> the last person named; 'the office' -> "Yoon's office"; 'Yoon' -> full name."""
        if who is None:
            return None
        low = who.lower()
        if low in ("he", "she", "they"):
            at = bisect.bisect_right(self.sentences, sentence)
            return self.first[self.sentences[at - 1]].text if at else None
        if low.startswith("the "):
            noun = low.split()[-1]
            cut = self.doc.sentences[sentence].end if self.doc.sentences else 0
            owner = self._owner(noun, cut)
            return f"{owner}'s {noun}" if owner else who
        return self._named(who)

    def _named(self, who: str) -> str:
        """The first person whose name, an alias or surname (after a space) `who` is, else who."""
        if self.names is None:
            self.names = {}
            for at, p in reversed(list(enumerate(self.people))):  # the first one wins
                keys = [("name", p.text), *(("name", a) for a in p.aliases)]
                keys += [("surname", p.text.split()[-1])] if p.text.split() else []
                self.names.update(dict.fromkeys(keys, at))
        _, space, last = who.rpartition(" ")
        hits = [self.names.get(("name", who)), self.names.get(("surname", last)) if space else None]
        found = [at for at in hits if at is not None]
        return self.people[min(found)].text if found else who

    def _owner(self, noun: str, cut: int) -> str | None:
        """The first "X's noun" in the text before offset `cut` (X), else None."""
        text = self.doc.article.text
        if not _WORD.fullmatch(noun) or text.endswith(noun, 0, cut):
            # Rare: an odd noun, or a match that could end right at the cut: search the cut text.
            pattern = re.compile(rf"\b([A-Z][\w-]+)['’]s\s+{re.escape(noun)}\b")
            owners = pattern.findall(text, 0, cut)
            return owners[0] if owners else None
        # A match ending before the cut is the same in the cut text; matches never overlap,
        # so the first one in the whole text decides.
        m = self._first_owners().get(noun)
        return m.group(1) if m and m.end() + len(noun) < cut else None

    def _first_owners(self) -> dict[str, re.Match[str]]:
        """The first "X's " before each word of the text, by that word (one scan, on demand)."""
        if self.owners is None:
            text = self.doc.article.text
            self.owners = {}
            for m in _OWNER.finditer(text):
                word = _WORD_AT.match(text, m.end())
                self.owners.setdefault(word.group() if word else "", m)
        return self.owners


_OWNER = re.compile(r"\b([A-Z][\w-]+)['’]s\s+")
_WORD = re.compile(r"\w+")
_WORD_AT = re.compile(r"\w*")


def source_facts(doc: Document) -> tuple[list[Fact], str | None]:
    """Source facts from removed text, page metadata and a dateline, plus the dateline's place."""
    hits = source.from_removed(doc.article.removed)
    hits += source.from_metadata(doc.article.author, doc.article.site)
    place = None
    if doc.sentences:
        place, agency = source.from_dateline(doc.sentences[0].text)
        hits += [agency] if agency else []
    facts = [
        Fact("source", h.name, 0, role=h.role, aliases=aliases) for h, aliases in source.merge(hits)
    ]
    return facts, place


def event_place(entities: list[Entity], facts: Sequence[Fact], dateline: str | None) -> str | None:
    """The dateline's place, else the best-placed place: cued, early, in the headline, specific."""
    if dateline:
        return dateline
    places = [e for e in entities if e.label == "place"]
    if not places:
        return None
    return _display(max(places, key=_place_score), facts)


def _place_score(e: Entity) -> float:
    """How likely a place is where the main event happened."""
    cued = [m for m in e.mentions if _place_cue(m.left)]
    score = 0.3 * min(len(e.mentions), 5) - 0.1 * min(m.cite for m in e.mentions)
    score += 1.5 * any(m.kind == "title" for m in e.mentions)
    score += 2.0 * any(m.kind == "caption" or m.cite <= 1 for m in cued)
    score += 1.0 * bool(cued)
    kind = place_kind(e.name)
    score += 2.0 if kind == "city" else 1.0 if kind is None else 0.0  # specific beats broad
    return score


def _place_cue(left: tuple[str, ...]) -> bool:
    """'in X', 'at X', 'near X', 'the city of X'."""
    words = [w.lower() for w in left]
    if words[-1:] and words[-1] in ("in", "at", "near"):
        return True
    return words[-1:] == ["of"] and len(words) > 1 and words[-2] in ("city", "town", "village")


def _display(entity: Entity, facts: Sequence[Fact]) -> str:
    """The fact text shown for an entity."""
    for f in facts:
        if f.kind == entity.label and (f.text == entity.name or entity.name in f.aliases):
            return f.text
    return entity.name


def event_date(
    date_list: Sequence[Fact],
    ref: dt.date | None,
    lead: Sequence[str],
    published_time: str | None = None,
) -> str | None:
    """The lead's day (the latest one by the reference date), else the reference date.

    The lead is the first sentence; when it names no day, the second one (a lead often
    puts the day in its follow-up: "... made the comments on Saturday"). A date that only
    qualifies a noun ("Tuesday's election") is background, not the event. With no day named,
    a clock time later in the day than the publication ("shortly before 7 pm" in a story
    published at 04:35) puts the event on the day before.
    """
    for index, text in enumerate(lead[:LEAD_SENTENCES]):
        days = _days_in(date_list, index, text)
        if days and ref:
            past = [d for d in days if d <= ref.isoformat()]
            return max(past) if past else days[0]
        if days:
            return days[0]
    if ref and published_time and _after(lead[:LEAD_SENTENCES], published_time):
        return (ref - dt.timedelta(days=1)).isoformat()
    return ref.isoformat() if ref else None


def _after(lead: Sequence[str], published_time: str) -> bool:
    """Some clock time in the lead is later in the day than the publication time (HH:MM)."""
    hour, minute = (int(x) for x in published_time.split(":"))
    published = hour * 60 + minute
    times = (dates.clock_minutes(m) for text in lead for m in dates.CLOCK.finditer(text))
    return any(t is not None and t > published for t in times)


LEAD_SENTENCES = 2  # how far the lead's day is looked for


def _days_in(date_list: Sequence[Fact], index: int, text: str) -> list[str]:
    """Full-day dates first met in sentence `index`, unless only a possessive ("Tuesday's")."""
    return [
        str(f.value)
        for f in date_list
        if f.sentence == index and f.value and len(str(f.value)) == 10
        and not re.search(rf"\b{re.escape(f.text)}['’]s\b", text)
    ]  # fmt: skip


def find_facts(doc: Document, options: Options) -> tuple[tuple[Fact, ...], Event]:
    """Key facts sorted key-first, and the main event."""
    if not doc.sentences:
        return (), Event()
    title = headline(doc)
    entities = entity_finder(options.ner)(texts_of(doc), sports_report(doc, title))
    named = [entity_fact(e) for e in entities if any(m.kind != "title" for m in e.mentions)]
    ref = reference_date(doc, options)
    when_list, spans = date_facts(doc, ref)
    sources, dateline = source_facts(doc)
    said_by = {n for f in sources for n in (f.text, *f.aliases)}
    named = [f for f in named if not (f.kind in ("organization", "source") and f.text in said_by)]
    people = [f for f in named if f.kind == PER]
    found = [*named, *when_list, *number_facts(doc, spans), *quote_facts(doc, people), *sources]
    lead = [s.text for s in doc.sentences[:LEAD_SENTENCES]]
    from_page = not options.reference_date and ref is not None and (
        ref.isoformat() == doc.article.published
    )  # the clock rule compares with the page's own publication time only
    when = event_date(when_list, ref, lead, doc.article.published_time if from_page else None)
    ranked = rank(found, title, when)
    where = event_place(entities, ranked, dateline)
    event = build_event(title or None, doc.sentences[0].text, ranked, when, where)
    return ranked, event
