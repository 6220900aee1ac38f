"""`--format html`: one self-contained page an editor can review a story in.

The header names the story, its sources (outlet, publication date and how it was found), the counts
by severity and the facts the sources corroborate; a timeline and a figure axis show what each
source says; then each finding, with the articles side by side, the claim's exact words highlighted
in place. The stylesheet and script (checker/report/assets/) are inlined, so the file opens from disk
with no network, and a Content-Security-Policy lets only that one script and stylesheet run: even
markup that slipped into the page could not act. Nothing depends on the clock or the machine, so the
same report gives the same bytes.

The page works without its script (everything is shown); the script adds the filters, j/k between
findings and click-to-open claim details, and never writes markup (no innerHTML).
"""
from __future__ import annotations

import base64
import hashlib
import os
from functools import lru_cache
from importlib.resources import files

from checker.models import Claim, Fact, Finding, Report, SourceSummary
from checker.report.html_text import Mark, claim_id, esc, marked_text
from checker.report.html_timeline import DATE_KINDS, FIGURE_KINDS, render_panels
from checker.report.locate import offsets_in_file
from checker.rulepack import RulePack

_SEVERITIES = ("error", "warning", "info")
_SEVERITY_WORD = {"error": "error", "warning": "warning", "info": "note"}


@lru_cache(maxsize=None)
def _asset(name: str) -> str:
    text = files("checker.report").joinpath("assets", name).read_text(encoding="utf-8")
    if "</script" in text.lower() or "</style" in text.lower():  # would end the inlined element early
        raise RuntimeError(f"checker/report/assets/{name} must not contain a closing tag")
    return text


def _hash(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode("ascii") + "'"


def render_html(report: Report, rules: RulePack, color: bool = False) -> str:
    css, js = _asset("report.css"), _asset("report.js")
    policy = (f"default-src 'none'; style-src {_hash(css)}; script-src {_hash(js)}; img-src data:; "
              "base-uri 'none'; form-action 'none'")
    story = _story(report)
    timeline = render_panels(report, DATE_KINDS, "timeline")
    figures = render_panels(report, FIGURE_KINDS, "figures")
    body = [
        _header(report, story),
        _filters(report),
        _section("timeline", "Timeline", timeline, "No dated facts to draw."),
        _section("figures", "Figures", figures, "No compared figures to draw."),
        '<main id="findings"><h2>Findings</h2>',
        *(_finding(n, f, report) for n, f in enumerate(report.findings, 1)),
        "" if report.findings else '<p class="none">No disagreements found between the sources.</p>',
        "</main>",
    ]
    return ("<!DOCTYPE html>\n"
            '<html lang="en"><head><meta charset="utf-8">'
            '<meta name="viewport" content="width=device-width, initial-scale=1">'
            f'<meta http-equiv="Content-Security-Policy" content="{policy}">'
            f"<title>crosscheck: {esc(story)}</title><style>{css}</style></head>\n"
            '<body><a class="skip" href="#findings">Skip to the findings</a>\n'
            + "\n".join(part for part in body if part)
            + f"\n<script>{js}</script></body></html>\n")


def _story(report: Report) -> str:
    """The story's name: the first source title, else the folder the sources share."""
    for s in report.sources:
        if s.title:
            return s.title
    folders = [os.path.dirname(s.path) for s in report.sources]
    try:
        common = os.path.commonpath(folders) if folders else ""
    except ValueError:  # absolute and relative paths mixed
        common = ""
    return common or (report.sources[0].path if len(report.sources) == 1 else "the sources given")


def _header(report: Report, story: str) -> str:
    s = report.summary
    counts = "".join(f'<li class="count {sev}"><span class="sev {sev}">{_SEVERITY_WORD[sev]}</span> '
                     f'<b>{n}</b></li>' for sev, n in zip(_SEVERITIES, (s.errors, s.warnings, s.infos)))
    rows = "".join(_source_row(i, src) for i, src in enumerate(report.sources))
    agreed = [f for f in report.facts if f.verdict == "agree"]
    names = {src.path: _name(src.path, src) for src in report.sources}
    facts = "".join(_fact_item(f, names) for f in agreed) or "<li>None.</li>"
    warnings = ("" if not report.warnings else '<details class="warnings"><summary>'
                f"{len(report.warnings)} input warning(s)</summary><ul>"
                + "".join(f"<li>{esc(w)}</li>" for w in report.warnings) + "</ul></details>")
    return (f'<header id="top"><p class="kicker">crosscheck report</p><h1>{esc(story)}</h1>'
            f'<ul class="counts">{counts}</ul>'
            f'<p class="totals">{s.sources} source(s), {s.claims} claim(s), {s.facts} fact(s) compared, '
            f'{s.findings} finding(s)</p>'
            '<table class="sources"><caption>Sources</caption><thead><tr><th>#</th><th>source</th><th>outlet</th>'
            f"<th>published</th><th>how the date was found</th></tr></thead><tbody>{rows}</tbody></table>"
            f'<details class="corroborated" open><summary>Corroborated facts ({len(agreed)})</summary>'
            f"<ul>{facts}</ul></details>{warnings}</header>")


def _source_row(i: int, s: SourceSummary) -> str:
    title = f'<div class="title">{esc(s.title)}</div>' if s.title else ""
    how = s.published_from.replace("-", " ")
    if s.published_evidence:
        how += f": <q>{esc(s.published_evidence)}</q>"
    notes = "".join(f'<div class="note">{esc(n)}</div>' for n in s.notes)
    return (f'<tr id="src{i}"><td>{i + 1}</td><td><code>{esc(s.path)}</code>{title}{notes}</td>'
            f'<td data-label="outlet">{esc(s.outlet or "")}</td>'
            f'<td data-label="published">{esc(s.published or "unknown")}</td>'
            f'<td data-label="found from">{how}</td></tr>')


def _fact_item(f: Fact, names: dict[str, str]) -> str:
    said = "; ".join(f"{esc(names.get(c.source) or _name(c.source))}: <q>{esc(c.raw)}</q> = {esc(_value(c))}" for c in f.claims)
    return f'<li><span class="kind">{esc(f.kind)}</span> <b>{esc(f.label)}</b> — {said}</li>'


def _filters(report: Report) -> str:
    """The filter bar; `hidden` until the script, which makes it work, shows it."""
    if not report.findings:
        return ""
    sev = [s for s in _SEVERITIES if any(f.severity == s for f in report.findings)]
    kinds = sorted({f.kind for f in report.findings})
    boxes = "".join(f'<label><input type="checkbox" data-filter="severity" value="{s}" checked> '
                    f'{_SEVERITY_WORD[s]}</label>' for s in sev)
    boxes += '<span class="sep"></span>' + "".join(
        f'<label><input type="checkbox" data-filter="kind" value="{esc(k)}" checked> {esc(k)}</label>' for k in kinds)
    return (f'<nav id="filters" hidden aria-label="Filter the findings">{boxes}'
            '<span id="shown" aria-live="polite"></span>'
            '<span class="keys"><kbd>j</kbd>/<kbd>k</kbd> next/previous finding</span></nav>')


def _section(ident: str, title: str, panels: list[str], empty: str) -> str:
    inner = "".join(panels) if panels else f'<p class="none">{empty}</p>'
    return f'<section id="{ident}"><h2>{title}</h2>{inner}</section>'


def _finding(n: int, f: Finding, report: Report) -> str:
    ident = f"f{n}"
    index = {s.path: i for i, s in enumerate(report.sources)}
    near = _neighbours(f, report)
    columns = []
    for i, src in enumerate(report.sources):
        hits = [c for c in f.claims if c.source == src.path]
        if hits:
            columns.append(_column(ident, i, src, hits, [c for c in near if c.source == src.path]))
    for c in f.claims:  # a claim whose source is not among the report's sources (never expected)
        if c.source not in index:
            columns.append(_column(ident, -1, SourceSummary(path=c.source), [c], []))
    doubts = "".join(f"<li>{esc(d)}</li>" for d in f.doubts)
    why = f'<p class="why"><b>Why:</b> {esc(f.why)}</p>' if f.why else ""
    prob = ("" if f.link_probability is None else
            f'<p class="prob">alignment: {f.link_probability:.0%} sure these are one fact</p>')
    return (f'<article class="finding" id="{ident}" data-severity="{f.severity}" data-kind="{esc(f.kind)}" '
            f'tabindex="-1"><h3><a class="self" href="#{ident}">{n}.</a> '
            f'<span class="sev {f.severity}">{_SEVERITY_WORD[f.severity]}</span> '
            f'<span class="rule">{esc(f.rule)} {esc(f.name)}</span> <span class="fact">{esc(f.fact)}</span></h3>'
            f'<p class="message">{esc(f.message)}</p>{why}{prob}'
            + (f'<ul class="doubts">{doubts}</ul>' if doubts else "")
            + f'<div class="columns">{"".join(columns)}</div></article>')


def _neighbours(f: Finding, report: Report) -> list[Claim]:
    """The other claims of the facts the finding's claims were aligned into."""
    own = {(c.source, c.start, c.end) for c in f.claims}
    out: list[Claim] = []
    seen = set(own)
    for fact in report.facts:
        if any((c.source, c.start, c.end) in own for c in fact.claims):
            for c in fact.claims:
                if (c.source, c.start, c.end) not in seen:
                    seen.add((c.source, c.start, c.end))
                    out.append(c)
    return out


def _column(ident: str, i: int, src: SourceSummary, hits: list[Claim], near: list[Claim]) -> str:
    """One source: its full text with the finding's claims (and their fact's other claims) marked in
    place, then what each marked claim was read as."""
    box = f"{ident}-s{i}"
    marks = [Mark(c.start, c.end, "claim hit", claim_id(i, c), f"{ident}-d-{claim_id(i, c)}", 0) for c in hits]
    marks += [Mark(c.start, c.end, "claim near", claim_id(i, c), f"{ident}-d-{claim_id(i, c)}", 1) for c in near]
    text = src.text
    if text is not None and all(text[c.start:c.end] == c.raw for c in hits + near):
        article = marked_text(text, marks, box)
        whole = ""
    else:  # no text kept (a report built by hand), or offsets that do not fit it: the sentences
        sentences = {c.sentence_start: c for c in hits}  # one excerpt per sentence, in text order
        article = "\n".join(marked_text(c.sentence, marks, box, c.sentence_start,
                                        c.line - c.sentence[:max(c.start - c.sentence_start, 0)].count("\n"))
                            for _, c in sorted(sentences.items()))
        whole = '<p class="note">The full text was not kept; each claim is shown in its sentence.</p>'
    meta = f"published {esc(src.published)}" if src.published else "publication date unknown"
    where = "" if offsets_in_file(src.path) else " (lines of the article text extracted from the file)"
    details = "".join(_detail(ident, box, i, c, "hit") for c in hits)
    details += "".join(_detail(ident, box, i, c, "near") for c in near)
    return (f'<section class="column" data-source="{esc(src.path)}"><h4>{esc(_name(src.path, src))}</h4>'
            f'<p class="meta"><code>{esc(src.path)}</code> · {meta}{esc(where)}</p>{whole}'
            f'<div class="article" id="{box}" tabindex="0">{article}</div>'
            f'<ul class="claims">{details}</ul></section>')


def _detail(ident: str, box: str, i: int, c: Claim, css: str) -> str:
    what = "the finding's claim" if css == "hit" else "another claim of the same fact"
    rows = [f'<span class="what">{what}</span> <q>{esc(c.raw)}</q> → <b class="value">{esc(_value(c))}</b>']
    if c.unit:
        rows.append(f'<span class="unit">compared in {esc(c.unit)}</span>')
    if c.resolution:
        rows.append(f'<div class="chain">{esc(c.resolution)}</div>')
    if not c.certain:
        rows.append('<div class="uncertain">uncertain: rests on an inferred or unknown publication date</div>')
    about = ", ".join(c.context.event + ([c.context.measure] if c.context.measure else []))
    if about:
        rows.append(f'<div class="about">about: {esc(about)}</div>')
    rows.append(f'<a class="line" href="#{box}-L{c.line}">line {c.line}, column {c.column}</a>')
    return (f'<li class="claim-detail {css}" id="{ident}-d-{claim_id(i, c)}" data-claim="{claim_id(i, c)}">'
            + " ".join(rows) + "</li>")


def _value(c: Claim) -> str:
    return c.value + ("" if c.qualifier == "exact" else f" ({c.qualifier})")


def _name(path: str, src: SourceSummary | None = None) -> str:
    if src is not None and src.outlet:
        return src.outlet
    return path.rsplit("/", 1)[-1]
