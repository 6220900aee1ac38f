"""Hostile input, second round (issue 14): no hangs, no lost files, no internal errors. Each test
failed on main before its fix."""
from __future__ import annotations

import json
import os
import shutil
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest

from checker.ingest import html as html_ingest
from checker.ingest.digits import fold_digits
from checker.report import suppress
from hostile.harness import assert_one_line_failure, run_cli, time_limit

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds-russia-iran-pact" / "sources"
CROSSCHECK = [sys.executable, "-c", "from checker.cli import main; main()"]


@pytest.fixture()
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    shutil.copytree(SEEDS, tmp_path / "sources")
    return tmp_path / "sources"


# 1. patterns over user text are linear
@pytest.mark.parametrize("text", ["<!-- crosscheck-" + "-" * 1_000_000, "<!-- crosscheck-a " * 60_000,
                                  "<!-- crosscheck-disable " + " " * 1_000_000])
def test_directive_patterns_are_linear_on_a_megabyte(text: str) -> None:
    with time_limit(10):
        list(suppress._DIRECTIVE.finditer(text))
        html_ingest._DIRECTIVE.findall(text)
        list(html_ingest._KEPT_DIRECTIVE.finditer(text))


def test_directives_are_still_read() -> None:
    found = suppress._DIRECTIVE.findall("a <!-- crosscheck-ignore-next-line DT001 --> b <!--crosscheck-disable-->")
    assert found == [("ignore-next-line", " DT001 "), ("disable", "")]


def test_an_unclosed_directive_before_dashes_is_checked_in_time(story: Path, capsys, monkeypatch) -> None:
    (story / "dashes.md").write_text("Talks began on Monday.\n<!-- crosscheck-" + "-" * 200_000 + "\n")
    run = run_cli(["check", "sources"], capsys, monkeypatch, seconds=60)
    assert run.code in (0, 1)


# 2. dates at the calendar's edge
def test_dates_past_the_calendar_edge_are_a_warning_on_that_claim(story: Path, capsys, monkeypatch) -> None:
    (story / "late.md").write_text("---\npublished: 9999-12-31\n---\nTalks resume tomorrow; a deal is due next year.\n")
    (story / "early.md").write_text("---\npublished: 0001-01-01\n---\nTalks resumed yesterday.\n"
                                    "Al-Faisal will sign on Tuesday, the UN said.\n")  # a coming weekday
    run = run_cli(["check", "sources", "--format", "json"], capsys, monkeypatch)
    assert run.code in (0, 1)
    outside = [w for w in run.warnings if "outside the calendar" in w]
    assert len(outside) >= 3, run.err
    assert any("late.md" in w and "'tomorrow'" in w for w in outside)
    report = json.loads(run.out)
    assert report["findings"], "the seed pair is still checked"


# 3. outputs never replace an input, a folder or a device
@pytest.mark.parametrize("option", ["--output", "--write-baseline"])
def test_an_output_naming_an_input_is_refused(story: Path, capsys, monkeypatch, option: str) -> None:
    victim = sorted(story.iterdir())[0]
    before = victim.read_bytes()
    run = run_cli(["check", "sources", option, str(victim)], capsys, monkeypatch)
    assert_one_line_failure(run, "one of the articles")
    assert victim.read_bytes() == before


def test_a_symlink_to_an_input_is_refused(story: Path, capsys, monkeypatch) -> None:
    victim = sorted(story.iterdir())[0]
    (story.parent / "report.json").symlink_to(victim)
    run = run_cli(["check", "sources", "-o", "report.json"], capsys, monkeypatch)
    assert_one_line_failure(run, "symlink")


@pytest.mark.parametrize("target", [".", os.devnull])
def test_a_folder_or_device_as_output_is_refused(story: Path, capsys, monkeypatch, target: str) -> None:
    run = run_cli(["check", "sources", "-o", target], capsys, monkeypatch)
    assert_one_line_failure(run)
    assert stat.S_ISCHR(os.stat(os.devnull).st_mode)


# 4. side files: regular files only
@pytest.mark.parametrize("option", ["--baseline", "--config", "--known-dates"])
@pytest.mark.parametrize("kind", ["fifo", "zero"])
def test_a_pipe_or_device_as_side_file_is_one_line(story: Path, capsys, monkeypatch, option: str, kind: str) -> None:
    if kind == "fifo":
        path = story.parent / "pipe"
        os.mkfifo(path)
    else:
        path = Path("/dev/zero")
    run = run_cli(["check", "sources", option, str(path)], capsys, monkeypatch, seconds=10)
    assert_one_line_failure(run, "not a regular file")


# 5. signals: one line, silent workers, no temporary files
def _feed(folder: Path, n: int) -> None:
    folder.mkdir()
    texts = [p.read_text(encoding="utf-8") for p in sorted(SEEDS.iterdir())]
    for i in range(n):
        (folder / f"a{i:04d}.md").write_text(texts[i % len(texts)].replace("2025", str(1990 + i % 30)), encoding="utf-8")


@pytest.mark.parametrize("signum, code, word", [(signal.SIGINT, 130, "interrupted"), (signal.SIGTERM, 143, "terminated")])
def test_a_signal_with_workers_is_one_line(tmp_path: Path, signum: int, code: int, word: str) -> None:
    _feed(tmp_path / "feed", 3000)
    proc = subprocess.Popen(CROSSCHECK + ["check", "feed", "--jobs", "2", "-o", "out.json"], cwd=tmp_path,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True,
                            env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parent.parent)})
    time.sleep(4)
    assert proc.poll() is None, "the run ended before the signal: give it more work"
    os.killpg(proc.pid, signum)  # as a terminal's Ctrl-C or a CI timeout reaches the whole group
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == code, err
    assert err.decode().splitlines() == [f"crosscheck: {word}"]
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]


# 6. --jobs beyond the cores
def test_jobs_beyond_the_cores_is_capped_with_a_warning(story: Path, capsys, monkeypatch) -> None:
    run = run_cli(["check", "sources", "--jobs", "1000"], capsys, monkeypatch)
    assert run.code in (0, 1)
    assert any("--jobs 1000" in w for w in run.warnings), run.err


# 7. clear lines where an internal error was
def test_stdout_on_a_full_disk_is_one_line(story: Path) -> None:
    with open("/dev/full", "w") as full:
        result = subprocess.run(CROSSCHECK + ["check", "sources"], stdout=full, stderr=subprocess.PIPE,
                                cwd=story.parent)
    assert result.returncode == 2
    assert result.stderr.decode().splitlines() == ["crosscheck: cannot write the report: No space left on device"]


def test_closed_stdout_is_one_line(story: Path) -> None:
    result = subprocess.run(CROSSCHECK + ["check", "sources"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                            cwd=story.parent, preexec_fn=lambda: os.close(1))
    assert result.returncode == 2
    lines = result.stderr.decode().splitlines()
    assert len(lines) == 1 and "standard output is closed" in lines[0], lines


@pytest.mark.skipif(os.geteuid() == 0, reason="root enters any folder")
def test_a_file_inside_an_unreadable_folder_is_one_line(story: Path, capsys, monkeypatch) -> None:
    locked = story.parent / "locked"
    locked.mkdir()
    (locked / "a.txt").write_text("Talks began on Monday.")
    locked.chmod(0)
    try:
        run = run_cli(["check", str(locked / "a.txt")], capsys, monkeypatch)
    finally:
        locked.chmod(0o755)
    assert_one_line_failure(run)


def test_deeply_nested_config_and_baseline_are_one_line(story: Path, capsys, monkeypatch) -> None:
    deep = story.parent / "deep.toml"
    deep.write_text("[tool.crosscheck]\nx = " + "[" * 100_000 + "]" * 100_000 + "\n")
    assert_one_line_failure(run_cli(["check", "sources", "--config", str(deep)], capsys, monkeypatch), "nested")
    base = story.parent / "deep.json"
    base.write_text('{"schema": "crosscheck.baseline/1", "findings": ' + "[" * 100_000 + "]" * 100_000 + "}")
    assert_one_line_failure(run_cli(["check", "sources", "--baseline", str(base)], capsys, monkeypatch), "nested")


def test_a_baseline_with_a_huge_integer_is_one_line(story: Path, capsys, monkeypatch) -> None:
    base = story.parent / "big.json"
    base.write_text('{"schema": "crosscheck.baseline/1", "findings": [{"fingerprint": "ab", "n": ' + "9" * 5000 + "}]}")
    assert_one_line_failure(run_cli(["check", "sources", "--baseline", str(base)], capsys, monkeypatch), "baseline")


# 8. the umask is honoured
def test_reports_follow_the_umask(story: Path, capsys, monkeypatch) -> None:
    old = os.umask(0o022)
    try:
        run_cli(["check", "sources", "-o", "report.txt"], capsys, monkeypatch)
        run_cli(["check", "sources", "--write-baseline", "baseline.json"], capsys, monkeypatch)
    finally:
        os.umask(old)
    for name in ("report.txt", "baseline.json"):
        assert stat.S_IMODE((story.parent / name).stat().st_mode) == 0o644, name


def test_a_replaced_report_keeps_its_mode(story: Path, capsys, monkeypatch) -> None:
    report = story.parent / "report.txt"
    report.write_text("old")
    report.chmod(0o640)
    run_cli(["check", "sources", "-o", "report.txt"], capsys, monkeypatch)
    assert stat.S_IMODE(report.stat().st_mode) == 0o640 and report.read_text() != "old"


# 10. digit forms
@pytest.mark.parametrize("written", ["1\u200b000", "1\u2006000", "1\u2009000", "\uff11\uff0c\uff10\uff10\uff10"])
def test_digit_groups_in_other_forms_are_one_number(tmp_path: Path, capsys, monkeypatch, written: str) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(f"Officials said {written} people were evacuated on Monday.\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text("Officials said 1,000 people were evacuated on Monday.\n", encoding="utf-8")
    run = run_cli(["check", "a.txt", "b.txt", "--format", "json"], capsys, monkeypatch)
    report = json.loads(run.out)
    assert report["findings"] == []
    counts = [f for f in report["facts"] if f["kind"] == "number"]
    assert counts and counts[0]["verdict"] == "agree"
    text = (tmp_path / "a.txt").read_text(encoding="utf-8")
    claim = next(c for c in counts[0]["claims"] if c["source"] == "a.txt")
    assert claim["raw"] == written and text[claim["start"]:claim["end"]] == written and claim["value"] == "1000"


def test_folding_keeps_every_offset() -> None:
    for text in ["1\u200b000 and \uff13\uff0e\uff15 km", "Jan 5\u00a02025", "no digits here"]:
        assert len(fold_digits(text)) == len(text)
    assert fold_digits("Jan 5\u00a02025") == "Jan 5\u00a02025"  # a year is no thousands group


# 11. an empty path
def test_an_empty_path_is_refused(story: Path, capsys, monkeypatch) -> None:
    assert_one_line_failure(run_cli(["check", ""], capsys, monkeypatch), "empty path")


# 12. a broken pyproject.toml that holds our table
def test_a_broken_pyproject_with_our_table_is_one_line(story: Path, capsys, monkeypatch) -> None:
    (story.parent / "pyproject.toml").write_text('[project]\nbroken = \n[tool.crosscheck]\nfail_on = "warning"\n')
    assert_one_line_failure(run_cli(["check", "sources"], capsys, monkeypatch), "[tool.crosscheck]", "not valid TOML")


def test_a_broken_pyproject_without_our_table_is_not_ours(story: Path, capsys, monkeypatch) -> None:
    (story.parent / "pyproject.toml").write_text("[project]\nbroken = \n")
    assert run_cli(["check", "sources"], capsys, monkeypatch).code in (0, 1)


# 9. control characters and undecodable file names, escaped for each format
def _control_story(tmp_path: Path) -> None:
    (tmp_path / "a\x1b[2Jb.txt").write_text("The pact was signed on January 19, 2025 \x1b]0;owned\x07 in Moscow.\n")
    (tmp_path / "b.txt").write_text("The pact was signed on January 17, 2025 in Moscow.\n")


@pytest.mark.parametrize("fmt", ["rich", "github", "markdown", "junit"])
def test_control_characters_never_reach_the_output_raw(tmp_path: Path, capsys, monkeypatch, fmt: str) -> None:
    monkeypatch.chdir(tmp_path)
    _control_story(tmp_path)
    run = run_cli(["check", ".", "--format", fmt], capsys, monkeypatch)
    assert run.code == 1
    assert "\x1b" not in run.out and "\x07" not in run.out
    assert "\\x1b" in run.out
    if fmt == "junit":
        import xml.dom.minidom

        xml.dom.minidom.parseString(run.out)  # valid XML 1.0


def test_json_keeps_the_exact_words(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    _control_story(tmp_path)
    report = json.loads(run_cli(["check", ".", "--format", "json"], capsys, monkeypatch).out)
    sentences = [c["sentence"] for f in report["findings"] for c in f["claims"]]
    assert any("\x1b]0;owned\x07" in s for s in sentences)


@pytest.mark.skipif(sys.platform != "linux", reason="file names as bytes")
def test_a_file_name_that_is_not_utf8_gets_a_right_sarif_uri(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / os.fsdecode(b"caf\xe9.txt")).write_text("The pact was signed on January 19, 2025 in Moscow.\n")
    (tmp_path / "b.txt").write_text("The pact was signed on January 17, 2025 in Moscow.\n")
    run = run_cli(["check", ".", "--format", "sarif"], capsys, monkeypatch)
    uris = {loc["physicalLocation"]["artifactLocation"]["uri"] for r in json.loads(run.out)["runs"][0]["results"]
            for loc in r["locations"] + r.get("relatedLocations", [])}
    assert "caf%E9.txt" in uris, uris


# 13. a huge HTML page is refused before extraction
def test_a_page_of_millions_of_characters_is_refused_before_extraction(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    paragraph = "<p>The council met on Monday and voted to approve the plan for the new bridge.</p>\n"
    (tmp_path / "big.html").write_text("<html><body>" + paragraph * 100_000 + "</body></html>")
    run = run_cli(["check", "big.html"], capsys, monkeypatch, seconds=30)
    assert_one_line_failure(run, "big.html", "characters")


def test_an_ordinary_page_is_not_refused_for_its_size() -> None:
    page = "<html><head><script>" + "var x = 1;" * 20_000 + "</script></head><body><p>Text.</p></body></html>"
    assert html_ingest.visible_chars(page) < 5 * 500_000


# 14. minor
def test_a_rules_path_that_is_a_file_says_so(story: Path, capsys, monkeypatch) -> None:
    victim = sorted(story.iterdir())[0]
    assert_one_line_failure(run_cli(["check", "sources", "--rules", str(victim)], capsys, monkeypatch), "is a file")


def test_published_paths_match_as_the_file_system_does(story: Path, capsys, monkeypatch) -> None:
    name = sorted(story.iterdir())[0].name
    run = run_cli(["check", "sources", "--format", "json", "--published", f"./sources/{name}=2025-01-13",
                   "--published", "elsewhere.md=2025-01-01"], capsys, monkeypatch)
    given = {s["path"]: s for s in json.loads(run.out)["sources"]}[f"sources/{name}"]
    assert given["published_from"] == "command-line" and given["published"] == "2025-01-13"
    assert [w for w in run.warnings if "elsewhere.md" in w and "no such file" in w]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
@pytest.mark.parametrize("text", ["Путин и Пезешкиан подписали договор в Москве 17 января 2025 года.\n",
                                  "普京和佩泽希齐扬于2025年1月17日在莫斯科签署了条约。\n"])
def test_utf16_without_a_bom_in_another_script_is_text(text: str, encoding: str) -> None:
    from checker.ingest.decode import decode_bytes

    assert decode_bytes(text.encode(encoding), "a.txt")[0] == text


def test_random_bytes_with_nuls_are_still_binary() -> None:
    import random

    from checker.errors import InputError
    from checker.ingest.decode import decode_bytes

    rng = random.Random(3)
    for _ in range(300):
        data = bytes(rng.randrange(256) for _ in range(400)) + b"\x00\x00"
        with pytest.raises(InputError):
            decode_bytes(data, "x.bin")


def test_fuzz_input_with_a_coming_weekday_at_the_calendar_edge() -> None:
    """Found by `python tests/fuzz.py --count 100000 --seed 14` (input 39125): a weekday looked up
    before a publication date of 0001-01-01 while the anchors of the article were built."""
    from fuzz import make_input
    from hostile.invariants import check_input

    from checker.options import Options
    from checker.rulepack import load_rules

    data, suffix = make_input(14, 39125)
    assert b"published: 0001-01-01" in data
    check_input(data, suffix, load_rules(), Options())


def test_an_article_nested_300_deep_is_read(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    body = ("<p>The pact was signed in Moscow on January 17, 2025, the Kremlin said. Officials said 12 people "
            "attended the ceremony in the hall.</p>")
    (tmp_path / "deep.html").write_text("<html><body>" + "<div>" * 300 + body * 3 + "</div>" * 300 + "</body></html>")
    run = run_cli(["claims", "deep.html", "--format", "json"], capsys, monkeypatch)
    assert run.code == 0, run.err
    assert any(c["raw"] == "January 17, 2025" for c in json.loads(run.out)["claims"])
