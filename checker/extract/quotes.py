"""Quotations (placeholder until the quote extractor lands)."""
from __future__ import annotations

from checker.models import Document, Mention


def find_quotes(doc: Document) -> list[Mention]:
    return []
