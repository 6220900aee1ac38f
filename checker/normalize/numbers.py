"""Figure normalization: the contract value, the hedge as a qualifier, and the interval the claim allows.

The interval (`lo`, `hi`, in a base unit) is what compare needs to say "these cannot both be true":
a hedge widens it by the tolerance in rules/tolerances.yaml, and a figure without a hedge still stands
for every value it is a rounding of. `hi` is None when the claim sets no upper bound ("more than 100").
"""
from __future__ import annotations

from decimal import Decimal
from typing import Any

from checker.models import Document, Mention
from checker.normalize.model import Normalized
from checker.normalize.units import find_unit, to_base
from checker.rulepack import RulePack, Tolerance

# Qualifier of a hedge the rule pack does not list: the extractor knows more hedge words than a
# trimmed rule pack might; such a figure is compared as if exact, and says so.
_FALLBACK_QUALIFIER = "exact"
_SPOKEN_FRACTION_STEP = 2.0  # "two-thirds" covers a percentage point either side
_COUNT_KINDS = ("number", "ordinal", "age")
ROUND_CAP = 2.5
# Encodes a vote tally (for, against) as one number so that two tallies agree only when both sides do.
TALLY_BASE = 1_000_000


def _finite(*values: Any) -> bool:
    """A figure beyond what a float holds ("999...9 billion" with 300 nines) is no claim anyone can
    compare; infinite bounds would break every check after this one."""
    try:
        return all(abs(float(v)) < float("inf") for v in values)
    except (OverflowError, TypeError, ValueError):
        return False


def normalize_number(m: Mention, doc: Document, rules: RulePack) -> Normalized | None:
    p = m.parts
    if "number" not in p or not _finite(p["number"], p.get("number_hi") or 0):
        return None
    if "tally" in p:
        return _tally(p)
    tolerance = _tolerance(rules, p.get("hedge"), m.kind)
    qualifier = tolerance.qualifier if tolerance is not None else _FALLBACK_QUALIFIER
    if p.get("vague"):
        qualifier = "at-least"
    if p.get("number_hi") is not None:
        qualifier = "range"
    lo, hi = percent_points(p, *_interval(m.kind, p, tolerance, qualifier, rules))
    value, unit, comparable, resolution = _value_and_unit(m.kind, p)
    extra: dict[str, Any] = {}
    if tolerance is not None:
        extra["tolerance"] = tolerance.id
    if unit is not None and m.kind == "quantity":
        base = _to_base(p, lo, hi)
        if base is None:
            comparable, unit = False, p.get("unit")
        else:
            lo, hi, unit = base
    # A hyphenated duration names a thing ("a 72-hour ceasefire", "the 30-day plan") more than it
    # measures it; a hyphenated size still measures ("the 42-meter ferry", "a 320-foot rocket").
    if (p.get("modifier") and unit == "second") or p.get("name_like") or p.get("ambiguous_unit"):
        comparable = False
    if qualifier == "range":
        resolution = (f"a range from {fmt(float(p['number']))} to {fmt(float(p['number_hi']))}; "
                      "the value is its centre")
    if p.get("hedge") and tolerance is None:
        resolution = f"hedge {p['hedge']!r} is not in the rule pack's tolerances; compared as exact"
    elif p.get("hedge"):
        resolution = f"{p['hedge']!r} read as {qualifier}" + (f"; {resolution}" if resolution else "")
    return Normalized(value=value, qualifier=qualifier, resolution=resolution, lo=lo, hi=hi, unit=unit,  # type: ignore[arg-type]
                      comparable=comparable, extra=extra)


def _tolerance(rules: RulePack, hedge: str | None, kind: str) -> Tolerance | None:
    """The rule entry of a hedge; for no hedge, the `exact` entry (`exact-percentage` for percentages)."""
    wanted = (hedge or "").lower().strip()
    entries = rules.tolerances
    if not wanted:
        by_id = {t.id: t for t in entries}
        return by_id.get("exact-percentage") if kind == "percentage" and "exact-percentage" in by_id \
            else by_id.get("exact")
    for t in entries:
        if kind != "percentage" and t.id == "exact-percentage":
            continue
        if kind == "percentage" and t.id == "exact" and any(x.id == "exact-percentage" for x in entries):
            continue
        if wanted in (h.lower() for h in t.hedges):
            return t
    return None


def _interval(kind: str, p: dict[str, Any], tol: Tolerance | None, qualifier: str,
              rules: RulePack) -> tuple[float | None, float | None]:
    x = float(p["number"])
    if p.get("vague"):
        lo, hi = p["vague"]
        return float(lo), float(hi)
    exact_tol = _tolerance(rules, None, kind)
    cap = exact_tol.relative if exact_tol is not None else 0.0
    whole_count = kind in _COUNT_KINDS and x.is_integer() and p.get("step", 1) >= 1
    step = p.get("step_nonzero" if kind == "quantity" else "step", 1.0)
    if p.get("fraction") and kind == "percentage":
        step = _SPOKEN_FRACTION_STEP
    rounding = 0.0 if whole_count else min(step / 2, cap * abs(x))
    floor = None if p.get("unit") in ("degC", "degF", "K") or x < 0 else 0.0
    if qualifier == "range":
        x_hi = float(p["number_hi"])
        r_hi = 0.0 if whole_count and x_hi == int(x_hi) else min(step / 2, cap * abs(x_hi))
        return x - rounding, x_hi + r_hi
    relative = tol.relative if tol is not None else 0.0
    if qualifier == "about":
        # A round number is no more precise than it looks ("about 3,000" is 2,500..3,500), but the
        # roundness never widens a hedge past ROUND_CAP times its own tolerance ("about 10").
        roundness = p.get("step_nonzero", step) / 2 if not p.get("fraction") else rounding
        width = max(relative * abs(x), min(roundness, ROUND_CAP * relative * abs(x)))
        if tol is not None and tol.below_only:
            return x - relative * abs(x), x
        return x - width, x + width
    if qualifier in ("at-least", "more-than"):
        lo = x + (1 if qualifier == "more-than" and whole_count else 0)
        return lo, (x * (1 + relative) if relative else None)
    if qualifier in ("at-most", "less-than"):
        hi = x - (1 if qualifier == "less-than" and whole_count else 0)
        return (x * (1 - relative) if relative else floor), hi
    return x - rounding, x + rounding


def _value_and_unit(kind: str, p: dict[str, Any]) -> tuple[str, str | None, bool, str | None]:
    x, x_hi = float(p["number"]), p.get("number_hi")
    digits = 4 if p.get("fraction") and kind == "percentage" else 10
    number = fmt(x if x_hi is None else (x + float(x_hi)) / 2, digits)
    if kind == "money":
        per = f"/{p['per']}" if p.get("per") else ""
        return f"{number} {p['currency']}{per}", p["currency"] + per, True, None
    if kind == "percentage":
        mark = p.get("percent", "%")
        if mark == "%":
            return f"{number}%", "%", True, None
        return f"{number} {mark}", "percentage_point", True, None
    if kind == "quantity":
        return f"{number} {p['unit']}", p["unit"], True, None
    if kind in ("ordinal", "age"):
        return number, kind, True, None
    return number, "count", True, None


def _to_base(p: dict[str, Any], lo: float | None, hi: float | None) -> tuple[float | None, float | None, str] | None:
    found = find_unit(p.get("unit_written") or p["unit"])
    if found is None:
        return None
    unit, _ = found
    symbol = p["unit"]
    ends = []
    dimension = None
    for end in (lo, hi):
        if end is None:
            ends.append(None)
            continue
        converted = to_base(end, unit, symbol)
        if converted is None:
            return None
        ends.append(converted[0])
        dimension = converted[1]
    if dimension is None:
        return None
    return ends[0], ends[1], dimension


def percent_points(p: dict[str, Any], lo: float | None, hi: float | None) -> tuple[float | None, float | None]:
    """Basis points compare in percentage points."""
    if p.get("percent") != "bp":
        return lo, hi
    return (lo / 100 if lo is not None else None), (hi / 100 if hi is not None else None)


def _tally(p: dict[str, Any]) -> Normalized:
    a, b = (float(v) for v in p["tally"])
    code = a * TALLY_BASE + b
    return Normalized(value=f"{fmt(a)}-{fmt(b)}", qualifier="exact", lo=code, hi=code, unit="vote-tally",
                      resolution=f"a vote tally, {fmt(a)} for and {fmt(b)} against")


def fmt(x: float, significant: int = 10) -> str:
    """A plain decimal: no exponent, no trailing ".0" ("1300000", "7.1", "0.0000248")."""
    rounded = Decimal(f"{x:.{significant}g}").normalize()
    text = format(rounded, "f")
    return "0" if text in ("-0", "") else text
