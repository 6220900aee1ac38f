"""SARIF: valid against the 2.1.0 schema (vendored: tests/data/sarif-schema-2.1.0.json, the OASIS
errata01 schema) and shaped as GitHub code scanning reads it."""
from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from checker.report.sarif import render_sarif
from test_formats_snapshots import B_PATH, sample_report, sample_rules

SCHEMA = json.loads((Path(__file__).parent / "data" / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def sarif() -> dict:
    return json.loads(render_sarif(sample_report(), sample_rules()))


def test_validates_against_the_sarif_schema(sarif: dict) -> None:
    jsonschema.validate(sarif, SCHEMA)


def test_a_broken_document_fails_the_schema(sarif: dict) -> None:
    broken = json.loads(json.dumps(sarif))
    broken["runs"][0]["results"][0]["level"] = "fatal"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, SCHEMA)


def test_rules_carry_the_rule_pack_documentation(sarif: dict) -> None:
    rules = {r["id"]: r for r in sarif["runs"][0]["tool"]["driver"]["rules"]}
    check = sample_rules().check("DT001")
    assert rules["DT001"]["name"] == "date-mismatch"
    assert rules["DT001"]["shortDescription"]["text"] == check.description
    assert check.why in rules["DT001"]["help"]["text"]
    assert rules["DT001"]["defaultConfiguration"]["level"] == "error"
    assert rules["DT002"]["defaultConfiguration"]["level"] == "warning"


def test_first_claim_is_the_location_the_others_related(sarif: dict) -> None:
    result = sarif["runs"][0]["results"][0]
    finding = sample_report().findings[0]
    region = result["locations"][0]["physicalLocation"]["region"]
    first = finding.claims[0]
    assert (region["startLine"], region["startColumn"]) == (first.line, first.column)
    assert region["endColumn"] == first.column + len(first.raw)
    assert (region["charOffset"], region["charLength"]) == (first.start, len(first.raw))
    related = result["relatedLocations"]
    assert len(related) == 1 and related[0]["id"] == 1
    assert related[0]["physicalLocation"]["artifactLocation"]["uri"] == B_PATH.replace(" ", "%20")
    assert "[sources/daily b.txt](1)" in result["message"]["text"]
    assert result["partialFingerprints"]["crosscheckFingerprint/v1"] == finding.fingerprint
    assert result["ruleId"] == "DT001" and result["level"] == "error"


def test_extracted_html_text_gets_a_file_level_location(sarif: dict) -> None:
    result = sarif["runs"][0]["results"][1]
    location = result["locations"][0]
    assert "region" not in location["physicalLocation"]
    assert location["properties"]["extractedText"]["line"] == 2
    assert "relatedLocations" not in result


def test_warnings_become_tool_notifications(sarif: dict) -> None:
    notes = sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert notes[0]["message"]["text"].startswith("pages/old.htm")


def test_info_findings_are_notes() -> None:
    report = sample_report()
    report.findings[1].severity = "info"
    doc = json.loads(render_sarif(report, sample_rules()))
    assert doc["runs"][0]["results"][1]["level"] == "note"
    jsonschema.validate(doc, SCHEMA)


def test_a_claim_without_a_position_still_validates() -> None:
    report = sample_report()
    report.findings[0].claims[0].line = 0
    doc = json.loads(render_sarif(report, sample_rules()))
    jsonschema.validate(doc, SCHEMA)
    assert "region" not in doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
