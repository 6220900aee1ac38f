"""What a claim is about (placeholder)."""
from __future__ import annotations

from checker.models import Context, Document, Mention
from checker.rulepack import RulePack


def context_for(m: Mention, doc: Document, rules: RulePack) -> Context:
    return Context()
