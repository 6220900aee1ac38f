"""Microsoft Recognizers-Text spec cases (English; tests/data/numbers, MIT licence in LICENSE.txt).

The spec files hold .NET reference results for a general-purpose recognizer; crosscheck reads news
figures, so some cases are outside its scope. `out_of_scope` names each excluded kind of case and why;
the rest are scored, and each file must keep at least the share it reaches today (a regression fails).
"""
from __future__ import annotations

import math
import re

import pytest

from numbers_spec import KIND_OF_TYPE, leading, read, spec_cases

_YEAR = re.compile(r"^(1[89]|20)\d\d$")


def out_of_scope(text: str, result: dict) -> str | None:
    """Why a spec result is not something crosscheck should read, or None when it should."""
    unit = str(result["Resolution"].get("unit", ""))
    low = text.lower()
    if result["TypeName"].endswith(".relative"):
        return "relative ordinals ('the last but one') name a position, not a figure to compare"
    if re.search(r"cent|pence|penny|pennies", unit, re.I):
        return "minor currency units are compared in the main unit (50 cents is 0.5 USD), not as written"
    if _YEAR.match(text.strip()):
        return "bare years are dates, never numbers"
    if re.search(r"\b(?:over|point|minus|negative|hundredths?|thousandths?|millionths?)\b", low) and not re.search(r"\d", low):
        return "spoken decimals, negatives and fractions like 'one over three' do not occur in news copy"
    if re.search(r"\d\s?(?:k|m|b)\b(?!\w)", low) and result["TypeName"] == "number":
        return "'5k'/'5m' without a currency or unit is ambiguous (metres); read only with a currency"
    if re.search(r"[½⅓¼¾]|\^|\bpi\b|\be\d|\d,\d{1,2}\b", text):
        return "mathematical notation and European decimal commas are outside news figures"
    return None


def _score(relative: str) -> tuple[int, int, list[str]]:
    hit = total = 0
    misses: list[str] = []
    for case in spec_cases(relative):
        claims = None
        for result in case.get("Results", []):
            try:
                expected = float(str(result["Resolution"].get("value")).rstrip("%"))
            except ValueError:
                continue
            if out_of_scope(result["Text"], result):
                continue
            claims = claims if claims is not None else read(case["Input"])
            kind = KIND_OF_TYPE.get(result["TypeName"].split(".")[0])
            total += 1
            if any((v := leading(c.value)) is not None and math.isclose(v, expected, rel_tol=1e-6)
                   and (kind is None or c.kind == kind) for c in claims):
                hit += 1
            else:
                misses.append(f"{result['Text']!r} in {case['Input'][:60]!r}")
    return hit, total, misses


# file -> the share of in-scope results read right (measured; raise it when the reader improves)
FLOORS = {
    "Number/NumberModel.json": 0.45,
    "Number/PercentModel.json": 0.45,
    "Number/OrdinalModel.json": 0.75,
    "NumberWithUnit/CurrencyModel.json": 0.63,
    "NumberWithUnit/DimensionModel.json": 0.7,
    "NumberWithUnit/AgeModel.json": 0.5,
    "NumberWithUnit/TemperatureModel.json": 0.75,
}


@pytest.mark.parametrize("relative", sorted(FLOORS))
def test_spec_file(relative: str) -> None:
    hit, total, misses = _score(relative)
    assert total > 0
    assert hit / total >= FLOORS[relative], f"{hit}/{total}; first misses: {misses[:10]}"
