"""Configuration files: `[tool.crosscheck]` in pyproject.toml, or a crosscheck.toml.

The nearest file from the current folder upwards wins (in one folder, crosscheck.toml before
pyproject.toml; a pyproject.toml without a `[tool.crosscheck]` table is passed over, as ruff does).
`--config FILE` names one, `--isolated` ignores them all. Paths in a config file are relative to the
file, so a newsroom repository behaves the same from any sub-folder. Command-line flags override config
values key by key (a list given on the command line replaces the configured list).

Every key is validated here, with the file and the key in the one-line error, because a config
mistake found after a long run, or silently ignored, is worse than one found at once.
"""
from __future__ import annotations

import difflib
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable

from checker.sidefile import read_side_file
from checker.errors import ConfigError
from checker.options import FORMATS, STORY_MODES, Options
from checker.rulepack import KnownDate, RulePack, _load_file, load_rules

CONFIG_FILES = ("crosscheck.toml", "pyproject.toml")


@dataclass
class Resolved:
    """The options of a run and, for each option, where its value came from (for error messages)."""

    options: Options
    config_file: Path | None = None
    origins: dict[str, str] = field(default_factory=dict)


# --- finding and reading a config file -----------------------------------------------------------

def find_config(start: Path) -> Path | None:
    """The nearest config file in `start` or a folder above it, or None."""
    for folder in [start, *start.parents]:
        for name in CONFIG_FILES:
            candidate = folder / name
            if candidate.is_file() and (name != "pyproject.toml" or _has_tool_table(candidate)):
                return candidate
    return None


_OUR_TABLE = re.compile(r"^\s*\[\s*tool\s*\.\s*crosscheck\s*[\].]", re.MULTILINE)


def _has_tool_table(pyproject: Path) -> bool:
    """Does this pyproject.toml configure crosscheck? A broken file without our table is someone
    else's to judge; a broken file that holds it must not silently lose the configuration."""
    try:
        text = read_side_file(pyproject)
    except (OSError, UnicodeDecodeError):
        return False
    try:
        data = tomllib.loads(text)
    except (tomllib.TOMLDecodeError, RecursionError, ValueError) as exc:
        if _OUR_TABLE.search(text):
            raise ConfigError(f"{pyproject}: holds [tool.crosscheck] but is not valid TOML: {exc}") from None
        return False
    return isinstance(data.get("tool"), dict) and "crosscheck" in data["tool"]


def read_config(path: Path) -> tuple[dict[str, Any], dict[str, str]]:
    """Options fields set by the file, and for each field a description of where it was set."""
    try:
        data = tomllib.loads(read_side_file(path))
    except FileNotFoundError:
        raise ConfigError(f"{path}: config file not found") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read config file: {getattr(exc, 'strerror', None) or exc}") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    except RecursionError:
        raise ConfigError(f"{path}: nested too deeply to be a config file") from None
    if path.name == "pyproject.toml":
        table = data.get("tool", {}).get("crosscheck") if isinstance(data.get("tool"), dict) else None
        if table is None:
            raise ConfigError(f"{path}: no [tool.crosscheck] table")
        where = "[tool.crosscheck]"
    else:
        table, where = data, "top level"
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.crosscheck] must be a table")
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    for key, value in table.items():
        if key not in _KEYS:
            raise ConfigError(f"{path}: unknown key {key!r} ({where}){_did_you_mean(key)}")
        name, parse = _KEYS[key]
        values[name] = parse(value, _Where(path, key))
        origins[name] = f"{path}: {key}"
    return values, origins


@dataclass
class _Where:
    path: Path
    key: str

    def fail(self, expected: str, value: Any) -> ConfigError:
        return ConfigError(f"{self.path}: {self.key} must be {expected}, not {value!r}")

    def relative(self, item: str) -> str:
        """A path from the config file, made relative to the file's folder."""
        p = Path(item).expanduser()
        return str(p if p.is_absolute() else self.path.parent / p)


def _string_list(value: Any, where: _Where) -> list[str]:
    if isinstance(value, str):  # a single value is a list of one; "DT, NM" is split like the CLI
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise where.fail("a list of strings", value)
    return [part.strip() for v in value for part in v.split(",") if part.strip()]


def _paths(value: Any, where: _Where) -> list[str]:
    return [where.relative(v) for v in _string_list(value, where)]


def _choice(choices: tuple[str, ...]) -> Callable[[Any, _Where], str]:
    def parse(value: Any, where: _Where) -> str:
        if value not in choices:
            raise where.fail("one of " + ", ".join(choices), value)
        return str(value)
    return parse


def _bool(value: Any, where: _Where) -> bool:
    if not isinstance(value, bool):
        raise where.fail("true or false", value)
    return value


def _path(value: Any, where: _Where) -> str:
    if not isinstance(value, str) or not value:
        raise where.fail("a file path", value)
    return where.relative(value)


def _tolerances(value: Any, where: _Where) -> dict[str, float]:
    """`[tool.crosscheck.tolerances]` maps a tolerance id (rules/tolerances.yaml) to a new `relative`
    width, e.g. `about = 0.15` lets "about 100" cover 85 to 115."""
    if not isinstance(value, dict):
        raise where.fail("a table of tolerance id = relative width (0 to 1)", value)
    out: dict[str, float] = {}
    for tid, rel in value.items():
        if isinstance(rel, bool) or not isinstance(rel, (int, float)) or not 0 <= rel <= 1:
            raise ConfigError(f"{where.path}: tolerances.{tid} must be a number from 0 to 1, not {rel!r}")
        out[str(tid)] = float(rel)
    return out


_KEYS: dict[str, tuple[str, Callable[[Any, _Where], Any]]] = {
    "select": ("select", _string_list),
    "ignore": ("ignore", _string_list),
    "fail-on": ("fail_on", _choice(("error", "warning", "never"))),
    "format": ("format", _choice(FORMATS)),
    "day-first": ("day_first", _bool),
    "rules": ("rules", _paths),
    "known-dates": ("known_dates", _paths),
    "tolerances": ("tolerances", _tolerances),
    "baseline": ("baseline", _path),
    "stories": ("stories", _choice(STORY_MODES)),
    "align": ("align", _choice(("frames", "weighed"))),
}


def _did_you_mean(key: str) -> str:
    close = difflib.get_close_matches(key.replace("_", "-"), list(_KEYS), n=1, cutoff=0.6)
    known = ", ".join(_KEYS)
    return f"; did you mean {close[0]!r}?" if close else f"; known keys: {known}"


# --- putting the options of a run together -----------------------------------------------------

def resolve_options(cli: dict[str, Any], *, config: str | None = None, isolated: bool = False,
                    cwd: Path | None = None) -> Resolved:
    """Config-file values, overridden by the command-line values given (`cli` holds only those, keyed
    by Options field; its origins are the flag names, e.g. "--select")."""
    values: dict[str, Any] = {}
    origins: dict[str, str] = {}
    path: Path | None = None
    if config is not None and isolated:
        raise ConfigError("--config and --isolated cannot be used together")
    if config is not None:
        path = Path(config)
    elif not isolated:
        path = find_config((cwd or Path.cwd()).resolve())
    if path is not None:
        values, origins = read_config(path)
    for name, value in cli.items():
        values[name] = value
        origins[name] = "--" + name.replace("_", "-")
    try:
        options = Options(**values)
    except Exception as exc:  # pydantic: a value the parsers above let through but Options refuses
        raise ConfigError(f"{path or 'options'}: {exc}") from None
    return Resolved(options=options, config_file=path, origins=origins)


def prepare_rules(resolved: Resolved) -> tuple[Options, RulePack]:
    """Load the rule pack the options ask for (extra folders, known-dates files, tolerance overrides)
    and check that every selected or ignored code names a check in it. Returns the options with
    `select`/`ignore` as codes (check names given there are turned into their codes)."""
    options = resolved.options
    pack = load_rules(options.rules)
    _add_known_dates(pack, options.known_dates)
    _override_tolerances(pack, options.tolerances, resolved.origins.get("tolerances", "tolerances"))
    select = _codes(pack, options.select, resolved.origins.get("select", "select"))
    ignore = _codes(pack, options.ignore, resolved.origins.get("ignore", "ignore"))
    return options.model_copy(update={"select": select, "ignore": ignore}), pack


def _add_known_dates(pack: RulePack, files: list[str]) -> None:
    by_id = {k.id: k for k in pack.known_dates}
    for file in files:
        for section, rule in _load_file(Path(file)):
            if section != "known_dates" or not isinstance(rule, KnownDate):
                raise ConfigError(f"{file}: a known-dates file holds a known_dates section, not {section}")
            by_id[rule.id] = rule
            pack.origins[f"known_dates:{rule.id}"] = file
    pack.known_dates = list(by_id.values())


def _override_tolerances(pack: RulePack, overrides: dict[str, float], origin: str) -> None:
    known = {t.id: i for i, t in enumerate(pack.tolerances)}
    for tid, relative in overrides.items():
        if tid not in known:
            names = ", ".join(sorted(known)) or "none defined"
            raise ConfigError(f"{origin}: no tolerance with id {tid!r} (known: {names})")
        i = known[tid]
        pack.tolerances[i] = pack.tolerances[i].model_copy(update={"relative": relative})


def _codes(pack: RulePack, items: list[str], origin: str) -> list[str]:
    """Codes or code prefixes (case-insensitive), or check names; each must match a known check."""
    out: list[str] = []
    codes = [c.id for c in pack.checks]
    names = {c.name: c.id for c in pack.checks}
    for item in items:
        if item in names:
            out.append(names[item])
            continue
        prefix = item.upper()
        if not any(code.startswith(prefix) for code in codes):
            raise ConfigError(f"{origin}: {item!r} matches no check code or name; "
                              "`crosscheck rules` lists them")
        out.append(prefix)
    return out


def split_codes(values: list[str]) -> list[str]:
    """`--select DT,NM --select QT001` -> ["DT", "NM", "QT001"]."""
    return [part.strip() for v in values for part in v.split(",") if part.strip()]


__all__ = ["Resolved", "find_config", "read_config", "resolve_options", "prepare_rules", "split_codes"]
