"""JUnit XML, for CI systems that show test results: one test case per fact.

A fact with findings is a failing test case (one <failure> per finding); every other fact the run
compared is a passing one, so the count of tests shows how much was checked, not only what failed.
"""
from __future__ import annotations

import xml.etree.ElementTree as ET

from checker.models import Fact, Finding, Report
from checker.report.locate import describe
from checker.rulepack import RulePack

_SUITE = "crosscheck"


def render_junit(report: Report, rules: RulePack, color: bool = False) -> str:
    cases = _cases(report)
    failures = sum(1 for _, findings in cases if findings)
    root = ET.Element("testsuites", name=_SUITE, tests=str(len(cases)), failures=str(failures), errors="0")
    suite = ET.SubElement(root, "testsuite", name=_SUITE, tests=str(len(cases)), failures=str(failures),
                          errors="0", skipped="0", time="0")
    props = ET.SubElement(suite, "properties")
    for s in report.sources:
        ET.SubElement(props, "property", name="source", value=s.path)
    for (kind, label), findings in cases:
        case = ET.SubElement(suite, "testcase", classname=f"{_SUITE}.{kind}", name=label, time="0")
        for f in findings:
            failure = ET.SubElement(case, "failure", message=f"[{f.severity}] {f.rule} {f.name}: {f.message}",
                                    type=f.rule)
            failure.text = _details(f)
    if report.warnings:
        ET.SubElement(suite, "system-err").text = "\n".join(report.warnings)
    ET.indent(root)
    return ET.tostring(root, encoding="unicode", xml_declaration=True) + "\n"


def _cases(report: Report) -> list[tuple[tuple[str, str], list[Finding]]]:
    """(kind, fact label) -> its findings, in report order: failing facts first, then passing ones."""
    cases: dict[tuple[str, str], list[Finding]] = {}
    flagged: set[tuple[str, int, int]] = set()
    for f in report.findings:
        cases.setdefault((f.kind, f.fact), []).append(f)
        flagged.update((c.source, c.start, c.end) for c in f.claims)
    for fact in report.facts:
        if not _has_finding(fact, flagged):
            cases.setdefault((fact.kind, fact.label), [])
    return list(cases.items())


def _has_finding(fact: Fact, flagged: set[tuple[str, int, int]]) -> bool:
    return any((c.source, c.start, c.end) in flagged for c in fact.claims)


def _details(f: Finding) -> str:
    lines = [f"{c.source}:{c.line}:{c.column}: {describe(c)}" for c in f.claims]
    if f.why:
        lines.append(f"why: {f.why}")
    return "\n".join(lines)
