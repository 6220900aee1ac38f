"""How a finding is built and worded: one place for the wording, the severity and the fingerprint."""
from __future__ import annotations

import hashlib

from checker.models import SEVERITY_RANK, Claim, Finding, Severity
from checker.rulepack import RulePack

_DOWNGRADE = {"error": "warning", "warning": "info", "info": "info"}


def make_finding(
    rules: RulePack,
    code: str,
    *,
    fact: str,
    message: str,
    why: str,
    claims: list[Claim],
    severity: Severity | None = None,
    confidence: Severity = "error",
    weak: bool = False,
    timing_unknown: bool = False,
    background: bool = False,
    link_probability: float | None = None,
) -> Finding:
    """A finding of check `code`. Its severity is the check's, capped by `confidence` (how sure the
    alignment is that the claims are one fact, from its calibrated probability), then lowered one step for each reason to
    doubt it (never invent certainty): a value that rests on an inferred or unknown publication date;
    a `weak` alignment (the claims are only probably about the same fact); a claim that is
    `background` (deep in its story, or in a headline); and, for figures that can change as a story
    develops, `timing_unknown` (we do not know when each source was written)."""
    check = rules.check(code)
    level: Severity = severity or check.severity
    if SEVERITY_RANK[confidence] < SEVERITY_RANK[level]:
        level = confidence
        why += f" The link between the claims is only {'probable' if confidence == 'warning' else 'weak'}."
    reasons = []
    if _rests_on_inference(claims):
        reasons.append("one of the values rests on a publication date inferred from the text")
    if weak:
        reasons.append("the claims are only probably about the same fact")
    if background:
        reasons.append("a claim is background deep in its story, or a headline's shorthand")
    if timing_unknown:
        reasons.append("at least one source has no known publication date, and the figure may have "
                       "changed between the two reports")
    if reasons:
        why += " Less certain: " + "; ".join(reasons) + "."
    for _ in reasons:
        level = _DOWNGRADE[level]  # type: ignore[assignment]
    return Finding(rule=code, name=check.name, kind=check.kind, severity=level, fact=fact,
                   message=message, why=why.strip(), claims=claims,
                   fingerprint=fingerprint(code, fact, claims),
                   link_probability=None if link_probability is None else round(link_probability, 4),
                   doubts=reasons)


def _rests_on_inference(claims: list[Claim]) -> bool:
    """Some source's value rests only on an inferred publication date. Independent derivations
    corroborate: a value that one of the source's claims pins without the date ("three days before
    the inauguration") is certain even if another of its claims ("on Friday") needed the date."""
    certain = {(c.source, c.value) for c in claims if c.certain}
    return any(not c.certain and (c.source, c.value) not in certain for c in claims)


def fingerprint(code: str, fact: str, claims: list[Claim]) -> str:
    """Stable across edits elsewhere in the text: built from the rule, the fact and each claim's
    source and words, never from offsets."""
    parts = [code, fact] + sorted(f"{c.source}|{c.kind}|{c.raw}|{c.value}" for c in claims)
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]
