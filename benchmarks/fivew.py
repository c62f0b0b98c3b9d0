"""5W benchmark: who/what/when/where of our main event vs the Giveme5W1H gold standard.

Usage: python benchmarks/fivew.py [--no-date] [--url] [DATA_DIR]
--no-date leaves the publication date out of the page (as pasted text or a page whose markup
states none): relative days must then be resolved from what the text itself tells. --url puts
the article's address in the page (<link rel="canonical">), as a fetched page has it.
Each article goes in as an HTML page we build (title, <meta> published date, <p> paragraphs)
through the whole pipeline. Scoring follows ../shared/eval/README.md: per question, is the top
answer right? `when`: its date equals an annotated `parsed` date; who/what/where: at least half
of its content words occur in an annotated phrase that at least 2 of the 3 coders chose.
Questions whose gold is only "?" (or, for `when`, has no parsed date) are left out. The
Giveme5W1H system's own top candidates (peer-output/) are scored the same way in the same run.
Each figure is given for both halves (the parity of crc32 of the file's id) and in all; the
event roles of MEANTIME follow (benchmarks/meantime_events.py).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
import sys
import time
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

QUESTIONS = ("who", "what", "when", "where")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")


# English function words (articles, pronouns, auxiliaries, prepositions, conjunctions).
FUNCTION_WORDS = frozenset(
    """
    a about above after again against all am an and any are as at be because been before being
    below between both but by can could did do does doing down during each few for from further
    had has have having he her here hers herself him himself his how i if in into is it its
    itself me more most my myself no nor not of off on once only or other our ours ourselves out
    over own same she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours yourself yourselves""".split()  # noqa: SIM905
)


def content_words(text: str) -> set[str]:
    """Lower-case words of a phrase without function words."""
    return {w for w in re.findall(r"\w+", text.lower()) if w not in FUNCTION_WORDS}


def gold_answers(item: dict, question: str) -> list[dict]:
    """Annotations that at least two coders chose and that can be scored (`when`: parsed)."""
    found = item["fiveWoneH"][question]["annotated"]
    chosen = [a for a in found if a.get("coderPhraseCount", 0) >= 2]
    if question == "when":
        return [a for a in chosen if a.get("parsed")]
    return [a for a in chosen if a.get("text", "?") != "?"]


_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH_DAY = re.compile(r"\b(" + "|".join(_MONTHS) + r")[a-z]*\.?\s+(\d{1,2})\b", re.I)


def self_consistent(annotation: dict) -> bool:
    """A `when` annotation whose parsed date agrees with the weekday or month-day its own
    phrase names ("Sunday" parsed to a Saturday does not): a check on the gold, not on us."""
    text, parsed = (annotation.get("text") or "").lower(), annotation.get("parsed") or ""
    try:
        day = dt.date.fromisoformat(parsed[:10])
    except ValueError:
        return False
    named = [i for i, w in enumerate(_WEEKDAYS) if re.search(rf"\b{w}\b", text)]
    if named and day.weekday() not in named:
        return False
    m = _MONTH_DAY.search(text)
    return not m or (_MONTHS.index(m.group(1).lower()[:3]) + 1, int(m.group(2))) == (
        day.month,
        day.day,
    )


def correct(question: str, answer: str | None, gold: list[dict]) -> bool:
    """Whether a top answer matches the gold annotations."""
    if not answer:
        return False
    if question == "when":
        return any(a.get("parsed") and a["parsed"][:10] == answer[:10] for a in gold)
    words = content_words(answer)
    if not words:
        return False
    return any(len(words & content_words(a["text"])) * 2 >= len(words) for a in gold)


def page_of(item: dict, dated: bool = True, url: bool = False) -> bytes:
    """An HTML page for the article: title, publication time (unless not `dated`), the address
    (when `url`), paragraphs of three sentences."""
    sentences = _SENTENCE_END.split(item.get("text") or "")
    paras = [" ".join(sentences[i : i + 3]) for i in range(0, len(sentences), 3)]
    # The stamp as pages carry it in article:published_time (date and time of day).
    date = (item.get("date_publish") or "").replace(" ", "T") if dated else ""
    body = "\n".join(f"<p>{html.escape(p)}</p>" for p in paras if p.strip())
    title = html.escape(item.get("title") or "")
    meta = f'<meta property="article:published_time" content="{date}">' if date else ""
    if url and item.get("url"):
        meta += f'<link rel="canonical" href="{html.escape(item["url"])}">'
    return (
        f"<html><head><title>{title}</title>{meta}</head>"
        f"<body><article><h1>{title}</h1>{body}</article></body></html>"
    ).encode()


def ours(item: dict, dated: bool = True, url: bool = False) -> dict[str, str | None]:
    """Our event for one article, through the whole pipeline."""
    from newsfacts.errors import NewsfactsError
    from newsfacts.pipeline import analyze

    try:
        return analyze("-", None, data=page_of(item, dated, url)).event.to_dict()
    except NewsfactsError:
        return dict.fromkeys(QUESTIONS)


def peer(item: dict) -> dict[str, str | None]:
    """Giveme5W1H's top candidate per question (its timex start date for `when`)."""
    out: dict[str, str | None] = {}
    for q in QUESTIONS:
        extracted = item["fiveWoneH"][q].get("extracted") or []
        top = extracted[0] if extracted else {}
        if q == "when":
            timex = (top.get("enhancement") or {}).get("timex") or {}
            out[q] = (timex.get("start_date") or "")[:10] or None
        else:
            out[q] = top.get("text")
    return out


def half_of(name: str) -> int:
    """The half a document belongs to: the parity of crc32 of its id."""
    return zlib.crc32(name.encode()) % 2


def cell(got: int, asked: int) -> str:
    """A share with its counts."""
    return f"{got / asked:.2f} ({got}/{asked})" if asked else "-"


def fivew(data: Path, dated: bool = True, url: bool = False) -> int:
    """The Giveme5W1H table, per half and both; exit 0 with a note when the data is absent."""
    gold_dir, peer_dir = data / "5w1h" / "data", data / "5w1h" / "peer-output"
    if not gold_dir.is_dir():
        print(f"skipped: data not found ({gold_dir})")
        return 0
    files = sorted(gold_dir.glob("*.json"))
    # score[system][half][question] and asked[half][question]; half 2 = both
    score = {
        n: {h: dict.fromkeys(QUESTIONS, 0) for h in (0, 1, 2)} for n in ("newsfacts", "Giveme5W1H")
    }
    asked = {h: dict.fromkeys(QUESTIONS, 0) for h in (0, 1, 2)}
    clean = {"newsfacts": 0, "Giveme5W1H": 0, "asked": 0}  # `when` on self-consistent gold
    started = time.perf_counter()
    for path in files:
        item = json.loads(path.read_text(encoding="utf-8"))
        peer_path = peer_dir / path.name
        theirs = (
            peer(json.loads(peer_path.read_text(encoding="utf-8"))) if peer_path.exists() else {}
        )
        mine = ours(item, dated, url)
        halves = (half_of(path.stem), 2)
        for q in QUESTIONS:
            gold = gold_answers(item, q)
            if not gold:
                continue
            for h in halves:
                asked[h][q] += 1
                score["newsfacts"][h][q] += correct(q, mine.get(q), gold)
                score["Giveme5W1H"][h][q] += correct(q, theirs.get(q), gold)
        agreeing = [a for a in gold_answers(item, "when") if self_consistent(a)]
        if agreeing:
            clean["asked"] += 1
            clean["newsfacts"] += correct("when", mine.get("when"), agreeing)
            clean["Giveme5W1H"] += correct("when", theirs.get("when"), agreeing)
    seconds = time.perf_counter() - started
    given = ("with" if dated else "without") + " publication date" + (", with URL" if url else "")
    print(f"Giveme5W1H gold standard, {len(files)} articles, {given} ({seconds:.1f} s)\n")
    print("| system | half | " + " | ".join(QUESTIONS) + " |")
    print("|---|---|" + "---|" * len(QUESTIONS))
    for name, got in score.items():
        for h, label in ((0, "0"), (1, "1"), (2, "both")):
            cells = [cell(got[h][q], asked[h][q]) for q in QUESTIONS]
            print(f"| {name} | {label} | " + " | ".join(cells) + " |")
    n = clean["asked"]
    print(
        f"\n`when` against the {n} questions whose gold `parsed` date agrees with the weekday or "
        f"month-day of its own phrase: newsfacts {clean['newsfacts'] / n:.2f} "
        f"({clean['newsfacts']}/{n}), Giveme5W1H {clean['Giveme5W1H'] / n:.2f} "
        f"({clean['Giveme5W1H']}/{n})"
        if n
        else ""
    )
    return 0


def main(argv: list[str]) -> int:
    """Both tables: Giveme5W1H, then the event roles of MEANTIME."""
    from meantime_events import meantime_table  # benchmarks/ is on the path when run

    flags = {a for a in argv if a.startswith("--")}
    rest = [a for a in argv if not a.startswith("--")]
    data = Path(rest[0]) if rest else ROOT.parent / "shared" / "eval"
    fivew(data, "--no-date" not in flags, "--url" in flags)
    print()
    if "--no-date" in flags:
        return 0  # MEANTIME's documents carry their date in the text itself
    return meantime_table(data)


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
