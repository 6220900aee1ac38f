"""Places, titles, names and quotes: normalized text (placeholder)."""
from __future__ import annotations

from checker.models import Document, Mention
from checker.normalize.model import Normalized
from checker.rulepack import RulePack


def normalize_text(m: Mention, doc: Document, rules: RulePack) -> Normalized | None:
    return Normalized(value=m.raw)
