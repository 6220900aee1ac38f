"""Hostile rule packs and config files: one line naming the file (and the key), exit 2; and user
patterns that would backtrack forever in Python's `re` run in linear time on RE2."""
from __future__ import annotations

import importlib.util
import re
import time
from pathlib import Path

import pytest
import yaml

from checker.errors import RuleError
from checker.rulepack import dump_rule, load_rules
from checker.userregex import compile_user_pattern
from hostile.harness import RULES, assert_one_line_failure, run_cli, time_limit

# Rule pack folder -> words the one line must contain (besides the file name).
BAD_PACKS = {
    "unknown-key": "colour: Extra inputs are not permitted",
    "wrong-type": "pattern: Input should be a valid string",
    "wrong-type-list": "furniture must be a list of rules",
    "duplicate-id": "duplicate id 'x' in furniture",
    "duplicate-across-files": "duplicate furniture id 'same' in the same rule pack",
    "lookaround": "refused by RE2",
    "backreference": "refused by RE2",
    "invalid-regex": "refused by RE2",
    "huge-repeat": "refused by RE2",
    "known-date-lookahead": "refused by RE2",
    "bad-yaml": "not valid YAML at line 3",
    "unknown-section": "unknown section 'widgets'",
    "feb30": "a value cannot be read: day is out of range for month",
    "huge-int": "a value cannot be read: Exceeds the limit (4300 digits)",
    "not-utf8": "not UTF-8 text",
    "empty-folder": "no rule files (*.yaml) in this folder",
}


def test_rule_corpus_is_complete() -> None:
    assert sorted(p.name for p in RULES.iterdir() if p.is_dir()) == sorted(set(BAD_PACKS) | {"catastrophic"})


@pytest.mark.parametrize("pack", sorted(BAD_PACKS))
def test_bad_rule_pack_is_one_line_and_exit_2(pack: str, tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Officials said 12 people were hurt.\n")
    run = run_cli(["check", "a.txt", "--rules", str(RULES / pack)], capsys, monkeypatch)
    assert_one_line_failure(run, str(RULES / pack), BAD_PACKS[pack])


def test_rule_folder_that_does_not_exist(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Officials said 12 people were hurt.\n")
    run = run_cli(["check", "a.txt", "--rules", "no-such-pack"], capsys, monkeypatch)
    assert_one_line_failure(run, "no-such-pack", "rule folder not found")


def test_bad_rule_pack_in_the_library_api_is_a_rule_error() -> None:
    with pytest.raises(RuleError, match="refused by RE2"):
        load_rules([str(RULES / "lookaround")])


CATASTROPHIC = [  # (pattern, a line on which Python's backtracking `re` takes exponential time)
    (r"(a|a)*b", "a" * 40),
    (r"(a|aa)+c", "a" * 40),
    (r"(\w+\s?)+!", "ab " * 30),
    (r"(x+x+)+y", "x" * 40),
    (r"(?:(?:\w+\s?)+)+\d", "word " * 40),
]


@pytest.mark.parametrize(("pattern", "line"), CATASTROPHIC)
def test_catastrophic_patterns_run_in_linear_time(pattern: str, line: str) -> None:
    """A hang guard, not a speed test: backtracking would need longer than the age of the universe on
    these lines, a linear engine milliseconds, so a generous limit cannot fail on a slow CI machine."""
    compiled = compile_user_pattern(pattern, ignore_case=True)
    with time_limit(30):
        for _ in range(100):
            assert compiled.fullmatch(line) is None
        assert compiled.fullmatch(line * 2_000) is None  # 80,000 characters and more


def test_those_patterns_really_are_catastrophic_for_python_re() -> None:
    """The test above cannot pass by accident: in Python's `re` the same match already takes tens of
    milliseconds on 26 characters, and 1.6 times longer with every character more (it would take
    hours on the 80,000 characters RE2 handles above)."""
    started = time.perf_counter()
    assert re.fullmatch(r"(a|aa)+c", "a" * 26) is None
    assert time.perf_counter() - started > 0.01


def test_catastrophic_pack_is_accepted_and_bounded_on_hostile_lines(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    lines = ["a" * 5_000, "ab " * 2_000, "x" * 5_000, "word " * 1_000, "Officials said 12 people were hurt."]
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n")
    run = run_cli(["claims", "page.txt", "--format", "json", "--rules", str(RULES / "catastrophic")],
                  capsys, monkeypatch, seconds=20)
    assert run.code == 0, run.err


@pytest.mark.parametrize(("pattern", "text", "matches"), [
    (r"by [A-Z][\w.\-]+", "By José", True),  # \w is Unicode, as in Python
    (r"a\sb", "a\u00a0b", True),  # \s includes the no-break space
    (r"\d+", "\u0663\u0664", True),  # Arabic-Indic digits are \d in Python
    (r"[^\d]+", "abc", True),
    (r"\W", "é", False),
    (r"x\Z", "x", True),
])
def test_user_patterns_keep_pythons_unicode_classes(pattern: str, text: str, matches: bool) -> None:
    assert (compile_user_pattern(pattern, ignore_case=True).fullmatch(text) is not None) is matches
    assert (re.fullmatch(pattern, text, re.IGNORECASE) is not None) is matches


@pytest.mark.parametrize("pattern", [r"[\W]", r"[\S]x"])
def test_negated_shorthand_inside_a_class_is_refused(pattern: str) -> None:
    with pytest.raises(ValueError, match="not supported"):
        compile_user_pattern(pattern)


def test_overlong_pattern_is_refused() -> None:
    with pytest.raises(ValueError, match="longer than 500"):
        compile_user_pattern("a" * 501)


HAS_CONFIG = importlib.util.find_spec("checker.config") is not None


@pytest.mark.skipif(not HAS_CONFIG, reason="checker/config.py (config files) is not written yet")
@pytest.mark.parametrize(("name", "body", "fragment"), [
    ("crosscheck.toml", 'colour = "red"\n', "unknown key 'colour'"),
    ("crosscheck.toml", 'fail-on = 3\n', "fail-on"),
    ("crosscheck.toml", 'fail-on = "error\n', "not valid TOML"),
    ("crosscheck.toml", 'select = [[[["DT"]]]]\n', "select"),
    ("pyproject.toml", '[tool.crosscheck]\nformat = "json"\nwidgets = 1\n', "unknown key 'widgets'"),
])
def test_bad_config_file_is_one_line_and_exit_2(name: str, body: str, fragment: str, tmp_path: Path,
                                                capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Officials said 12 people were hurt.\n")
    (tmp_path / name).write_text(body)
    run = run_cli(["check", "a.txt"], capsys, monkeypatch)  # found in the current folder
    assert_one_line_failure(run, name, fragment)
    (tmp_path / "elsewhere").mkdir()
    (tmp_path / name).rename(tmp_path / "elsewhere" / name)
    run = run_cli(["check", "a.txt", "--config", str(tmp_path / "elsewhere" / name)], capsys, monkeypatch)
    assert_one_line_failure(run, name, fragment)


@pytest.mark.skipif(not HAS_CONFIG, reason="checker/config.py (config files) is not written yet")
def test_config_file_that_is_binary(tmp_path: Path, capsys, monkeypatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("Officials said 12 people were hurt.\n")
    (tmp_path / "crosscheck.toml").write_bytes(b"\x00\xff\xfe binary")
    run = run_cli(["check", "a.txt"], capsys, monkeypatch)
    assert_one_line_failure(run, "crosscheck.toml")


def _first_check() -> dict:
    """A valid check entry (a built-in one, as its YAML would read), to copy and damage."""
    return dump_rule(load_rules().checks[0])


@pytest.mark.parametrize(("mutate", "fragment"), [
    (lambda a, b: None, "duplicate checks id"),  # the same code in two files of one pack
    (lambda a, b: b.update(id="ZZ998"), "is used by both"),  # two codes, one name
    (lambda a, b: b.update(id="DT1"), "two capital letters and three digits"),
    (lambda a, b: b.update(severity="fatal"), "severity"),
])
def test_duplicate_and_malformed_check_codes(mutate, fragment: str, tmp_path: Path) -> None:
    first, second = _first_check(), _first_check()
    first["id"] = "ZZ999"
    second["id"] = "ZZ999"
    mutate(first, second)
    (tmp_path / "a.yaml").write_text(yaml.safe_dump({"checks": [first]}))
    (tmp_path / "b.yaml").write_text(yaml.safe_dump({"checks": [second]}))
    with pytest.raises(RuleError, match=re.escape(fragment)):
        load_rules([str(tmp_path)])
