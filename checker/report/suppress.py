"""Inline suppressions: HTML/Markdown comments in a source that silence findings there.

    <!-- crosscheck-disable DT001, NM -->   ...   <!-- crosscheck-enable -->
    <!-- crosscheck-ignore-next-line QT002 -->
    <!-- crosscheck-disable -->                  (no codes: every check; no enable: to the end)

Codes may be full codes (DT001), prefixes (DT) or check names (date-mismatch); a reason may follow
two dashes: `<!-- crosscheck-disable NM001 -- the agency's toll is older -->`. `ignore-next-line`
covers the next non-blank line (in Markdown a paragraph is one line, and editors often leave a blank
line after a comment).

A finding is suppressed when ANY of its claims lies in a region suppressed for its code. A finding is
a disagreement between sources, and the editor of one article can only annotate their own text: if
suppressing it in their article needed the other outlets' articles to agree, inline suppressions
would be useless for the people who write them. Use a baseline to accept a finding centrally.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from typing import Callable

from checker.models import Document, Finding

# Every part bounded, and the name read one way only, so that a search is linear in the text: an
# unclosed "<!-- crosscheck-" before a long run of dashes made the unbounded pattern quadratic.
_DIRECTIVE = re.compile(r"<!--[ \t]{0,40}crosscheck-([a-z]+(?:-[a-z]+){0,8})([^<>]{0,1000}?)-->", re.IGNORECASE)
_KINDS = ("disable", "enable", "ignore-next-line")

Warn = Callable[[str], None]


@dataclass(frozen=True)
class Region:
    """[start, end) of a source's text where `codes` are silenced (None: every check)."""

    start: int
    end: int
    codes: tuple[str, ...] | None

    def covers(self, offset: int, finding: Finding) -> bool:
        return self.start <= offset < self.end and (
            self.codes is None or any(_matches(token, finding) for token in self.codes))


def _matches(token: str, finding: Finding) -> bool:
    return finding.rule.startswith(token.upper()) or token.lower() == finding.name


def _codes(arguments: str) -> tuple[str, ...] | None:
    arguments = re.split(r"\s--\s|\s--$", " " + arguments + " ", maxsplit=1)[0]  # drop "-- reason"
    tokens = tuple(t for t in re.split(r"[\s,]+", arguments) if t)
    return tokens or None


def find_regions(text: str, where: str = "", warn: Warn | None = None) -> list[Region]:
    """Every suppressed region of one source's text, in order of their start."""
    if "crosscheck-" not in text:
        return []
    regions: list[Region] = []
    open_: list[tuple[int, tuple[str, ...] | None]] = []
    line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
    for m in _DIRECTIVE.finditer(text):
        kind, codes = m[1].lower(), _codes(m[2])
        if kind not in _KINDS:
            if warn is not None:
                line = bisect.bisect_right(line_starts, m.start())
                warn(f"{where}:{line}: unknown directive 'crosscheck-{m[1]}' (expected one of: "
                     + ", ".join("crosscheck-" + k for k in _KINDS) + ")")
            continue
        if kind == "disable":
            open_.append((m.start(), codes))
        elif kind == "enable":
            open_ = _close(open_, codes, m.start(), regions, where, warn)
        else:
            next_line = _next_line(text, m.end())
            if next_line is not None:
                regions.append(Region(next_line[0], next_line[1], codes))
    regions.extend(Region(start, len(text), codes) for start, codes in open_)
    return sorted(regions, key=lambda r: r.start)


def _close(open_: list[tuple[int, tuple[str, ...] | None]], codes: tuple[str, ...] | None, at: int,
           regions: list[Region], where: str, warn: Warn | None) -> list[tuple[int, tuple[str, ...] | None]]:
    """`crosscheck-enable` ends every open region; `crosscheck-enable DT001` ends DT001 only."""
    still_open: list[tuple[int, tuple[str, ...] | None]] = []
    for start, disabled in open_:
        if codes is None:
            regions.append(Region(start, at, disabled))
        elif disabled is None:
            if warn is not None:
                warn(f"{where}: crosscheck-enable {' '.join(codes)} inside a crosscheck-disable of every "
                     "check has no effect; end it with a plain crosscheck-enable")
            still_open.append((start, disabled))
        else:
            remaining = tuple(c for c in disabled if c.upper() not in {x.upper() for x in codes})
            if remaining != disabled:
                regions.append(Region(start, at, disabled))
                if remaining:
                    still_open.append((at, remaining))
            else:
                still_open.append((start, disabled))
    return still_open


def _next_line(text: str, pos: int) -> tuple[int, int] | None:
    """The next non-blank line after the line `pos` is on."""
    nl = text.find("\n", pos)
    while nl >= 0:
        start = nl + 1
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if text[start:end].strip():
            return start, end
        nl = text.find("\n", start) if end < len(text) else -1
    return None


def apply_suppressions(findings: list[Finding], docs: list[Document], warn: Warn | None = None) -> list[Finding]:
    """The findings that no inline comment silences."""
    regions = {d.source.path: find_regions(d.source.text, d.source.path, warn) for d in docs}
    if not any(regions.values()):
        return findings
    return [f for f in findings if not is_suppressed(f, regions)]


def is_suppressed(finding: Finding, regions: dict[str, list[Region]]) -> bool:
    return any(r.covers(c.start, finding) for c in finding.claims for r in regions.get(c.source, ()))
