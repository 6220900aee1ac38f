"""How a finding is built and worded: one place for the wording, the severity and the fingerprint."""
from __future__ import annotations

import hashlib

from checker.models import Claim, Finding, Severity
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
    weak: bool = False,
) -> Finding:
    """A finding of check `code`. Its severity is the check's, lowered one step (once) when a value
    rests on an inferred or unknown publication date, or when the alignment of the claims is `weak`:
    never invent certainty."""
    check = rules.check(code)
    level: Severity = severity or check.severity
    uncertain = any(not c.certain for c in claims)
    if uncertain:
        why += " One of the values rests on a publication date inferred from the text, so this is less certain."
    if weak:
        why += " The claims are only probably about the same fact."
    if uncertain or weak:
        level = _DOWNGRADE[level]  # type: ignore[assignment]
    return Finding(rule=code, name=check.name, kind=check.kind, severity=level, fact=fact,
                   message=message, why=why.strip(), claims=claims,
                   fingerprint=fingerprint(code, fact, claims))


def fingerprint(code: str, fact: str, claims: list[Claim]) -> str:
    """Stable across edits elsewhere in the text: built from the rule, the fact and each claim's
    source and words, never from offsets."""
    parts = [code, fact] + sorted(f"{c.source}|{c.kind}|{c.raw}|{c.value}" for c in claims)
    return hashlib.sha256("\n".join(parts).encode("utf-8")).hexdigest()[:16]
