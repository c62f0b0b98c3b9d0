"""Event roles of MEANTIME: our main event's who/what/where vs the headline's annotated roles.

Usage: python benchmarks/meantime_events.py [DATA_DIR]   (also printed by benchmarks/fivew.py)

MEANTIME (../shared/eval/meantime/, Wikinews, CC BY 4.0) annotates the events of the title and
the first sentences with their PropBank participants. The headline event's roles are those of
the events in the title and the first sentence of the body: Arg0 (agent) -> who, the event
words of a sentence with their Arg1 (theme) -> what, Argm-LOC -> where; the days the time links
(included in, simultaneous with) put those events on -> when (our date equal to one of them),
and, a broader check of where, the Argm-LOC of the events of the first two sentences. Each
article goes
through the whole pipeline as an HTML page (title, publication date = the document's creation
date, body), and
our answer is scored as benchmarks/fivew.py scores Giveme5W1H: right when at least half of its
content words occur in one gold phrase. Articles with no gold phrase for a question are left
out of that question. Halves by the parity of crc32 of the document id.
"""

from __future__ import annotations

import json
import re
import sys
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

ROLES = {"Arg0": "who", "Argm-LOC": "where"}
QUESTIONS = ("who", "what", "where", "when", "where2")
# Time links that put an event on a day: the timex includes it or is simultaneous with it.
_ON_DAY = frozenset(("IS_INCLUDED", "INCLUDES", "SIMULTANEOUS", "DURING", "IDENTITY"))
_DAY = re.compile(r"\d{4}-\d\d-\d\d")
_FIRST_END = re.compile(r"[.!?]['\"’”]*\s+(?=[A-Z`‘“\"])")


def parts(text: str) -> tuple[str, str, int]:
    """Title, body and the offset where the body's first sentence ends."""
    title, _, rest = text.partition("\n\n")
    _dateline, _, body = rest.partition("\n\n")
    start = len(text) - len(body)
    m = _FIRST_END.search(body)
    return title, body, start + (m.end() if m else len(body))


def second_end(doc: dict) -> int:
    """The offset where the body's second sentence ends."""
    _title, _body, first_end = parts(doc["text"])
    m = _FIRST_END.search(doc["text"], first_end)
    return m.end() if m else len(doc["text"])


def gold_days(doc: dict, events: set[str]) -> list[str]:
    """The days the time links put the given events on (also through a simultaneous event)."""
    gold = doc["gold"]
    timexes = {t["m_id"]: t["value"] for t in gold["timexes"] if _DAY.fullmatch(t["value"] or "")}
    same = set(events)
    for link in gold["tlinks"]:
        pair = {link["source"], link["target"]}
        if link["reltype"] in ("SIMULTANEOUS", "IDENTITY") and pair & events:
            same |= pair
    days = set()
    for link in gold["tlinks"]:
        if link["reltype"] not in _ON_DAY:
            continue
        for event, timex in ((link["source"], link["target"]), (link["target"], link["source"])):
            if event in same and timex in timexes:
                days.add(timexes[timex])
    return sorted(days)


def gold_phrases(doc: dict) -> dict[str, list[str]]:
    """Per question, the headline event's role phrases (`what`: per sentence, its event words
    with their themes; `when`: the days its time links give; `where2`: the places of the
    events of the first two sentences)."""
    gold = doc["gold"]
    keys = ("entities", "events", "values", "timexes")
    mentions = {m["m_id"]: m for key in keys for m in gold[key]}
    title, _body, first_end = parts(doc["text"])
    early = [e for e in gold["events"] if e.get("start") is not None and e["start"] < first_end]
    events = {e["m_id"]: e for e in early}
    out: dict[str, list[str]] = {q: [] for q in QUESTIONS}
    out["when"] = gold_days(doc, set(events))
    two = {e["m_id"] for e in gold["events"] if (e.get("start") or 1e9) < second_end(doc)}
    for link in gold["participants"]:
        arg = mentions.get(link["participant"]) or {}
        if link["role"] == "Argm-LOC" and link["event"] in two and arg.get("text"):
            out["where2"].append(arg["text"])
    what: dict[bool, list[str]] = {True: [], False: []}  # in the title, in the first sentence
    for event in events.values():
        what[event["start"] < len(title)].append(event["text"])
    for link in gold["participants"]:
        event, arg = events.get(link["event"]), mentions.get(link["participant"])
        if not event or not arg or not arg.get("text"):
            continue
        if link["role"] in ROLES:
            out[ROLES[link["role"]]].append(arg["text"])
        if link["role"] == "Arg1":
            what[event["start"] < len(title)].append(arg["text"])
    out["what"] = [" ".join(words) for words in what.values() if words]
    return out


def our_event(doc: dict) -> dict[str, str | None]:
    """Our event for one MEANTIME article, through the whole pipeline."""
    from fivew import ours

    title, body, _ = parts(doc["text"])
    created = [
        t["value"] for t in doc["gold"]["timexes"] if t["functionInDocument"] == "CREATION_TIME"
    ]
    date = doc.get("dct") or (created[0] if created else None)  # the date line under the title
    if not date:  # not given apart: the page shows its date line above the story, as here
        body = doc["text"].partition("\n\n")[2]
    mine = ours({"title": title, "text": " ".join(body.split()), "date_publish": date})
    return {**mine, "where2": mine.get("where")}


def meantime_table(data: Path) -> int:
    """Print the MEANTIME event-role table; exit 0 with a note when the data is absent."""
    from fivew import cell, correct

    path = data / "meantime" / "meantime_en.jsonl"
    if not path.exists():
        print(f"skipped: data not found ({path})")
        return 0
    got = {h: dict.fromkeys(QUESTIONS, 0) for h in (0, 1, 2)}
    asked = {h: dict.fromkeys(QUESTIONS, 0) for h in (0, 1, 2)}
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]
    for doc in docs:
        gold, mine = gold_phrases(doc), our_event(doc)
        for q in QUESTIONS:
            if not gold[q]:
                continue
            if q == "when":
                right = (mine.get(q) or "")[:10] in gold[q]
            else:
                right = correct(q, mine.get(q), [{"text": t} for t in gold[q]])
            for h in (zlib.crc32(str(doc["id"]).encode()) % 2, 2):
                asked[h][q] += 1
                got[h][q] += right
    print(f"MEANTIME event roles (headline event), {len(docs)} articles\n")
    print(
        "| half | who (Arg0) | what (event + Arg1) | where (Argm-LOC) | when (time links) "
        "| where (Argm-LOC, two sentences) |"
    )
    print("|---|---|---|---|---|---|")
    for h, label in ((0, "0"), (1, "1"), (2, "both")):
        print(f"| {label} | " + " | ".join(cell(got[h][q], asked[h][q]) for q in QUESTIONS) + " |")
    return 0


if __name__ == "__main__":
    raise SystemExit(
        meantime_table(Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT.parent / "shared" / "eval")
    )
