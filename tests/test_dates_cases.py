"""The date mentions of the fixture cases (copied from the bench): every mention with an ISO date value
must be read as that value by `crosscheck claims`, run on the case's sources as a user would."""
from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from casefiles import all_cases

_DATE_VALUE = re.compile(r"^\d{4}(?:-\d{2}){0,2}$")
_CASES = [c for c in all_cases() if any(_DATE_VALUE.match(m.value or "")
                                        for e in c.discrepancies + c.consistent for side in e.sides for m in side)]


def _claims(folder: Path) -> list[dict]:
    sources = sorted(str(p.relative_to(folder)) for p in (folder / "sources").iterdir())
    crosscheck = Path(sys.executable).parent / "crosscheck"
    proc = subprocess.run([str(crosscheck), "claims", "--format", "json", *sources],
                          cwd=folder, capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr
    return json.loads(proc.stdout)["claims"]


@pytest.mark.parametrize("case", _CASES, ids=[c.name for c in _CASES])
def test_case_date_values(case) -> None:
    claims = [c for c in _claims(case.folder) if c["kind"] == "date"]
    wrong = []
    for expectation in case.discrepancies + case.consistent:
        for side in expectation.sides:
            for m in side:
                if not _DATE_VALUE.match(m.value or ""):
                    continue
                got = [c["value"] for c in claims if Path(c["source"]) == Path(m.source)
                       and c["start"] < m.end and m.start < c["end"]]
                if m.value not in got:
                    wrong.append(f"{expectation.id}: {m.source}@{m.start} want {m.value}, got {got or 'no claim'}")
    assert not wrong, "\n".join(wrong)
