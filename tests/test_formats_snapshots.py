"""Snapshots of every output format, compared exactly. Rewrite them after an intended change with
CROSSCHECK_UPDATE_SNAPSHOTS=1 .venv/bin/pytest tests/test_formats_snapshots.py, and review the diff.

The hand-built report (two sources disagreeing on a date, a weekday slip in an HTML page, a fact the
sources agree on, a warning) is made from the models with real offsets into real texts, so the
snapshots stay meaningful while the extractors change; the pipeline report runs the real pipeline.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from checker.compare.findings import make_finding
from checker.models import Claim, Fact, Finding, Report, SourceSummary, Summary
from checker.report import RENDERERS
from checker.report.terminal import render_rich
from checker.rulepack import RulePack, load_rules

SNAPSHOTS = Path(__file__).parent / "snapshots"

A_PATH, A_TEXT = "sources/wire-a.md", (
    "---\ntitle: Russia and Iran to sign pact\noutlet: Wire A\npublished: 2025-01-14\n---\n"
    "On January 19, 2025, Russia and Iran are set to formalize a strategic partnership pact in Moscow.\n"
)
B_PATH, B_TEXT = "sources/daily b.txt", (
    "Putin will host his Iranian counterpart this week, the Kremlin said Monday.\n\n"
    "The agreement on <comprehensive | strategic> partnership will be signed during Pezeshkian's visit "
    "to Moscow on Friday, the Kremlin said.\n"
)
C_PATH, C_TEXT = "pages/baltic.html", (
    "NATO patrols the Baltic\n"
    "Estonian naval ships sail in the Baltic Sea on Thursday, Jan. 10, 2025, as part of NATO patrols.\n"
)


def claim(source: str, text: str, raw: str, value: str, kind: str = "date", **extra: object) -> Claim:
    """A claim at the first occurrence of `raw` in `text`, located as the pipeline locates claims."""
    start = text.index(raw)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    return Claim(kind=kind, source=source, start=start, end=start + len(raw), raw=raw, value=value,
                 sentence=text[line_start:line_end], sentence_start=line_start,
                 line=text.count("\n", 0, start) + 1, column=start - line_start + 1, **extra)


def sample_rules() -> RulePack:
    """The real checks used by the sample, so that edits to other checks do not move the snapshots."""
    return RulePack(checks=[c for c in load_rules().checks if c.id in ("DT001", "DT002")])


def sample_report() -> Report:
    rules = sample_rules()
    jan19 = claim(A_PATH, A_TEXT, "January 19, 2025", "2025-01-19")
    friday = claim(B_PATH, B_TEXT, "Friday", "2025-01-17",
                   resolution="Friday after the publication date 2025-01-13 (from 'the Kremlin said Monday')")
    thursday = claim(C_PATH, C_TEXT, "Thursday, Jan. 10, 2025", "2025-01-10")
    moscow_a = claim(A_PATH, A_TEXT, "Moscow", "Moscow", kind="place")
    moscow_b = claim(B_PATH, B_TEXT, "Moscow", "Moscow", kind="place")
    findings: list[Finding] = [
        make_finding(rules, "DT001", fact="signing of the Russia-Iran partnership pact",
                     message="Sources disagree on the date: 2025-01-19 vs 2025-01-17",
                     why="January 19 and Friday, January 17 are different days.", claims=[jan19, friday]),
        make_finding(rules, "DT002", fact="NATO patrols in the Baltic Sea",
                     message="Thursday, but 2025-01-10 is a Friday",
                     why="A weekday and a date that disagree: one of them is wrong.", claims=[thursday]),
    ]
    facts = [
        Fact(key="date:signing", kind="date", label="signing of the Russia-Iran partnership pact",
             claims=[jan19, friday]),
        Fact(key="date:patrols", kind="date", label="NATO patrols in the Baltic Sea", claims=[thursday]),
        Fact(key="place:signing", kind="place", label="place of the signing", claims=[moscow_a, moscow_b]),
    ]
    sources = [
        SourceSummary(path=A_PATH, title="Russia and Iran to sign pact", outlet="Wire A", published="2025-01-14",
                      published_from="front-matter"),
        SourceSummary(path=B_PATH, published="2025-01-13", published_from="reporting-clause",
                      published_evidence="the Kremlin said Monday"),
        SourceSummary(path=C_PATH, title="NATO patrols the Baltic", outlet="Baltic Courier", published="2025-01-10",
                      published_from="metadata", notes=["offsets refer to the article text extracted from the HTML page"]),
    ]
    claims = [jan19, moscow_a, friday, moscow_b, thursday]
    return Report(sources=sources, findings=findings, facts=facts, claims=claims,
                  summary=Summary(sources=3, claims=len(claims), facts=len(facts), findings=2, errors=1, warnings=1),
                  warnings=["pages/old.htm: no article text found in this HTML page (skipped)"])


def render(fmt: str, report: Report, rules: RulePack) -> str:
    """The format's output; for HTML its structure (tests/html_outline.py), not the styling."""
    if fmt == "rich":
        return render_rich(report, rules, color=False, width=100)
    if fmt == "html":
        from html_outline import outline

        return outline(RENDERERS[fmt](report, rules, False))
    return RENDERERS[fmt](report, rules, False)


EXTENSIONS = {"rich": "txt", "json": "json", "sarif": "sarif.json", "github": "txt", "junit": "xml",
              "markdown": "md", "html": "outline.txt"}


def assert_snapshot(name: str, text: str) -> None:
    path = SNAPSHOTS / name
    if os.environ.get("CROSSCHECK_UPDATE_SNAPSHOTS") == "1":
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8", newline="")
        return
    assert path.exists(), f"no snapshot {name}: run with CROSSCHECK_UPDATE_SNAPSHOTS=1 and review it"
    expected = path.read_text(encoding="utf-8")
    assert text == expected, f"{name} differs from its snapshot (CROSSCHECK_UPDATE_SNAPSHOTS=1 rewrites it)"


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_sample_report_snapshot(fmt: str) -> None:
    assert_snapshot(f"sample.{fmt}.{EXTENSIONS[fmt]}", render(fmt, sample_report(), sample_rules()))


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_empty_report_snapshot(fmt: str) -> None:
    empty = Report(sources=[SourceSummary(path=A_PATH)], findings=[],
                   summary=Summary(sources=1, claims=0, facts=0, findings=0, errors=0, warnings=0))
    assert_snapshot(f"empty.{fmt}.{EXTENSIONS[fmt]}", render(fmt, empty, sample_rules()))


def test_every_format_has_a_snapshot_extension() -> None:
    assert set(EXTENSIONS) == set(RENDERERS)


# --- from the real pipeline -----------------------------------------------------------------------

REPO = Path(__file__).resolve().parent.parent
SEEDS = "fixtures/seeds-russia-iran-pact/sources"


@pytest.fixture(scope="module")
def seeds_report() -> tuple[Report, RulePack]:
    """The seed pair through the whole pipeline, narrowed to its date findings (the case's known
    discrepancy), so that the snapshots move when the date of the pact is read differently and not
    with every change to the other extractors."""
    from checker.pipeline import check

    cwd = os.getcwd()
    os.chdir(REPO)  # paths in the report are as given: relative, the same on every machine
    try:
        rules = load_rules()
        full = check([SEEDS], rules=rules, texts=True)  # the HTML report shows the articles
    finally:
        os.chdir(cwd)
    findings = [f for f in full.findings if f.rule == "DT001"]
    assert findings, "the seed pair's pact date (January 19 vs Friday) is no longer flagged"
    cited = {(c.source, c.start) for f in findings for c in f.claims}
    facts = [fact for fact in full.facts if any((c.source, c.start) in cited for c in fact.claims)]
    claims = [c for c in full.claims if (c.source, c.start) in cited]
    summary = Summary(sources=len(full.sources), claims=len(claims), facts=len(facts), findings=len(findings),
                      errors=sum(f.severity == "error" for f in findings),
                      warnings=sum(f.severity == "warning" for f in findings),
                      infos=sum(f.severity == "info" for f in findings))
    report = Report(sources=full.sources, findings=findings, facts=facts, claims=claims, summary=summary)
    return report, RulePack(checks=[c for c in rules.checks if c.id == "DT001"])


@pytest.mark.parametrize("fmt", sorted(RENDERERS))
def test_seed_pair_snapshot(fmt: str, seeds_report: tuple[Report, RulePack]) -> None:
    report, rules = seeds_report
    assert_snapshot(f"seeds.{fmt}.{EXTENSIONS[fmt]}", render(fmt, report, rules))
