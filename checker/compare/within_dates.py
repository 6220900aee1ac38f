"""Date checks inside one source: a weekday written next to a date on which it does not fall.

The extractor emits "Wednesday, 12 June 2025" as two claims, the weekday and the date, and the date
claim remembers where its weekday was written (extra["weekday_start"]); a finding cites both.
"""
from __future__ import annotations

import datetime as dt

from checker.compare.findings import make_finding
from checker.extract.date_words import WEEKDAY_NAMES
from checker.models import Claim, Document, Finding
from checker.rulepack import RulePack


def check_dates_within(doc: Document, claims: list[Claim], rules: RulePack) -> list[Finding]:
    weekdays = {c.start: c for c in claims if c.kind == "date" and c.extra.get("form") == "weekday"}
    findings: list[Finding] = []
    for date_claim in claims:
        if date_claim.kind != "date" or date_claim.extra.get("weekday_matches") is not False:
            continue
        weekday_claim = weekdays.get(date_claim.extra.get("weekday_start", -1))
        if weekday_claim is None or date_claim.lo is None or date_claim.lo != date_claim.hi:
            continue
        day = dt.date.fromordinal(int(date_claim.lo))
        written = date_claim.extra.get("stated_weekday", weekday_claim.raw)
        actual = WEEKDAY_NAMES[day.weekday()]
        findings.append(make_finding(
            rules, "DT002", fact=f"the date written as '{weekday_claim.raw}, {date_claim.raw}'",
            message=f"'{weekday_claim.raw}, {date_claim.raw}': {day.isoformat()} was a {actual}, not a {written}",
            why=f"{day.strftime('%d %B %Y').lstrip('0')} fell on a {actual}, so either the weekday or the "
                "date is wrong.",
            claims=[weekday_claim, date_claim]))
    return findings
