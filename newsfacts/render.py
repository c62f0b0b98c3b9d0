"""Render stage: Reports to a rich table, JSON, JSONL, Markdown or plain text.

JSON never goes through rich (rich wraps lines in a pipe); rich is imported only for the table.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

from newsfacts import language
from newsfacts.model import FACT_KINDS, Fact, Report, confident, unsure_name
from newsfacts.safety import for_terminal, json_escaped

FORMATS = ("auto", "table", "json", "jsonl", "markdown", "text")
TOP_PER_KIND = 5
KIND_LABELS = {
    "person": "People",
    "organization": "Organisations",
    "place": "Places",
    "date": "Dates",
    "number": "Numbers",
    "money": "Money",
    "percent": "Percentages",
    "quote": "Quotes",
    "source": "Source",
}


@dataclass(frozen=True)
class View:
    """How to show reports: format and display switches."""

    format: str = "json"
    all_facts: bool = False
    explain: bool = False
    color: bool | None = None  # None: let rich decide (honours NO_COLOR and the terminal)


def to_json(report: Report, indent: int | None = None) -> str:
    """One report as JSON (schema 1)."""
    return json_escaped(json.dumps(report.to_dict(), ensure_ascii=False, indent=indent))


def shown_facts(report: Report, all_facts: bool) -> list[Fact]:
    """Facts to display: the top confident ones of each kind (all with all_facts), by kind."""
    out: list[Fact] = []
    for kind in FACT_KINDS:
        of_kind = [f for f in report.facts if f.kind == kind]
        out.extend(of_kind if all_facts else top_of_kind(of_kind))
    return out


def top_of_kind(facts: list[Fact]) -> list[Fact]:
    """The first TOP_PER_KIND table-worthy facts of one kind, an unsure name only after every
    surer one (a name just over the threshold never pushes a surer one out); the table keeps
    the facts' own order."""
    worthy = [f for f in facts if table_worthy(f)]
    if len(worthy) <= TOP_PER_KIND:
        return worthy
    surer_first = sorted(worthy, key=unsure_name)  # stable: each tier keeps its order
    picked = {id(f) for f in surer_first[:TOP_PER_KIND]}
    return [f for f in worthy if id(f) in picked]


def table_worthy(fact: Fact) -> bool:
    """Confident, and not a phrase held at a distance or a title in quote marks, nor who took
    or sold a photo (a credit, no source of the story's facts)."""
    return confident(fact) and fact.quote_kind != "scare quote" and not photo_credit(fact)


def photo_credit(fact: Fact) -> bool:
    """A source named only in a photo's credit ("Getty", "Photo: Ann Lee")."""
    return fact.kind == "source" and fact.source_kind == "photo credit"


def fact_details(fact: Fact) -> str:
    """The kind-specific fields of a fact as one short line."""
    parts: list[str] = []
    if fact.shown_role:
        parts.append(fact.shown_role)
    if fact.value is not None and (str(fact.value) != fact.text or fact.unit):
        parts.append(f"= {fact.value}{' ' + fact.unit if fact.unit else ''}")  # "48" = 48 hours
    if fact.about:
        parts.append(f"({fact.about})")
    if fact.speaker:
        parts.append(f"— {fact.speaker}")
    if fact.aliases:
        parts.append("aka " + ", ".join(fact.aliases))
    if fact.mentions and fact.mentions > 1:
        parts.append(f"×{fact.mentions}")
    if not confident(fact):  # shown only with --all-facts: say how weak the evidence is
        parts.append(f"[unsure: confidence {fact.confidence:.2f}]")
    return " ".join(parts)


class Sink:
    """Writes reports one by one to a stream; `close` finishes the document."""

    def __init__(self, stream: TextIO, view: View, many: bool) -> None:
        self.stream = stream
        self.view = view
        self.many = many
        self.count = 0

    def write(self, report: Report) -> None:
        """Write one report."""
        raise NotImplementedError

    def close(self) -> None:
        """Finish the output (closing brackets and the like)."""
        self.stream.flush()


class JsonSink(Sink):
    """One object for one input; a JSON array, streamed, for several."""

    def write(self, report: Report) -> None:
        """Write one report, as an array item when there are several inputs."""
        body = to_json(report, indent=2)
        if self.many:
            body = ("[\n" if self.count == 0 else ",\n") + _indent(body)
        self.stream.write(body if self.many else body + "\n")
        self.count += 1
        self.stream.flush()

    def close(self) -> None:
        """Close the array."""
        if self.many:
            self.stream.write("[]\n" if self.count == 0 else "\n]\n")
        super().close()


class JsonlSink(Sink):
    """One line per input, flushed whole, so a reader never sees half a record."""

    def write(self, report: Report) -> None:
        """Write one line."""
        self.stream.write(to_json(report) + "\n")
        self.stream.flush()


class TextSink(Sink):
    """Plain text or Markdown, one block per input."""

    markdown = False

    def write(self, report: Report) -> None:
        """Write one block."""
        if self.count:
            self.stream.write("\n")
        self.stream.write(format_plain(for_terminal(report), self.view, self.markdown))
        self.count += 1
        self.stream.flush()


class MarkdownSink(TextSink):
    """Markdown, one section per input."""

    markdown = True


class TableSink(Sink):
    """A rich report per input, for people at a terminal."""

    def __init__(self, stream: TextIO, view: View, many: bool) -> None:
        super().__init__(stream, view, many)
        from rich.console import Console

        self.console = Console(file=stream, no_color=(view.color is False) or None, highlight=False)

    def write(self, report: Report) -> None:
        """Print one report."""
        for item in rich_report(for_terminal(report), self.view):
            self.console.print(item)


def _indent(text: str) -> str:
    return "\n".join("  " + line for line in text.splitlines())


def _meta_line(report: Report) -> str:
    a = report.article
    if a is None:
        return ""
    bits = [a.site, a.author, a.published, a.url]
    return " · ".join(b for b in bits if b)


def names_note(report: Report) -> str | None:
    """One line saying why no names are shown, for a language the name finder does not read."""
    code = language.normalize(report.article.language if report.article else None)
    if language.shows_names(code):
        return None
    return f"no people, organisations or places: names in '{code}' text are not supported"


def format_plain(report: Report, view: View, markdown: bool) -> str:
    """A report as plain text or Markdown."""
    a = report.article
    h1, h2, bullet = ("# ", "## ", "- ") if markdown else ("", "", "  * ")
    if not report.ok or a is None:
        msg = report.error.message if report.error else "failed"
        return f"{h1}{report.input}\n\nerror: {msg}\n"
    lines = [f"{h1}{a.title or report.input}"]
    meta = _meta_line(report)
    if meta:
        lines.append(meta)
    lines += ["", f"{h2}Summary" if markdown else "Summary:"]
    lines += [f"{bullet}{s.text}" for s in report.summary]
    if view.explain and report.summary_why:
        lines.append(f"(why these sentences: {report.summary_why})")
    ev = report.event
    lines += ["", f"{h2}Event" if markdown else "Event:"]
    lines += [f"{bullet}{k}: {v}" for k, v in ev.to_dict().items() if v]
    lines += ["", f"{h2}Key facts" if markdown else "Key facts:"]
    for f in shown_facts(report, view.all_facts):
        detail = fact_details(f)
        lines.append(f"{bullet}{f.kind}: {f.text}" + (f" — {detail}" if detail else ""))
    note = names_note(report)
    lines += [f"({note})"] if note else []
    if view.explain:
        lines += ["", f"{h2}Removed" if markdown else "Removed:"]
        lines += [f"{bullet}[{r.kind}] {r.text}" for r in a.removed]
    return "\n".join(lines) + "\n"


def rich_report(report: Report, view: View) -> list[Any]:
    """The rich renderables for one report: header, summary, event, fact table."""
    from rich.panel import Panel
    from rich.table import Table
    from rich.text import Text

    a = report.article
    if not report.ok or a is None:
        msg = report.error.message if report.error else f"{report.input}: failed"
        return [Text(f"✗ {msg}", style="bold red")]  # the message names the source
    head = Text(" ".join((a.title or report.input).split()), style="bold")
    meta = _meta_line(report)
    summary = Text(meta + "\n\n" if meta else "", style="dim")
    for i, s in enumerate(report.summary):
        summary.append(("\n" if i else "") + "• " + s.text, style="default")
    out: list[Any] = [Panel(summary, title=head, title_align="left", border_style="cyan")]
    if view.explain and report.summary_why:
        out.append(Text(f"Why these sentences: {report.summary_why}", style="dim"))
    ev = report.event
    event = Table.grid(padding=(0, 2))
    for key, value in ev.to_dict().items():
        if value:
            event.add_row(Text(key.capitalize(), style="bold magenta"), Text(value))
    if event.row_count:
        out.append(Panel(event, title="Main event", title_align="left", border_style="magenta"))
    out.append(facts_table(report, view))
    if view.explain:
        out.append(removed_table(report))
    return out


def facts_table(report: Report, view: View) -> Any:
    """The key-fact table, grouped by kind, key facts first."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Key facts", title_justify="left", expand=False, show_lines=False)
    table.add_column("Kind", style="bold green", no_wrap=True)
    table.add_column("Fact", style="bold")
    table.add_column("Details")
    table.add_column("Sent.", justify="right", style="dim")
    last = None
    for f in shown_facts(report, view.all_facts):
        label = KIND_LABELS.get(f.kind, f.kind) if f.kind != last else ""
        if f.kind != last and last is not None:
            table.add_section()
        table.add_row(label, Text(f.text), Text(fact_details(f)), str(f.sentence))  # no markup
        last = f.kind
    hidden = len(report.facts) - len(shown_facts(report, view.all_facts))
    count = "1 more fact: --all-facts shows it" if hidden == 1 else f"{hidden} more facts"
    notes = [count if hidden == 1 else f"{count}: --all-facts shows them"] if hidden > 0 else []
    notes += [n for n in (names_note(report),) if n]
    if not table.row_count:  # no empty grid: one line says what there is
        shown = "none strong enough to show" if hidden else "none found"
        return Text("\n".join([f"Key facts: {shown}", *notes]), style="dim")
    if notes:
        table.caption = "\n".join(notes)
    return table


def removed_table(report: Report) -> Any:
    """What the cleaner removed, and why, line by line (--explain)."""
    from rich.table import Table
    from rich.text import Text

    table = Table(title="Removed by cleaning", title_justify="left")
    table.add_column("Why", style="yellow", no_wrap=True)
    table.add_column("Text", style="dim")
    for r in report.article.removed if report.article else ():
        table.add_row(r.kind, Text(r.text))
    if not table.row_count:
        table.caption = "nothing was removed"
    return table


SINKS: dict[str, Callable[[TextIO, View, bool], Sink]] = {
    "json": JsonSink,
    "jsonl": JsonlSink,
    "markdown": MarkdownSink,
    "text": TextSink,
    "table": TableSink,
}


def open_sink(stream: TextIO, view: View, many: bool) -> Sink:
    """The sink for a resolved format (not "auto")."""
    return SINKS[view.format](stream, view, many)
