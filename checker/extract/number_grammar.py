"""The grammar of one written figure: its digits, and what is written around them.

`Figure` is what the extractor has read of one figure; `read_left` and `read_right` extend it over
the hedge, currency, multiplier, percent sign or unit next to it. Kept apart from numbers.py so that
the extractor's passes (ages, tallies, vague plurals, digits, words) read like a list.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from checker.extract.number_lexicon import (  # noqa: F401 (the multiplier patterns are re-exported)
    CURRENCY_AFTER_RE, CURRENCY_PREFIX, CURRENCY_PREFIX_RE, CURRENCY_WORDS, HEDGE_AFTER, HEDGE_BEFORE,
    HEDGES_AFTER, MULTIPLIER_ABBREV, MULTIPLIER_ABBREV_RE, MULTIPLIER_WORD_RE, MULTIPLIER_WORDS, PERCENT_RE, PLURAL_NEXT,
    POUNDS_RE,
)
from checker.normalize.units import UNIT_PATTERN, find_unit

_UNIT_RE = re.compile(r"(?P<gap>[ \u00a0]?|-)(?P<unit>" + UNIT_PATTERN + ")")
_OF_A_UNIT_RE = re.compile(r" of an? (?P<unit>" + UNIT_PATTERN + ")")
_EXPONENT_RE = re.compile(r"(?:[eE](?P<e1>[-−+]?\d{1,3})|\s?[×x]\s?10(?:\^|\s?)(?P<e2>[-−]?\d{1,3}))(?![\w.])")
_PER_RE = re.compile(r"\s?(?:/|per |an? )(?i:hour|hr|day|night|year|week|month|kg|kilo|tonne|ton|ounce|oz|gram"
                     r"|head|person|passenger|share|barrel|bbl|gallon|litre|liter|mile|km|kilometre|kilometer"
                     r"|kwh|mwh|megawatt-hour|kilowatt-hour|unit|ticket|seat|capita)\b")
_PER_ADVERB_RE = re.compile(r"\s(?i:(annually|yearly|monthly|weekly|daily|hourly))\b")
_PER_ADVERBS = {"annually": "year", "yearly": "year", "monthly": "month", "weekly": "week", "daily": "day",
                "hourly": "hour"}
# Per-share amounts said at a distance: "$1.43 in earnings per share", "$0.52 of diluted earnings a
# share", "earnings per share of $1.43", "EPS rose to $1.43". No figure or clause break in between.
_PER_SHARE_AFTER = re.compile(r"(?:\s+(?![$€£]|\d)[\w’'-]+){0,3}?\s+(?i:(?:per|a)[- ]share|per-share)\b")
_PER_SHARE_BEFORE = re.compile(r"\b(?i:per[- ]share|EPS)\b(?:\s+(?i:[a-z][\w’'-]*)){0,3}\s+(?:[A-Z]{1,3})?$")
_PCT_NAMES = {"%": "%", "percent": "%", "per cent": "%", "percentage point": "pp", "percentage points": "pp",
              "pct": "%", "pp": "pp", "basis point": "bp", "basis points": "bp", "bp": "bp", "bps": "bp",
              "percentage": "%"}


@dataclass
class Figure:
    """One figure as read: span (sentence-relative), value(s), and the words that qualify it."""

    start: int
    end: int
    kind: str = "number"
    number: float = 0.0
    number_hi: float | None = None
    written: str = ""  # the digits or words as written, for the precision they state
    scale: float = 1.0  # multiplier applied to `written` ("million")
    step: float = 1.0  # the unit of the last written digit, after the multiplier
    step_nonzero: float = 1.0  # the unit of the last non-zero digit (for "about 3,000")
    hedge: str | None = None
    currency: str | None = None
    unit: str | None = None  # unit symbol ("km")
    unit_written: str | None = None
    percent: str | None = None  # "%", "pp" (percentage points) or "bp" (basis points)
    modifier: bool = False  # "72-hour ceasefire": a hyphenated measure used as a modifier
    extra: dict[str, Any] = field(default_factory=dict)

    def parts(self) -> dict[str, Any]:
        out: dict[str, Any] = {"number": self.number, "written": self.written, "scale": self.scale,
                               "step": self.step, "step_nonzero": self.step_nonzero}
        for key in ("number_hi", "hedge", "currency", "unit", "unit_written", "percent"):
            value = getattr(self, key)
            if value is not None:
                out[key] = value
        if self.modifier:
            out["modifier"] = True
        out.update(self.extra)
        return out


def parse_digits(written: str) -> tuple[float, float, float] | None:
    """Value, unit of the last written digit, unit of the last non-zero digit: "11,600" ->
    (11600, 1, 100); "7.50" -> (7.5, 0.01, 0.01)."""
    plain = re.sub(r"[,\s\u00a0\u202f\u2009]", "", written)
    try:
        value = float(plain)
    except ValueError:
        return None
    if abs(value) == float("inf"):  # more digits than a float holds: not a figure anyone can compare
        return None
    if "." in plain:
        decimals = len(plain.split(".")[1])
        step = 10.0 ** -decimals
        return value, step, step
    zeros = len(plain) - len(plain.rstrip("0")) if value else 0
    return value, 1.0, 10.0 ** zeros


def read_left(s: str, fig: Figure, limit: int = 0) -> None:
    """A currency symbol or code, then a hedge, written before the figure."""
    head = s[max(limit, fig.start - 30):fig.start]
    m = CURRENCY_PREFIX_RE.search(head)
    if m is not None:
        fig.currency = CURRENCY_PREFIX[m.group("cur").replace(" ", "").lower()]
        fig.start -= len(head) - m.start("cur")
        head = s[max(limit, fig.start - 30):fig.start]
    m = HEDGE_BEFORE.search(head)
    if m is not None:
        hedge = m.group().strip()
        fig.hedge = hedge.lower()
        fig.start -= len(head) - m.start()


def read_exponent(s: str, fig: Figure) -> None:
    m = _EXPONENT_RE.match(s, fig.end)
    if m is None or len((m.group("e1") or m.group("e2")).lstrip("+-−")) > 2:  # 1e999 overflows a float
        return
    power = int((m.group("e1") or m.group("e2")).replace("−", "-"))
    fig.number *= 10.0 ** power
    fig.step *= 10.0 ** power
    fig.step_nonzero *= 10.0 ** power
    fig.end = m.end()


def read_multiplier(s: str, fig: Figure) -> None:
    """"1.3 million", "$2.3bn", "EUR 450m", "0.5k miles", "1.2m homes": scale words anywhere, short
    forms only where they cannot be a unit (after a currency, before a unit or a plural noun)."""
    m = MULTIPLIER_WORD_RE.match(s, fig.end)
    factor: float | None = None
    if m is not None:
        factor = MULTIPLIER_WORDS[m.group("mult").lower()]
    else:
        m = MULTIPLIER_ABBREV_RE.match(s, fig.end)
        if m is not None:
            short = m.group("short")
            if short is None:
                factor = MULTIPLIER_ABBREV[m.group("mult")]
            elif (fig.currency is not None or CURRENCY_AFTER_RE.match(s, m.end())
                  or (short in "kK" and _UNIT_RE.match(s, m.end()))
                  or (short in "mk" and PLURAL_NEXT.match(s, m.end()))):  # "1.2m homes", "10k runners"
                factor = MULTIPLIER_ABBREV[short]
    if factor is None or m is None:
        return
    _scale(fig, factor)
    fig.end = m.end()
    m2 = MULTIPLIER_WORD_RE.match(s, fig.end)  # "1.5 hundred thousand": rare, but compose
    if m2 is not None and MULTIPLIER_WORDS[m2.group("mult").lower()] > 100:
        _scale(fig, MULTIPLIER_WORDS[m2.group("mult").lower()])
        fig.end = m2.end()


def _scale(fig: Figure, factor: float) -> None:
    fig.number *= factor
    if fig.number_hi is not None:
        fig.number_hi *= factor
    fig.scale *= factor
    fig.step *= factor
    fig.step_nonzero *= factor


def read_right(s: str, fig: Figure, allow_unit: bool = True) -> None:
    """Percent sign, currency word or unit after the figure (and its multiplier), then a hedge
    written after it ("100 or more")."""
    m = PERCENT_RE.match(s, fig.end)
    if m is not None and not (m.group("pct").lower() in ("bp", "bps") and fig.currency):
        fig.kind = "percentage"
        fig.percent = _PCT_NAMES.get(m.group("pct").lower(), "%")
        fig.end = m.end()
    elif fig.currency is None and (m := CURRENCY_AFTER_RE.match(s, fig.end)) is not None:
        fig.currency = CURRENCY_WORDS.get(_currency_key(m.group("cur")), "USD")
        fig.end = m.end()
    elif fig.currency is None and fig.scale >= 1e6 and (m := POUNDS_RE.match(s, fig.end)) is not None:
        fig.currency = "GBP"
        fig.end = m.end()
    elif fig.currency is None and allow_unit:
        _read_unit(s, fig)
    if fig.currency is not None:
        fig.kind = "money"
        m = _PER_RE.match(s, fig.end)
        adverb = _PER_ADVERB_RE.match(s, fig.end)
        if m is not None:  # "$15.4/hour": a rate; kept as money per something
            fig.extra["per"] = re.sub(r"^(?:per|an?)\s", "", m.group().strip(" /")).lower()
            fig.end = m.end()
        elif adverb is not None:  # "3 billion crowns annually" is "3 billion crowns a year"
            fig.extra["per"] = _PER_ADVERBS[adverb.group(1).lower()]
            fig.end = adverb.end()
        elif _PER_SHARE_AFTER.match(s, fig.end) or _PER_SHARE_BEFORE.search(s[max(0, fig.start - 50):fig.start]):
            fig.extra["per"] = "share"  # "$1.43 in earnings per share": never set against a total profit
    read_hedge_after(s, fig)


def read_hedge_after(s: str, fig: Figure) -> None:
    """"100 or more", "50-odd", "aged 18 or older"."""
    m = HEDGE_AFTER.match(s, fig.end)
    if m is not None and fig.hedge is None:
        fig.hedge = HEDGES_AFTER[m.group().strip(" -").lower()]
        fig.end = m.end()


def _currency_key(written: str) -> str:
    low = written.lower().strip()
    if low.endswith("s") and low[:-1] in CURRENCY_WORDS:
        return low[:-1]
    for key in (low, low.replace("dollars", "dollar")):
        if key in CURRENCY_WORDS:
            return key
    return low


def _read_unit(s: str, fig: Figure) -> None:
    m = _UNIT_RE.match(s, fig.end)
    of_a = None
    if m is None and fig.extra.get("fraction"):
        of_a = _OF_A_UNIT_RE.match(s, fig.end)  # "a quarter of a percentage point"
    if m is None and of_a is None:
        return
    written = (m or of_a).group("unit")  # type: ignore[union-attr]
    found = find_unit(written)
    if found is None:
        return
    unit, symbol = found
    fig.kind = "quantity"
    fig.unit, fig.unit_written = symbol, written
    fig.modifier = m is not None and m.group("gap") == "-"
    fig.end = (m or of_a).end()  # type: ignore[union-attr]
    if unit.symbol == "deg":
        fig.extra["ambiguous_unit"] = True
