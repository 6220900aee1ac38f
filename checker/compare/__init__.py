"""Compare (placeholder)."""
from __future__ import annotations

from checker.models import Claim, Document, Fact, Finding
from checker.rulepack import RulePack


def compare(facts: list[Fact], docs: list[Document], per_doc: list[list[Claim]], rules: RulePack) -> list[Finding]:
    return []
