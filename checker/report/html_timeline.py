"""The HTML report's pictures, drawn here as inline SVG: no library, no network, the same bytes for
the same report.

A timeline per dated fact (one row per source, each date a source gives drawn over the days it
allows: "this week" is seven days wide) and an axis per compared figure (a hedge is an interval:
"more than 100" runs off to the right and visibly overlaps "140"). In a conflict each distinct value
has its own colour, and every mark carries its words and value in text as well, so colour is never
the only cue.
"""
from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass

from checker.models import Claim, Report
from checker.report.html_text import claim_id, esc

DATE_KINDS = ("date",)
FIGURE_KINDS = ("number", "money", "percentage", "quantity", "age")

_WIDTH, _LEFT, _RIGHT = 780, 190, 20  # viewBox width, source-label column, right margin
_LANE, _GAP, _AXIS = 18, 8, 34  # height of one claim's lane, gap between sources, axis band
_PALETTE = 6  # CSS classes v0..v5


@dataclass
class Group:
    """Claims drawn together: a finding's (a conflict) or an aligned fact's no finding covers."""

    label: str
    verdict: str  # "conflict" or "agree"
    finding: str | None  # the finding's element id, when it is one
    claims: list[Claim]


def groups(report: Report, kinds: tuple[str, ...]) -> list[Group]:
    """Findings of these kinds first, in report order, then the facts of these kinds that no finding
    shows; only claims with a value on the axis (a date without a year has none)."""
    out: list[Group] = []
    shown: set[tuple[str, int, int]] = set()
    for n, f in enumerate(report.findings, 1):
        if f.kind in kinds:
            out.append(Group(f.fact, "conflict", f"f{n}", _placed(f.claims)))
            shown.update((c.source, c.start, c.end) for c in f.claims)
    for fact in report.facts:
        if fact.kind in kinds and not any((c.source, c.start, c.end) in shown for c in fact.claims):
            out.append(Group(fact.label, fact.verdict, None, _placed(fact.claims)))
    return [g for g in out if g.claims]


def _placed(claims: list[Claim]) -> list[Claim]:
    seen: set[tuple[str, int, int]] = set()
    out = []
    for c in claims:
        if (c.lo is not None or c.hi is not None) and (c.source, c.start, c.end) not in seen:
            seen.add((c.source, c.start, c.end))
            out.append(c)
    return out


def render_panels(report: Report, kinds: tuple[str, ...], css: str) -> list[str]:
    """One <figure> per group: its label, a link to its finding and the SVG."""
    index = {s.path: i for i, s in enumerate(report.sources)}
    labels = {s.path: s.outlet or s.path.rsplit("/", 1)[-1] for s in report.sources}
    panels = []
    for g in groups(report, kinds):
        link = f' <a href="#{g.finding}">see the finding</a>' if g.finding else ""
        panels.append(f'<figure class="{css} {g.verdict}"><figcaption><span class="verdict {g.verdict}">'
                      f'{g.verdict}</span> {esc(g.label)}{link}</figcaption>'
                      f'{_svg(g, index, labels, dates=kinds == DATE_KINDS)}</figure>')
    return panels


def _svg(g: Group, index: dict[str, int], labels: dict[str, str], dates: bool) -> str:
    rows: dict[str, list[Claim]] = {}
    for c in sorted(g.claims, key=lambda c: (index.get(c.source, len(index)), c.start)):
        rows.setdefault(c.source, []).append(c)
    lo, hi, open_ends = _extent(g.claims, dates)
    span = hi - lo

    def x(v: float) -> float:
        return round(_LEFT + (v - lo) / span * (_WIDTH - _LEFT - _RIGHT), 1)

    colours: dict[str, int] = {}
    for c in g.claims:
        colours.setdefault(c.value, len(colours) % _PALETTE)
    parts: list[str] = []
    y = 4
    for source, claims in rows.items():
        band = len(claims) * _LANE
        parts.append(f'<text class="src" x="{_LEFT - 8}" y="{y + band / 2 + 4:.0f}" text-anchor="end">'
                     f'{esc(_short(labels.get(source, source), 22))}</text>')
        for lane, c in enumerate(claims):
            parts.append(_mark(c, index.get(source, -1), g, colours, x, y + lane * _LANE, dates, lo, hi, open_ends))
        y += band + _GAP
        parts.append(f'<line class="sep" x1="0" x2="{_WIDTH}" y1="{y - _GAP / 2}" y2="{y - _GAP / 2}"/>')
    parts.append(_axis(lo, hi, x, y, dates, g.claims[0].unit))
    height = y + _AXIS
    return (f'<svg class="chart" viewBox="0 0 {_WIDTH} {height}" width="{_WIDTH}" height="{height}" role="img" '
            f'aria-label="{esc(g.label)}" xmlns="http://www.w3.org/2000/svg">{"".join(parts)}</svg>')


def _extent(claims: list[Claim], dates: bool) -> tuple[float, float, bool]:
    """The axis range: every bound shown, padded; an open end (more than, at most) gets room to run."""
    ends = [v for c in claims for v in ((c.lo, c.hi + 1 if dates else c.hi) if c.hi is not None else (c.lo,))
            if v is not None]
    lo, hi = min(ends), max(ends)
    open_ends = any(c.lo is None or c.hi is None for c in claims)
    span = hi - lo
    if dates:
        pad = max(2.0, span * 0.15)
    else:
        pad = span * 0.15 if span else max(abs(hi) * 0.15, 1.0)
    return lo - pad, hi + pad * (3 if open_ends else 1), open_ends


def _mark(c: Claim, source_index: int, g: Group, colours: dict[str, int], x, y: float, dates: bool,
          lo: float, hi: float, open_ends: bool) -> str:
    start = c.lo if c.lo is not None else lo
    end = (c.hi + 1 if dates else c.hi) if c.hi is not None else hi
    x0, x1 = x(start), x(end)
    tone = f"v{colours[c.value]}" if g.verdict == "conflict" else "agree"
    qual = "" if c.qualifier == "exact" else f" ({c.qualifier})"
    words = f"“{_short(c.raw, 40)}” = {c.value}{qual}"
    cid = claim_id(source_index, c)
    if x1 - x0 < 6:  # a point (one day, one figure): a diamond
        mid = (x0 + x1) / 2
        shape = (f'<path d="M{mid} {y + 2}l6 7l-6 7l-6 -7z"/>')
        x1 = mid + 6
    else:
        arrow_l = f'<path d="M{x0} {y + 9}l7 -6v12z"/>' if c.lo is None else ""
        arrow_r = f'<path d="M{x1} {y + 9}l-7 -6v12z"/>' if c.hi is None else ""
        shape = f'<rect x="{x0}" y="{y + 3}" width="{round(x1 - x0, 1)}" height="12" rx="3"/>{arrow_l}{arrow_r}'
    label_right = x1 + 5 + len(words) * 6.2 < _WIDTH
    text = (f'<text x="{x1 + 5}" y="{y + 13}">{esc(words)}</text>' if label_right else
            f'<text x="{x0 - 5}" y="{y + 13}" text-anchor="end">{esc(words)}</text>')
    body = f'<title>{esc(c.raw)} = {esc(c.value)}{esc(qual)}: {esc(c.resolution or c.sentence)}</title>{shape}{text}'
    if g.finding:
        body = f'<a href="#{g.finding}-d-{cid}">{body}</a>'
    return (f'<g class="tl-mark {tone}" data-claim="{cid}" data-source="{esc(c.source)}" '
            f'data-value="{esc(c.value)}">{body}</g>')


def _axis(lo: float, hi: float, x, y: float, dates: bool, unit: str | None) -> str:
    parts = [f'<line class="axis" x1="{_LEFT}" x2="{_WIDTH - _RIGHT}" y1="{y}" y2="{y}"/>']
    for t in _ticks(lo, hi, dates):
        label = dt.date.fromordinal(int(t)).isoformat() if dates else _number(t)
        at = x(t + 0.5) if dates else x(t)  # a day's tick at the middle of the day
        parts.append(f'<line class="tick" x1="{at}" x2="{at}" y1="{y}" y2="{y + 5}"/>'
                     f'<text class="tick" x="{at}" y="{y + 18}" text-anchor="middle">{esc(label)}</text>')
    if unit and not dates:
        parts.append(f'<text class="unit" x="{_WIDTH - _RIGHT}" y="{y + 30}" text-anchor="end">{esc(unit)}</text>')
    return "".join(parts)


def _ticks(lo: float, hi: float, dates: bool) -> list[float]:
    """About five round ticks inside (lo, hi): whole days for dates, 1-2-5 steps for figures."""
    raw = (hi - lo) / 5
    if dates:
        raw = max(raw, 1.0)
    mag = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    step = next(m * mag for m in (1, 2, 5, 10) if m * mag >= raw)
    if dates:
        step = max(1.0, round(step))
    first = math.ceil(lo / step) * step
    out, t = [], first
    while t <= hi and len(out) < 12:
        out.append(t)
        t += step
    return out


def _number(v: float) -> str:
    for size, suffix in ((1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "k")):
        if abs(v) >= size:
            return f"{v / size:.3g}{suffix}"
    return f"{v:.4g}"


def _short(text: str, limit: int = 24) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"
