"""Rule documentation from the rule pack itself: `crosscheck rules` and `crosscheck explain CODE`.

The same YAML that drives the checks documents them (what it checks, why it matters, an example that
is flagged and one that is not), so the documentation cannot drift from what runs.
"""
from __future__ import annotations

import json
import textwrap

from rich.table import Table

from checker.report.terminal import make_console
from checker.rulepack import Check, CheckExample, RulePack, dump_rule


def find_check(pack: RulePack, code: str) -> Check | None:
    """A check by code (case-insensitive) or by name."""
    for c in pack.checks:
        if c.id == code.upper() or c.name == code.lower():
            return c
    return None


def render_rules_rich(pack: RulePack, color: bool = False, width: int | None = None) -> str:
    console, buf = make_console(color, width)
    table = Table(show_header=True, header_style="bold", expand=True)
    table.add_column("code", no_wrap=True)
    table.add_column("name", no_wrap=True)
    table.add_column("severity", no_wrap=True)
    table.add_column("scope", no_wrap=True)
    table.add_column("what it flags", overflow="fold", ratio=1)
    for c in sorted(pack.checks, key=lambda c: c.id):
        table.add_row(c.id, c.name, c.severity, c.scope, c.description)
    console.print(table)
    console.print(f"{len(pack.checks)} checks. `crosscheck explain CODE` explains one; select or ignore "
                  "them by code or prefix (--select DT --ignore NM002).", highlight=False)
    return buf.getvalue()


def render_rules_json(pack: RulePack, color: bool = False) -> str:
    checks = []
    for c in sorted(pack.checks, key=lambda c: c.id):
        entry = {"code": c.id, "name": c.name, "kind": c.kind, "severity": c.severity, "scope": c.scope,
                 "description": c.description, "why": c.why,
                 "examples": dump_rule(c.examples), "file": pack.origins.get(f"checks:{c.id}")}
        checks.append(entry)
    return json.dumps({"schema": "crosscheck.rules/1", "checks": checks}, indent=2, ensure_ascii=False) + "\n"


def explain_text(c: Check, pack: RulePack) -> str:
    out = [f"{c.id} {c.name}", "",
           f"  severity  {c.severity}", f"  kind      {c.kind} claims",
           f"  scope     {'between sources' if c.scope == 'across-sources' else 'inside one source'}", "",
           "What it checks", _wrap(c.description), "", "Why it matters", _wrap(c.why), "",
           "Flagged:"]
    out += _example(c.examples.failing[0])
    out += ["", "Not flagged:"]
    out += _example(c.examples.passing[0])
    out += ["", "Silence it", f"  for a run:          --ignore {c.id}   (or ignore = [\"{c.id}\"] in [tool.crosscheck])",
            f"  in an article:      <!-- crosscheck-ignore-next-line {c.id} -->",
            "  once reviewed:      --write-baseline FILE, then --baseline FILE"]
    origin = pack.origins.get(f"checks:{c.id}")
    if origin:
        out += ["", f"Defined in {origin}"]
    return "\n".join(out) + "\n"


def _wrap(text: str) -> str:
    return textwrap.fill(" ".join(text.split()), width=92, initial_indent="  ", subsequent_indent="  ")


def _example(example: CheckExample) -> list[str]:
    lines = []
    for name, text in example.sources.items():
        date = example.published.get(name)
        published = f" (published {date.isoformat()})" if date else ""
        lines.append(f"  {name}{published}: {text.strip()}")
    return lines
