"""Figure normalization (placeholder until the number normalizer lands)."""
from __future__ import annotations

from checker.models import Document, Mention
from checker.normalize.model import Normalized
from checker.rulepack import RulePack


def normalize_number(m: Mention, doc: Document, rules: RulePack) -> Normalized | None:
    return None
