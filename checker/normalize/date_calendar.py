"""Calendar arithmetic for the date resolver: spans of days, ISO weeks, parts of periods, and the
contract's value strings. Pure functions of dates, so they are easy to test on their own."""
from __future__ import annotations

import calendar
import datetime as dt

Span = tuple[dt.date, dt.date]  # inclusive first and last day


def month_span(year: int, month: int) -> Span:
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def year_span(year: int) -> Span:
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def week_span(day: dt.date) -> Span:
    """Monday to Sunday of the ISO week holding `day` (TimeBank's "this week")."""
    monday = day - dt.timedelta(days=day.weekday())
    return monday, monday + dt.timedelta(days=6)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def shift_date(day: dt.date, n: int, unit: str) -> dt.date:
    """`day` moved by n units; a month or year shift keeps the day of month where the month allows."""
    if unit == "day":
        return day + dt.timedelta(days=n)
    if unit == "week":
        return day + dt.timedelta(weeks=n)
    months = n if unit == "month" else 12 * n
    y, m = add_months(day.year, day.month, months)
    return dt.date(y, m, min(day.day, calendar.monthrange(y, m)[1]))


def part_of(span: Span, unit: str, part: str | None, today: dt.date | None = None) -> Span:
    """Narrow a period to the part the text names: thirds of a month or year ("early December" is
    1-10 December, "late 2024" September-December), halves, or the stretch before/after publication
    ("earlier this month", "later this year")."""
    first, last = span
    if part is None:
        return span
    if part in ("earlier", "rest", "later") and today is not None and first <= today <= last:
        return (first, today) if part == "earlier" else (today, last)
    length = (last - first).days + 1
    if unit == "week":
        if part == "early":
            return first, first + dt.timedelta(days=2)
        if part in ("late", "end"):
            return first + dt.timedelta(days=3), last
        return span
    if part in ("first-half", "second-half"):
        mid = first + dt.timedelta(days=length // 2)
        return (first, mid - dt.timedelta(days=1)) if part == "first-half" else (mid, last)
    if unit == "month":
        cuts = (dt.date(first.year, first.month, 10), dt.date(first.year, first.month, 20))
    else:
        cuts = (dt.date(first.year, 4, 30), dt.date(first.year, 8, 31))
    if part == "early":
        return first, cuts[0]
    if part == "mid":
        return cuts[0] + dt.timedelta(days=1), cuts[1]
    if part in ("late", "end"):
        return cuts[1] + dt.timedelta(days=1), last
    return span


def day_value(day: dt.date) -> str:
    return day.isoformat()


def span_value(span: Span) -> str:
    return f"{span[0].isoformat()}/{span[1].isoformat()}"


def nearest_weekday(today: dt.date, weekday: int, direction: str) -> dt.date:
    """The `weekday` nearest `today` looking `direction`: on-or-before, before, on-or-after, after."""
    if direction in ("on-or-before", "before"):
        back = (today.weekday() - weekday) % 7
        if back == 0 and direction == "before":
            back = 7
        return today - dt.timedelta(days=back)
    ahead = (weekday - today.weekday()) % 7
    if ahead == 0 and direction == "after":
        ahead = 7
    return today + dt.timedelta(days=ahead)


def nth_weekday(year: int, month: int, weekday: int, nth: int, shift: int = 0) -> dt.date:
    """The nth (1-based; -1 = last) `weekday` of a month: Thanksgiving is the 4th Thursday of November."""
    days = [d for d in range(1, calendar.monthrange(year, month)[1] + 1)
            if dt.date(year, month, d).weekday() == weekday]
    return dt.date(year, month, days[nth - 1] if nth > 0 else days[nth]) + dt.timedelta(days=shift)


def year_for(month: int, day: int | None, today: dt.date, tense: str) -> int:
    """The year of a month (and day) written without one: the occurrence nearest publication, unless
    the clause speaks of the future and that occurrence is more than a month in the past, or the clause
    has a verb in the past tense and that occurrence is after publication ("stepped down in March" in a
    November article is the March before). An unmarked clause ("payable Dec. 15") takes the nearest."""
    best: tuple[int, int] | None = None
    for year in (today.year - 1, today.year, today.year + 1):
        try:
            first, last = (dt.date(year, month, day),) * 2 if day else month_span(year, month)
        except ValueError:
            continue
        gap = 0 if first <= today <= last else (first - today).days if first > today else (last - today).days
        if tense == "future" and gap < -31:
            gap = 10_000 - gap
        elif tense == "past" and gap > 0:
            gap = 10_000 + gap
        if best is None or abs(gap) < abs(best[1]):
            best = (year, gap)
    return best[0] if best else today.year


def is_valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True
