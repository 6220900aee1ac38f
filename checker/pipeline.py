"""The library API: ingest -> extract -> normalize -> align -> compare -> report, composed in one place.

Nothing here prints or reads the clock; the command line and the tests both call these functions.
"""
from __future__ import annotations

import gc
from contextlib import contextmanager
from typing import Callable, Iterator

from checker.align import align
from checker.compare import compare, sort_findings
from checker.errors import InputError
from checker.extract import extract
from checker.extract.sentences import split_sentences
from checker.ingest import discover, read_sources
from checker.ingest.stories import File, group_stories
from checker.ingest.digits import fold_digits
from checker.ingest.read import unmatched_published
from checker.models import Claim, Document, Fact, Report, Source, SourceSummary, Summary
from checker.normalize import OUT_OF_RANGE, normalize
from checker.normalize.anchors import resolve_cross_source_anchors
from checker.options import Options
from checker.parallel import map_documents, worker_count
from checker.report.baseline import new_findings, read_baseline
from checker.report.select import select_findings
from checker.rulepack import RulePack, load_rules

Warn = Callable[[str], None]
Progress = Callable[[int, int], None]


def load_documents(paths: list[str], options: Options, rules: RulePack, warn: Warn) -> list[Document]:
    """Ingest: every supported file under the paths, read, decoded, furniture marked, split."""
    return _documents(_discover(paths), options, rules, warn)


def _discover(paths: list[str]) -> list[File]:
    files = discover(paths)
    if not files:
        raise InputError(f"no supported files (.txt .md .markdown .html .htm .json .jsonl) in {' '.join(paths)}")
    return files


def _documents(files: list[File], options: Options, rules: RulePack, warn: Warn) -> list[Document]:
    sources = [_folded(s) for s in read_sources(files, options.published, rules, warn)]
    return [split_sentences(s) for s in sources]


def _folded(source: Source) -> Source:
    """Full-width digits and thin-space digit groups read as figures (checker/ingest/digits.py)."""
    folded = fold_digits(source.text)
    if folded is source.text:
        return source
    return source.model_copy(update={"text": folded, "original_text": source.text})


def claims_of(doc: Document, rules: RulePack, options: Options) -> list[Claim]:
    """Extract and normalize one document: independent of every other document."""
    return normalize(doc, extract(doc, rules, options), rules)


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
          rules: RulePack | None = None, progress: Progress | None = None, detail: bool = True,
          texts: bool = False) -> Report:
    """Run the whole pipeline on paths and return the report (findings filtered by select/ignore,
    inline suppressions and the baseline: see checker/report/select.py).

    The files are grouped into stories (checker/ingest/stories.py) and each story is checked on its
    own. One story (the default) has its articles read on `options.jobs` processes; several stories
    are each checked whole on one of the processes, and only their findings and counts come back, so
    the memory of a run is that of its largest story. `detail=False` leaves the report's `facts` and
    `claims` empty (only the JUnit report and `crosscheck claims` read them); `texts=True` keeps each
    source's whole text on its summary (the HTML report shows the articles side by side)."""
    options = options or Options()
    rules = rules or load_rules(options.rules)
    files = _discover(paths)
    for path in unmatched_published(options.published, files):
        (warn or _ignore)(f"--published {path}: no such file in this run; the date was not used")
    stories = group_stories(files, options.stories)
    if len(stories) <= 1:
        with _no_cycle_collection():
            report = check_story(files, options, rules, warn or _ignore, progress, detail, texts)
    else:
        report = _check_stories(stories, options, rules, warn or _ignore, progress, detail, texts)
    if options.baseline:
        report.findings = new_findings(report.findings, read_baseline(options.baseline))
        _count_findings(report)
    return report


def check_story(files: list[File], options: Options, rules: RulePack, warn: Warn,
                progress: Progress | None = None, detail: bool = True, texts: bool = False) -> Report:
    """Ingest, extract, normalize, align and compare the articles of one story; findings filtered by
    select/ignore and inline suppressions (the baseline is applied to the whole run, in `check`)."""
    warnings: list[str] = []

    def _warn(msg: str) -> None:
        warnings.append(msg)
        warn(msg)

    docs = _documents(files, options, rules, _warn)
    per_doc = collect_claims(docs, rules, options, progress)
    _warn_out_of_range(per_doc, _warn)
    alignment = align(docs, per_doc, rules, options.align)
    findings = select_findings(compare(alignment, docs, per_doc, rules),
                               options.model_copy(update={"baseline": None}), docs, _warn)
    n_claims = sum(len(cs) for cs in per_doc)
    report = Report(
        sources=[_summary(d, texts) for d in docs], findings=findings,
        facts=alignment.facts if detail else [],
        claims=[c for cs in per_doc for c in cs] if detail else [],
        summary=Summary(sources=len(docs), claims=n_claims, facts=len(alignment.facts), findings=0,
                        errors=0, warnings=0),
        warnings=warnings,
    )
    return _count_findings(report)


def _warn_out_of_range(per_doc: list[list[Claim]], warn: Warn) -> None:
    for claims in per_doc:
        for c in claims:
            if c.extra.get(OUT_OF_RANGE):
                warn(f"{c.source}:{c.line}:{c.column}: {c.raw!r} {c.resolution}; not checked")


def _check_stories(stories: list[list[File]], options: Options, rules: RulePack, warn: Warn,
                   progress: Progress | None, detail: bool, texts: bool = False) -> Report:
    """Each story checked whole in a worker (results in story order, whatever the number of jobs);
    the warnings of each story are given here, in story order, as it comes back."""
    total = sum(len(s) for s in stories)
    workers = worker_count(options.jobs, total)
    reports: list[Report] = []
    done = 0
    one_process = options.model_copy(update={"jobs": 1})
    for story, report in zip(stories, map_documents(_story_task, stories, (rules, one_process, detail, texts),
                                                      min(workers, len(stories)))):
        for msg in report.warnings:
            warn(msg)
        reports.append(report)
        done += len(story)
        if progress is not None:
            progress(done, total)
    return merge_reports(reports)


def _story_task(files: list[File], shared: tuple[RulePack, Options, bool, bool]) -> Report:
    rules, options, detail, texts = shared
    return check_story(files, options, rules, _ignore, None, detail, texts)


def merge_reports(reports: list[Report]) -> Report:
    """One report from the reports of several stories: sources, claims and facts in story order (fact
    keys numbered again across the run), findings in the order compare sorts them."""
    facts: list[Fact] = []
    for r in reports:
        for f in r.facts:
            facts.append(f.model_copy(update={"key": f"{f.kind}:{len(facts)}"}))
    merged = Report(
        sources=[s for r in reports for s in r.sources],
        findings=sort_findings([f for r in reports for f in r.findings]),
        facts=facts, claims=[c for r in reports for c in r.claims],
        summary=Summary(sources=sum(r.summary.sources for r in reports),
                        claims=sum(r.summary.claims for r in reports),
                        facts=sum(r.summary.facts for r in reports), findings=0, errors=0, warnings=0),
        warnings=[w for r in reports for w in r.warnings],
    )
    return _count_findings(merged)


def _count_findings(report: Report) -> Report:
    f = report.findings
    report.summary = report.summary.model_copy(update={
        "findings": len(f), "errors": sum(x.severity == "error" for x in f),
        "warnings": sum(x.severity == "warning" for x in f), "infos": sum(x.severity == "info" for x in f)})
    return report


def _ignore(_msg: str) -> None:
    pass


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


def _summary(doc: Document, texts: bool = False) -> SourceSummary:
    """`texts`: keep the text the claims quote from (as decoded, before digit folding; same offsets)."""
    s = doc.source
    return SourceSummary(path=s.path, title=s.title, outlet=s.outlet,
                         published=s.published.isoformat() if s.published else None,
                         published_from=s.published_from, published_evidence=s.published_evidence,
                         notes=s.notes, text=(s.original_text or s.text) if texts else None)
