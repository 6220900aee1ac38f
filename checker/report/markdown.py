"""A Markdown table an editor can paste into a review or a pull-request comment.

One row per claim, the finding's severity, code and fact on its first row; then the message and why
under the table. Everything from the articles is escaped, so a stray | or <b> in a quote cannot break
the table or inject markup into the comment.
"""
from __future__ import annotations

import re

from checker.models import Finding, Report
from checker.rulepack import RulePack

_ICON = {"error": "🔴 error", "warning": "🟠 warning", "info": "🔵 note"}
_SPECIAL = re.compile(r"([\\|*_`\[\]<>#~])")


def md_escape(text: str) -> str:
    return _SPECIAL.sub(r"\\\1", " ".join(text.split()))


def render_markdown(report: Report, rules: RulePack, color: bool = False) -> str:
    s = report.summary
    out = [f"### crosscheck: {_plural(s.errors, 'error')}, {_plural(s.warnings, 'warning')}, "
           f"{_plural(s.infos, 'note')} in {_plural(s.sources, 'source')}", ""]
    if not report.findings:
        out.append("No disagreements found between the sources.")
    else:
        out += ["| severity | check | fact | source | words | value |",
                "|---|---|---|---|---|---|"]
        for f in report.findings:
            out += _rows(f)
        out += ["", "<details><summary>Why these were flagged</summary>", ""]
        for f in report.findings:
            why = f" {md_escape(f.why)}" if f.why else ""
            out.append(f"- **{f.rule}** {md_escape(f.fact)}: {md_escape(f.message)}.{why}")
        out += ["", "</details>"]
    if report.warnings:
        out += ["", "Warnings:", ""] + [f"- {md_escape(w)}" for w in report.warnings]
    return "\n".join(out) + "\n"


def _rows(f: Finding) -> list[str]:
    rows = []
    for i, c in enumerate(f.claims):
        lead = [_ICON[f.severity], f"{f.rule} {f.name}", md_escape(f.fact)] if i == 0 else ["", "", ""]
        value = md_escape(c.value + (f" ({c.qualifier})" if c.qualifier != "exact" else ""))
        if c.resolution:
            value += f"<br>{md_escape(c.resolution)}"
        where = md_escape(f"{c.source}:{c.line}")
        rows.append("| " + " | ".join(lead + [where, f"“{md_escape(c.raw)}”", value]) + " |")
    return rows


def _plural(n: int, word: str) -> str:
    return f"{n} {word}{'' if n == 1 else 's'}"
