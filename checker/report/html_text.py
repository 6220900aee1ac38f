"""Text into HTML for the HTML report (checker/report/html_report.py), safely.

Article text is hostile input: it may hold `<script>`, quotes that would close an attribute, control
characters and bidirectional overrides. Every string goes through `esc` (control characters made
visible, then `html.escape` with quotes), and markup is only ever built here from offsets, never
from the text: an article cannot open or close an element.
"""
from __future__ import annotations

import html
from dataclasses import dataclass

from checker.models import Claim
from checker.report.visible import visible


def esc(text: object) -> str:
    """Safe in element content and in double-quoted attribute values."""
    return html.escape(visible(str(text)), quote=True)


def claim_id(source_index: int, c: Claim) -> str:
    """A claim's id in the page: the same claim has the same id in every finding and on the timeline."""
    return f"s{source_index}-{c.start}-{c.end}"


@dataclass(frozen=True)
class Mark:
    """A highlighted range [start, end) and the attributes of its <mark>; `rank` orders marks that
    begin and end at the same places (lower is outer)."""

    start: int
    end: int
    css: str
    claim: str
    detail: str
    rank: int = 0


def marked_text(text: str, marks: list[Mark], line_id: str | None, offset: int = 0, first_line: int = 1) -> str:
    """`text` escaped, each mark a <mark> around its exact characters, and an empty anchor
    `<span class="ln" id="{line_id}-L{n}">` at the start of every line, so a claim can link to its line.

    Marks that cross another (neither inside nor around it) are dropped rather than broken into
    pieces: the caller lists the finding's own claims first so that they are kept. `offset` is the
    position of `text` in the source (a sentence shown alone); `first_line` its line number.
    """
    kept = _nested([m for m in marks if offset <= m.start < m.end <= offset + len(text)])
    starts: dict[int, list[Mark]] = {}
    for m in kept:
        starts.setdefault(m.start - offset, []).append(m)
    line_starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]
    bounds = sorted({0, len(text), *starts, *(m.end - offset for m in kept), *line_starts})
    lines = {at: first_line + n for n, at in enumerate(line_starts)}
    out: list[str] = []
    open_: list[Mark] = []
    prev = 0
    for at in bounds:
        if at > prev:
            out.append(esc(text[prev:at]))
        while open_ and open_[-1].end - offset == at:
            out.append("</mark>")
            open_.pop()
        if at in lines and at < len(text) and line_id is not None:
            n = lines[at]
            out.append(f'<span class="ln" id="{esc(line_id)}-L{n}" data-line="{n}"></span>')
        for m in sorted(starts.get(at, []), key=lambda m: (-m.end, m.rank)):
            out.append(f'<mark class="{esc(m.css)}" data-claim="{esc(m.claim)}" data-detail="{esc(m.detail)}" '
                       f'tabindex="0" role="button" aria-expanded="false">')
            open_.append(m)
        prev = at
    out.extend("</mark>" for _ in open_)
    return "".join(out)


def _nested(marks: list[Mark]) -> list[Mark]:
    """The marks that nest (each inside or around the others), in the order given when they cross."""
    kept: list[Mark] = []
    for m in marks:
        if all(m.end <= k.start or k.end <= m.start or (k.start <= m.start and m.end <= k.end)
               or (m.start <= k.start and k.end <= m.end) for k in kept):
            if not any(k.start == m.start and k.end == m.end for k in kept):
                kept.append(m)
    return kept
