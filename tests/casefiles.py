"""Reading fixture cases (the bench format: `sources/` + `case.yaml`) and matching findings to them.

A case lists `discrepancies` (what an editor must be told about) and `consistent` traps (different
wording, same fact: must not be flagged), each as sides of mentions located by their text.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

from checker.models import Finding
from checker.options import Options
from checker.pipeline import check

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@dataclass(frozen=True)
class Mention:
    source: str  # "sources/a.md"
    start: int
    end: int
    value: str | None


@dataclass(frozen=True)
class Expectation:
    id: str
    sides: list[list[Mention]]


@dataclass
class Case:
    name: str
    folder: Path
    discrepancies: list[Expectation]
    consistent: list[Expectation]
    known_gaps: dict[str, str]  # discrepancy or trap id -> why the checker does not get it yet


def load_case(folder: Path) -> Case:
    truth = yaml.safe_load((folder / "case.yaml").read_text(encoding="utf-8")) or {}

    def expectations(key: str) -> list[Expectation]:
        return [Expectation(d["id"], [[_locate(folder, m) for m in side] for side in d["sides"]])
                for d in truth.get(key, [])]

    return Case(folder.name, folder, expectations("discrepancies"), expectations("consistent"),
                dict(truth.get("known_gaps", {}) or {}))


def all_cases() -> list[Case]:
    return [load_case(p) for p in sorted(FIXTURES.iterdir()) if (p / "case.yaml").exists()]


def _locate(folder: Path, mention: dict) -> Mention:
    text = (folder / mention["source"]).read_text(encoding="utf-8")
    pos = -1
    for _ in range(int(mention.get("occurrence", 1))):
        pos = text.find(mention["text"], pos + 1)
        if pos < 0:
            raise ValueError(f"{folder.name}: {mention['source']} has no {mention['text']!r}")
    return Mention(mention["source"], pos, pos + len(mention["text"]), mention.get("value"))


def _relative(path: str) -> str:
    parts = Path(path).parts
    return str(Path(*parts[parts.index("sources"):])) if "sources" in parts else Path(path).name


def matches(finding: Finding, expectation: Expectation) -> bool:
    """A finding matches when its claims overlap mentions of at least two different sides."""
    hit = set()
    for claim in finding.claims:
        for i, side in enumerate(expectation.sides):
            if any(_relative(claim.source) == m.source and claim.start < m.end and m.start < claim.end
                   for m in side):
                hit.add(i)
    return len(hit) >= 2


def scored_findings(tmp_path: Path, published: str, *bodies: str) -> list[str]:
    """Write each body as a Markdown source published on `published`, check them together, and return
    "CODE fact" for every error and warning: an end-to-end test in a few lines."""
    paths = []
    for n, body in enumerate(bodies):
        path = tmp_path / f"source-{n}.md"
        path.write_text(f"---\npublished: {published}\n---\n\n{body}\n", encoding="utf-8")
        paths.append(str(path))
    report = check(paths, Options(jobs=1))
    return [f"{f.rule} {f.fact}" for f in report.findings if f.severity in ("error", "warning")]
