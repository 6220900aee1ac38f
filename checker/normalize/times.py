"""Clock times: the minute of the day a time stands for, at the precision the text gives, and the day
when the sentence gives it beside the time.

  value     "22:30", "22:30+00:00" with a zone, "2025-03-02T22:30" when a day-precise date is written
            next to the time ("at 3:15 a.m. on Tuesday", "Tuesday at noon")
  lo, hi    minutes of the day, in UTC when a zone is written ("10:30 p.m. GMT": 1350): "3 a.m." is the
            hour 03:00..03:59, "3:15 a.m." the minute, a hedge widens it by its window (rules/clock.yaml:
            "shortly after 3 a.m." is 03:00..03:30 at the hour's start)
  extra     day (proleptic ordinal of the date written beside it), zone (offset in minutes), local
The day is the date's job: two times are compared only as times of day (compare/across.py).
"""
from __future__ import annotations

from checker.models import Claim, Mention
from checker.normalize.model import Normalized
from checker.rulepack import RulePack

_BESIDE = 24  # characters between a time and the date it is of: "3:15 a.m. on Tuesday", "Tuesday at noon"


def normalize_time(m: Mention, dates: list[Claim], times: list[Mention], rules: RulePack) -> Normalized:
    p = m.parts
    hour, minute = int(p["hour"]), p.get("minute")
    start_minute = hour * 60 + (minute or 0)
    lo, hi = start_minute, start_minute + (59 if minute is None else 0)
    steps = [f"{m.raw!r} is {hour:02d}:{minute or 0:02d}" + (" to the hour" if minute is None else "")]
    qualifier = "exact"
    hedge = next((e for e in rules.clock if e.id == p.get("hedge")), None)
    if hedge is not None and hedge.window is not None:
        # a hedge is around the time as said: "shortly after 3 a.m." is 03:00..03:30, not the whole hour
        before, after = hedge.window
        lo, hi = start_minute + before, start_minute + after
        qualifier = hedge.qualifier or "exact"
        steps.append(f"'{hedge.id}' allows {_clock(lo)} to {_clock(hi)}")
    value = f"{hour:02d}:{minute or 0:02d}"
    extra: dict[str, object] = {}
    zone = p.get("zone")
    if zone is not None:
        value += _offset(int(zone))
        lo, hi = lo - int(zone), hi - int(zone)
        steps.append(f"{p.get('zone_id')} is UTC{_offset(int(zone))}")
        extra["zone"] = int(zone)
    day = _day_beside(m, dates, times)
    if day is not None:
        value = f"{day.value}T{value}"
        extra["day"] = day.lo
        steps.append(f"on {day.value} ({day.raw!r} beside it)")
    return Normalized(value=value, qualifier=qualifier, lo=float(lo), hi=float(hi), unit="minute",
                      resolution="; ".join(steps), certain=day.certain if day is not None else True,
                      extra=extra)


def _day_beside(m: Mention, dates: list[Claim], times: list[Mention]) -> Claim | None:
    """The day-precise date written right before or after the time in its sentence, with no other
    time between them: in "7:48 am (2248 GMT Tuesday)" Tuesday is the day of 22:48 GMT only."""
    best: tuple[int, Claim] | None = None
    for d in dates:
        if d.lo is None or d.hi is None or d.hi != d.lo or not d.comparable:
            continue
        gap = m.start - d.end if d.end <= m.start else d.start - m.end if d.start >= m.end else -1
        lo, hi = min(d.end, m.end), max(d.start, m.start)
        if any(t is not m and lo <= t.start and t.end <= hi for t in times):
            continue
        if 0 <= gap <= _BESIDE and (best is None or gap < best[0]):
            best = (gap, d)
    return best[1] if best else None


def _clock(minutes: int) -> str:
    minutes %= 1440
    return f"{minutes // 60:02d}:{minutes % 60:02d}"


def _offset(zone: int) -> str:
    sign = "+" if zone >= 0 else "-"
    return f"{sign}{abs(zone) // 60:02d}:{abs(zone) % 60:02d}"

