"""SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.

One result per finding: the first claim is the primary location and the others are related
locations, linked from the message (`[b.txt](1)` refers to relatedLocations id 1). Columns are
counted in Unicode code points (`columnKind`), which is what Python string offsets are. The rule
metadata comes from the rule pack, so `crosscheck explain` and the code-scanning help agree.
"""
from __future__ import annotations

import os
import re

from typing import Any
from urllib.parse import quote

from checker.models import Claim, Finding, Report
from checker.report.json_report import dumps
from checker.report.locate import describe, end_position, file_of, has_position, offsets_in_file
from checker.rulepack import Check, RulePack

SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json"
_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def render_sarif(report: Report, rules: RulePack, color: bool = False) -> str:
    checks = sorted(rules.checks, key=lambda c: c.id)
    index = {c.id: i for i, c in enumerate(checks)}
    run: dict[str, Any] = {
        "tool": {"driver": {"name": "crosscheck", "version": _version(),
                            "rules": [_rule(c) for c in checks]}},
        "originalUriBaseIds": {"%SRCROOT%": {"description": {"text": "The folder crosscheck was run in."}}},
        "columnKind": "unicodeCodePoints",
        "results": [_result(f, index) for f in report.findings],
        "invocations": [_invocation(report)],
    }
    doc = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return dumps(doc)


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("crosscheck")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree that is not installed
        return "0.0.0"


def _rule(c: Check) -> dict[str, Any]:
    example = c.examples.failing[0].sources
    example_md = "\n".join(f"- `{name}`: {text.strip()}" for name, text in example.items())
    return {
        "id": c.id,
        "name": c.name,
        "shortDescription": {"text": c.description},
        "fullDescription": {"text": f"{c.description} {c.why}"},
        "help": {"text": f"{c.description}\n\nWhy it matters: {c.why}",
                 "markdown": f"**{c.description}**\n\nWhy it matters: {c.why}\n\nFlagged, for example:\n\n"
                             f"{example_md}"},
        "defaultConfiguration": {"level": _LEVEL[c.severity]},
        "properties": {"tags": ["news", "fact-consistency", c.kind], "scope": c.scope},
    }


def _result(f: Finding, index: dict[str, int]) -> dict[str, Any]:
    primary, *others = f.claims
    links = "; ".join(f"[{_plain(file_of(c.source))}]({i}) says {_plain(describe(c))}"
                      for i, c in enumerate(others, 1))
    text = f"{_plain(f.message)}. Here: {_plain(describe(primary))}." + (f" Elsewhere: {links}." if links else "")
    if f.why:
        text += f" {_plain(f.why)}"
    result: dict[str, Any] = {
        "ruleId": f.rule,
        "level": _LEVEL[f.severity],
        "message": {"text": text},
        "locations": [_location(primary)],
        "partialFingerprints": {"crosscheckFingerprint/v1": f.fingerprint},
        "properties": {"fact": f.fact, "kind": f.kind, "severity": f.severity},
    }
    if f.rule in index:
        result["ruleIndex"] = index[f.rule]
    if others:
        result["relatedLocations"] = [_location(c, i) for i, c in enumerate(others, 1)]
    return result


def _plain(text: str) -> str:
    """Text outside an embedded link: SARIF reads [..](n) as a link, so literal brackets are escaped."""
    return text.replace("\\", "\\\\").replace("[", "\\[").replace("]", "\\]")


def _location(c: Claim, ident: int | None = None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": _artifact(c.source)}
    if has_position(c):
        end_line, end_column = end_position(c)
        physical["region"] = {"startLine": c.line, "startColumn": c.column, "endLine": end_line,
                              "endColumn": end_column, "charOffset": c.start, "charLength": c.end - c.start,
                              "snippet": {"text": c.raw}}
    location: dict[str, Any] = {"physicalLocation": physical,
                                "message": {"text": f"{c.source}: {describe(c)}"}}
    if not offsets_in_file(c.source):
        # Offsets are into the article text extracted from the page: say so rather than point wrongly.
        location["properties"] = {"extractedText": {"line": c.line, "column": c.column,
                                                    "start": c.start, "end": c.end, "source": c.source}}
    if ident is not None:
        location["id"] = ident
    return location


def _artifact(source: str) -> dict[str, Any]:
    path = file_of(source)
    if os.sep == "\\":
        path = path.replace("\\", "/")
    absolute = path.startswith("/")
    while path.startswith("./"):
        path = path[2:]
    uri = quote(_name_bytes(path))
    if absolute:
        return {"uri": "file://" + uri}
    return {"uri": uri, "uriBaseId": "%SRCROOT%"}


def _invocation(report: Report) -> dict[str, Any]:
    out: dict[str, Any] = {"executionSuccessful": True}
    if report.warnings:
        out["toolExecutionNotifications"] = [{"level": "warning", "message": {"text": w}}
                                             for w in report.warnings]
    return out


_UNDECODED = re.compile(rb"\\x([0-9a-f]{2})")


def _name_bytes(path: str) -> bytes:
    """The file name's bytes: a name that is not UTF-8 is shown with backslash escapes
    (ingest/discover.printable: b'caf\\xe9.txt' -> 'caf\\\\xe9.txt'); the URI quotes the bytes themselves."""
    return _UNDECODED.sub(lambda m: bytes([int(m[1], 16)]), path.encode("utf-8", "surrogateescape"))
