"""Date expressions (placeholder until the date extractor lands)."""
from __future__ import annotations

from checker.models import Document, Mention


def find_dates(doc: Document, *, day_first: bool = True) -> list[Mention]:
    return []
