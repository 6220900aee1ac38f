"""Date resolution (placeholder until the date resolver lands)."""
from __future__ import annotations

from pydantic import BaseModel

from checker.models import Document, Mention
from checker.normalize.model import Normalized
from checker.rulepack import RulePack


class DateAnchors(BaseModel):
    @classmethod
    def for_document(cls, doc: Document, rules: RulePack) -> "DateAnchors":
        return cls()


def normalize_date(m: Mention, doc: Document, anchors: DateAnchors) -> Normalized | None:
    return None
