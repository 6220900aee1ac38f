"""Ingest: turn paths into Sources (decoded text, metadata, publication date, page furniture)."""
from __future__ import annotations

from checker.ingest.discover import discover
from checker.ingest.read import read_sources

__all__ = ["discover", "read_sources"]
