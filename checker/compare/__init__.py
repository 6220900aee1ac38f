"""Compare: flag where the sources cannot all be right, and where one source contradicts itself."""
from __future__ import annotations

from checker.compare.across import across_sources
from checker.compare.name_words import check_name_words
from checker.compare.names import check_name_spellings, reported_words
from checker.compare.within_dates import check_dates_within
from checker.compare.within_numbers import check_numbers_within
from checker.models import SEVERITY_RANK, Alignment, Claim, Document, Finding
from checker.rulepack import RulePack


def compare(alignment: Alignment, docs: list[Document], per_doc: list[list[Claim]], rules: RulePack) -> list[Finding]:
    names = check_name_spellings(per_doc, rules)
    findings = across_sources(alignment, docs, rules) + names + check_name_words(docs, rules, reported_words(names))
    for doc, claims in zip(docs, per_doc):
        findings += check_dates_within(doc, claims, rules)
        findings += check_numbers_within(doc, claims, rules)
    return sort_findings(findings)


def sort_findings(findings: list[Finding]) -> list[Finding]:
    """Errors first, then by check code and where the claims are: the report's order, whatever the
    order the checks ran in (or the stories were checked in)."""
    return sorted(findings, key=lambda f: (-SEVERITY_RANK[f.severity], f.rule,
                                           [(c.source, c.start) for c in f.claims]))
