"""--stories: one story per run (the contract), or one per folder of articles, each checked on its own."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from checker.ingest.discover import discover
from checker.ingest.stories import group_stories
from checker.options import Options
from checker.pipeline import check

REPO = Path(__file__).resolve().parent.parent

# Two stories about two different earthquakes, each told by two outlets. Inside the first story the
# outlets disagree on the toll; the second story's toll differs from the first's (another quake).
QUAKE_A = ("A magnitude 6.1 earthquake struck the coastal town of Varna on Monday, killing 12 people, "
           "officials said.")
QUAKE_A_OTHER = ("The earthquake that hit Varna on Monday killed 15 people, the regional governor said.")
QUAKE_B = ("A magnitude 5.4 earthquake struck the mountain town of Orlik on Tuesday, killing 3 people, "
           "officials said.")
QUAKE_B_OTHER = ("The earthquake that hit Orlik on Tuesday killed 3 people, the mayor said.")


def write_stories(root: Path) -> Path:
    for folder, texts in (("varna", (QUAKE_A, QUAKE_A_OTHER)), ("orlik", (QUAKE_B, QUAKE_B_OTHER))):
        (root / folder).mkdir(parents=True)
        for n, text in enumerate(texts):
            (root / folder / f"outlet-{n}.md").write_text(f"---\npublished: 2026-03-0{3 + n}\n---\n{text}\n",
                                                           encoding="utf-8")
    return root


def tolls(report_findings: list) -> set[frozenset[str]]:
    return {frozenset(c.value for c in f.claims) for f in report_findings if f.kind == "number"}


def test_group_by_folder_keeps_discovery_order(tmp_path: Path) -> None:
    files = discover([str(write_stories(tmp_path))])
    assert [[Path(f[0]).name for f in s] for s in group_stories(files, "folder")] == \
        [["outlet-0.md", "outlet-1.md"], ["outlet-0.md", "outlet-1.md"]]
    assert [Path(s[0][1]).parent.name for s in group_stories(files, "folder")] == ["orlik", "varna"]
    assert group_stories(files, "one") == [files]
    assert group_stories([], "folder") == [] and group_stories([], "one") == []


@pytest.mark.parametrize("jobs", [1, 2])
def test_stories_are_compared_only_inside_themselves(tmp_path: Path, jobs: int) -> None:
    root = write_stories(tmp_path)
    per_folder = check([str(root)], Options(stories="folder", jobs=jobs))
    assert tolls(per_folder.findings) == {frozenset({"12", "15"})}  # the Varna outlets disagree
    assert per_folder.summary.sources == 4 and per_folder.summary.findings == len(per_folder.findings)
    assert [s.path for s in per_folder.sources] == sorted(s.path for s in per_folder.sources)
    as_one = check([str(root)], Options(stories="one", jobs=jobs))
    assert any("3" in values and values & {"12", "15"} for values in tolls(as_one.findings))


def test_story_output_is_the_same_whatever_the_number_of_jobs(tmp_path: Path) -> None:
    root = write_stories(tmp_path)
    outputs = set()
    for jobs in ("1", "2"):
        result = subprocess.run([sys.executable, "-c", "from checker.cli import main; main()", "check",
                                 "--isolated", "--format", "json", "--stories", "folder", "--jobs", jobs,
                                 str(root)], capture_output=True, check=False, cwd=REPO)
        assert result.returncode == 1, result.stderr.decode()
        outputs.add(result.stdout)
    assert len(outputs) == 1
    report = json.loads(outputs.pop())
    assert report["summary"]["sources"] == 4 and report["summary"]["findings"] == len(report["findings"])


def test_junit_and_claims_still_see_every_fact_and_claim(tmp_path: Path) -> None:
    root = write_stories(tmp_path)
    detailed = check([str(root)], Options(stories="folder", jobs=1))
    lean = check([str(root)], Options(stories="folder", jobs=1), detail=False)
    assert detailed.claims and detailed.facts and len(detailed.claims) == detailed.summary.claims
    assert len({f.key for f in detailed.facts}) == len(detailed.facts)  # keys numbered across stories
    assert lean.claims == [] and lean.facts == [] and lean.summary == detailed.summary
    assert lean.findings == detailed.findings


def test_stories_from_config_and_bad_mode(tmp_path: Path) -> None:
    root = write_stories(tmp_path / "news")
    (tmp_path / "crosscheck.toml").write_text('stories = "folder"\n', encoding="utf-8")
    run = subprocess.run([sys.executable, "-c", "from checker.cli import main; main()", "check", "--format",
                          "json", "news"], capture_output=True, check=False, cwd=tmp_path)
    assert run.returncode == 1 and tolls_json(run.stdout) == {frozenset({"12", "15"})}
    bad = subprocess.run([sys.executable, "-c", "from checker.cli import main; main()", "check", "--stories",
                          "topic", str(root)], capture_output=True, check=False, cwd=tmp_path)
    assert bad.returncode == 2 and bad.stdout == b"" and b"--stories 'topic'" in bad.stderr
    (tmp_path / "crosscheck.toml").write_text('stories = "topic"\n', encoding="utf-8")
    bad_config = subprocess.run([sys.executable, "-c", "from checker.cli import main; main()", "check", "news"],
                                capture_output=True, check=False, cwd=tmp_path)
    assert bad_config.returncode == 2 and b"stories" in bad_config.stderr and b"Traceback" not in bad_config.stderr


def tolls_json(stdout: bytes) -> set[frozenset[str]]:
    return {frozenset(c["value"] for c in f["claims"]) for f in json.loads(stdout)["findings"]
            if f["kind"] == "number"}


def test_baseline_applies_across_stories(tmp_path: Path) -> None:
    root = write_stories(tmp_path / "news")
    baseline = tmp_path / "baseline.json"
    cli = [sys.executable, "-c", "from checker.cli import main; main()", "check", "--isolated", "--stories", "folder"]
    wrote = subprocess.run(cli + ["--write-baseline", str(baseline), str(root)], capture_output=True, check=False)
    assert wrote.returncode == 0, wrote.stderr.decode()
    again = subprocess.run(cli + ["--baseline", str(baseline), "--format", "json", str(root)],
                           capture_output=True, check=False)
    assert again.returncode == 0 and json.loads(again.stdout)["summary"]["findings"] == 0


def test_an_anchor_on_a_weekday_is_not_dated_from_another_source(tmp_path: Path) -> None:
    """Regression: "one day after Wednesday's general strike" (a weekday-anchored date left unresolved)
    beside another source that dates a sentence naming the strike used to crash the cross-source
    anchor pass (it only showed in a small story, where exactly one date matched)."""
    (tmp_path / "a.txt").write_text("Unions met one day after Wednesday's massive general strike, the paper "
                                    "said.\n", encoding="utf-8")  # no publication date: which Wednesday?
    (tmp_path / "b.md").write_text("---\npublished: 2026-03-06\n---\nThe general strike began on March 4, "
                                   "2026, unions said.\n", encoding="utf-8")
    report = check([str(tmp_path)], Options(jobs=1))
    anchored = [c for c in report.claims if c.raw.lower().startswith("one day after")]
    assert anchored and all(not c.comparable for c in anchored)


def test_one_run_over_every_fixture_reports_what_a_run_per_fixture_reports() -> None:
    """Each fixture's sources/ folder is a story: one run over all of them (a day's feed) gives, finding
    for finding, what one run per fixture gives, in the report's order."""
    fixtures = sorted((REPO / "fixtures").glob("*/sources"))
    assert len(fixtures) >= 10
    whole = check([str(REPO / "fixtures")], Options(stories="folder", jobs=2), detail=False)
    apart = [f for folder in fixtures for f in check([str(folder)], Options(jobs=1), detail=False).findings]

    def key(f):  # noqa: ANN001, ANN202 - a finding's identity across runs
        return f.rule, f.message, [(Path(c.source).resolve(), c.start) for c in f.claims]

    assert sorted(map(key, whole.findings)) == sorted(map(key, apart))
    assert whole.summary.sources == sum(len(list(p.iterdir())) for p in fixtures)
