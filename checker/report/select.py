"""Which findings are reported, applied after compare and before rendering, in this order:
`select`/`ignore` by rule code or prefix (as ruff does), inline suppression comments in the sources
(checker/report/suppress.py), then the baseline (checker/report/baseline.py)."""
from __future__ import annotations

from typing import Callable

from checker.models import Document, Finding
from checker.options import Options
from checker.report.baseline import new_findings, read_baseline
from checker.report.suppress import apply_suppressions


def chosen(code: str, options: Options) -> bool:
    sel = not options.select or any(code.startswith(p) for p in options.select)
    ign = any(code.startswith(p) for p in options.ignore)
    return sel and not ign


def select_findings(findings: list[Finding], options: Options, docs: list[Document] | None = None,
                    warn: Callable[[str], None] | None = None) -> list[Finding]:
    """`docs` carry the source texts the suppression comments are read from; without them (a caller
    holding only findings) inline suppressions are not applied."""
    kept = [f for f in findings if chosen(f.rule, options)]
    if docs is not None:
        kept = apply_suppressions(kept, docs, warn)
    if options.baseline:
        kept = new_findings(kept, read_baseline(options.baseline))
    return kept
