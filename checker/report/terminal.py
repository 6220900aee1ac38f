"""The rich terminal report: findings grouped by fact, each source's exact words with the claim
highlighted, the normalized value, how it was resolved, and why the values conflict."""
from __future__ import annotations

import io
import os
import shutil

from rich.console import Console
from rich.markup import escape
from rich.table import Table
from rich.text import Text

from checker.models import Claim, Finding, Report, SourceSummary
from checker.rulepack import RulePack

_STYLE = {"error": "bold red", "warning": "bold yellow", "info": "bold cyan"}
_ICON = {"error": "✖", "warning": "▲", "info": "●"}
_CONTEXT = 90  # characters of sentence shown around a claim


def make_console(color: bool, width: int | None = None) -> tuple[Console, io.StringIO]:
    buf = io.StringIO()
    width = width or int(os.environ.get("COLUMNS", 0)) or min(shutil.get_terminal_size((100, 20)).columns, 120)
    console = Console(file=buf, width=width, force_terminal=color, no_color=not color,
                      color_system="truecolor" if color else None, highlight=False, emoji=False)
    return console, buf


def render_rich(report: Report, rules: RulePack, color: bool = False, width: int | None = None) -> str:
    console, buf = make_console(color, width)
    sources = {s.path: s for s in report.sources}
    if not report.findings:
        console.print(Text("No disagreements found between the sources.", style="bold green"))
    for finding in report.findings:
        _print_finding(console, finding, sources)
    cited = {c.source for f in report.findings for c in f.claims}
    for src in report.sources:  # e.g. that line and column of an HTML page are in the extracted text
        for note in src.notes if src.path in cited else []:
            console.print(Text(f"note: {src.path}: {note}", style="dim"))
    _print_summary(console, report)
    return buf.getvalue()


def _print_finding(console: Console, f: Finding, sources: dict[str, SourceSummary]) -> None:
    head = Text()
    head.append(f"{_ICON[f.severity]} {f.severity}", style=_STYLE[f.severity])
    head.append(f"  {f.rule} {f.name}", style="bold")
    head.append(f"  {f.fact}", style="italic")
    console.print(head)
    console.print(Text("  " + f.message))
    for c in f.claims:
        src = sources.get(c.source)
        loc = Text(f"  {c.source}:{c.line}:{c.column}", style="bold blue")
        if src is not None:
            published = _published(src)
            if len(loc) + 2 + len(published) <= console.width:
                loc.append(f"  {published}", style="dim")
                console.print(loc)
            else:  # a long path: the date on a line of its own rather than broken mid-phrase
                console.print(loc)
                console.print(Text(f"    {published}", style="dim"))
        else:
            console.print(loc)
        console.print(_excerpt(c))
        value = Text("      = ", style="dim")
        value.append(c.value, style="bold")
        if c.qualifier != "exact":
            value.append(f" ({c.qualifier})")
        if c.resolution:
            value.append(f"  {c.resolution}", style="dim")
        console.print(value)
    if f.why:
        console.print(Text(f"  why: {f.why}", style="dim"))
    console.print()


def _published(src: SourceSummary) -> str:
    if not src.published:
        return "published: unknown"
    how = src.published_from.replace("-", " ")
    evidence = f" '{src.published_evidence}'" if src.published_evidence else ""
    return f"published {src.published} ({how}{evidence})"


def _excerpt(c: Claim) -> Text:
    """The sentence around the claim, the claim's own words highlighted."""
    sentence = c.sentence
    at = _offset_in_sentence(c)
    before, after = sentence[:at], sentence[at + len(c.raw):]
    if len(before) > _CONTEXT:
        before = "…" + before[-_CONTEXT:].lstrip()
    if len(after) > _CONTEXT:
        after = after[:_CONTEXT].rstrip() + "…"
    text = Text("    │ ", style="dim")
    text.append(before.replace("\n", " "))
    text.append(c.raw.replace("\n", " "), style="bold reverse")
    text.append(after.replace("\n", " "))
    return text


def _offset_in_sentence(c: Claim) -> int:
    if 0 <= c.start - c.sentence_start <= len(c.sentence) - len(c.raw):
        return c.start - c.sentence_start
    return max(c.sentence.find(c.raw), 0)


def _print_summary(console: Console, report: Report) -> None:
    s = report.summary
    line = Text()
    line.append(f"{_plural(s.sources, 'source')}, {_plural(s.claims, 'claim')}, {_plural(s.facts, 'fact')}: ")
    line.append(_plural(s.errors, "error"), style=_STYLE["error"] if s.errors else "")
    line.append(", ")
    line.append(_plural(s.warnings, "warning"), style=_STYLE["warning"] if s.warnings else "")
    line.append(f", {_plural(s.infos, 'note')}")
    console.print(line)


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"


def render_claims_rich(report: Report, rules: RulePack, color: bool = False, width: int | None = None) -> str:
    console, buf = make_console(color, width)
    table = Table(show_header=True, header_style="bold", expand=True)
    for col in ("source:line:col", "kind", "words", "value", "how"):
        table.add_column(col, overflow="fold")
    for c in report.claims:
        value = c.value + (f" ({c.qualifier})" if c.qualifier != "exact" else "")
        table.add_row(escape(f"{c.source}:{c.line}:{c.column}"), c.kind, escape(c.raw), escape(value),
                      escape(c.resolution or ""))
    console.print(table)
    console.print(f"{len(report.claims)} claims in {len(report.sources)} sources")
    return buf.getvalue()
