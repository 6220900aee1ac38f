"""Report: render a Report in the format asked for. One small module per format, registered here."""
from __future__ import annotations

from typing import Callable

from checker.models import Report
from checker.report.json_report import render_claims_json, render_json
from checker.report.terminal import render_claims_rich, render_rich
from checker.rulepack import RulePack

Renderer = Callable[[Report, RulePack, bool], str]

RENDERERS: dict[str, Renderer] = {
    "rich": render_rich,
    "json": render_json,
}
CLAIM_RENDERERS: dict[str, Renderer] = {
    "rich": render_claims_rich,
    "json": render_claims_json,
}

__all__ = ["RENDERERS", "CLAIM_RENDERERS"]
