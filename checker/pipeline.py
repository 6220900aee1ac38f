"""The library API: ingest -> extract -> normalize -> align -> compare -> report, composed in one place.

Nothing here prints or reads the clock; the command line and the tests both call these functions.
"""
from __future__ import annotations

import bisect
import gc
from contextlib import contextmanager
from typing import Callable, Iterator

from checker.align import align
from checker.compare import compare
from checker.errors import InputError
from checker.extract import extract
from checker.extract.sentences import split_sentences
from checker.ingest import discover, read_sources
from checker.models import Claim, Document, Report, SourceSummary, Summary
from checker.normalize import normalize
from checker.normalize.anchors import resolve_cross_source_anchors
from checker.options import Options
from checker.parallel import map_documents, worker_count
from checker.report.select import select_findings
from checker.rulepack import RulePack, load_rules

Warn = Callable[[str], None]
Progress = Callable[[int, int], None]


def load_documents(paths: list[str], options: Options, rules: RulePack, warn: Warn) -> list[Document]:
    """Ingest: every supported file under the paths, read, decoded, furniture marked, split."""
    files = discover(paths)
    if not files:
        raise InputError(f"no supported files (.txt .md .markdown .html .htm .json .jsonl) in {' '.join(paths)}")
    sources = read_sources(files, options.published, rules, warn)
    return [split_sentences(s) for s in sources]


def claims_of(doc: Document, rules: RulePack, options: Options) -> list[Claim]:
    """Extract and normalize one document: independent of every other document."""
    claims = normalize(doc, extract(doc, rules, options), rules)
    _locate(doc, claims)
    return claims


def collect_claims(docs: list[Document], rules: RulePack, options: Options,
                   progress: Progress | None = None) -> list[list[Claim]]:
    """`progress(done, total)` is called after each document (the CLI draws a progress bar with it).
    Documents are read on `options.jobs` processes (checker/parallel.py); results keep document order,
    so the report does not depend on the number of jobs."""
    per_doc: list[list[Claim]] = []
    workers = worker_count(options.jobs, len(docs))
    for done, claims in enumerate(map_documents(_claims_task, docs, (rules, options), workers), 1):
        per_doc.append(claims)
        if progress is not None:
            progress(done, len(docs))
    resolve_cross_source_anchors(docs, per_doc, rules)
    return per_doc


def _claims_task(doc: Document, shared: tuple[RulePack, Options]) -> list[Claim]:
    return claims_of(doc, *shared)


def check(paths: list[str], options: Options | None = None, warn: Warn | None = None,
          rules: RulePack | None = None, progress: Progress | None = None) -> Report:
    """Run the whole pipeline on paths and return the report (findings filtered by select/ignore,
    inline suppressions and the baseline: see checker/report/select.py)."""
    options = options or Options()
    warnings: list[str] = []

    def _warn(msg: str) -> None:
        warnings.append(msg)
        if warn is not None:
            warn(msg)

    rules = rules or load_rules(options.rules)
    with _no_cycle_collection():
        docs = load_documents(paths, options, rules, _warn)
        per_doc = collect_claims(docs, rules, options, progress)
        alignment = align(docs, per_doc, rules)
        findings = select_findings(compare(alignment, docs, per_doc, rules), options, docs, _warn)
    claims = [c for cs in per_doc for c in cs]
    return Report(
        sources=[_summary(d) for d in docs], findings=findings, facts=alignment.facts, claims=claims,
        summary=Summary(sources=len(docs), claims=len(claims), facts=len(alignment.facts),
                        findings=len(findings),
                        errors=sum(f.severity == "error" for f in findings),
                        warnings=sum(f.severity == "warning" for f in findings),
                        infos=sum(f.severity == "info" for f in findings)),
        warnings=warnings,
    )


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Pause Python's cycle collector for one run. A corpus holds millions of long-lived objects
    (sentences, mentions, claims, links) that form no reference cycles, and each full collection
    walks all of them again: on 10,000 articles that made extraction and alignment grow faster than
    the corpus. Reference counting still frees everything else; the collector resumes afterwards."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _summary(doc: Document) -> SourceSummary:
    s = doc.source
    return SourceSummary(path=s.path, title=s.title, outlet=s.outlet,
                         published=s.published.isoformat() if s.published else None,
                         published_from=s.published_from, published_evidence=s.published_evidence,
                         notes=s.notes)


def _locate(doc: Document, claims: list[Claim]) -> None:
    """1-based line and column of each claim, from one index of line starts per document."""
    text = doc.source.text
    starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"] if claims else [0]
    for c in claims:
        line = bisect.bisect_right(starts, c.start)
        c.line, c.column = line, c.start - starts[line - 1] + 1
