"""crosscheck only reads its sources, and writes its own files atomically: an interrupted or failed
write leaves the previous file as it was and no temporary file behind."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

import checker.report.output as output
from hostile.harness import ARTICLES, assert_one_line_failure, run_cli

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds-russia-iran-pact" / "sources"


def _state(folder: Path) -> dict[str, tuple[bytes, int, int]]:
    """Every file under the folder: content, modification time (ns) and mode."""
    out = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and not path.is_symlink():
            info = path.stat()
            out[str(path.relative_to(folder))] = (path.read_bytes(), info.st_mtime_ns, info.st_mode)
    return out


@pytest.fixture()
def sources(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    folder = tmp_path / "sources"
    shutil.copytree(SEEDS, folder)
    (tmp_path / "out").mkdir()
    return folder


def test_sources_are_byte_identical_and_untouched_after_every_command(sources: Path, capsys, monkeypatch) -> None:
    for name in ("latin1.txt", "utf16-bom.txt", "frontmatter-feb30.md", "json-mixed.json", "binary.txt"):
        shutil.copy2(ARTICLES / name, sources / name)
    before = _state(sources)
    for args in (["check", "sources", "--format", "json", "--output", "out/report.json"],
                 ["check", "sources", "--format", "sarif", "--output", "out/report.sarif"],
                 ["check", "sources", "--write-baseline", "out/baseline.json"],
                 ["claims", "sources", "--format", "json", "--output", "out/claims.json"],
                 ["check", "sources", "--format", "rich"]):
        run = run_cli(args, capsys, monkeypatch, seconds=60)
        assert run.code in (0, 1), (args, run.err)
    assert _state(sources) == before
    assert sorted(p.name for p in (sources.parent / "out").iterdir()) == [
        "baseline.json", "claims.json", "report.json", "report.sarif"]


def _fail_on_replace(exc: BaseException):
    def replace(src: str, dst: str) -> None:
        raise exc
    return replace


@pytest.mark.parametrize(("option", "path"), [("--output", "out/report.json"),
                                              ("--write-baseline", "out/baseline.json")])
def test_failed_rename_leaves_the_old_file_and_no_temporary(option: str, path: str, sources: Path,
                                                            capsys, monkeypatch) -> None:
    target = sources.parent / path
    target.write_text("previous contents\n")
    monkeypatch.setattr(output.os, "replace", _fail_on_replace(OSError(28, "No space left on device")))
    run = run_cli(["check", "sources", "--format", "json", option, path], capsys, monkeypatch, seconds=60)
    assert_one_line_failure(run, path, "no space left on device".capitalize())
    assert target.read_text() == "previous contents\n"
    assert sorted(p.name for p in target.parent.iterdir()) == [target.name]


def test_interrupted_write_leaves_the_old_file_and_no_temporary(sources: Path, capsys, monkeypatch) -> None:
    target = sources.parent / "out" / "report.json"
    target.write_text("previous contents\n")
    monkeypatch.setattr(output.os, "replace", _fail_on_replace(KeyboardInterrupt()))
    run = run_cli(["check", "sources", "--format", "json", "--output", "out/report.json"],
                  capsys, monkeypatch, seconds=60)
    assert run.code == 130 and run.out == "", run.err
    assert target.read_text() == "previous contents\n"
    assert sorted(p.name for p in target.parent.iterdir()) == ["report.json"]


def test_interrupted_midway_through_writing(sources: Path, capsys, monkeypatch) -> None:
    """Stopped after part of the text is written (fsync never returns): the target is untouched."""
    target = sources.parent / "out" / "report.json"

    def stop(fd: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(output.os, "fsync", stop)
    run = run_cli(["check", "sources", "--format", "json", "--output", "out/report.json"],
                  capsys, monkeypatch, seconds=60)
    assert run.code == 130
    assert not target.exists()
    assert list(target.parent.iterdir()) == []


def test_successful_write_is_complete_json(sources: Path, capsys, monkeypatch) -> None:
    run = run_cli(["check", "sources", "--format", "json", "--output", "out/report.json"],
                  capsys, monkeypatch, seconds=60)
    assert run.code in (0, 1) and run.out == ""
    report = json.loads((sources.parent / "out" / "report.json").read_text())
    assert report["schema"] == "crosscheck.report/1"
    assert len(report["sources"]) == 2


def test_output_into_a_missing_folder_is_one_line(sources: Path, capsys, monkeypatch) -> None:
    run = run_cli(["check", "sources", "--format", "json", "--output", "nowhere/report.json"],
                  capsys, monkeypatch, seconds=60)
    assert_one_line_failure(run, "nowhere/report.json", "does not exist")
    assert not Path("nowhere").exists()


def test_output_onto_a_source_file_is_never_a_partial_write(sources: Path, capsys, monkeypatch) -> None:
    """Even pointed at a folder, --output cannot leave a temporary file or change the folder."""
    before = _state(sources)
    run = run_cli(["check", "sources", "--format", "json", "--output", "sources"], capsys, monkeypatch, seconds=60)
    assert run.code == 2 and len(run.err_lines) == 1, run.err
    assert _state(sources) == before
    assert os.path.isdir("sources")
