"""Languages benchmark: names in Spanish, Dutch, German and Korean news, and language detection.

Usage: python benchmarks/languages.py [DATA_DIR] [--quick] [--lang es,nl,de,ko] [--detect]
       [--errors FOLDER]  (each language's wrong and missed names, one TSV line each)

Names (../shared/eval/ner-multi): the sentence-level sets are joined into articles of about
ARTICLE sentences (consecutive sentences of one `doc`; Korean, which has no doc ids, in order),
each article goes through the whole pipeline, and per language and half (crc32 of the doc id):
- unique-entity F1: per article, the set of (kind, name) pairs we find (a fact counts as right
  when its text or an alias equals a gold name of the same kind) against the gold set;
- shown precision: of the people, organisations and places the table shows (the first five
  confident ones of each kind, as render.shown_facts picks them), the share that is right.
Gold kinds: PER/ORG/LOC (GermEval's *deriv/*part and OTH/MISC are not names we report; KLUE's
PS/OG/LC). `--detect` measures the language detector on the same articles and on the
extraction-multi pages' text (their gold `lang`), with its accuracy per length.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
import zlib
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

KINDS = {
    "PER": "person", "ORG": "organization", "LOC": "place",
    "PS": "person", "OG": "organization", "LC": "place",
}  # fmt: skip
TOP = 5  # what the table shows per kind
ARTICLE = 20  # sentences per joined article
PARAGRAPH = 4  # sentences per paragraph
FILES = {
    "es": "es.conll2002.testa.jsonl",
    "nl": "nl.conll2002.testa.jsonl",
    "de": "de.germeval2014.dev.jsonl",
    "ko": "ko.klue.jsonl",
}
ENDS = (".", "!", "?", '"', "'", ")", "»", "”")  # a line ending so is running text
ONE_DOC = ("es", "de", "ko")  # sets whose sentences carry no document ids
Doc = tuple[str, str, str, set[tuple[str, str]]]  # lang, id, text, gold (kind, name)

_SPACE_BEFORE = re.compile(r" ([,.;:!?)\]%»“])")
_SPACE_AFTER = re.compile(r"([(\[«„]) ")
_STRAIGHT = re.compile(r'" ([^"]*?) "')


def detokenize(text: str) -> str:
    """CoNLL-style spaced tokens as running text ("Paulo ( Brasil ) ," -> "Paulo (Brasil),")."""
    text = _STRAIGHT.sub(r'"\1"', text)
    return _SPACE_AFTER.sub(r"\1", _SPACE_BEFORE.sub(r"\1", text))


def norm(text: str) -> str:
    """Whitespace-normalised text."""
    return " ".join(text.split())


def groups(path: Path) -> Iterator[tuple[str, list[dict[str, object]]]]:
    """Runs of consecutive sentences of one doc, cut every ARTICLE sentences: (doc id, rows)."""
    run: list[dict[str, object]] = []
    key: object = None
    for i, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
        row = json.loads(line)
        doc = row.get("doc", i // ARTICLE)
        if run and (doc != key or len(run) >= ARTICLE):
            yield f"{path.stem}-{key}-{run[0]['id']}", run
            run = []
        key = doc
        run.append(row)
    if run:
        yield f"{path.stem}-{key}-{run[0]['id']}", run


def half_of(doc_id: str, one_doc: bool) -> int:
    """The half of an article: the parity of crc32 of its doc id, or of its own id when the
    whole set is one doc (Spanish CoNLL, GermEval: sentences without document boundaries)."""
    return zlib.crc32((doc_id if one_doc else doc_id.rsplit("-", 1)[0]).encode()) % 2


def paragraphs(sents: list[str]) -> list[str]:
    """Sentences in paragraphs of up to PARAGRAPH; a line with no end mark (a headline, a
    dateline, a byline: 'De Morgen', 'Peter Goris') stands on its own line, as on a page."""
    paras: list[str] = []
    run: list[str] = []
    for sent in sents:
        if not sent.rstrip().endswith(ENDS):
            paras += [" ".join(run), sent] if run else [sent]
            run = []
            continue
        run.append(sent)
        if len(run) >= PARAGRAPH:
            paras.append(" ".join(run))
            run = []
    return paras + ([" ".join(run)] if run else [])


def articles(data: Path, lang: str) -> Iterator[Doc]:
    """The joined articles of one language with their gold names."""
    path = data / "ner-multi" / FILES[lang]
    if not path.exists():
        return
    spaced = lang != "ko"
    for doc_id, rows in groups(path):
        sents = [detokenize(str(r["text"])) if spaced else str(r["text"]) for r in rows]
        paras = paragraphs(sents)
        gold = {
            (KINDS[str(e["type"])], norm(detokenize(str(e["text"])) if spaced else str(e["text"])))
            for r in rows
            for e in r["entities"]  # type: ignore[attr-defined]
            if e["type"] in KINDS
        }
        yield lang, doc_id, "\n\n".join(paras), gold


Names = list[tuple[str, frozenset[str]]]  # (kind, surface forms)


def names(text: str, language: str | None) -> tuple[Names, Names]:
    """Our person/organisation/place facts: all of them, and those the table shows."""
    from newsfacts.model import Options
    from newsfacts.pipeline import analyze_safely
    from newsfacts.render import shown_facts

    told = {"language": language} if language else {}  # (a tree without --language runs too)
    opts = Options(all_facts=True, reference_date="2024-05-06", **told)
    report = analyze_safely("-", opts, text.encode())

    def forms(facts: object) -> Names:
        return [
            (f.kind, frozenset(norm(a) for a in (f.text, *f.aliases)))
            for f in facts  # type: ignore[attr-defined]
            if f.kind in set(KINDS.values())
        ]

    return forms(report.facts), forms(shown_facts(report, all_facts=False))


def score(
    docs: Iterator[Doc], quick: bool, told: bool, errors: list[str] | None = None
) -> dict[int, list[int]]:
    """Per half: [shown right, shown, found right, found, gold found, gold]; with `errors`,
    one line per wrong shown name (FP), wrong found name (fp) and missed gold name (FN)."""
    halves = {0: [0] * 6, 1: [0] * 6}
    for n, (lang, doc_id, text, gold) in enumerate(docs):
        if quick and n % 4:
            continue
        found, table = names(text, lang if told else None)
        counts = halves[half_of(doc_id, lang in ONE_DOC)]
        for kind in set(KINDS.values()):
            shown = [any((kind, f) in gold for f in forms) for k, forms in table if k == kind]
            right = [any((kind, f) in gold for f in forms) for k, forms in found if k == kind]
            counts[0] += sum(shown[:TOP])
            counts[1] += len(shown[:TOP])
            counts[2] += sum(right)
            counts[3] += len(right)
        counts[4] += sum(1 for k, n in gold if any(k == fk and n in fs for fk, fs in found))
        counts[5] += len(gold)
        if errors is not None:
            errors += error_lines(doc_id, gold, found, table)
    return halves


def error_lines(doc_id: str, gold: set[tuple[str, str]], found: Names, table: Names) -> list[str]:
    """The errors of one article: shown wrong (FP), found wrong (fp), gold missed (FN)."""
    out = []
    shown = {kind: [(k, f) for k, f in table if k == kind][:TOP] for kind in set(KINDS.values())}
    for kind, forms in (f for fs in shown.values() for f in fs):
        if not any((kind, f) in gold for f in forms):
            out.append(f"FP\t{doc_id}\t{kind}\t{' | '.join(sorted(forms))}")
    for kind, forms in found:
        if not any((kind, f) in gold for f in forms):
            out.append(f"fp\t{doc_id}\t{kind}\t{' | '.join(sorted(forms))}")
    for kind, name in sorted(gold):
        if not any(kind == k and name in fs for k, fs in found):
            out.append(f"FN\t{doc_id}\t{kind}\t{name}")
    return out


def f1(counts: list[int]) -> str:
    """Unique-entity F1 from found-right/found and gold-found/gold."""
    p = counts[2] / counts[3] if counts[3] else 0.0
    r = counts[4] / counts[5] if counts[5] else 0.0
    return f"{2 * p * r / (p + r):.3f}" if p + r else "0.000"


def ratio(a: int, b: int) -> str:
    """a/b with three decimals and the counts."""
    return f"{a / b:.3f} ({a}/{b})" if b else "— (0 shown)"


def detect_rows(data: Path) -> None:
    """Detector accuracy on the joined articles (first sentence, first paragraph, whole)."""
    from newsfacts import language

    hits: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    started = time.perf_counter()
    for lang in FILES:
        for _, _, text, _ in articles(data, lang):
            for cut, sample in (("sentence", text.split(". ")[0]), ("paragraph", text[:400])):
                hits[cut][0] += language.detect(sample) == lang
                hits[cut][1] += 1
    print(f"| detector | sample | right | ({time.perf_counter() - started:.1f} s) |")
    print("|---|---|---|---|")
    for cut, (right, total) in hits.items():
        print(f"| {language.DETECTOR} | ner-multi {cut} | {ratio(right, total)} | |")


def main(argv: list[str]) -> int:
    """Print one markdown table row per language and half."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", type=Path, default=ROOT.parent / "shared" / "eval")
    parser.add_argument("--quick", action="store_true", help="every fourth article")
    parser.add_argument("--lang", default=",".join(FILES), help="comma-separated codes")
    parser.add_argument("--told", action="store_true", help="pass the language as --language")
    parser.add_argument("--detect", action="store_true", help="measure the language detector")
    parser.add_argument("--errors", type=Path, help="write each language's errors to this folder")
    args = parser.parse_args(argv)
    if args.detect:
        detect_rows(args.data)
        return 0
    print("| language | half | entity F1 | shown names right | found right | gold found |")
    print("|---|---|---|---|---|---|")
    for lang in args.lang.split(","):
        errors: list[str] | None = [] if args.errors else None
        halves = score(articles(args.data, lang), args.quick, args.told, errors)
        if args.errors and errors is not None:
            args.errors.mkdir(parents=True, exist_ok=True)
            (args.errors / f"{lang}.tsv").write_text("\n".join(errors) + "\n", encoding="utf-8")
        total = [a + b for a, b in zip(halves[0], halves[1], strict=True)]
        if not total[5]:
            print(f"| {lang} | — | skipped: data not found | | | |")
            continue
        for half, c in (*halves.items(), ("both", total)):
            print(
                f"| {lang} | {half} | {f1(c)} | {ratio(*c[:2])} | {ratio(*c[2:4])} "
                f"| {ratio(*c[4:])} |"
            )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
