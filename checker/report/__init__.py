"""Report: render a Report in the format asked for. One small module per format, registered here.

Every renderer has the signature `(report, rules, color) -> str` and returns the whole document, so
the CLI can write it to standard output or atomically to a file.
"""
from __future__ import annotations

from typing import Callable

from checker.models import Report
from checker.report.github import render_github
from checker.report.json_report import render_claims_json, render_json
from checker.report.junit import render_junit
from checker.report.markdown import render_markdown
from checker.report.sarif import render_sarif
from checker.report.terminal import render_claims_rich, render_rich
from checker.rulepack import RulePack

Renderer = Callable[[Report, RulePack, bool], str]

RENDERERS: dict[str, Renderer] = {
    "rich": render_rich,
    "json": render_json,
    "sarif": render_sarif,
    "github": render_github,
    "junit": render_junit,
    "markdown": render_markdown,
}
CLAIM_RENDERERS: dict[str, Renderer] = {
    "rich": render_claims_rich,
    "json": render_claims_json,
}

__all__ = ["RENDERERS", "CLAIM_RENDERERS", "Renderer"]
