"""Where a claim is, in the terms CI tools want: file, line and column ranges.

Offsets of a plain-text or Markdown source are offsets into the file itself. Those of an HTML page or
a JSON article refer to the extracted article text (the source's notes say so), so line and column
there would point at the wrong place in the file: renderers for code-scanning tools give such claims
a file-level location and say in words where in the article the claim is.
"""
from __future__ import annotations

from pathlib import PurePath

from checker.models import Claim

_EXTRACTED_SUFFIXES = {".html", ".htm", ".json", ".jsonl"}


def file_of(source: str) -> str:
    """The file a source came from: `feed.jsonl#3` (the third article of a JSON file) -> `feed.jsonl`."""
    base, sep, index = source.rpartition("#")
    return base if sep and index.isdigit() else source


def offsets_in_file(source: str) -> bool:
    """True when a claim's line and column are positions in the file on disk."""
    return PurePath(file_of(source)).suffix.lower() not in _EXTRACTED_SUFFIXES


def has_position(c: Claim) -> bool:
    """Line and column are 1-based once located; a claim never located has 0 and no position."""
    return offsets_in_file(c.source) and c.line >= 1 and c.column >= 1


def end_position(c: Claim) -> tuple[int, int]:
    """(line, column) just after the claim's last character, 1-based, as SARIF's endColumn wants."""
    lines = c.raw.split("\n")
    if len(lines) == 1:
        return c.line, c.column + len(c.raw)
    return c.line + len(lines) - 1, len(lines[-1]) + 1


def describe(c: Claim) -> str:
    """`'Friday' = 2025-01-17 (Friday after ...)`: the words and the value, for one-line messages."""
    value = c.value + (f" ({c.qualifier})" if c.qualifier != "exact" else "")
    how = f" ({c.resolution})" if c.resolution else ""
    return f"'{_one_line(c.raw)}' = {value}{how}"


def _one_line(text: str) -> str:
    return " ".join(text.split())
