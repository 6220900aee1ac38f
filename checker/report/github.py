"""GitHub Actions workflow commands: one annotation per claim location, so the disagreement shows
on every article involved in a pull request's diff, each pointing at its own words.

    ::error file=a.md,line=5,col=4,endColumn=20,title=DT001 date-mismatch::Sources disagree ...

Escaping follows the runner's rules: in the message, % CR LF become %25 %0D %0A; in property values,
also : and , become %3A and %2C.
"""
from __future__ import annotations

from checker.models import Claim, Finding, Report
from checker.report.locate import describe, file_of, has_position, offsets_in_file
from checker.rulepack import RulePack

_COMMAND = {"error": "error", "warning": "warning", "info": "notice"}


def escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def render_github(report: Report, rules: RulePack, color: bool = False) -> str:
    lines = [_annotation(f, c) for f in report.findings for c in f.claims]
    lines += [f"::warning::{escape_data(w)}" for w in report.warnings]
    return "".join(line + "\n" for line in lines)


def _annotation(f: Finding, claim: Claim) -> str:
    props = {"file": file_of(claim.source)}
    if has_position(claim):
        props["line"] = str(claim.line)
        props["col"] = str(claim.column)
        if "\n" not in claim.raw:  # GitHub ignores columns on multi-line annotations
            props["endColumn"] = str(claim.column + max(len(claim.raw), 1) - 1)
    props["title"] = f"{f.rule} {f.name}: {f.fact}"
    here = f"This source: {describe(claim)}"
    if not offsets_in_file(claim.source):
        here += f" (line {claim.line}, column {claim.column} of the article text extracted from {claim.source})"
    others = [f"{o.source}:{o.line}:{o.column} {describe(o)}" for o in f.claims if o is not claim]
    message = f"{f.message}\n{here}\n" + "".join(f"Also: {o}\n" for o in others)
    if f.why:
        message += f.why
    head = ",".join(f"{k}={escape_property(v)}" for k, v in props.items())
    return f"::{_COMMAND[f.severity]} {head}::{escape_data(message.rstrip())}"
