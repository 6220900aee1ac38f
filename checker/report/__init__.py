"""Report: render a Report in the format asked for. One small module per format, registered here.

Every renderer has the signature `(report, rules, color) -> str` and returns the whole document, so
the CLI can write it to standard output or atomically to a file.
"""
from __future__ import annotations

from importlib import import_module
from typing import Callable

from checker.models import Report
from checker.rulepack import RulePack

Renderer = Callable[[Report, RulePack, bool], str]


def _lazy(module: str, function: str, shown: bool = False) -> Renderer:
    """A renderer whose module is imported when it is first called: a JSON run never pays for
    importing rich (the terminal renderer), nor the terminal run for the XML of JUnit. `shown`: a
    format read by people or parsed as XML gets the report with control characters made visible
    (checker/report/visible.py); JSON and SARIF escape them themselves and keep the exact words."""
    def render(report: Report, rules: RulePack, color: bool) -> str:
        if shown:
            from checker.report.visible import visible_model

            report = visible_model(report)
        return getattr(import_module(f"checker.report.{module}"), function)(report, rules, color)  # type: ignore[no-any-return]

    render.__name__ = function
    return render


RENDERERS: dict[str, Renderer] = {
    "rich": _lazy("terminal", "render_rich", shown=True),
    "json": _lazy("json_report", "render_json"),
    "sarif": _lazy("sarif", "render_sarif"),
    "github": _lazy("github", "render_github", shown=True),
    "junit": _lazy("junit", "render_junit", shown=True),
    "markdown": _lazy("markdown", "render_markdown", shown=True),
    # escapes and shows control characters itself: the page highlights the exact words in place
    "html": _lazy("html_report", "render_html"),
}
CLAIM_RENDERERS: dict[str, Renderer] = {
    "rich": _lazy("terminal", "render_claims_rich", shown=True),
    "json": _lazy("json_report", "render_claims_json"),
}

__all__ = ["RENDERERS", "CLAIM_RENDERERS", "Renderer"]
