"""find_facts: run every fact finder over a Document, then rank and build the event."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import replace

from newsfacts import language, lexicon
from newsfacts.facts import appositions, calendars, dates, kept_names, numbers, quotes, source
from newsfacts.facts import numbers_confidence as figure_confidence
from newsfacts.facts.confidence import vote_evidence, with_confidence
from newsfacts.facts.dateline_day import yearless_dateline_day
from newsfacts.facts.dateline_place import with_dateline_place
from newsfacts.facts.event import LEAD_SENTENCES, build_event, event_date, lead_sentence
from newsfacts.facts.event_place import event_place
from newsfacts.facts.event_time import dateline_day
from newsfacts.facts.money_names import outside_money
from newsfacts.facts.names import PER, Entity, Text, is_sports
from newsfacts.facts.ner import BUILTIN, entity_finder
from newsfacts.facts.numbers import NumberHit
from newsfacts.facts.people import entity_fact
from newsfacts.facts.pronoun_speaker import last_named
from newsfacts.facts.rank import rank
from newsfacts.facts.speaker_name import bare_name
from newsfacts.model import Document, Event, Fact, Options
from newsfacts.words import LANGUAGES, words_of

_CAPS = re.compile(r"\b[A-Z][\w'-]+")


def captions(doc: Document) -> list[str]:
    """Photo captions the cleaner removed: they still tell when and where."""
    return [r.text for r in doc.article.removed if r.kind in ("caption", "credit")]


def _closest(text: str, sentence_words: list[set[str]]) -> int:
    """The sentence sharing most capitalised words with a text (where a caption belongs), given
    each sentence's capitalised words; the first of a tie."""
    words = set(_CAPS.findall(text))
    scores = [len(words & other) for other in sentence_words]
    return max(range(len(scores)), key=lambda i: (scores[i], -i)) if scores else 0


def placed_captions(doc: Document) -> list[tuple[str, int]]:
    """Each removed caption with its closest sentence (the sentences' words read once)."""
    found = captions(doc)
    if not found:
        return []
    sentence_words = [set(_CAPS.findall(s.text)) for s in doc.sentences]
    return [(c, _closest(c, sentence_words)) for c in found]


def datelines(doc: Document) -> list[str]:
    """Date and dateline lines the cleaner removed ("LONDON 1996-08-30")."""
    return [r.text for r in doc.article.removed if r.kind in ("date", "dateline")]


def opening_datelines(doc: Document) -> list[str]:
    """Date lines among the first lines the cleaner removed (not a comment's date below)."""
    opening = doc.article.removed[:OPENING_LINES]
    return [r.text for r in opening if r.kind in ("date", "dateline")]


OPENING_LINES = 3  # removed lines read as the story's opening (a menu, a headline, a dateline)


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
    items += [Text(c, at, "caption") for c, at in placed_captions(doc)]
    items += [Text(d, 0, "caption") for d in datelines(doc)]
    if headline(doc):
        items.append(Text(headline(doc), 0, "title"))
    return items


def reference_date(doc: Document, options: Options, code: str | None = None) -> dt.date | None:
    """--date, else the published date (the page's markup or its address), else the day of
    the story's opening dateline (in the article's language too: "LYON, 9 déc. 2026 (AFP) -"),
    a lead's, a date line's or a caption's full date, else the latest full date the sentences
    report. Internal: `published` is never set from it."""
    lead = [doc.sentences[0].text] if doc.sentences else []
    return (
        dates.parse_iso(options.reference_date)
        or dates.parse_iso(doc.article.published)
        or dateline_day([*opening_datelines(doc), *lead], [s.text for s in doc.sentences])
        or calendar_day([*opening_datelines(doc), *lead], code)
        or foreign_dateline_day([*opening_datelines(doc), *lead], doc, code)
        or dates.first_full_date(lead)
        or dates.first_full_date(datelines(doc))
        or dates.first_full_date(captions(doc))
        or dates.latest_full_date([s.text for s in doc.sentences])
    )  # all sentences: the first five only lose a Giveme5W1H day (6 -> 5 of 40, undated)


def calendar_day(texts: list[str], code: str | None) -> dt.date | None:
    """The first full date written in another language's words in a story's opening lines."""
    if code is None or words_of(code) is None:
        return None  # English: read by the English patterns above
    for text in texts:
        for hit in calendars.find_dates(text, None, code):
            if not hit.relative and hit.value and len(hit.value) == 10:
                return dates.parse_iso(hit.value)
    return None


def foreign_dateline_day(texts: list[str], doc: Document, code: str | None) -> dt.date | None:
    """The day of a dateline without a year in another language ('MADRID, 3 Dic. (EFE) -')."""
    if code is None or words_of(code) is None:
        return None
    return yearless_dateline_day(texts, [s.text for s in doc.sentences], code)


def date_facts(
    doc: Document, ref: dt.date | None, code: str | None = None
) -> tuple[list[Fact], list[list[tuple[int, int]]], list[Fact]]:
    """Date facts (one per value, counting mentions), the date spans of each sentence, and the
    dates only a removed caption tells (they may date the event, never be a fact)."""
    by_key: dict[str, Fact] = {}
    spans: list[list[tuple[int, int]]] = []
    found = [(s.index, s.text) for s in doc.sentences]
    found += [(at, c) for c, at in placed_captions(doc)]
    kept = len(doc.sentences)  # a removed caption's date supports a fact, never is one
    support: dict[str, Fact] = {}
    for at, (index, text) in enumerate(found):
        hits = (
            calendars.find_dates(text, ref, code)
            if code in LANGUAGES
            else dates.find_dates(text, ref)
        )
        if len(spans) < len(doc.sentences):
            spans.append([(h.start, h.end) for h in hits])
        for h in hits:
            key, shown = h.value or h.text, LOCATOR.sub("", h.text)
            old = by_key.get(key)
            if old is None and at < kept:
                by_key[key] = Fact("date", shown, index, value=h.value, mentions=1)
            elif old is None:
                support.setdefault(key, Fact("date", shown, index, value=h.value, mentions=1))
            else:
                by_key[key] = _one_more(old, shown)
    return list(by_key.values()), spans, [f for k, f in support.items() if k not in by_key]


# "in June": the pattern needs the "in" to tell the month from a verb ("may"), the reader does
# not; "since March" and "by Friday" keep theirs, which change the meaning.
DAY_DIGITS = 2  # a bare day of a listed pair ("21" of "21 and 22 May"), not a year
LOCATOR = re.compile(r"^[Ii]n\s+(?=\S)")


def _one_more(fact: Fact, alias: str) -> Fact:
    """The same fact seen once more (possibly written differently); a day first seen as a bare
    number in a list ("21 and 22 May") shows as written in full when it is seen so."""
    text = fact.text
    if text.isdigit() and len(text) <= DAY_DIGITS and text in alias and not alias.isdigit():
        text, alias = alias, text
    aliases = fact.aliases if alias == text or alias in fact.aliases else (*fact.aliases, alias)
    aliases = tuple(a for a in aliases if a != text)
    return Fact(
        fact.kind, text, fact.sentence, value=fact.value, aliases=aliases,
        mentions=(fact.mentions or 1) + 1,
    )  # fmt: skip


def number_facts(
    doc: Document, spans: list[list[tuple[int, int]]], code: str | None = None
) -> list[Fact]:
    """Number, money and percent facts, sentence by sentence; the same amount or share told
    again ("$300" twice) is one fact with its mentions counted, and so is the same count unless
    it counts something else. Its confidence is that of its weakest mention: digits a gallery
    counter or a name also writes ("Getty Images 22", "Chapter 11") are no count elsewhere."""
    out: list[Fact] = []
    seen: dict[tuple[str, str, float, str | None], int] = {}
    named = figure_confidence.name_numbers([headline(doc), *(s.text for s in doc.sentences)])
    for s in doc.sentences:
        taken = spans[s.index] if s.index < len(spans) else []
        for h in numbers_in(s.text, taken, code):
            value: float | int = int(h.value) if h.value.is_integer() else h.value
            sure = (
                figure_confidence.score_plain(h, s.text)
                if code in LANGUAGES
                else figure_confidence.score(h, s.text, named)
            )
            at = seen.get((h.kind, h.text, h.value, h.unit))
            if at is not None and _same_figure(out[at], h.about):
                old = out[at]
                out[at] = old.with_changes(
                    mentions=(old.mentions or 1) + 1,
                    about=old.about or h.about,
                    confidence=min(old.confidence or 0.0, sure),
                )
                continue
            seen.setdefault((h.kind, h.text, h.value, h.unit), len(out))
            out.append(
                Fact(h.kind, h.text, s.index, value=value, unit=h.unit, about=h.about,
                     confidence=sure)
            )  # fmt: skip
    return out


def numbers_in(text: str, taken: list[tuple[int, int]], code: str | None) -> list[NumberHit]:
    """The numbers of one sentence: another language's marks and words ("3,5 Millionen Euro");
    in a language without word data, no postcode, age in brackets or half of a decimal ('1,06')
    as a count, no number spelled in English words (Polish 'ten' is 'this') and no day before a
    month's name ('5 maja'); thousands grouped by spaces are one number ('55 000'). English
    needs neither, so it never imports newsfacts.facts.figures."""
    if code in (None, "en"):
        return numbers.find_numbers(text, taken)
    from newsfacts.facts import figures

    if code in LANGUAGES:
        return figures.find_figures(text, taken, code)
    return [
        replace(h, text=text[h.start : h.end])
        for h in numbers.find_numbers(figures.space_grouped(text), taken)
        if not figures.no_quantity(text, h.start, h.end)
        and any(c.isdigit() for c in h.text)
        and not (code and figures.month_after(text, h.end, code))
    ]


def _same_figure(earlier: Fact, about: str | None) -> bool:
    """The same amount or share told again is one figure; a count, unless it counts another
    thing (both say what they count, and differently)."""
    return earlier.kind != "number" or None in (earlier.about, about) or earlier.about == about


def speakers_of(doc: Document, code: str | None) -> frozenset[str]:
    """The full names (two words or more) next to a speech verb by a quote, in a language with
    word data: 'Klaus Brenner' (one word may be 'Die Regierung''s noun)."""
    if code not in LANGUAGES:
        return frozenset()
    from newsfacts.facts import speech  # another language's quotes: English never imports it

    found = speech.find_quotes(doc.article.text, doc.sentences, code)
    words = words_of(code)
    spoken = [q.speaker or "" for q in found if q.speaker and not q.scare]
    names = [bare_name(s, words) if words else s for s in spoken]  # no role words before
    return frozenset(n for n in names if len(n.split()) >= 2)


def quote_facts(doc: Document, people: Sequence[Fact], code: str | None = None) -> list[Fact]:
    """Quote facts, their speakers resolved to the people and offices the text names (in
    another language, a quote said twice on the page once)."""
    out: list[Fact] = []
    index = quotes.SpeakerIndex(doc, people)
    if code in LANGUAGES:
        from newsfacts.facts import speech  # another language's quotes: English never imports it

        found = speech.find_quotes(doc.article.text, doc.sentences, code)
    else:
        found = quotes.find_quotes(doc.article.text, doc.sentences)
    named = {n for p in people for n in (p.text, *p.aliases)}
    words = words_of(code)
    for q in found:
        if code in LANGUAGES and q.speaker == "he":  # 'sagte er', 'a-t-il ajouté'
            speaker = last_named(doc, people, q.sentence, q.text, code)
        else:
            speaker = index.resolve(q.speaker, q.sentence)
        if (
            words
            and speaker
            and speaker not in named
            and words.CAPITALISED_NOUNS
            and " " not in speaker
        ):
            held = index.resolve(f"der {speaker}", q.sentence)  # "so die Ministerin"
            speaker = held if held in named else speaker  # the one holding that role
        if words and speaker and speaker not in named:
            speaker = bare_name(speaker, words)  # 'Hamburger Umweltsenatorin Katharina Fegebank'
        if words and speaker and speaker not in named and _lone_word(speaker, words.NAME):
            speaker = None  # "meint der Sportwissenschaftler", "Zoo-": a noun, no one named
        role = "scare quote" if q.scare else "quote"
        out.append(Fact("quote", q.text, q.sentence, speaker=speaker, quote_kind=role))
    if code in (None, "en"):
        return out
    from newsfacts.facts.quote_echoes import without_echoes  # English never imports it

    return without_echoes(out, doc.sentences)


def _lone_word(speaker: str, language: str) -> bool:
    """A speaker of one word of the language ('Sportwissenschaftler', 'Polizist'), a piece of
    one ('Kommunikations-') or a title ('Dr'), not an acronym nor a surname the word list does
    not hold ('AWI', 'Schmidt-Chanasit')."""
    if " " in speaker or any(c.isupper() for c in speaker[1:]):
        return False  # 'AWI', 'AStA', 'McKee': an acronym or a name's inner capital
    return len(speaker) <= 2 or speaker.endswith("-") or lexicon.is_word(speaker, language)


def source_facts(doc: Document) -> tuple[list[Fact], str | None]:
    """Source facts from removed text, page metadata and a dateline, plus the dateline's place."""
    hits = source.from_removed(doc.article.removed)
    hits += source.from_metadata(doc.article.author, doc.article.site)
    words = words_of(language.normalize(doc.article.language))  # another language's lexicon
    hits = [h for h in hits if words is None or not source.everyday_word(h, words)]
    place = None
    lead = [doc.sentences[0].text] if doc.sentences else []
    for line in [*opening_datelines(doc), *lead]:  # a dateline on its own line, else the lead's
        place, agency = source.from_dateline(f"{line} ")  # its dash may end the line
        hits += [agency] if agency else []
        if place or agency:
            break
    facts = [
        Fact("source", h.name, 0, source_kind=h.role, aliases=aliases)
        for h, aliases in source.merge(hits)
    ]
    return facts, place


def credited(entity: Entity) -> bool:
    """A name from a removed credit or caption that is a source (byline, photo credit)."""
    return any(m.kind != "title" for m in entity.mentions) and entity_fact(entity).kind == "source"


def in_dateline(entity: Entity, lines: list[str]) -> bool:
    """A name in the story's dateline ("LONDON 1996-08-30"): the article's own word on place."""
    return any(m.text in line for m in entity.mentions for line in lines)


def names_of(
    doc: Document, options: Options, code: str | None, title: str
) -> tuple[list[Entity], dict[str, str] | None, set[int]]:
    """People, organisations and places: in another language with word data the evidence
    finder's (with the evidence each name rests on), else the --ner finder's, kept where
    they are names in the article's language; last, the ids of the entities whose label
    the finder's votes settled (their vote evidence counts in the confidence)."""
    words = words_of(code)
    if words is not None and options.ner == BUILTIN:
        from newsfacts.facts.names import foreign  # names in another language: never English's

        found, reasons = foreign.find_entities(texts_of(doc), words, speakers_of(doc, code))
        return found, reasons, set()
    entities = entity_finder(options.ner)(texts_of(doc), sports_report(doc, title))
    voted = {id(e) for e in entities}
    return kept_names.keep_names(entities, code, speakers_of(doc, code)), None, voted


def find_facts(doc: Document, options: Options) -> tuple[tuple[Fact, ...], Event]:
    """Key facts sorted key-first, and the main event."""
    if not doc.sentences:
        return (), Event()
    title = headline(doc)
    code = language.normalize(doc.article.language)
    entities, reasons, voted = names_of(doc, options, code, title)
    filed = datelines(doc)
    kept = [
        e
        for e in entities
        if any(m.kind == "body" for m in e.mentions) or credited(e) or in_dateline(e, filed)
    ]  # a name only in the title or in a removed caption supports a fact, never is one
    named = appositions.with_roles([entity_fact(e) for e in kept], doc, code)
    votes = vote_evidence(kept, named, voted, code)
    ref = reference_date(doc, options, code)
    when_list, spans, from_captions = date_facts(doc, ref, code)
    sources, dateline = source_facts(doc)
    said_by = {n for f in sources for n in (f.text, *f.aliases)}
    named = [f for f in named if not (f.kind in ("organization", "source") and f.text in said_by)]
    figures_found = number_facts(doc, spans, code)
    named = outside_money(named, figures_found, doc.article.text)  # 'US' of 'US$ 45 millones'
    people = [f for f in named if f.kind == PER]
    found = [*named, *when_list, *figures_found, *quote_facts(doc, people, code), *sources]
    lead = [s.text for s in doc.sentences[: LEAD_SENTENCES + 1]]  # one more past a date line
    from_page = (
        not options.reference_date
        and ref is not None
        and (ref.isoformat() == doc.article.published)
    )  # the clock rule compares with the page's own publication time only
    stamp = doc.article.published_time if from_page else None
    filed_on = dateline_day([*opening_datelines(doc), *lead[:1]], [], ref) if ref else None
    when = event_date([*when_list, *from_captions], ref, lead, stamp, filed_on)
    lists = kept_names.word_list_name(code)
    confident = with_confidence(list(rank(found, title, when)), lists, votes)
    ranked = tuple(kept_names.weigh(confident, reasons))
    if reasons is not None:  # another language's names: its dateline's place is sure
        ranked = tuple(with_dateline_place(ranked, dateline))
    english = code in (None, "en")
    where = event_place(entities, ranked, dateline, english, title, words_of(code))
    event = build_event(title or None, lead_sentence(lead), ranked, when, where, english)
    return ranked, event
