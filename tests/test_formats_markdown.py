"""Markdown: a table that survives whatever the articles contain."""
from __future__ import annotations

from checker.report.markdown import md_escape, render_markdown
from test_formats_snapshots import claim, sample_report, sample_rules


def _table_rows(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.startswith("|")]


def _cells(row: str) -> int:
    """Columns of a table row, not counting escaped pipes."""
    return row.replace("\\|", "").count("|") - 1


def test_one_row_per_claim_all_with_six_columns() -> None:
    rows = _table_rows(render_markdown(sample_report(), sample_rules()))
    assert len(rows) == 2 + 3  # header, rule, three claims
    assert {_cells(r) for r in rows} == {6}
    assert rows[2].startswith("| 🔴 error | DT001 date-mismatch | signing of the Russia-Iran partnership pact |")
    assert rows[3].startswith("|  |  |  | sources/daily b.txt:3 | “Friday” | 2025-01-17<br>")


def test_pipes_newlines_and_markup_are_escaped() -> None:
    assert md_escape("a | b\nc <script>") == r"a \| b c \<script\>"
    report = sample_report()
    text = "The toll | rose to *12*\non <b>Friday</b>."
    report.findings[0].claims[0] = claim("a.md", text, "toll | rose to *12*", "12", kind="number")
    rows = _table_rows(render_markdown(report, sample_rules()))
    assert {_cells(r) for r in rows} == {6}
    assert r"“toll \| rose to \*12\*”" in rows[2]


def test_no_findings_says_so() -> None:
    report = sample_report()
    report.findings = []
    assert "No disagreements found" in render_markdown(report, sample_rules())
