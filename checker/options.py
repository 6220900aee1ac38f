"""Run options: one home for every setting, whether it came from the command line or a config file.

checker/config.py reads `[tool.crosscheck]` (pyproject.toml) or crosscheck.toml into these fields, the
command line overrides them field by field, and every stage reads only this object.
"""
from __future__ import annotations

import datetime as dt
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

FORMATS = ("rich", "json", "sarif", "github", "markdown", "junit", "html")
Format = Literal["rich", "json", "sarif", "github", "markdown", "junit", "html"]
STORY_MODES = ("one", "folder")  # see checker/ingest/stories.py
StoryMode = Literal["one", "folder"]


class Options(BaseModel):
    model_config = ConfigDict(extra="forbid")

    published: dict[str, dt.date] = Field(default_factory=dict)  # path as given -> publication date
    rules: list[str] = Field(default_factory=list)  # extra rule folders, merged over the built-in pack
    day_first: bool = True  # "09/01/2025" is 9 January (news outside the US); false: 1 September
    fail_on: Literal["error", "warning", "never"] = "error"
    select: list[str] = Field(default_factory=list)  # rule codes or prefixes to report; empty = all
    ignore: list[str] = Field(default_factory=list)
    # "one": everything given is one story (the contract); "folder": each folder of articles is a
    # story, checked on its own (checker/ingest/stories.py)
    stories: StoryMode = "one"
    # which aligner links claims into facts (checker/align/__init__.py): "frames" (the default) or the
    # evidence-weighed "weighed"
    align: Literal["frames", "weighed"] = "frames"
    jobs: int = Field(default=0, ge=0)  # processes for the per-article stages; 0 = all cores for large inputs
    format: Format = "rich"
    known_dates: list[str] = Field(default_factory=list)  # extra YAML files with a `known_dates` section
    tolerances: dict[str, float] = Field(default_factory=dict)  # tolerance id -> new `relative` value
    baseline: str | None = None  # JSON file of accepted findings: only findings not in it are reported
    suppressions: bool = True  # honour <!-- crosscheck-disable --> comments in the sources
