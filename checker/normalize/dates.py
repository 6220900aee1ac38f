"""Date resolution: a date mention's words -> a calendar value, the span of days it allows, and the
words that say how it was derived.

Relative expressions ("Friday", "last year", "three days later") are resolved from the publication
date, the tense of the sentence, the dates said earlier in the text, and known dates from
rules/known_dates.yaml ("the inauguration"). Whatever rests on a publication date that was inferred,
not given, is marked certain=False; whatever cannot be pinned keeps TimeML's underspecified form
("XXXX-WXX-5" for a Friday of an unknown week) and is never compared.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any, Callable

from checker.extract.date_words import ANCHOR_WEEKDAY, HOLIDAYS, WEEKDAY_NAMES, WEEKDAYS
from checker.models import Document, Mention
from checker.normalize import date_calendar as C
from checker.normalize.model import Normalized
from checker.rulepack import KnownDate, RulePack

# Publication dates from these origins are facts about the source; the others are inferences.
_RELIABLE = {"front-matter", "command-line", "metadata", "dateline", "masthead"}
_HOW = {"front-matter": "front matter", "command-line": "given on the command line", "metadata": "metadata",
        "dateline": "the dateline", "masthead": "the masthead", "reporting-clause": "inferred from",
        "latest-date-in-text": "inferred from the latest date in the text"}


@dataclass
class DateAnchors:
    """What the resolver knows of one document: its publication date and how it was found, the known
    dates valid for it, and the last date the text stated (for "three days later")."""

    published: dt.date | None
    published_from: str
    evidence: str | None
    reliable: bool
    known: list[KnownDate] = field(default_factory=list)
    last_ref: tuple[dt.date, dt.date, str, int] | None = None  # first day, last day, unit, sentence
    # weekdays whose every bare mention in this article is the coming one (see coming_weekdays)
    coming: set[int] = field(default_factory=set)

    @classmethod
    def for_document(cls, doc: Document, rules: RulePack,
                     mentions: list[Mention] | None = None) -> "DateAnchors":
        src = doc.source
        lowered = src.text.lower()
        known = [k for k in rules.known_dates if all(w.lower() in lowered for w in k.context)
                 and _valid_for(k, src.published)]
        anchors = cls(published=src.published, published_from=src.published_from,
                      evidence=src.published_evidence,
                      reliable=src.published is not None and src.published_from in _RELIABLE, known=known)
        if mentions and src.published is not None:
            try:
                anchors.coming = coming_weekdays(mentions, src.published)
            except (OverflowError, ValueError):  # a publication date at the calendar's edge
                anchors.coming = set()
        return anchors

    def publication_words(self) -> str:
        if self.published is None:
            return "publication date unknown"
        how = _HOW.get(self.published_from, self.published_from)
        if self.evidence:
            how = f"{how} '{self.evidence}'"
        return f"publication date {self.published.isoformat()} ({how})"


def coming_weekdays(mentions: list[Mention], today: dt.date) -> set[int]:
    """One day per weekday name in one article. A writer does not use a bare "Tuesday" for two
    different Tuesdays (the other would be "last Tuesday" or "next Tuesday"), so when the tenses of an
    article's bare mentions of one weekday point both ways ("headed Tuesday to East Africa", "her first
    stop Tuesday morning, she is scheduled to ...") and the coming one is nearer publication, all of
    them take it: an advance story is written in the past tense for the day after it is filed. Never
    the other way round: "will resume on Saturday" is not a Saturday gone by. Reporting clauses
    ("said Tuesday") and weekdays with a shift or a date beside them keep their own reading."""
    tenses: dict[int, set[str]] = {}
    for m in mentions:
        p = m.parts
        if m.kind != "date" or p.get("form") != "weekday" or p.get("shift") or p.get("pair_date") \
                or p.get("reporting"):
            continue
        tenses.setdefault(p["weekday"], set()).add("future" if p.get("tense") == "future" else "past")
    coming: set[int] = set()
    for weekday, seen in tenses.items():
        if len(seen) < 2:
            continue
        before = C.nearest_weekday(today, weekday, "on-or-before")
        after = C.nearest_weekday(today, weekday, "on-or-after")
        if before != after and (after - today) < (today - before):
            coming.add(weekday)  # a future tense never reads as a past day: only this way round
    return coming


def _valid_for(known: KnownDate, published: dt.date | None, margin: int = 0) -> bool:
    """Is `known` the event an article published then means (at least `margin` days inside its window)?"""
    if published is None:
        return True
    pad = dt.timedelta(days=margin)
    return ((known.valid_from is None or known.valid_from + pad <= published)
            and (known.valid_until is None or published <= known.valid_until - pad))


# An inferred publication date is rarely off by more than this many days: a known date whose window
# holds it with this margin is the one meant, so a date read from it does not rest on the inference.
_INFERENCE_MARGIN = 30


@dataclass
class _Result:
    first: dt.date
    last: dt.date
    unit: str  # day | week | month | year | span
    how: str
    relative: bool = True  # rests on the publication date or another date, not on the words alone
    comparable: bool = True
    extra: dict[str, Any] = field(default_factory=dict)
    value: str | None = None  # when the words name a whole period but allow only part of it


def normalize_date(m: Mention, doc: Document, anchors: DateAnchors) -> Normalized | None:
    parts = m.parts
    resolver = _RESOLVERS.get(parts.get("form", ""))
    if resolver is None:
        return None
    result = resolver(parts, anchors, m)
    if isinstance(result, Normalized):
        return result
    if result is None:
        return None
    value = result.value or _value(result)
    certain = not result.relative or anchors.reliable
    resolution = f"{m.raw} -> {value}: {result.how}"
    if result.relative and result.extra.get("from_publication", True):
        resolution += f"; {anchors.publication_words()}"
    if not certain:
        resolution += "; uncertain, the publication date was inferred"
    if parts.get("form") != "ago" and result.comparable:
        anchors.last_ref = (result.first, result.last, result.unit, m.sentence)
    return Normalized(value=value, resolution=resolution, lo=float(result.first.toordinal()),
                      hi=float(result.last.toordinal()), unit="day", certain=certain,
                      comparable=result.comparable, extra=result.extra)


def _value(r: _Result) -> str:
    if r.unit == "day":
        return C.day_value(r.first)
    if r.unit == "month":
        return r.first.strftime("%Y-%m")
    if r.unit == "year":
        return str(r.first.year)
    return C.span_value((r.first, r.last))


def _unresolved(value: str, why: str, m: Mention, **extra: Any) -> Normalized:
    """A date that cannot be pinned: TimeML's underspecified value, never compared."""
    return Normalized(value=value, resolution=f"{m.raw} -> {value}: {why}", certain=False, comparable=False,
                      unit="day", extra=extra)


# --- one resolver per form --------------------------------------------------------------------------

def _calendar(p: dict[str, Any], a: DateAnchors, m: Mention) -> _Result | Normalized | None:
    year, month, day, part = p.get("year"), p.get("month"), p.get("day"), p.get("part")
    relative = year is None
    how = ""
    if year is None:
        today = a.published
        if today is None:
            return _unresolved(f"XXXX-{month:02d}" + (f"-{day:02d}" if day else ""),
                               "no year in the text and no publication date", m)
        year, how = _year_of_month(p, month, day, today)
    if day is not None:
        if not C.is_valid(year, month, day):
            return None
        date = dt.date(year, month, day)
        extra: dict[str, Any] = {}
        if p.get("week_of"):
            first, last = C.week_span(date)
            return _Result(first, last, "span", f"the week (Monday to Sunday) holding {date.isoformat()}", relative)
        stated = p.get("stated_weekday")
        text = how or "the date as written"
        if stated is not None:
            matches = date.weekday() == stated
            extra = {"stated_weekday": WEEKDAY_NAMES[stated], "weekday_matches": matches}
            text += (f"; written with {WEEKDAY_NAMES[stated]}, which it is" if matches else
                     f"; written with {WEEKDAY_NAMES[stated]}, but {date.isoformat()} is a "
                     f"{WEEKDAY_NAMES[date.weekday()]}")
        return _Result(date, date, "day", text, relative, extra=extra)
    if month is not None:
        span = C.part_of(C.month_span(year, month), "month", part, a.published)
        words = how or "the month as written"
        return _Result(span[0], span[1], "month", words + _part_words(part, span), relative)
    span = C.part_of(C.year_span(year), "year", part, a.published)
    comparable = not p.get("name_use") and not p.get("fiscal")
    words = "the year as written"
    if p.get("name_use"):
        words = "a year used as part of a name; not compared as an event date"
    elif p.get("fiscal"):
        words = "a fiscal year, which need not match the calendar year; not compared"
    return _Result(span[0], span[1], "year", words + _part_words(part, span), False, comparable)


def _year_of_month(p: dict[str, Any], month: int, day: int | None, today: dt.date) -> tuple[int, str]:
    shift, year_rel, tense = p.get("shift"), p.get("year_rel"), p.get("tense", "unmarked")
    if year_rel is not None:
        return today.year + year_rel, f"the year {['last', 'this', 'next'][year_rel + 1]} year from publication"
    if shift in ("last", "this past"):
        year = today.year if month < today.month else today.year - 1
        return year, "the last such month before publication"
    if shift in ("next", "this coming"):
        year = today.year if month > today.month else today.year + 1
        return year, "the next such month after publication"
    if shift == "this":
        return today.year, "the year of publication"
    year = C.year_for(month, day, today, tense)
    return year, f"no year written: the one nearest publication, {tense} tense"


def _part_words(part: str | None, span: C.Span) -> str:
    if not part:
        return ""
    return f" ({part}: {span[0].isoformat()} to {span[1].isoformat()})"


def _weekday(p: dict[str, Any], a: DateAnchors, m: Mention) -> _Result | Normalized | None:
    weekday, shift, name = p["weekday"], p.get("shift"), WEEKDAY_NAMES[p["weekday"]]
    pair = p.get("pair_date")
    today = a.published
    if pair:
        # A year-less date takes the year nearest publication, never a year chosen to fit the weekday:
        # "Wednesday, 12 June" in June 2025 is a wrong weekday, not a date of 2024.
        year = pair.get("year") or (today and C.year_for(pair["month"], pair["day"], today, p.get("tense", "unmarked")))
        if year and C.is_valid(year, pair["month"], pair["day"]):
            date = dt.date(year, pair["month"], pair["day"])
            if date.weekday() == weekday:
                return _Result(date, date, "day", f"the weekday of the date written with it, {date.isoformat()}",
                               pair.get("year") is None, extra={"pair_start": p.get("pair_start"),
                                                                "weekday_matches": True,
                                                                "from_publication": pair.get("year") is None})
    if today is None:
        return _unresolved(f"XXXX-WXX-{weekday + 1}", f"{name} of a week that cannot be pinned: "
                           "no publication date", m)
    if shift in ("the previous", "the following") and a.last_ref is not None:
        ref = a.last_ref[0]
        direction = "before" if shift == "the previous" else "after"
        date = C.nearest_weekday(ref, weekday, direction)
        return _Result(date, date, "day", f"the {name} {direction} {ref.isoformat()}, the date said before it",
                       extra={"from_publication": False})
    if shift in ("last", "this past", "the previous"):
        direction, words = "before", f"the last {name} before publication"
    elif shift in ("next", "this coming", "the following"):
        direction, words = "after", f"the next {name} after publication"
    elif shift == "this":
        monday = C.week_span(today)[0]
        date = monday + dt.timedelta(days=weekday)
        return _Result(date, date, "day", f"the {name} of the week of publication ({monday.isoformat()})")
    elif p.get("reporting"):
        direction, words = "on-or-before", f"{name} of a reporting clause ('said {name}'): on or before publication"
    elif weekday in a.coming and not pair:
        direction = "on-or-after"
        words = (f"the {name} on or after publication: the article's bare '{name}'s point both ways, and "
                 f"one name is one day, the coming one, nearer publication")
    elif p.get("tense") == "future":
        direction = "on-or-after"
        words = f"the {name} of the week of publication or after it, future tense"
    else:
        direction, words = "on-or-before", f"the {name} on or before publication, past tense"
    date = C.nearest_weekday(today, weekday, direction)
    extra: dict[str, Any] = {}
    if pair:
        extra = {"pair_start": p.get("pair_start"), "weekday_matches": False}
        words += "; the date written next to it falls on another weekday"
    return _Result(date, date, "day", words, extra=extra)


def _dayword(p: dict[str, Any], a: DateAnchors, m: Mention) -> _Result | Normalized | None:
    if a.published is None:
        return _unresolved("XXXX-XX-XX", f"'{p['rel']}' with no publication date", m)
    date = a.published + dt.timedelta(days=p["offset"])
    return _Result(date, date, "day", f"'{p['rel']}' counted from publication")


def _period(p: dict[str, Any], a: DateAnchors, m: Mention) -> _Result | Normalized | None:
    today, unit, offset, part = a.published, p["unit"], p["offset"], p.get("part")
    if today is None:
        return _unresolved({"year": "XXXX", "month": "XXXX-XX"}.get(unit, "XXXX-WXX"),
                           f"'{m.raw}' with no publication date", m)
    if p.get("closing_day"):
        # "year-end" is the last day of the year: this year's, unless the clause looks back on it
        # ("since year-end", "year-end net was ...") before this year's has come.
        back = (p.get("since") or p.get("tense") == "past") and today < dt.date(today.year, 12, 31)
        day = dt.date(today.year - back, 12, 31)
        return _Result(day, day, "day", f"the last day of the {'year before publication' if back else 'year of publication'}")
    words = f"the {unit} of publication" if offset == 0 else \
        f"the {unit} {'before' if offset < 0 else 'after'} the one of publication"
    if unit in ("week", "weekend"):
        monday = C.week_span(today)[0] + dt.timedelta(weeks=offset)
        span = (monday, monday + dt.timedelta(days=6))
        whole = C.span_value(span)  # "earlier this week" states the week; the part narrows lo/hi only
        if unit == "weekend":
            span = (monday + dt.timedelta(days=5), monday + dt.timedelta(days=6))
            whole = C.span_value(span)
        else:
            span = C.part_of(span, "week", part, today)
        return _Result(span[0], span[1], "span", words + _part_words(part, span), value=whole)
    if unit == "month":
        y, mo = C.add_months(today.year, today.month, offset)
        span = C.part_of(C.month_span(y, mo), "month", part, today)
        return _Result(span[0], span[1], "month", words + _part_words(part, span))
    span = C.part_of(C.year_span(today.year + offset), "year", part, today)
    return _Result(span[0], span[1], "year", words + _part_words(part, span))


def _ago(p: dict[str, Any], a: DateAnchors, m: Mention) -> _Result | Normalized | None:
    n, unit, direction = p["n"], p["unit"], p["dir"]
    ref, ref_words, from_pub = a.published, "publication", True
    if p.get("ref") == "previous" and a.last_ref is not None and m.sentence - a.last_ref[3] <= 1:
        ref, ref_words, from_pub = a.last_ref[0], f"{a.last_ref[0].isoformat()}, the date said before it", False
        if a.last_ref[2] not in ("day",) and unit == "day":
            return None  # "three days later" after "in March": no day to count from
    if ref is None:
        return _unresolved("XXXX-XX-XX", f"'{m.raw}' with no date to count from", m)
    date = C.shift_date(ref, n * direction, unit)
    words = f"{n} {unit}(s) {'before' if direction < 0 else 'after'} {ref_words}"
    rel = from_pub or not a.reliable
    if unit == "day":
        return _Result(date, date, "day", words, rel, extra={"from_publication": from_pub})
    if unit == "week":
        span = C.week_span(date)
        return _Result(span[0], span[1], "span", words + ", the week holding that day", rel,
                       extra={"from_publication": from_pub})
    if unit == "month":
        span = C.month_span(date.year, date.month)
        return _Result(span[0], span[1], "month", words, rel, extra={"from_publication": from_pub})
    span = C.year_span(date.year)
    return _Result(span[0], span[1], "year", words, rel, extra={"from_publication": from_pub})


def _anchored(p: dict[str, Any], a: DateAnchors, m: Mention) -> _Result | Normalized | None:
    anchor = p["anchor"].lower()
    on_weekday = ANCHOR_WEEKDAY.match(p["anchor"])
    if on_weekday and not p.get("eve"):
        return _anchored_on_weekday(p, a, m, on_weekday)
    for known in a.known:
        if any(pattern.search(anchor) for pattern in known.patterns):
            date = C.shift_date(known.date, p["n"] * p["dir"], p["unit"]) if not p.get("eve") \
                else known.date - dt.timedelta(days=1)
            words = (f"{p['n']} {p['unit']}(s) {'before' if p['dir'] < 0 else 'after'} '{p['anchor']}', "
                     f"{known.date.isoformat()} ({known.description}, known date {known.id})")
            if p.get("eve"):
                words = f"the eve of '{p['anchor']}', {known.date.isoformat()} (known date {known.id})"
            # the words pin the day ("three days before the inauguration"): it rests on the publication
            # date only to choose which inauguration, and a window that holds even an inferred date
            # with a wide margin chooses the same one
            robust = a.published is not None and _valid_for(known, a.published, _INFERENCE_MARGIN)
            return _Result(date, date, "day", words, relative=not robust,
                           extra={"anchor_id": known.id, "from_publication": False})
    return _unresolved("XXXX-XX-XX", f"anchored on '{p['anchor']}', whose date is not known here", m,
                       **_anchor_extra(p))


def _anchor_extra(p: dict[str, Any]) -> dict[str, Any]:
    """What checker/normalize/anchors.py needs to date an unresolved anchored claim from another source."""
    return {"anchor": p["anchor"], "anchor_n": p["n"], "anchor_unit": p["unit"], "anchor_dir": p["dir"],
            "anchor_eve": bool(p.get("eve"))}


def _anchored_on_weekday(p: dict[str, Any], a: DateAnchors, m: Mention,
                         on_weekday: re.Match[str]) -> _Result | Normalized | None:
    """"The day before last Tuesday's hearing": the weekday is read as a weekday of its own (from the
    publication date, its shift and the tense), then moved."""
    shift = on_weekday["shift"].lower() if on_weekday["shift"] else None
    day = _weekday({"weekday": WEEKDAYS[on_weekday["wd"].lower()], "shift": shift, "tense": p.get("tense")}, a, m)
    if not isinstance(day, _Result):
        return _unresolved("XXXX-XX-XX", f"anchored on '{p['anchor']}', a weekday of an unknown week", m)
    date = C.shift_date(day.first, p["n"] * p["dir"], p["unit"])
    words = (f"{p['n']} {p['unit']}(s) {'before' if p['dir'] < 0 else 'after'} '{p['anchor']}', "
             f"{day.first.isoformat()} ({day.how})")
    return _Result(date, date, "day", words)


def _sequence(p: dict[str, Any], a: DateAnchors, m: Mention) -> _Result | Normalized | None:
    if a.last_ref is None:
        return None  # "the following day" with no date before it: nothing to count from
    first, _, ref_unit, _ = a.last_ref
    unit, offset = p["unit"], p["offset"]
    if unit == "day" and ref_unit != "day":
        return None
    date = C.shift_date(first, offset, unit)
    words = f"{'the same' if offset == 0 else str(offset) + ' ' + unit + '(s) from'} {first.isoformat()}, the date said before it"
    if unit == "day":
        return _Result(date, date, "day", words, not a.reliable, extra={"from_publication": False})
    if unit == "week":
        span = C.week_span(date)
        return _Result(span[0], span[1], "span", words, not a.reliable, extra={"from_publication": False})
    if unit == "month":
        span = C.month_span(date.year, date.month)
        return _Result(span[0], span[1], "month", words, not a.reliable, extra={"from_publication": False})
    span = C.year_span(date.year)
    return _Result(span[0], span[1], "year", words, not a.reliable, extra={"from_publication": False})


def _holiday(p: dict[str, Any], a: DateAnchors, m: Mention) -> _Result | Normalized | None:
    rule = HOLIDAYS.get(p["holiday"])
    if rule is None:
        return None
    year = p.get("year")
    if year is None and p.get("name_use"):
        return _unresolved("XXXX-XX-XX", f"{m.raw} used as part of a name, of a year the words do not give; "
                           "not compared as an event date", m)
    if year is None:
        if a.published is None:
            return _unresolved("XXXX-XX-XX", f"{m.raw} of an unknown year", m)
        month_day = _holiday_date(rule, a.published.year)
        year = C.year_for(month_day.month, month_day.day, a.published, p.get("tense", "unmarked"))
    date = _holiday_date(rule, year)
    return _Result(date, date, "day", f"{m.raw} of {year}", relative=p.get("year") is None)


def _holiday_date(rule: tuple[int, ...], year: int) -> dt.date:
    if len(rule) == 2:
        return dt.date(year, rule[0], rule[1])
    return C.nth_weekday(year, *rule)


_RESOLVERS: dict[str, Callable[[dict[str, Any], DateAnchors, Mention], _Result | Normalized | None]] = {
    "calendar": _calendar, "weekday": _weekday, "dayword": _dayword, "period": _period, "ago": _ago,
    "anchored": _anchored, "sequence": _sequence, "holiday": _holiday,
}
