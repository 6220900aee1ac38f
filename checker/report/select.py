"""Which findings are reported: `select` and `ignore` by rule code or prefix, as ruff does."""
from __future__ import annotations

from checker.models import Finding
from checker.options import Options


def select_findings(findings: list[Finding], options: Options) -> list[Finding]:
    def chosen(code: str) -> bool:
        sel = not options.select or any(code.startswith(p) for p in options.select)
        ign = any(code.startswith(p) for p in options.ignore)
        return sel and not ign

    return [f for f in findings if chosen(f.rule)]
