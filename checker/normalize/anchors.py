"""Dates anchored on other claims across sources (placeholder until the date resolver lands)."""
from __future__ import annotations

from checker.models import Claim, Document
from checker.rulepack import RulePack


def resolve_cross_source_anchors(docs: list[Document], per_doc: list[list[Claim]], rules: RulePack) -> None:
    return None
