"""The rule pack: everything a newsroom tunes, read from YAML and validated by pydantic.

A rule pack is a folder of YAML files. Each file holds one section (its top-level key says which:
`checks`, `frames`, `aliases`, `titles`, `tolerances`, `known_dates`, `furniture`), and every entry has
an `id`, a short `description` and `examples` that the test suite runs. Extra packs given with
`--rules DIR` are merged over the built-in one: an entry with the same id replaces the built-in entry.
"""
from __future__ import annotations

import datetime as dt
import re
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from checker.sidefile import read_side_file
from checker.errors import RuleError
from checker.models import ClaimKind, Severity
from checker.userregex import UserPattern, compile_user_pattern

MAX_RULE_FILE_BYTES = 5 * 1024 * 1024  # a rule file is hand-written; anything larger is a mistake
# libyaml's safe loader when PyYAML was built with it: the same documents, five times faster to read,
# which is most of a small run's start-up (the pure-Python safe loader otherwise).
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Rule(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str = Field(min_length=1)
    description: str = Field(min_length=1)


# --- checks: the finding codes users select, ignore and look up with `crosscheck explain` ------------

class CheckExample(BaseModel):
    """A small multi-source case: the sources' texts (name -> text, optional `published` dates)."""

    model_config = ConfigDict(extra="forbid")

    sources: dict[str, str]
    published: dict[str, dt.date] = Field(default_factory=dict)


class CheckExamples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    passing: list[CheckExample] = Field(min_length=1, alias="pass")
    failing: list[CheckExample] = Field(min_length=1, alias="fail")


class Check(_Rule):
    """One kind of finding. `id` is its code (DT001); `name` its slug (date-mismatch)."""

    name: str = Field(pattern=r"^[a-z][a-z0-9-]*$")
    kind: ClaimKind
    severity: Severity
    scope: Literal["across-sources", "within-source"] = "across-sources"
    why: str = Field(min_length=1)
    examples: CheckExamples

    @field_validator("id")
    @classmethod
    def _code(cls, v: str) -> str:
        if not re.fullmatch(r"[A-Z]{2}\d{3}", v):
            raise ValueError("a check code is two capital letters and three digits, like DT001")
        return v


# --- frames: what a fact is ---------------------------------------------------------------------------

class FrameExamples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    match: list[str] = Field(min_length=1)
    no_match: list[str] = Field(default_factory=list)


# Inflections a trigger stem may take: "sign" matches "signs", "signed", "signing"; "evacuat" matches
# "evacuate", "evacuation"; but "visit" does not match "visitors" nor "profit" "profitable".
_INFLECTIONS = r"(?:s|es|e|ed|d|ing|ings|ion|ions|ment|ments|ies|ied|y|zed|sed|zation|sation|re|al)?"


_WORD_START = re.compile(r"\b\w{1,3}")


def word_starts(lowered: str) -> frozenset[str]:
    """The first one, two and three characters of every word of a text: what Frame.prefixes is
    checked against."""
    return frozenset(w[:n] for w in _WORD_START.findall(lowered) for n in (1, 2, 3))


class Frame(_Rule):
    """An event or measure: the words that identify it ("signed", "pact") and its plain-words label.

    `triggers` are word stems matched at word starts ("sign" matches "signing", "signed"); `excludes`
    are phrases that veto a trigger: the words they cover ("according" is not "accord") or, when they
    are other words ("scrubbed" for a launch), the frame within 30 characters of them. Two claims can only be the same fact
    when they share a frame or neither has one.
    """

    label: str
    triggers: list[str] = Field(min_length=1)
    excludes: list[str] = Field(default_factory=list)
    kinds: list[ClaimKind] = Field(default_factory=list)  # claim kinds it applies to; empty = all
    # a figure that changes as a story develops (a toll, the injured, the missing): two reports of
    # unknown timing may both have been right when written
    develops: bool = False
    examples: FrameExamples

    @cached_property
    def pattern(self) -> re.Pattern[str]:
        words = sorted((re.escape(t.lower()) for t in self.triggers), key=len, reverse=True)
        return re.compile(r"\b(?:" + "|".join(words) + r")" + _INFLECTIONS + r"\b")

    @cached_property
    def exclude_pattern(self) -> re.Pattern[str] | None:
        if not self.excludes:
            return None
        return re.compile(r"\b(?:" + "|".join(re.escape(e.lower()) for e in self.excludes) + r")\b")

    @cached_property
    def prefixes(self) -> frozenset[str] | None:
        """The first (up to) three letters of each trigger: a sentence with no word starting so cannot
        hold a trigger, and checking that is cheaper than a search per frame. None when a trigger
        starts with a non-word character (then the frame is always searched)."""
        if any(not re.match(r"\w", t) for t in self.triggers):
            return None
        return frozenset(re.match(r"\w{1,3}", t.lower()).group() for t in self.triggers)  # type: ignore[union-attr]

    def hits(self, lowered: str, starts: frozenset[str] | None = None) -> list[tuple[int, int]]:
        """Where the frame's triggers stand in a lowercased text, less those its excludes veto.
        `starts` (word_starts of the text, computed once for all frames) skips the search when no word
        of the text starts like a trigger."""
        if starts is not None and self.prefixes is not None and self.prefixes.isdisjoint(starts):
            return []
        return [h.span() for h in self.pattern.finditer(lowered) if not self.vetoes(lowered, *h.span())]

    def matches(self, lowered: str) -> bool:
        """The same test extraction applies (prefix gate included): rule examples run through it."""
        return bool(self.hits(lowered, word_starts(lowered)))

    def vetoes(self, lowered: str, start: int, end: int) -> bool:
        """An exclude that is a longer reading of trigger words ("according" for "accord", "signs of"
        for "sign") vetoes only the words it covers, so "signed the pact, according to officials"
        keeps its signing; an exclude that is another word ("scrubbed" for a launch) vetoes the frame
        within 30 characters of it."""
        if self.exclude_pattern is None:
            return False
        for x in self.exclude_pattern.finditer(lowered, max(0, start - 30), end + 30):
            if (x.start() < end and start < x.end()) or not self.pattern.search(x.group()):
                return True
        return False


# --- aliases: which names name the same entity --------------------------------------------------------

class AliasExamples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    same: list[list[str]] = Field(min_length=1)


class Alias(_Rule):
    canonical: str
    names: list[str] = Field(min_length=1)
    type: Literal["person", "place", "organization", "other"] = "other"
    examples: AliasExamples


# --- titles: roles of people, with the words that mean the same role ----------------------------------

class TitleExamples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    same: list[list[str]] = Field(default_factory=list)
    different: list[list[str]] = Field(default_factory=list)


class Title(_Rule):
    """A role. All `forms` mean the same role. Roles in one `group` exclude each other for one person
    (two ministries, two C-suite posts); a `unique` role has one holder per organisation."""

    canonical: str
    forms: list[str] = Field(min_length=1)
    group: str
    unique: bool = False
    examples: TitleExamples


# --- tolerances: how much a hedge allows --------------------------------------------------------------

class ToleranceExamples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    agree: list[list[str]] = Field(default_factory=list)
    conflict: list[list[str]] = Field(default_factory=list)


class Tolerance(_Rule):
    """`about`-style hedges widen a figure by `relative` (0.1 = 10%); `nearly`-style ones allow
    `relative` below and nothing above. `rounding` lets a stated figure stand for any value it is a
    rounding of ("7 miles" for 7.46 miles)."""

    hedges: list[str] = Field(min_length=1)
    qualifier: Literal["about", "at-least", "more-than", "at-most", "less-than", "exact"]
    relative: float = Field(ge=0, le=1, default=0.0)
    below_only: bool = False
    examples: ToleranceExamples


# --- known dates: anchors like "the inauguration" ---------------------------------------------------

class KnownDateExamples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    resolves: dict[str, dt.date] = Field(min_length=1)


class KnownDate(_Rule):
    """A widely known dated event that articles use as an anchor ("three days before the inauguration")."""

    date: dt.date
    phrases: list[str] = Field(min_length=1)  # regular expressions (RE2) over lowercased text
    context: list[str] = Field(default_factory=list)  # words that must appear in the article too
    valid_from: dt.date | None = None  # the anchor means this date only for articles published then
    valid_until: dt.date | None = None
    examples: KnownDateExamples

    @field_validator("phrases")
    @classmethod
    def _compile(cls, v: list[str]) -> list[str]:
        for p in v:
            _check_pattern(p)
        return v

    @cached_property
    def patterns(self) -> list[UserPattern]:
        return [compile_user_pattern(p) for p in self.phrases]


# --- furniture: page chrome that is not the article -------------------------------------------------

class FurnitureExamples(BaseModel):
    model_config = ConfigDict(extra="forbid")

    match: list[str] = Field(min_length=1)
    no_match: list[str] = Field(default_factory=list)


class Furniture(_Rule):
    """A line pattern (RE2 regular expression, whole line, case-insensitive). `action` says what the line
    is: `skip` (chrome: no claims), `new-story` (what follows is another story, such as "More from")."""

    pattern: str
    action: Literal["skip", "new-story"] = "skip"
    # A line longer than this is never this furniture. Furniture is short, and bounding the whole line
    # here keeps the pattern free of bounded repeats of Unicode classes ("[\w ]{1,40}"), which RE2
    # compiles into one copy of the class per repeat: 60 ms of every run's start for one such pattern.
    max_length: int | None = Field(default=None, ge=1)
    examples: FurnitureExamples

    @field_validator("pattern")
    @classmethod
    def _valid(cls, v: str) -> str:
        # compiled as it runs (case-insensitive), so that `regex` reuses this compiled pattern
        compile_user_pattern(v, ignore_case=True)
        return v

    @cached_property
    def regex(self) -> UserPattern:
        return compile_user_pattern(self.pattern, ignore_case=True)

    def matches(self, line: str) -> bool:
        """Is this stripped line this furniture? (What ingest asks, and what the examples test.)"""
        return (self.max_length is None or len(line) <= self.max_length) and self.regex.fullmatch(line) is not None


def _check_pattern(pattern: str) -> None:
    """Rule patterns run over every line of every article, so they run on RE2, whose matching time is
    linear in the text for any pattern (see checker/userregex.py); this compiles one to refuse early
    what RE2 cannot run (back-references, look-around, programs over its memory limit)."""
    compile_user_pattern(pattern)


# --- linkage: the fitted weights of evidence that two claims are one fact (checker/align/) ----------

class LevelWeight(BaseModel):
    """One level of one comparison: how often it is seen among pairs that are one fact (m) and among
    pairs that are not (u), and its match weight log2(m/u), in the Fellegi-Sunter way."""

    model_config = ConfigDict(extra="forbid")

    m: float = Field(gt=0, le=1)
    u: float = Field(gt=0, le=1)
    weight: float
    matches: int = Field(default=0, ge=0)  # labelled pairs the figures were counted on
    non_matches: int = Field(default=0, ge=0)


class LinkExample(BaseModel):
    """Two one-line articles; the claims written `a_claim` and `b_claim` are one fact (`same: true`)
    or two (`same: false`). tests/test_rule_examples.py runs the whole pipeline on each."""

    model_config = ConfigDict(extra="forbid")

    a: str
    b: str
    a_claim: str
    b_claim: str
    same: bool


class Linkage(_Rule):
    """The evidence model of one family of claims (`id`: date, figure, place): a prior and, per
    comparison (align/evidence.py), the weight of each level. Fitted by scripts/fit_linkage.py."""

    prior: float  # log2 odds that a candidate pair is one fact, before any evidence
    link_at: float = Field(gt=0, lt=1)  # match probability from which a pair is linked
    warning_at: float = Field(gt=0, lt=1)  # a conflict on a link this sure is a warning
    error_at: float = Field(gt=0, lt=1)  # ... and from this, an error
    # dates: the weighted sentence overlap from which two dates are linked as restated (align/restated.py)
    restated_at: float | None = Field(default=None, gt=0, le=1)
    features: dict[str, dict[str, LevelWeight]]
    provenance: str = Field(min_length=1)
    examples: list[LinkExample] = Field(min_length=1)


# --- clock: words for times of day, their hedges and time zones ---------------------------------------

class ClockEntry(_Rule):
    """One entry of rules/clock.yaml: a time said in words (`minute` of the day), a hedge (`window` of
    minutes it allows before and after the time, and its contract qualifier) or a time zone (`offset`
    from UTC in minutes). `examples` map words as written to the value the checker gives."""

    kind: Literal["word", "hedge", "zone"]
    words: list[str] = Field(min_length=1)
    minute: int | None = Field(default=None, ge=0, lt=1440)
    window: tuple[int, int] | None = None
    qualifier: Literal["about", "at-least", "more-than", "at-most", "less-than"] | None = None
    offset: int | None = Field(default=None, ge=-720, le=840)
    examples: dict[str, str] = Field(min_length=1)

    @field_validator("words")
    @classmethod
    def _plain(cls, v: list[str]) -> list[str]:
        if any(not w.strip() or len(w) > 40 for w in v):
            raise ValueError("each word is a short phrase (1 to 40 characters)")
        return v

    @model_validator(mode="after")
    def _complete(self) -> "ClockEntry":
        needs = {"word": ("minute",), "hedge": ("window", "qualifier"), "zone": ("offset",)}[self.kind]
        missing = [f for f in needs if getattr(self, f) is None]
        if missing:
            raise ValueError(f"a {self.kind} entry needs {', '.join(missing)}")
        if self.window is not None and not self.window[0] <= 0 <= self.window[1]:
            raise ValueError("window is [minutes before, minutes after]: before <= 0 <= after")
        return self


SECTIONS: dict[str, type[_Rule]] = {
    "checks": Check, "frames": Frame, "aliases": Alias, "titles": Title,
    "tolerances": Tolerance, "known_dates": KnownDate, "furniture": Furniture, "linkage": Linkage,
    "clock": ClockEntry,
}


class RulePack(BaseModel):
    """All sections, merged from the built-in pack and any extra packs (later packs win by id)."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    checks: list[Check] = Field(default_factory=list)
    frames: list[Frame] = Field(default_factory=list)
    aliases: list[Alias] = Field(default_factory=list)
    titles: list[Title] = Field(default_factory=list)
    tolerances: list[Tolerance] = Field(default_factory=list)
    known_dates: list[KnownDate] = Field(default_factory=list)
    furniture: list[Furniture] = Field(default_factory=list)
    linkage: list[Linkage] = Field(default_factory=list)
    clock: list[ClockEntry] = Field(default_factory=list)
    origins: dict[str, str] = Field(default_factory=dict)  # "section:id" -> file it came from

    def check(self, code: str) -> Check:
        for c in self.checks:
            if c.id == code:
                return c
        raise KeyError(code)

    def check_by_name(self, name: str) -> Check:
        for c in self.checks:
            if c.name == name:
                return c
        raise KeyError(name)


def builtin_rules_dir() -> Path:
    return Path(str(resources.files("checker.builtin_rules")))


def load_rules(extra_dirs: list[str] | None = None) -> RulePack:
    """Load the built-in pack, then each extra folder over it. Any problem raises RuleError naming
    the file and the key, so a bad rule file is one clear line, never a traceback."""
    merged: dict[str, dict[str, _Rule]] = {name: {} for name in SECTIONS}
    origins: dict[str, str] = {}
    dirs = [builtin_rules_dir()] + [Path(d) for d in (extra_dirs or [])]
    for folder in dirs:
        if folder.is_file():
            raise RuleError(f"{folder}: is a file; --rules names a folder of rule files (*.yaml)")
        if not folder.is_dir():
            raise RuleError(f"{folder}: rule folder not found")
        files = sorted(list(folder.glob("*.yaml")) + list(folder.glob("*.yml")))
        if not files and folder != dirs[0]:
            raise RuleError(f"{folder}: no rule files (*.yaml) in this folder")
        for file in files:
            for section, rule in _load_file(file):
                if rule.id in merged[section] and origins.get(f"{section}:{rule.id}", "").startswith(str(folder)):
                    raise RuleError(f"{file}: duplicate {section} id {rule.id!r} in the same rule pack")
                merged[section][rule.id] = rule
                origins[f"{section}:{rule.id}"] = str(file)
    pack = RulePack(**{name: list(rules.values()) for name, rules in merged.items()}, origins=origins)
    _cross_validate(pack)
    return pack


def _load_file(file: Path) -> list[tuple[str, _Rule]]:
    try:
        if file.stat().st_size > MAX_RULE_FILE_BYTES:
            raise RuleError(f"{file}: larger than {MAX_RULE_FILE_BYTES // (1024 * 1024)} MB; "
                            "a rule file is hand-written YAML")
        data = yaml.load(read_side_file(file, MAX_RULE_FILE_BYTES), Loader=_SAFE_LOADER)
    except OSError as exc:
        raise RuleError(f"{file}: cannot read rule file: {exc.strerror or exc}") from None
    except UnicodeDecodeError as exc:
        raise RuleError(f"{file}: not UTF-8 text (byte {exc.start})") from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise RuleError(f"{file}: not valid YAML{where}") from None
    except (ValueError, OverflowError, RecursionError) as exc:
        # PyYAML builds dates and integers itself: "2025-02-30" or a 10,000-digit number raise here.
        raise RuleError(f"{file}: a value cannot be read: {str(exc).split(';')[0]}") from None
    if not isinstance(data, dict) or len(data) != 1:
        raise RuleError(f"{file}: a rule file holds exactly one section, one of: {', '.join(SECTIONS)}")
    (section, entries), = data.items()
    if section not in SECTIONS:
        raise RuleError(f"{file}: unknown section {section!r}; expected one of: {', '.join(SECTIONS)}")
    if not isinstance(entries, list):
        raise RuleError(f"{file}: {section} must be a list of rules")
    out: list[tuple[str, _Rule]] = []
    seen: set[str] = set()
    for i, entry in enumerate(entries):
        try:
            rule = SECTIONS[section].model_validate(entry)
        except ValidationError as exc:
            err = exc.errors()[0]
            loc = ".".join(str(p) for p in err["loc"])
            ident = entry.get("id") if isinstance(entry, dict) else None
            raise RuleError(f"{file}: {section}[{i}]{f' ({ident})' if ident else ''}: "
                            f"{loc or 'entry'}: {err['msg']}") from None
        if rule.id in seen:
            raise RuleError(f"{file}: duplicate id {rule.id!r} in {section}")
        seen.add(rule.id)
        out.append((section, rule))
    return out


def _cross_validate(pack: RulePack) -> None:
    names: dict[str, str] = {}
    for c in pack.checks:
        if c.name in names and names[c.name] != c.id:
            raise RuleError(f"{pack.origins.get('checks:' + c.id)}: check name {c.name!r} is used by "
                            f"both {names[c.name]} and {c.id}")
        names[c.name] = c.id


def dump_rule(rule: BaseModel) -> dict[str, Any]:
    return rule.model_dump(mode="json", by_alias=True, exclude_none=True)
