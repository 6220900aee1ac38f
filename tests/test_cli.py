"""The command line end to end, in-process: formats, config, baseline, errors as one line + exit 2."""
from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from checker.cli import main
from checker.rulepack import load_rules

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO / "fixtures" / "seeds-russia-iran-pact" / "sources"
HTML = Path(__file__).resolve().parent / "data" / "html"


@pytest.fixture
def run(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str], tmp_path: Path):  # type: ignore[no-untyped-def]
    """crosscheck ARGS in a folder of its own (no config file above it unless a test writes one)."""
    monkeypatch.chdir(tmp_path)

    def invoke(*args: str) -> tuple[int, str, str]:
        monkeypatch.setattr(sys, "argv", ["crosscheck", *args])
        with pytest.raises(SystemExit) as info:
            main()
        out = capsys.readouterr()
        return int(info.value.code or 0), out.out, out.err

    return invoke


def one_line_error(result: tuple[int, str, str], *fragments: str) -> None:
    code, out, err = result
    assert code == 2 and out == ""
    assert err.count("\n") == 1 and err.startswith("crosscheck: "), err
    assert "Traceback" not in err
    for fragment in fragments:
        assert fragment in err, err


def dt001_case(folder: Path) -> list[str]:
    """The DT001 check's own failing example, written as files; returns the CLI arguments for it."""
    example = load_rules().check("DT001").examples.failing[0]
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in example.sources.items():
        (folder / name).write_text(text + "\n", encoding="utf-8")
    args = [str(folder)]
    for name, date in example.published.items():
        args += ["--published", f"{folder / name}={date.isoformat()}"]
    return args


# --- formats ----------------------------------------------------------------------------------------

@pytest.mark.parametrize("fmt", ["rich", "json", "sarif", "github", "markdown", "junit"])
def test_every_format_runs_on_the_seed_pair(run, fmt: str) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("check", str(SEEDS), "--format", fmt, "--fail-on", "never")
    assert code == 0 and err == ""
    assert out or fmt == "github"  # github annotations: none when nothing is found
    if fmt in ("json", "sarif"):
        json.loads(out)
    if fmt == "junit":
        ET.fromstring(out.encode("utf-8"))


def test_formats_agree_on_the_number_of_findings(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    args = dt001_case(tmp_path / "case")
    code, out, _ = run("check", *args, "--format", "json")
    findings = json.loads(out)["findings"]
    assert code == 1 and [f["code"] for f in findings] == ["DT001"]
    _, sarif, _ = run("check", *args, "--format", "sarif")
    assert len(json.loads(sarif)["runs"][0]["results"]) == 1
    _, github, _ = run("check", *args, "--format", "github")
    assert github.count("::error file=") == len(findings[0]["claims"])
    _, junit, _ = run("check", *args, "--format", "junit")
    assert ET.fromstring(junit.encode("utf-8")).get("failures") == "1"


def test_output_file_is_written_and_stdout_stays_empty(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("check", str(SEEDS), "-f", "sarif", "-o", str(tmp_path / "r.sarif"))
    assert code == 1 and out == ""  # the seed pair's date conflict is an error
    assert json.loads((tmp_path / "r.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"


def test_html_pages_are_read_and_the_report_says_offsets_are_of_extracted_text(run) -> None:  # type: ignore[no-untyped-def]
    code, out, err = run("check", str(HTML / "harbour-ferry.html"), str(HTML / "valley-wildfire.html"), "-f", "json")
    assert code == 0, err
    sources = json.loads(out)["sources"]
    assert [s["outlet"] for s in sources] == ["The Coastal Courier", "Valley Ledger"]
    assert all(s["published_from"] == "metadata" for s in sources)
    assert all(any("extracted from the HTML page" in n for n in s["notes"]) for s in sources)


def test_no_progress_bar_when_stderr_is_not_a_terminal(run) -> None:  # type: ignore[no-untyped-def]
    _, _, err = run("check", str(SEEDS), "--fail-on", "never")
    assert err == ""


# --- configuration ------------------------------------------------------------------------------

def test_config_file_sets_format_and_the_flag_overrides_it(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "pyproject.toml").write_text('[tool.crosscheck]\nformat = "markdown"\n', encoding="utf-8")
    _, out, _ = run("check", str(SEEDS))
    assert out.startswith("### crosscheck:")
    _, out, _ = run("check", str(SEEDS), "-f", "json")
    assert json.loads(out)["schema"] == "crosscheck.report/1"
    _, out, _ = run("check", str(SEEDS), "--isolated")
    assert not out.startswith("###") and not out.startswith("{")


def test_config_select_filters_findings(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    args = dt001_case(tmp_path / "case")
    (tmp_path / "crosscheck.toml").write_text('ignore = ["date-mismatch"]\n', encoding="utf-8")
    code, out, _ = run("check", *args, "-f", "json")
    assert code == 0 and json.loads(out)["findings"] == []
    code, _, _ = run("check", *args, "--ignore", "NM")  # the flag replaces the configured list
    assert code == 1


# --- baseline ------------------------------------------------------------------------------------

def test_baseline_end_to_end(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = tmp_path / "case"
    args = dt001_case(case)
    baseline = str(tmp_path / "baseline.json")
    code, out, err = run("check", *args, "--write-baseline", baseline)
    assert code == 0 and out == "" and "recorded 1 finding(s)" in err
    assert run("check", *args, "--baseline", baseline)[0] == 0
    b = case / "b.md"
    b.write_text("An unrelated first paragraph about the weather in Moscow.\n\n" + b.read_text(encoding="utf-8"),
                 encoding="utf-8")
    assert run("check", *args, "--baseline", baseline)[0] == 0  # edits elsewhere keep the baseline valid
    b.write_text(b.read_text(encoding="utf-8").replace("on Friday", "on Thursday"), encoding="utf-8")
    code, out, _ = run("check", *args, "--baseline", baseline, "-f", "json")
    assert code == 1
    (finding,) = json.loads(out)["findings"]
    assert any(c["raw"] == "Thursday" for c in finding["claims"])


def test_inline_comment_suppresses_end_to_end(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    case = tmp_path / "case"
    args = dt001_case(case)
    a = case / "a.md"
    a.write_text("<!-- crosscheck-ignore-next-line DT001 -->\n" + a.read_text(encoding="utf-8"), encoding="utf-8")
    code, out, _ = run("check", *args, "-f", "json")
    assert code == 0 and json.loads(out)["findings"] == []


# --- errors: one line, exit 2 ------------------------------------------------------------------------

def test_bad_usage_is_one_line_and_exit_2(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    one_line_error(run("check", "https://example.com/story"), "URLs are not fetched")
    one_line_error(run("check", str(SEEDS), "--format", "xml"), "--format 'xml'")
    one_line_error(run("check", str(SEEDS), "--fail-on", "sometimes"), "--fail-on")
    one_line_error(run("check", str(SEEDS), "--select", "DT,XY9"), "--select: 'XY9' matches no check")
    one_line_error(run("check", str(SEEDS), "--rules", str(tmp_path / "none")), "rule folder not found")
    one_line_error(run("check", str(SEEDS), "--baseline", str(tmp_path / "none.json")), "--write-baseline")
    one_line_error(run("check", str(SEEDS), "--config", str(tmp_path / "none.toml")), "config file not found")
    one_line_error(run("check", str(SEEDS), "--published", "a.md=tomorrow"), "not a date")
    one_line_error(run("check", str(tmp_path / "missing.md")), "no such file or folder")
    one_line_error(run("check", str(SEEDS), "--no-such-flag"), "No such option")
    one_line_error(run("check", str(HTML / "no-article.html")), "no article text found")
    one_line_error(run("explain", "ZZ999"), "no check 'ZZ999'")
    one_line_error(run("rules", "--format", "yaml"), "--format 'yaml'")


def test_bad_config_key_is_one_line_and_exit_2(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "crosscheck.toml").write_text('fail_on = "warning"\n', encoding="utf-8")
    one_line_error(run("check", str(SEEDS)), "crosscheck.toml: unknown key 'fail_on'", "did you mean 'fail-on'")
    assert run("check", str(SEEDS), "--isolated")[0] == 1  # the config is ignored: the seed's error is found


def test_bad_rule_file_is_one_line_and_exit_2(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "house").mkdir()
    (tmp_path / "house" / "checks.yaml").write_text("checks:\n  - id: bad\n", encoding="utf-8")
    one_line_error(run("check", str(SEEDS), "--rules", str(tmp_path / "house")), "checks.yaml")


# --- rule documentation -------------------------------------------------------------------------

def test_rules_json_lists_every_check_with_its_documentation(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("rules", "--format", "json")
    doc = json.loads(out)
    assert code == 0 and doc["schema"] == "crosscheck.rules/1"
    assert {c["code"] for c in doc["checks"]} == {c.id for c in load_rules().checks}
    assert all(c["why"] and c["description"] and c["examples"]["fail"] for c in doc["checks"])


def test_explain_by_code_or_name(run) -> None:  # type: ignore[no-untyped-def]
    code, out, _ = run("explain", "dt001")
    assert code == 0 and out.startswith("DT001 date-mismatch") and "Why it matters" in out
    assert "(published 2025-01-13)" in out and "crosscheck-ignore-next-line DT001" in out
    code, out, _ = run("explain", "date-mismatch", "--format", "json")
    assert code == 0 and json.loads(out)["id"] == "DT001"


def test_no_claims_are_read_from_crosscheck_comments(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    article = tmp_path / "a.md"
    article.write_text("<!-- crosscheck-disable NM001 -- the toll from 2024 is older -->\n"
                       "The quake killed 32 people on Monday.\n<!-- crosscheck-enable -->\n", encoding="utf-8")
    code, out, _ = run("claims", str(article), "-f", "json")
    assert code == 0
    lines = {c["line"] for c in json.loads(out)["claims"]}
    assert lines and lines == {2}


def test_seed_pair_baseline_then_friday_edited(run, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    """The issue's acceptance case: a baseline of the seed pair silences today's findings; rewriting
    the sentence with "Friday" in a copy brings a new date finding."""
    import shutil

    copy = tmp_path / "sources"
    shutil.copytree(SEEDS, copy)
    baseline = str(tmp_path / "baseline.json")
    assert run("check", str(copy), "--write-baseline", baseline)[0] == 0
    assert json.loads(Path(baseline).read_text(encoding="utf-8"))["findings"]
    assert run("check", str(copy), "--baseline", baseline, "--fail-on", "warning")[0] == 0
    article = copy / "004_c8895afd1038cb22.txt"
    text = article.read_text(encoding="utf-8")
    assert "visit to Moscow on Friday" in text
    article.write_text(text.replace("visit to Moscow on Friday", "visit to Moscow on Thursday"), encoding="utf-8")
    code, out, _ = run("check", str(copy), "--baseline", baseline, "--fail-on", "warning", "-f", "json")
    new = json.loads(out)["findings"]
    assert code == 1 and any(f["code"] == "DT001" and any(c["raw"] == "Thursday" for c in f["claims"]) for f in new)
