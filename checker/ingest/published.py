"""Publication dates: parse the ones given, infer the ones not given, and say where each came from.

When a source has no date, the text itself often says it, in order of trust:
  dateline           "SHINGLETOWN - Thursday, July 17, 2025" opening the story
  masthead           a short line near the top that is a date: "Friday, 2 August 2024",
                     "Updated 10 Mar 2025, 18:40 GMT", "30 July 2025 | 07:05 CEST"
  reporting-clause   "the Kremlin said Monday": the first such weekday on or after the latest full date
                     in the text (photo captions included: they are older than the story, never newer)
  latest-date-in-text the latest full date in a sentence that does not speak of the future
A dateline or masthead is the outlet's own statement of the date, so claims resolved from it are
certain; the two inferences are not (claims resting on them get certain=False).
"""
from __future__ import annotations

import datetime as dt
import re

from checker.extract import date_words as W
from checker.models import Source

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")
_HEAD_LINES = 12  # a masthead or dateline is among the first lines of the body
_MASTHEAD_MAX = 90  # characters: a longer line is a sentence or a caption, not a masthead
_DATELINE = re.compile(r"^\s*[A-Z][A-Z .,'\u2019()-]{1,40}?\s*(?:[-\u2013\u2014]|\(\w+\)\s*[-\u2013\u2014_]?)\s*")
_MASTHEAD_WORDS = re.compile(r"(?i)\b(?:updated|published|posted|last updated|issue|edition|gmt|bst|cet|cest|"
                             r"est|edt|pst|pdt|utc|am|pm|a\.m\.|p\.m\.|no\.?)\b|\d{1,2}:\d{2}|[|/\u00b7\u2022]")
_FULL_DATES = (W.MONTH_DAY_YEAR, W.DAY_MONTH_YEAR)
_REPORTED_WEEKDAY = re.compile(
    r"\b(?:said|says|announced|told\s+\w+|reported|confirmed|stated)\s+(?:on\s+)?"
    r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


def parse_date_value(value: object) -> dt.date | None:
    """A date from front matter, JSON or HTML metadata: a YAML date, or text starting YYYY-MM-DD."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = _ISO.match(value)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None


def infer_published(source: Source) -> tuple[dt.date | None, str, str | None]:
    """(date, how, evidence words) for a source without a given date; (None, "unknown", None) when
    nothing in the text pins it down."""
    body = source.text[source.body_start:]
    head = _head_lines(body)
    for line in head:
        found = _dateline(line)
        if found:
            return found[0], "dateline", found[1]
    for line in head:
        found = _masthead(line)
        if found:
            return found[0], "masthead", found[1]
    dates = list(_full_dates(body))
    if not dates:
        return None, "unknown", None
    latest = max(d for d, _, _ in dates)
    reported = _REPORTED_WEEKDAY.search(body)
    if reported:
        weekday = W.WEEKDAYS[reported["wd"].lower()]
        date = latest + dt.timedelta(days=(weekday - latest.weekday()) % 7)
        clause = _clause_words(body, reported.start(), reported.end())
        return date, "reporting-clause", f"{clause} (after {_latest_words(dates, latest)}, the latest date in the text)"
    past = [d for d, _, sentence in dates if not W.FUTURE.search(sentence)]
    if past:
        latest_past = max(past)
        return latest_past, "latest-date-in-text", _latest_words(dates, latest_past)
    return None, "unknown", None


def _head_lines(body: str) -> list[str]:
    lines = [ln.strip() for ln in body.splitlines() if ln.strip()]
    return lines[:_HEAD_LINES]


def _dateline(line: str) -> tuple[dt.date, str] | None:
    m = _DATELINE.match(line)
    if not m:
        return None
    for pattern in _FULL_DATES:
        d = pattern.match(line, m.end())
        if d:
            date = _to_date(d)
            if date:
                return date, line[:d.end()].strip()
    return None


def _masthead(line: str) -> tuple[dt.date, str] | None:
    """A short line that is a date, perhaps with 'Updated', a time, an issue number or a section name
    separated by bars; not a sentence (no more than a few words besides the date)."""
    if len(line) > _MASTHEAD_MAX:
        return None
    for segment in re.split(r"[|\u00b7\u2022]", line):
        for pattern in _FULL_DATES:
            d = pattern.search(segment)
            if d is None:
                continue
            rest = _MASTHEAD_WORDS.sub(" ", segment[:d.start()] + " " + segment[d.end():])
            if len(re.findall(r"[A-Za-z]{2,}", rest)) <= 2:
                date = _to_date(d)
                if date:
                    return date, line
    return None


def _full_dates(body: str):
    """Every date with day, month and year in the text, with its words and its line."""
    for line in body.splitlines():
        for pattern in _FULL_DATES:
            for d in pattern.finditer(line):
                date = _to_date(d)
                if date:
                    yield date, d.group(), line


def _to_date(m: re.Match[str]) -> dt.date | None:
    try:
        return dt.date(int(m["year"]), W.MONTHS[m["month"].rstrip(".").lower()], int(m["day"]))
    except ValueError:
        return None


def _clause_words(body: str, start: int, end: int) -> str:
    """The reporting clause as evidence: "the Kremlin said Monday" (the few words before the verb)."""
    lead = body[max(0, start - 40):start]
    lead = re.split(r"[,.;:\n]", lead)[-1].strip()
    return f"{lead} {body[start:end]}".strip()


def _latest_words(dates: list[tuple[dt.date, str, str]], latest: dt.date) -> str:
    return next(words for d, words, _ in dates if d == latest)
