"""Configuration files: discovery, validation with one-line errors, and CLI precedence."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from checker.config import find_config, prepare_rules, read_config, resolve_options
from checker.errors import ConfigError, RuleError


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text), encoding="utf-8")
    return path


# --- discovery ---------------------------------------------------------------------------------

def test_nearest_config_wins_and_foreign_pyproject_is_passed_over(tmp_path: Path) -> None:
    outer = write(tmp_path / "crosscheck.toml", 'fail-on = "warning"\n')
    write(tmp_path / "desk" / "pyproject.toml", '[project]\nname = "x"\n')  # no [tool.crosscheck]
    deep = tmp_path / "desk" / "2025" / "jan"
    deep.mkdir(parents=True)
    assert find_config(deep) == outer
    inner = write(tmp_path / "desk" / "2025" / "pyproject.toml", '[tool.crosscheck]\nformat = "json"\n')
    assert find_config(deep) == inner


def test_crosscheck_toml_before_pyproject_in_one_folder(tmp_path: Path) -> None:
    write(tmp_path / "pyproject.toml", '[tool.crosscheck]\nformat = "json"\n')
    own = write(tmp_path / "crosscheck.toml", 'format = "sarif"\n')
    assert find_config(tmp_path) == own


def test_no_config_anywhere(tmp_path: Path) -> None:
    resolved = resolve_options({}, cwd=tmp_path)
    assert resolved.config_file is None and resolved.options.format == "rich"


# --- reading and validating ------------------------------------------------------------------------

def test_every_key_is_read_and_paths_are_relative_to_the_file(tmp_path: Path) -> None:
    path = write(tmp_path / "news" / "pyproject.toml", """
        [tool.crosscheck]
        select = ["DT", "NM001"]
        ignore = "QT002, AG"
        fail-on = "warning"
        format = "markdown"
        day-first = false
        rules = ["house-rules"]
        known-dates = ["dates/local.yaml"]
        baseline = "crosscheck-baseline.json"

        [tool.crosscheck.tolerances]
        about = 0.15
    """)
    values, origins = read_config(path)
    base = tmp_path / "news"
    assert values == {
        "select": ["DT", "NM001"], "ignore": ["QT002", "AG"], "fail_on": "warning", "format": "markdown",
        "day_first": False, "rules": [str(base / "house-rules")], "known_dates": [str(base / "dates/local.yaml")],
        "baseline": str(base / "crosscheck-baseline.json"), "tolerances": {"about": 0.15},
    }
    assert origins["fail_on"] == f"{path}: fail-on"


@pytest.mark.parametrize("body, message", [
    ('fail_on = "warning"', "unknown key 'fail_on' (top level); did you mean 'fail-on'?"),
    ('colour = true', "unknown key 'colour' (top level); known keys: select, ignore"),
    ('fail-on = "sometimes"', "fail-on must be one of error, warning, never, not 'sometimes'"),
    ('format = "xml"', "format must be one of rich, json, sarif, github, markdown, junit, html, not 'xml'"),
    ('day-first = "yes"', "day-first must be true or false, not 'yes'"),
    ('select = [1, 2]', "select must be a list of strings, not [1, 2]"),
    ('rules = 3', "rules must be a list of strings, not 3"),
    ('baseline = ""', "baseline must be a file path, not ''"),
    ('tolerances = 0.2', "tolerances must be a table of tolerance id = relative width (0 to 1), not 0.2"),
    ('[tolerances]\nabout = 2', "tolerances.about must be a number from 0 to 1, not 2"),
    ('[tolerances]\nabout = true', "tolerances.about must be a number from 0 to 1, not True"),
    ('fail-on = ', "not valid TOML"),
])
def test_bad_values_are_one_line_naming_file_and_key(tmp_path: Path, body: str, message: str) -> None:
    path = write(tmp_path / "crosscheck.toml", body + "\n")
    with pytest.raises(ConfigError) as info:
        read_config(path)
    text = str(info.value)
    assert text.startswith(f"{path}: ") and message in text and "\n" not in text


def test_pyproject_named_explicitly_needs_the_table(tmp_path: Path) -> None:
    path = write(tmp_path / "pyproject.toml", '[project]\nname = "x"\n')
    with pytest.raises(ConfigError, match=r"no \[tool.crosscheck\] table"):
        resolve_options({}, config=str(path))


def test_missing_config_file(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        resolve_options({}, config=str(tmp_path / "nope.toml"))


# --- precedence ------------------------------------------------------------------------------------

def test_command_line_overrides_config_key_by_key(tmp_path: Path) -> None:
    write(tmp_path / "crosscheck.toml", 'format = "json"\nfail-on = "warning"\nselect = ["DT"]\n')
    resolved = resolve_options({"format": "sarif", "select": ["NM"]}, cwd=tmp_path)
    assert (resolved.options.format, resolved.options.fail_on, resolved.options.select) == ("sarif", "warning", ["NM"])
    assert resolved.origins["format"] == "--format"


def test_isolated_ignores_config_and_conflicts_with_config(tmp_path: Path) -> None:
    write(tmp_path / "crosscheck.toml", "this is = not toml = at all\n")
    assert resolve_options({}, isolated=True, cwd=tmp_path).options.fail_on == "error"
    with pytest.raises(ConfigError, match="cannot be used together"):
        resolve_options({}, config=str(tmp_path / "crosscheck.toml"), isolated=True)


# --- rule-pack options -----------------------------------------------------------------------------

def test_select_and_ignore_take_codes_prefixes_and_names(tmp_path: Path) -> None:
    options, _ = prepare_rules(resolve_options({"select": ["dt", "number-mismatch"], "ignore": ["DT002"]},
                                               cwd=tmp_path))
    assert options.select == ["DT", "NM001"] and options.ignore == ["DT002"]


@pytest.mark.parametrize("field", ["select", "ignore"])
def test_a_code_matching_no_check_is_an_error_naming_its_origin(tmp_path: Path, field: str) -> None:
    path = write(tmp_path / "crosscheck.toml", f'{field} = ["DT", "ZZ9"]\n')
    with pytest.raises(ConfigError, match=f"^{path}: {field}: 'ZZ9' matches no check"):
        prepare_rules(resolve_options({}, cwd=tmp_path))
    with pytest.raises(ConfigError, match=f"^--{field}: 'XY' matches no check"):
        prepare_rules(resolve_options({field: ["XY"]}, cwd=tmp_path))


TOLERANCE = """
tolerances:
  - id: test-roughly
    description: "roughly widens a figure by 5%"
    hedges: [roughly]
    qualifier: about
    relative: 0.05
    examples:
      agree: [["roughly 100", "104"]]
"""


def test_tolerance_override_replaces_the_relative_width(tmp_path: Path) -> None:
    write(tmp_path / "house" / "tolerances.yaml", TOLERANCE)
    write(tmp_path / "crosscheck.toml", 'rules = ["house"]\n[tolerances]\ntest-roughly = 0.2\n')
    _, pack = prepare_rules(resolve_options({}, cwd=tmp_path))
    assert next(t for t in pack.tolerances if t.id == "test-roughly").relative == 0.2


def test_unknown_tolerance_id_is_an_error(tmp_path: Path) -> None:
    path = write(tmp_path / "crosscheck.toml", '[tolerances]\nno-such-hedge = 0.2\n')
    with pytest.raises(ConfigError, match=f"^{path}: tolerances: no tolerance with id 'no-such-hedge'"):
        prepare_rules(resolve_options({}, cwd=tmp_path))


KNOWN_DATE = """
known_dates:
  - id: test-harbour-festival-2025
    description: "The Harbour Festival of 2025"
    date: 2025-08-02
    phrases: ['harbour festival']
    examples:
      resolves: {"two days after the harbour festival": 2025-08-04}
"""


def test_known_dates_files_are_added_to_the_pack(tmp_path: Path) -> None:
    write(tmp_path / "dates" / "local.yaml", KNOWN_DATE)
    write(tmp_path / "crosscheck.toml", 'known-dates = ["dates/local.yaml"]\n')
    _, pack = prepare_rules(resolve_options({}, cwd=tmp_path))
    assert any(k.id == "test-harbour-festival-2025" for k in pack.known_dates)


def test_known_dates_file_with_another_section_or_missing(tmp_path: Path) -> None:
    write(tmp_path / "dates.yaml", TOLERANCE)
    with pytest.raises(ConfigError, match="holds a known_dates section, not tolerances"):
        prepare_rules(resolve_options({"known_dates": [str(tmp_path / "dates.yaml")]}, isolated=True))
    with pytest.raises(RuleError, match="cannot read rule file"):
        prepare_rules(resolve_options({"known_dates": [str(tmp_path / "none.yaml")]}, isolated=True))
