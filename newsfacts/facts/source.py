"""Source facts: news agency, byline, dateline and source footer."""

from __future__ import annotations

import re
from dataclasses import dataclass
from types import ModuleType

from newsfacts import lexicon
from newsfacts.facts import evidence, places
from newsfacts.model import Removal
from newsfacts.words import PLACE_PARTICLES
from newsfacts.words.en.boilerplate import NAME_BYLINE_LEADS
from newsfacts.words.en.calendar import MONTHS, WEEKDAYS
from newsfacts.words.en.function import HEADLINE_WORDS
from newsfacts.words.en.press import (
    AGENCIES,
    BYLINE_LEADS,
    CREDENTIALS,
    JOB_WORDS,
    NO_BYLINE,
    SOURCE_LABELS,
    WIRE_MARKS,
)

_FOOTER = re.compile(rf"^\s*(?:{'|'.join(SOURCE_LABELS)})\s*[:\-–]\s*(?P<name>.+?)\s*\.?\s*$", re.I)
_LEADS = "|".join((*BYLINE_LEADS, *NAME_BYLINE_LEADS))  # a removed byline: "di Marco Bellini"
_BYLINE = re.compile(rf"^\s*(?:{_LEADS})\s+(?P<name>.+?)\s*$", re.I)
# "(Yonhap)", "(Reuters/Jo Lee)": the agency of a caption. A photo credit ("(AFP Photo/X)",
# "(Photo by X/Y)") names who took or sold the picture: the entity finder makes those
# "photo credit" sources (people.py), so they are no news agency here.
_CREDIT = re.compile(
    r"\((?!(?i:photo|picture|image|credit)s?\b)(?P<name>[A-Z][\w&.' -]{1,40}?)(?:/[^)]*)?\)\s*$"
)
_PHOTO_WORD = re.compile(r"\b(?:Photo|Picture|Image)s?\b", re.I)
# A caption's credit in another language, the photo word before the agency's name: "(Foto Ansa)",
# "(Foto: EFE)", "(Bild: dpa)".
_LENT = re.compile(r"^(?:Fotos?|Bild)\s*:?\s+([A-Z][\w&.-]+(?: [A-Z][\w&.-]+)?)$")
# "9 dic", "9. Dez. 2026", "9 de janeiro de 2024", "4 de diciembre de 2026"
_DAY_MONTH = r"\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]{3,10}\.?(?:\s+(?:de\s+)?\d{4})?"
DATELINE = re.compile(
    r"(?:^|(?<=\s))(?P<place>[A-ZÀ-Þ][A-ZÀ-Þ.'-]{2,}(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ.'-]+)*)\s*,?\s*"
    r"(?:[A-Z][a-z]+\s*,?\s*)?"  # a state or country after the city: "MILWAUKEE, Wisconsin"
    rf"(?P<date>[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}}|\d{{4}}-\d\d-\d\d|{_DAY_MONTH})?\s*"
    r"(?:\((?P<agency>[A-Za-z][\w&. -]{1,40})(?:/[\w&. -]{1,20})?\))?\s*(?:--|\.?[-—–])\s+"
)  # "(dpa/lsw)": the agency and its regional service; "(EFE).- ": EFE's dash
# "Tarvingen (dpa) - ", "Berlin/Paris (AFP) – ", "Graz, 7. Dezember 2026 (APA) – ": a town
# written as a name, maybe its day, a known agency.
_TITLED_DATELINE = re.compile(
    r"^\s*(?P<place>[A-ZÀ-Þ][\w'.-]+(?: (?:de |del |di )?[A-ZÀ-Þ][\w'.-]+){0,2})"
    rf"(?:/[A-ZÀ-Þ][\w'.-]+)?\s*(?:,\s*(?P<date>{_DAY_MONTH})\s*)?"
    r"\((?P<agency>[A-Za-z][\w&. -]{1,40})(?:/[\w&. -]{1,20})?\)\s*(?:--|\.?[-—–])\s+"
)
DATELINE_REACH = 300  # a dateline sits at the very start, maybe after a glued headline/byline


@dataclass(frozen=True)
class SourceHit:
    """One source fact: the name and where it came from (footer, byline, dateline, credit)."""

    name: str
    role: str


def from_removed(removed: tuple[Removal, ...]) -> list[SourceHit]:
    """Sources named in what the cleaner removed."""
    out: list[SourceHit] = []
    for r in removed:
        for kind, pattern, role in _RULES:
            m = pattern.search(r.text) if r.kind in kind else None
            lent = _LENT.match(m.group("name")) if m and role == "agency" else None
            if lent:  # "(Foto Ansa)": the agency that lent the picture
                out.append(SourceHit(lent.group(1), "photo credit"))
            elif m and not (role == "agency" and _PHOTO_WORD.search(m.group("name"))):
                names = _AUTHORS.split(m.group("name")) if role == "byline" else [m.group("name")]
                out += [SourceHit(bare(n), role) for n in names if bare(n)]
    return [h for h in out if is_source_name(h.name)]


def everyday_word(hit: SourceHit, words: ModuleType) -> bool:
    """A one-word source that is a word of the page's language (another than English), no
    known agency: a caption's '(Oficial)', a byline 'Autor' or 'Frankfurt' (a first name
    stays: 'Ulrike'), a publisher that is an everyday word ('Política': the page's section)."""
    name = hit.name
    if " " in name or name.isupper() or name.title() in AGENCIES:
        return False
    if hit.role == "publisher":
        return lexicon.is_common_word(name, words.NAME)
    if hit.role == "byline" and evidence.first_name(name, words):
        return False
    return hit.role in ("agency", "byline") and lexicon.is_word(name, words.NAME)


# A byline that runs on into the author's note ("Ann Lee is a reporter", "Ann Lee says").
_BIO = re.compile(r"\s+(?:is|was|has|says|said|writes|covers|reports|joined|lives)\b.*$", re.S)
MAX_SOURCE_WORDS = 6  # a longer run of words is a sentence or a headline, no one's name


def bare(name: str) -> str:
    """The name without the author's note run on after it, nor the outlet after a bar ("Ann
    Lee | Daily Post"; more bars make a menu, left whole to be refused)."""
    if name.count("|") == 1:
        name = name.split("|")[0]
    name = _LEAD.sub("", _BIO.sub("", name.strip()).strip())
    name = _BY.sub("", name)  # "Par Camille Le Goff": the lead word in the page's language
    name = _TRAILER.sub("", name) or name
    words = name.split()
    half = len(words) // 2
    if len(words) >= 4 and len(words) % 2 == 0 and words[:half] == words[half:]:
        name = " ".join(words[:half])  # "Ann Lee Ann Lee": the byline told twice
    return name


# A byline's lead word before a name of two capitalised words at least ("Par Camille Le Goff",
# "Por Ana Ruiz", "Door Jan de Vries"); one word after it is a name of its own ("Von Miller").
_BY = re.compile(
    rf"^(?i:{'|'.join(sorted({w.lower() for w in (*BYLINE_LEADS, *NAME_BYLINE_LEADS)}))})\s+"
    r"(?=[A-ZÀ-Þ][\w'’-]*\s+(?:[a-z]{1,3}\s+)*[A-ZÀ-Þ])"
)
# A kind of piece before "by" ("Analysis by Ann Lee", "Opinion by ..."): no part of the name.
_LEAD = re.compile(r"^(?:analysis|opinion|commentary|review|story|text|words)\s+by\s+", re.I)


# A weekday, a count or a lone letter glued after a byline's name ("Jeff Foust Monday", "Ann
# Lee 0", "Kevin-R"): the page's date or a comment counter, no part of the name.
_TRAILER = re.compile(rf"(?:\s+(?:{'|'.join(w.capitalize() for w in WEEKDAYS)}|\d+)|-[A-Z])$")


# A wire slug ("BC-Storm-Flood", "AM-Harbour/12"): a code in capitals, hyphens and digits.
_SLUG = re.compile(r"^[A-Z0-9]{1,6}(?:[-/][A-Za-z0-9]+){2,}$|^\S*\d\S*$")


def is_source_name(name: str) -> bool:
    """A name that can be a source: not a wire mark ("END"), a slug, a calendar word, a page
    word standing for a byline ("Staff"), a lower-case word or a country's name."""
    words = name.split()
    if not words or not name[:1].isupper() or _SLUG.match(name) or len(name.rstrip(".")) < 2:
        return False  # a lone letter: what is left of "e.V." read as "e V" split at "e"
    if "|" in name or len(words) > MAX_SOURCE_WORDS or HEADLINE_WORDS.intersection(words):
        return False  # a menu ("Racing | F1 | Indy") or a title in capitals ("Has Worked As")
    low = name.lower().rstrip(".")
    if words[-1].lower() in JOB_WORDS:
        return False  # "AP Sports Writer", "CNN Editor-at-large": a job, no one's name
    if low in WIRE_MARKS or low in NO_BYLINE or low in MONTHS or low in WEEKDAYS:
        return False
    if words[0].lower() == "www":
        return False  # "Www Example Com": the site's address spelt as words (see from_metadata)
    if any(c.isdigit() for c in name) or all(_credential(w) for w in words):
        return False  # "Ministry, October 25, 2019": a dated credit; "BSc", "RD (CA)": degrees
    return places.place_type(name) not in ("country", "state", "region")


def _credential(word: str) -> bool:
    """A degree or a bracketed qualifier after a name ("MSc", "RD", "(CA)")."""
    return word.rstrip(".").lower() in CREDENTIALS or (word[:1] == "(" and word[-1:] == ")")


# "By Jane Park and Ola Berg", "By Jane Park, Ola Berg & Ida Marsh": one byline per author.
_AUTHORS = re.compile(r"\s*(?:,|&|\b(?:and|und|et|e|y|en)\b)\s*")


# A lower-case word in a byline that is no name particle nor a link between names: prose.
_PROSE_WORD = re.compile(
    r"(?<![\w'’-])(?!(?:and|und|et|e|y|en|de|da|do|dos|das|del|della|di|du|la|le|van|von|der|den"
    r"|ten|ter|bin|al|el)\b)[a-zà-ÿ]+(?![\w'’.-])"
)


_RULES: tuple[tuple[tuple[str, ...], re.Pattern[str], str], ...] = (
    (("source-line", "footer"), _FOOTER, "footer"),
    (("byline",), _BYLINE, "byline"),
    (("caption", "credit"), _CREDIT, "agency"),
)


def from_metadata(author: str | None, site: str | None) -> list[SourceHit]:
    """The page's own byline (one per author) and publisher, from its metadata."""
    # trafilatura joins several authors with "; "
    author = _PIECE.sub("", author) if author else author  # "Un documentaire de Ann Lee"
    if author and len(_PROSE_WORD.findall(bare(author))) > 1:
        author = None  # "Hecho en Bolivia con Drupal por Smartica": the site's credit, no byline
    authors = [a.strip() for a in _AUTHORS.split((author or "").replace(";", ","))]
    hits = [SourceHit(bare(a), "byline") for a in authors if a and is_source_name(bare(a))]
    hits += [SourceHit(a, "publisher") for a in map(address, authors) if a]
    menu = site is not None and site.count("|") > 1  # "Racing | F1 | Indy": a menu, no name
    if site and any(_letters(site) == _letters(h.name) for h in hits):
        if "." in site:  # "Example De" for "example.de": the site's address, no byline
            hits = [h for h in hits if _letters(site) != _letters(h.name)]
        else:  # "Ann Lee" for "Ann Lee": the author's name read as the site's, no publisher
            site = None
    return hits + (
        [SourceHit(site.strip(), "publisher")] if site and site.strip() and not menu else []
    )


# A kind of piece told before its author in the language of the page ("Un documentaire de",
# "Ein Beitrag von", "Un reportaje de"): a capital at most, then lower-case words, then a link.
_PIECE = re.compile(
    r"^(?:[A-ZÀ-Þ][a-zà-ÿ]*\s+)?(?:[a-zà-ÿ]+\s+){1,3}(?:by|par|de|von|di|por|door|da)\s+"
    r"(?=[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ])"
)


def address(author: str) -> str | None:
    """The web address an author field spells as words ("Www Example Com" -> "example.com")."""
    words = author.split()
    if len(words) >= 3 and words[0].lower() == "www" and all(w.isalnum() for w in words):
        return ".".join(words[1:]).lower()
    return None


def _letters(name: str) -> str:
    """A name's letters alone, lower-cased ("Kristen Falc'hon" and "Kristen Falchon" agree)."""
    return "".join(c for c in name.lower() if c.isalnum())


def from_dateline(first_sentence: str) -> tuple[str | None, SourceHit | None]:
    """The place and agency of a dateline opening the text ("SEOUL, Sept. 4 (Yonhap) --")."""
    m = find_dateline(first_sentence)
    if not m:
        return None, None
    agency = SourceHit(m.group("agency"), "dateline") if m.group("agency") else None
    return titled_place(m.group("place")), agency


def titled_place(name: str) -> str:
    """A place's name from capitals as it is written: "SANTIAGO DE CHILE": "Santiago de Chile"."""
    words = name.title().split(" ")
    return " ".join(
        w.lower() if k and w.lower() in PLACE_PARTICLES else w for k, w in enumerate(words)
    )


def find_dateline(text: str) -> re.Match[str] | None:
    """The dateline near the start of a text ('SEOUL, Sept. 4 (Yonhap) --', 'LONDON --')."""
    for m in DATELINE.finditer(text[:DATELINE_REACH]):
        if m.group("agency") or places.place_type(m.group("place").title()) is not None:
            return m  # an agency credit, or a known place: not just a word in capitals
    titled = _TITLED_DATELINE.match(text)
    return titled if titled and titled.group("agency").strip().title() in AGENCIES else None


def merge(hits: list[SourceHit]) -> list[tuple[SourceHit, tuple[str, ...]]]:
    """One entry per source: 'Yonhap' folds into 'Yonhap News Agency' (kept as an alias)."""
    out: list[tuple[SourceHit, list[str]]] = []
    for hit in sorted(hits, key=lambda h: -len(h.name)):
        for kept, aliases in out:
            if hit.name.lower() in kept.name.lower():
                if hit.name != kept.name and hit.name not in aliases:
                    aliases.append(hit.name)
                break
        else:
            out.append((hit, []))
    return [(h, tuple(a)) for h, a in out]
