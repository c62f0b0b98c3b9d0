"""Summaries in other languages, without gold summaries: what the default `news` method picks
in German, Spanish, French, Portuguese, Italian and Dutch news, read with that language's stop
words and stemmer, against the same method read as English (as it was before).

Usage: python benchmarks/summaries_multi.py [DATA_DIR] [--quick]

Inputs: the non-English pages of extraction-multi (whole pipeline up to segmentation; the
language from the page or the detector) and the ner-multi Spanish, Dutch and German sentence
sets joined into articles (as benchmarks/languages.py joins them). Two summary lengths: the
automatic one (mostly the lead: only near-repeats are judged by the words) and a body extract
of 40% of the sentences (the ranker's word graph decides). Per language group and half
(crc32 of the id % 2), for `news` read in the article's language ("lang") and read as English
("en"):
- boiler: share of picked sentences holding a snippet the page's gold marks as NOT article
  text (extraction-multi only), or under 5 words, or without final punctuation;
- centroid: cosine (x100) of the summary's words with the whole article's (lower-case, no
  stemming, the language's stop words out): how well the picks stand for the article;
- agree: share of picked sentences that sumy's LexRank (with the language's stemmer and stop
  words) picks too at the same length.
None of these is a gold score: they say whether the picks stay in the article text, cover it,
and agree with a language-aware peer method.
"""

from __future__ import annotations

import argparse
import gzip
import importlib.util
import json
import math
import re
import sys
import zlib
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from newsfacts import clean, extract, language, load, segment  # noqa: E402
from newsfacts.errors import NewsfactsError  # noqa: E402
from newsfacts.model import Document, Options  # noqa: E402
from newsfacts.summarize import SUMMARIZERS, auto_length, ranker, signals  # noqa: E402
from newsfacts.summarize.text import WORD, language_of, stop_words  # noqa: E402

LANGS = ("de", "es", "fr", "it", "pt", "nl")
BODY_SHARE = 0.4
ENDS = re.compile(r"[.!?…][\"'”“»«)]*$")
Item = tuple[str, str, Document, list[str]]  # group, id, document, boilerplate snippets


def _languages_module() -> object:
    """benchmarks/languages.py, for its joining of the sentence-level name sets."""
    spec = importlib.util.spec_from_file_location("languages", ROOT / "benchmarks" / "languages.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def document(data: bytes, source: str, code: str | None) -> Document | None:
    """The segmented document of a page or text, as the pipeline builds it (None if empty)."""
    opts = Options(language=code)
    try:
        raw = extract.extract(load.load(source, opts, data), opts)
        article = language.settle(clean.clean(raw), opts.language, raw.language)
    except NewsfactsError:  # a page without text is skipped, as a user would see
        return None
    doc = segment.segment(article)
    return doc if len(doc.sentences) >= 4 else None


def pages(data: Path, quick: bool) -> Iterator[Item]:
    """The extraction-multi pages in one of LANGS."""
    path = data / "extraction-multi" / "pages.jsonl.gz"
    if not path.exists():
        return
    with gzip.open(path, "rt", encoding="utf-8") as handle:
        for n, line in enumerate(handle):
            row = json.loads(line)
            tag = language.normalize(row.get("lang") or "")
            if tag == "en" or (quick and n % 10):
                continue
            doc = document(row["html"].encode(), "page.html", None)
            if doc is not None and doc.article.language in LANGS:
                yield f"pages-{doc.article.language}", row["id"], doc, row["gold"]["without"]


def joined(data: Path, quick: bool) -> Iterator[Item]:
    """The ner-multi sentence sets joined into articles (es, nl, de)."""
    module = _languages_module()
    for code in ("es", "nl", "de"):
        for n, (_, doc_id, text, _) in enumerate(module.articles(data, code)):  # type: ignore[attr-defined]
            if quick and n % 10:
                continue
            doc = document(text.encode(), "-", code)
            if doc is not None:
                yield f"joined-{code}", doc_id, doc, []


def words(text: str, stops: frozenset[str]) -> Counter[str]:
    """Lower-case words of a text, stop words and 1-letter tokens out."""
    return Counter(
        w for w in (x.lower() for x in WORD.findall(text)) if len(w) > 1 and w not in stops
    )


def centroid(doc: Document, picked: list[int]) -> float:
    """Cosine (x100) of the summary's word counts with the whole article's (lower-case words,
    no stemming, the language's stop words out): how well the picks stand for the article."""
    stops = stop_words(language_of(doc))
    article = words(" ".join(s.text for s in doc.sentences), stops)
    summary = words(" ".join(doc.sentences[i].text for i in picked), stops)
    dot = sum(c * article[w] for w, c in summary.items())
    norm = math.sqrt(sum(c * c for c in summary.values()) * sum(c * c for c in article.values()))
    return 100 * dot / norm if norm else 0.0


def boiler(doc: Document, i: int, without: list[str]) -> bool:
    """A picked sentence that is boilerplate: a gold non-article snippet, short, or unended."""
    text = doc.sentences[i].text
    short = len(text.split()) < 5
    return short or not ENDS.search(text.strip()) or any(s[:40] in text for s in without if s)


def run(doc: Document, count: int, as_english: bool) -> list[int]:
    """The `news` picks, read in the article's language or (as_english) as English."""
    if not as_english:
        return [s.sentence for s in SUMMARIZERS["news"](doc, count)]
    english: Callable[[Document], str] = lambda _doc: "english"  # noqa: E731
    with (
        mock.patch.object(ranker, "language_of", english),
        mock.patch.object(signals, "language_of", english),
    ):
        return [s.sentence for s in SUMMARIZERS["news"](doc, count)]


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("data", nargs="?", default=str(ROOT.parent / "shared" / "eval"))
    parser.add_argument("--quick", action="store_true")
    args = parser.parse_args(argv)
    data = Path(args.data)
    totals: dict[tuple[str, str, int, str], list[float]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    for items in (pages(data, args.quick), joined(data, args.quick)):
        for group, item_id, doc, without in items:
            half = zlib.crc32(item_id.encode()) % 2
            n = len(doc.sentences)
            lengths = {"auto": auto_length(n), "body40": max(1, round(BODY_SHARE * n))}
            for name, count in lengths.items():
                peer = {s.sentence for s in SUMMARIZERS["lexrank"](doc, count)}
                for read in ("lang", "en"):
                    picked = run(doc, count, read == "en")
                    t = totals[(group, name, half, read)]
                    t[0] += 1
                    t[1] += len(picked)
                    t[2] += sum(boiler(doc, i, without) for i in picked)
                    t[3] += centroid(doc, picked)
                    t[4] += len(peer & set(picked))
    print("| inputs | length | half | read as | docs | boiler | centroid | agree with LexRank |")
    print("|---|---|---|---|---:|---:|---:|---:|")
    for (group, name, half, read), t in sorted(totals.items()):
        docs, picks = t[0], max(1, t[1])
        print(
            f"| {group} | {name} | {half} | {read} | {docs:.0f} | {t[2] / picks:.3f} | "
            f"{t[3] / max(1, docs):.2f} | {t[4] / picks:.3f} |"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
