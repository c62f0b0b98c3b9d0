"""The rule-based name finder: mentions found, grouped, linked and labelled."""

from __future__ import annotations

import re
from collections import Counter
from itertools import pairwise

from newsfacts.facts import census
from newsfacts.facts.names.cues import expand_compass, title_case
from newsfacts.facts.names.headlines import shouting_mentions
from newsfacts.facts.names.linking import group_mentions
from newsfacts.facts.names.mentions import mentions_in
from newsfacts.facts.names.model import LOC, ORG, PER, Context, Entity, Mention, Text
from newsfacts.facts.names.voting import label_of, person_form, team_like
from newsfacts.facts.places import place_type
from newsfacts.lexicon import is_common_word
from newsfacts.words.en.function import HEADLINE_WORDS, STOPWORDS
from newsfacts.words.en.numbers import CURRENCY_CODES
from newsfacts.words.en.places import COMPASS, NAME_PREFIXES, STRONG_PLACE_PREPS
from newsfacts.words.en.sports import SPORTS

BROAD_PLACES = ("country", "state", "region")


def find_entities(items: list[Text], sports: bool) -> list[Entity]:
    """Labelled entities of a document, mentions in order of appearance."""
    body = "\n".join(item.text for item in items if item.kind == "body")
    small = Counter(_SMALL.findall(body))  # one scan; no word spans the line break
    lowercase = frozenset(small)
    ctx = Context(sports=sports, lowercase_words=lowercase)
    counted = counted_codes(items)
    order = [0]
    mentions = [m for item in items for m in mentions_in(item, ctx, order)]
    entities = group_mentions(mentions)
    for e in entities:
        e.label = label_of(e, ctx)
    for e in entities:
        if e.label == LOC and brand_shaped(e.name):
            e.label = ORG  # "OpenAI", "FoodCorp": a firm's name, whatever "in" said
        if e.label == PER and (owned_name(e, entities) or not person_words(e.name)):
            e.label = None  # "Biggest Questions About Dark Matter", "Fall Fall": no one's name
            # (a person still here owns no name: "Ford Taurus" beside "Ford" was dropped so)
        if e.label == PER and common_phrase(e, lowercase):
            e.label = None  # "Taker Fee" beside "the taker fee": a thing, not a person
        elif e.label == PER and glued_word(e, lowercase):
            unglue(e, entities)
        elif e.label == LOC and glued_place(e, lowercase):
            unglue_place(e, entities)
    firms = {e.name.lower(): e for e in entities if settled_org(e)}
    for e in entities:
        if e.label == LOC and listed_with_org(e, firms):
            e.label = ORG  # "rivals Toyota and General Motors": a town's name, a firm's here
    known = {e.name: e for e in entities if e.label}
    relabel: list[Entity] = []
    for entity, m in shouting_mentions(items, known, order):
        if entity is None:
            entity = _new_place(m, entities)
        entity.add(m)
        if entity.label is None:
            entity.label = ORG if sports and team_like(entity) else LOC
            known[entity.name] = entity
        elif sports or m.dateline:
            relabel.append(entity)
    for entity in relabel:
        entity.label = label_of(entity, ctx)
    for e in entities:
        e.mentions.sort(key=lambda m: m.position)
    return [
        e
        for e in entities
        if e.label in (PER, ORG, LOC)
        and e.name not in CURRENCY_CODES
        and e.name not in counted
        and not common_noun(e, small)
    ]


_SMALL = re.compile(r"\b[a-z][a-z'-]+\b")  # a word in small letters
_PHRASE_END = (
    r"(?=[ \t]*(?:[,.;:!?)\n]|$|(?:and|or|is|was|that|which|with|will|can|has|to|in|for|on"
    r"|of)\b))"
)  # what may follow a code used as a noun: "16 GB of", "an external GPU,"; not "17 NBA seasons"
_COUNTED_CODE = re.compile(
    rf"\b(?:(?P<plural>[A-Z]{{2,6}})s\b|\d[\d.,]* ?(?P<unit>[A-Z]{{2,6}})\b{_PHRASE_END}"
    rf"|\b[Aa]n?\s+(?:[a-z][\w-]*\s+)?(?P<single>[A-Z]{{2,6}})\b{_PHRASE_END})"
)
_YEARS = re.compile(r"^(?:1[89]|20)\d\d$")
_TWO_CAPITALS = re.compile(r"[A-Z]{2}")


def counted_codes(items: list[Text]) -> frozenset[str]:
    """Codes the text counts like things: in the plural ("two GPUs", "the SUVs"), after a
    number ("16 GB of") or after "a/an (word)" ("an external GPU,"), where it ends a phrase: a
    firm or a body is not counted so ("an EU summit", "17 NBA seasons" use it as a modifier;
    "LG 2 OB 0" is a score), nor is a code after a year ("the 1996 NBA")."""
    out: set[str] = set()
    for item in items:
        if item.kind != "body" or not _TWO_CAPITALS.search(item.text):
            continue  # every code has two capitals in a row: most sentences have none
        for m in _COUNTED_CODE.finditer(item.text):
            code = m.group("plural") or m.group("unit") or m.group("single")
            if m.group("unit") and _YEARS.match(m.group(0).split(code)[0].strip()):
                continue
            out.add(code)
    return frozenset(out)


def common_noun(entity: Entity, small: Counter[str]) -> bool:
    """A lone everyday word the text also writes in small letters ("the Museum" beside "a
    museum", "Level" beside "level"): here a capitalised word, no name; a first name or a
    country or state keeps its name (a lower-case line of a table: "pakistan"). A word no
    dictionary knows is an everyday word only when the text writes it small as often as
    capitalised ("Toblerone" beside a reader's "now toblerone" stays a name)."""
    words = entity.name.split()
    low = entity.name.lower()
    if len(words) != 1 or entity.name.isupper() or low not in small:
        return False
    if not is_common_word(low, "English") and small[low] < len(entity.mentions):
        return False
    return not person_form(entity) and place_type(entity.name) not in BROAD_PLACES


def glued_word(entity: Entity, lowercase: frozenset[str]) -> bool:
    """A person's name that opens with an everyday word the text also writes in small letters
    and no one's first name ("Regarding Ann Lee", "Walks Jas": a lost line break or a heading
    glued it on), unless a title or role vouches for the person."""
    words = entity.name.split()
    first = words[0]
    if len(words) < 2 or any(m.role for m in entity.mentions):
        return False
    verb_form = first.endswith(("ing", "ed")) and first[0].isupper() and first[1:].islower()
    if first.lower() not in lowercase and not verb_form:
        return False  # "Regarding", "Evaluated": a verb's form opens no name
    known = first in census.first_names() or first in census.surnames()
    return is_common_word(first, "English") and not known and place_type(first) is None


_BRAND = re.compile(r"[a-z]{3}[A-Z]")  # "OpenAI", "FoodCorp"


def brand_shaped(name: str) -> bool:
    """One word with a capital inside after small letters that the gazetteer knows no place by
    ("OpenAI", "FoodCorp"; "McAllen" and "DeKalb" are places)."""
    return " " not in name and bool(_BRAND.search(name)) and place_type(name) is None


def person_words(name: str) -> bool:
    """The words can make a person's name: no word said twice in a row ("Fall Fall") and no
    function word with a capital inside it, as in a headline ("Questions About Dark Matter")."""
    words = name.split()
    if any(a == b for a, b in pairwise(words)):
        return False
    return not any(w in HEADLINE_WORDS for w in words[1:])


def common_phrase(entity: Entity, lowercase: frozenset[str]) -> bool:
    """A person's name with no first name that ends in a word the text also writes in small
    letters ("Taker Fee" beside "the taker fee", "Shelbourne Bar"): a thing, no one's name
    (a first name vouches for a surname that is a word too: "Tom Price" beside "the price",
    and so does a surname written first: "Liu He" beside "he")."""
    words = entity.name.split()
    first = words[0]
    if len(words) < 2 or first in census.first_names() or first in census.surnames():
        return False
    if person_form(entity):
        return False
    return words[-1].lower() in lowercase


def glued_place(entity: Entity, lowercase: frozenset[str]) -> bool:
    """A place the gazetteer does not know that opens with a glued everyday word ("Popular
    Cobh"); a compass word, a place prefix or an article opens many a name ("Northern Cape",
    "Port Louis", "The Hague")."""
    first = entity.name.split()[0]
    if place_type(entity.name) is not None or first in COMPASS or first in NAME_PREFIXES:
        return False
    if first.lower() in STOPWORDS:
        return False
    return glued_word(entity, lowercase)


def unglue_place(entity: Entity, entities: list[Entity]) -> None:
    """Drop the glued word where a gazetteer place is left ("Cobh"), else the place itself."""
    rest = " ".join(entity.name.split()[1:])
    if place_type(rest) is None:
        entity.label = None
    else:
        rename(entity, rest, entities)


def unglue(entity: Entity, entities: list[Entity]) -> None:
    """Drop the glued word: a first name and a surname stay a person ("Jim Bridenstine", joining
    the entity of that name if the text has one); a lone word left over is no person's full
    name ("Walks Jas")."""
    rest = " ".join(entity.name.split()[1:])
    if len(rest.split()) < 2 or rest.split()[0] not in census.first_names():
        entity.label = None
    else:
        rename(entity, rest, entities)


def rename(entity: Entity, rest: str, entities: list[Entity]) -> None:
    """Name the entity by its name's last words, in its mentions too; an entity the text
    already has under that name takes its mentions over."""
    glued = entity.name.split()[0] + " "
    for m in entity.mentions:
        m.text = m.text.removeprefix(glued)
    entity.forms = list(dict.fromkeys(f.removeprefix(glued) for f in entity.forms))
    same = next((e for e in entities if e.name == rest and e is not entity), None)
    if same is None:
        entity.name = rest
        return
    for m in entity.mentions:
        same.add(m)
    entity.label = None


ORG_VOTE = 2.0  # cue votes from which an organisation is settled enough to tell its partners'
LISTING = frozenset({"and", "or", "&"})


def settled_org(entity: Entity) -> bool:
    """An organisation its own words or cues say is one ("General Motors", "Wasps"); not
    capitals alone, which name units and codes as often ("1.64 GW and Seoul plans")."""
    cued = (entity.votes or {}).get(ORG, 0.0) >= ORG_VOTE
    return entity.label == ORG and cued and not entity.name.isupper()


def listed_with_org(entity: Entity, firms: dict[str, Entity]) -> bool:
    """A one-word town the text lists beside a settled organisation and never puts a place
    word before ("Toyota and General Motors", "for Wasps and Bristol"): an organisation too,
    as the items of a list are of one kind."""
    if " " in entity.name or place_type(entity.name) != "city":
        return False
    if any(m.left[-1:] and m.left[-1] in STRONG_PLACE_PREPS for m in entity.mentions):
        return False  # "in Toyota": the town
    return any(_org_after(m, firms) or _org_before(m, firms) for m in entity.mentions)


def _org_after(m: Mention, firms: dict[str, Entity]) -> bool:
    """'X and General Motors': a settled organisation follows the name in the list."""
    if m.right[:1] == () or m.right[0] not in LISTING:
        return False
    after = f"{' '.join(m.right[1:]).lower()} "  # three words of context at most
    return any(after.startswith(f"{name} ") or f"{name} ".startswith(after) for name in firms)


def _org_before(m: Mention, firms: dict[str, Entity]) -> bool:
    """'Wasps and X': a settled organisation ends right before the list word."""
    if len(m.left) < 2 or m.left[-1] not in LISTING:
        return False
    last = m.left[-2].lower()
    return any(name.split()[-1] == last for name in firms)


def owned_name(entity: Entity, entities: list[Entity]) -> bool:
    """A name with no first name nor title that opens with the whole name of an organisation or
    place of the same text ("Ford Taurus", "Boeing Commercial Airplanes"): not a person."""
    words = entity.name.split()
    if len(words) < 2 or person_form(entity):
        return False
    if any(w in census.first_names() for w in words):
        return _product(words, entities, entity)  # "David Satcher" behind a glued prefix
    heads = {" ".join(words[:n]) for n in range(1, len(words))}
    surname = words[-1] in census.surnames()
    return any(
        heads.intersection((e.name, *e.forms)) and e.label in (ORG, LOC) and _settled(e, surname)
        for e in entities
        if e is not entity
    )  # a firm's short form too: "Ford" of "Ford Motor Company"


def _product(words: list[str], entities: list[Entity], entity: Entity) -> bool:
    """A settled organisation's name and one word more ("IBM Watson", "Amazon Alexa"): the
    firm's product even where the word is also a first name; a person behind a firm's name
    has a first name and a surname ("Acme's Jane Doe")."""
    head = " ".join(words[:-1])
    surname = words[-1] in census.surnames()
    return any(
        head in (e.name, *e.forms) and e.label == ORG and _settled(e, surname)
        for e in entities
        if e is not entity
    )


def _settled(entity: Entity, surname: bool) -> bool:
    """The organisation or place is more than one stray word: a cue voted for it, or the text
    names it twice and the longer name does not end in a surname ("Jansher Khan" is a person
    even where a lone "Jansher" was taken for a firm)."""
    cued = (entity.votes or {}).get(entity.label or "", 0.0) >= 1.0
    return cued or (len(entity.mentions) >= 2 and not surname)


def _new_place(m: Mention, entities: list[Entity]) -> Entity:
    """The entity for a gazetteer place first seen in headline-style text."""
    name = expand_compass(title_case(m.text))
    for e in entities:
        if e.name == name:
            return e
    e = Entity(name)
    e.forms.append(name)
    entities.append(e)
    return e


def is_sports(title_or_first_line: str) -> bool:
    """Sports reports ("SOCCER - ...", "Tennis: ..."): cities there mostly name teams."""
    head = re.split(r"\s[-:–]\s", title_or_first_line, maxsplit=1)[0].lower()
    return any(w in SPORTS for w in head.split()) and len(head.split()) <= 3
