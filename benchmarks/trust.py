"""Trust benchmark: are the names the table shows right, and how many gold names are found?

Usage: python benchmarks/trust.py [DATA_DIR] [--dump]  (--dump: each wrong shown name on stderr)

For each dev set and each half (split by the parity of crc32 of the document id), through the
whole pipeline:
- shown precision: of the people, organisations and places the table shows (the first five
  confident ones of each kind, in the JSON's order, as render.shown_facts picks them), the
  share whose text or an alias equals a gold name of the
  same type (../shared/eval/README.md, "Shown-fact precision");
- recall: the share of the gold names (CoNLL: unique (type, name) pairs; MEANTIME: entities,
  any of their name forms) found among all person/organisation/place facts (text or alias).

Sets: CoNLL-2003 dev (every name annotated) and MEANTIME (only the title and the first sentences
are annotated, so each document is cut after its last annotated name before it goes in). In
MEANTIME the proper-name mentions of PER/ORG/LOC count as gold: syntactic type NAM, and PRE.NAM,
a name used as a modifier ("the US automaker": "US" is a LOC name there too). A NAM mention spans
its whole noun phrase ("United States airframer Boeing", "Ryanair CEO, Michael O' Leary"), so
the name it gives is matched in three forms: the mention's text, its annotated head when there is
one, and the name of the entity instance it refers to ("Boeing", "Michael O'Leary"), each
without a leading "the" (MEANTIME mentions include the article) and without an instance's
bracketed gloss ("Michael O'Leary (CEO of Ryanair)"); a place mention written with its region
("Cupertino, California", "New York City, US") gives both places. Our names are compared the
same way, without a leading "the" ("The New York Times" names the New York Times). MEANTIME
types a state's government as the state, a place (like ACE's geo-political entities: "the US
Government" is the United States there); such a mention, ending in a governing body's word,
also counts as an organisation name.

On both sets a name also counts without a final dot, on either side (CoNLL's gold splits an
abbreviation's dot off as a token: "Salomon Bros .").

MEANTIME's annotators marked the names of entities taking part in an annotated event only, so a
name outside every annotated mention was never judged ("the US manufacturer" in a sentence
with no annotated event). The last column gives the share of shown names right among the
judged ones: a shown name counts unless it is wrong and stands outside every annotated mention
(fit_confidence.py labels its training names the same way). On CoNLL every name is judged.
"""

from __future__ import annotations

import argparse
import json
import sys
import zlib
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = {"PER": "person", "ORG": "organization", "LOC": "place"}
TOP = 5  # what the table shows per kind
Gold = dict[tuple[str, str], str]  # (kind, name form) -> the gold entity it names
Doc = tuple[str, str, Gold, str | None]  # id, text, gold, date


def norm(text: str) -> str:
    """Whitespace-normalised text."""
    return " ".join(text.split())


def the_less(text: str) -> str:
    """A MEANTIME mention without its article ("the Pentagon" names the Pentagon)."""
    return text[4:] if text[:4] in ("the ", "The ") else text


def conll(data: Path) -> Iterator[Doc]:
    """CoNLL-2003 dev documents with every PER/ORG/LOC name."""
    path = data / "ner" / "conll2003_dev.docs.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        doc = json.loads(line)
        ents = doc["entities"]
        pairs = {(KINDS[e["label"]], norm(e["text"])) for e in ents if e["label"] in KINDS}
        gold = {pair: "/".join(pair) for pair in pairs}
        for k, t in sorted(pairs):  # "Bros ." also as "Bros", never replacing a name itself
            gold.setdefault((k, undotted(t)), "/".join((k, t)))
        yield str(doc["doc_id"]), doc["text"], gold, None


PROPER = ("NAM", "PRE.NAM")  # MEANTIME's syntactic types of proper-name mentions


def name_forms(mention: dict) -> set[str]:
    """The forms a MEANTIME name mention gives: its text, its head, its entity's name, and for
    a place written with its region ("Cupertino, California") the place itself."""
    forms = [mention["text"], mention.get("head") or "", mention.get("instance_name") or ""]
    if mention["ent_type"] == "LOC":
        forms.extend(mention["text"].split(","))
    return {the_less(norm(f.split(" (")[0])) for f in forms if f.strip()}


GOVERNING = ("Government", "Commission", "Administration")  # a state's governing body


def kinds_of(mention: dict) -> tuple[str, ...]:
    """The kinds a MEANTIME name mention may be given: its type's, and for a state's government
    (typed as the state, a place) an organisation as well."""
    kind = KINDS[mention["ent_type"]]
    governing = kind == "place" and norm(mention["text"]).endswith(GOVERNING)
    return (kind, "organization") if governing else (kind,)


def meantime(data: Path) -> Iterator[Doc]:
    """MEANTIME documents cut to their annotated part, with their proper names."""
    path = data / "meantime" / "meantime_en.jsonl"
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        doc = json.loads(line)
        names = [
            e for e in doc["gold"]["entities"]
            if e["syntactic_type"] in PROPER and e["ent_type"] in KINDS and e["end"] is not None
        ]  # fmt: skip
        if not names:
            continue
        text = doc["text"]
        last = max(e["end"] for e in names)
        cut = text.find("\n", last)
        stop = next((i + 1 for i in range(last, len(text)) if text[i] in ".!?\n"), len(text))
        text = text[: min(stop, cut) if cut >= 0 else stop]
        gold = {
            (kind, form): f"{e['ent_type']}/{e['instance_id'] or form}"
            for e in names
            for form in name_forms(e)
            for kind in kinds_of(e)
        }
        dct = doc.get("dct")
        dct = dct.get("value") if isinstance(dct, dict) else dct
        yield str(doc["id"]), text, gold, dct


def annotated(data: Path) -> dict[str, list[str]]:
    """Per MEANTIME document, the texts of its mentions that carry a syntactic type: the text
    the annotators looked at (a name outside them may be right but was never judged)."""
    path = data / "meantime" / "meantime_en.jsonl"
    out: dict[str, list[str]] = {}
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        doc = json.loads(line)
        ents = doc["gold"]["entities"]
        out[str(doc["id"])] = [norm(e["text"]) for e in ents if e["syntactic_type"]]
    return out


Names = list[tuple[str, frozenset[str]]]  # (kind, surface forms)


def fact_forms(text: str, aliases: tuple[str, ...] | list[str]) -> frozenset[str]:
    """The forms a name fact is matched by: its text and aliases, each also without "the"."""
    found = {norm(a) for a in (text, *aliases)}
    return frozenset(found | {the_less(f) for f in found} | {undotted(f) for f in found})


def undotted(text: str) -> str:
    """A name without its final dot: CoNLL's tokens split an abbreviation's dot off its word
    ("Salomon Bros ."), and a text may end a name's abbreviation with the sentence's dot."""
    return text.rstrip(" .") or text


def inside(name: str, mentions: list[str]) -> bool:
    """The name is one of the mentions or stands in one as whole words."""
    return any(f" {name} " in f" {m} " for m in mentions)


def names(text: str, date: str | None) -> tuple[Names, Names]:
    """Our person/organisation/place facts: all of them, and those the table shows."""
    from newsfacts.model import Options
    from newsfacts.pipeline import analyze_safely
    from newsfacts.render import shown_facts

    report = analyze_safely("-", Options(all_facts=True, reference_date=date), text.encode())

    def forms(facts: object) -> Names:
        return [
            (f.kind, fact_forms(f.text, f.aliases))
            for f in facts  # type: ignore[attr-defined]
            if f.kind in KINDS.values()
        ]

    return forms(report.facts), forms(shown_facts(report, all_facts=False))


def score(
    docs: Iterator[Doc], judged: dict[str, list[str]] | None = None, dump: str = ""
) -> dict[int, list[int]]:
    """Per half: [shown right, shown, gold found, gold, shown judged]; with `judged` (partly
    annotated sets), a wrong shown name outside every annotated mention is not judged. With
    `dump` (a set's name), each wrong shown name is printed to stderr as a tab-separated row."""
    halves = {0: [0, 0, 0, 0, 0], 1: [0, 0, 0, 0, 0]}
    for doc_id, text, gold, date in docs:
        found, table = names(text, date)
        half = zlib.crc32(doc_id.encode()) % 2
        counts = halves[half]
        seen = judged.get(doc_id, []) if judged is not None else None
        for kind, forms in table:
            right = any((kind, f) in gold for f in forms)
            unjudged = not right and seen is not None and not any(inside(f, seen) for f in forms)
            counts[0] += right
            counts[1] += 1
            counts[4] += not unjudged
            if dump and not right:
                print(wrong_row(dump, half, doc_id, kind, forms, gold, unjudged), file=sys.stderr)
        hit = {gold[(k, f)] for k, forms in found for f in forms if (k, f) in gold}
        counts[2] += len(hit)
        counts[3] += len(set(gold.values()))
    return halves


def wrong_row(
    name: str, half: int, doc_id: str, kind: str, forms: frozenset[str], gold: Gold, unjudged: bool
) -> str:
    """One wrong shown name for --dump: set, half, document, our kind and name, the gold kinds
    of any of its forms (a wrong kind), and whether it was judged."""
    kinds = sorted({k for k, f in gold if f in forms})
    text = max(forms, key=lambda f: (len(f), f))
    judged = "unjudged" if unjudged else "judged"
    return "\t".join((name, str(half), doc_id, kind, text, ",".join(kinds) or "-", judged))


def ratio(a: int, b: int) -> str:
    """a/b with three decimals and the counts."""
    return f"{a / b:.3f} ({a}/{b})" if b else "—"


def main(argv: list[str]) -> int:
    """Print one markdown table row per set and half."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument(
        "--dump", action="store_true", help="print each wrong shown name to stderr (TSV)"
    )
    args = parser.parse_args(argv)
    print("| set | half | shown names right | gold names found (recall) | right of judged |")
    print("|---|---|---|---|---|")
    judged = annotated(args.data)
    for name, reader, seen in (
        ("CoNLL-2003 dev", conll, None),
        ("MEANTIME (annotated part)", meantime, judged),
    ):
        halves = score(reader(args.data), seen, name.split()[0] if args.dump else "")
        total = [a + b for a, b in zip(halves[0], halves[1], strict=True)]
        if not total[3]:
            print(f"| {name} | — | skipped: data not found | |")
            continue
        for half, counts in (*halves.items(), ("both", total)):
            shown, found = ratio(*counts[:2]), ratio(*counts[2:4])
            print(f"| {name} | {half} | {shown} | {found} | {ratio(counts[0], counts[4])} |")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
