"""The baseline: accepted findings by fingerprint, robust to edits elsewhere in the articles."""
from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from checker.compare.findings import make_finding
from checker.errors import ConfigError
from checker.models import Finding
from checker.options import Options
from checker.report.baseline import SCHEMA, baseline_json, new_findings, read_baseline, write_baseline
from checker.report.select import select_findings
from test_formats_snapshots import A_PATH, A_TEXT, B_PATH, B_TEXT, claim, sample_report, sample_rules


def date_finding(a_text: str, b_text: str, friday: str = "Friday", value: str = "2025-01-17") -> Finding:
    return make_finding(sample_rules(), "DT001", fact="signing of the Russia-Iran partnership pact",
                        message="Sources disagree on the date", why="",
                        claims=[claim(A_PATH, a_text, "January 19, 2025", "2025-01-19"),
                                claim(B_PATH, b_text, friday, value)])


def test_fingerprint_survives_a_paragraph_inserted_above() -> None:
    before = date_finding(A_TEXT, B_TEXT)
    edited_b = "A new first paragraph about something else entirely.\n\n" + B_TEXT
    after = date_finding(A_TEXT, edited_b)
    assert after.claims[1].line != before.claims[1].line  # the claim moved ...
    assert after.fingerprint == before.fingerprint  # ... and is still the same finding


def test_changing_the_friday_sentence_makes_a_new_finding() -> None:
    before = date_finding(A_TEXT, B_TEXT)
    edited_b = B_TEXT.replace("on Friday", "on Thursday")
    after = date_finding(A_TEXT, edited_b, friday="Thursday", value="2025-01-16")
    assert after.fingerprint != before.fingerprint
    assert new_findings([after], read_back([before])) == [after]


def read_back(findings: list[Finding]) -> Counter[str]:
    """The fingerprints a baseline of these findings accepts, as read_baseline would return them."""
    return Counter(e["fingerprint"] for e in json.loads(baseline_json(findings))["findings"])


def test_write_then_read_round_trip_and_only_new_findings_are_reported(tmp_path: Path) -> None:
    report = sample_report()
    path = tmp_path / "baseline.json"
    write_baseline(str(path), report.findings)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["schema"] == SCHEMA and len(doc["findings"]) == 2
    assert not list(tmp_path.glob(".*.tmp"))  # written atomically, no temporary left behind
    accepted = read_baseline(str(path))
    assert new_findings(report.findings, accepted) == []
    fresh = date_finding(A_TEXT, B_TEXT.replace("Friday", "Saturday"), friday="Saturday", value="2025-01-18")
    assert new_findings(report.findings + [fresh], accepted) == [fresh]
    assert select_findings(report.findings + [fresh], Options(baseline=str(path))) == [fresh]


def test_the_baseline_is_a_multiset() -> None:
    f = sample_report().findings[0]
    assert new_findings([f, f, f], read_back([f, f])) == [f]


def test_rewriting_an_unchanged_baseline_is_byte_identical() -> None:
    report = sample_report()
    assert baseline_json(report.findings) == baseline_json(list(reversed(report.findings)))


@pytest.mark.parametrize("content, message", [
    (None, "file not found; create it with --write-baseline"),
    ("{not json", "not valid JSON"),
    ('{"schema": "crosscheck.report/1", "findings": []}', "not a crosscheck baseline"),
    ('{"schema": "crosscheck.baseline/1", "findings": [{"code": "DT001"}]}', "findings[0] has no fingerprint"),
])
def test_bad_baseline_files_are_one_clear_error(tmp_path: Path, content: str | None, message: str) -> None:
    path = tmp_path / "b.json"
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=f"^baseline {path}: .*{message}".replace("[", r"\[").replace("]", r"\]")):
        read_baseline(str(path))
