"""Places, titles and names (placeholder until the entity extractor lands)."""
from __future__ import annotations

from checker.models import Document, Mention
from checker.rulepack import RulePack


def find_entities(doc: Document, rules: RulePack) -> list[Mention]:
    return []
