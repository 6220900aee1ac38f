"""JUnit XML: parses, one test case per fact, failures for facts with findings."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from checker.models import Report, SourceSummary, Summary
from checker.report.junit import render_junit
from test_formats_snapshots import sample_report, sample_rules


def test_one_test_case_per_fact_with_failures_for_findings() -> None:
    root = ET.fromstring(render_junit(sample_report(), sample_rules()).encode("utf-8"))
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == ["signing of the Russia-Iran partnership pact",
                                              "NATO patrols in the Baltic Sea", "place of the signing"]
    assert [len(c.findall("failure")) for c in cases] == [1, 1, 0]
    assert suite.get("tests") == root.get("tests") == "3"
    assert suite.get("failures") == root.get("failures") == "2"
    failure = cases[0].find("failure")
    assert failure is not None and failure.get("type") == "DT001"
    assert "sources/daily b.txt:3:112: 'Friday' = 2025-01-17" in (failure.text or "")
    assert (suite.findtext("system-err") or "").startswith("pages/old.htm")


def test_two_findings_on_one_fact_are_one_case_with_two_failures() -> None:
    report = sample_report()
    second = report.findings[0].model_copy(update={"rule": "DT009", "message": "again"})
    report.findings.append(second)
    root = ET.fromstring(render_junit(report, sample_rules()).encode("utf-8"))
    first = root.find("testsuite/testcase")
    assert first is not None and len(first.findall("failure")) == 2
    assert root.get("tests") == "3"


def test_markup_in_the_articles_is_escaped() -> None:
    report = sample_report()
    report.findings[0].fact = 'the "<b>pact</b>" & more'
    root = ET.fromstring(render_junit(report, sample_rules()).encode("utf-8"))
    assert root.find("testsuite/testcase").get("name") == 'the "<b>pact</b>" & more'  # type: ignore[union-attr]


def test_an_empty_run_is_a_valid_suite_with_no_tests() -> None:
    empty = Report(sources=[SourceSummary(path="a.md")], findings=[],
                   summary=Summary(sources=1, claims=0, facts=0, findings=0, errors=0, warnings=0))
    root = ET.fromstring(render_junit(empty, sample_rules()).encode("utf-8"))
    assert root.get("tests") == "0" and root.find("testsuite/testcase") is None
