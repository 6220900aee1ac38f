"""End to end on the fixture cases: source files in, findings out.

Every expected discrepancy must be found at severity error or warning, and no consistent trap may be
flagged. A case may list `known_gaps` (id -> reason) for what the checker does not get yet: those
run as strict expected failures, so a fix makes the test say so.
"""
from __future__ import annotations

import pytest

from casefiles import Case, all_cases, matches
from checker.models import Report
from checker.options import Options
from checker.pipeline import check

CASES = all_cases()
SCORED = {"error", "warning"}
_reports: dict[str, Report] = {}


def _report(case: Case) -> Report:
    if case.name not in _reports:
        _reports[case.name] = check([str(case.folder / "sources")], Options())
    return _reports[case.name]


def _params(kind: str) -> list:
    out = []
    for case in CASES:
        for exp in getattr(case, kind):
            marks = []
            if exp.id in case.known_gaps:
                marks.append(pytest.mark.xfail(reason=case.known_gaps[exp.id], strict=True))
            out.append(pytest.param(case, exp, id=f"{case.name}:{exp.id}", marks=marks))
    return out


@pytest.mark.parametrize(("case", "expectation"), _params("discrepancies"))
def test_discrepancy_is_found(case, expectation):
    findings = [f for f in _report(case).findings if f.severity in SCORED]
    assert any(matches(f, expectation) for f in findings), (
        f"{expectation.id} not found; findings: {[f.message for f in findings]}")


@pytest.mark.parametrize(("case", "expectation"), _params("consistent"))
def test_consistent_fact_is_not_flagged(case, expectation):
    flagged = [f.message for f in _report(case).findings if f.severity in SCORED and matches(f, expectation)]
    assert not flagged, f"{expectation.id} wrongly flagged: {flagged}"


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_offsets_point_at_the_words(case):
    report = _report(case)
    texts: dict[str, str] = {}
    for claim in report.claims:
        text = texts.setdefault(claim.source, open(claim.source, encoding="utf-8").read())
        assert text[claim.start:claim.end] == claim.raw
