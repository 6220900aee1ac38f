"""How the sides of a disagreement are put into words."""
from __future__ import annotations

import difflib
from collections import defaultdict

from checker.models import Claim

_HEDGE_WORDS = {"about": "about ", "at-least": "at least ", "more-than": "more than ",
                "at-most": "at most ", "less-than": "less than ", "exact": "", "range": ""}


def describe_sides(claims: list[Claim]) -> list[str]:
    """'2025-01-19 (000.txt)' vs '2025-01-17 (004.txt)': claims grouped by value, sources named."""
    groups: dict[str, list[str]] = defaultdict(list)
    for c in claims:
        value = _HEDGE_WORDS.get(c.qualifier, "") + c.value
        name = c.source.rsplit("/", 1)[-1]
        if name not in groups[value]:
            groups[value].append(name)
    return [f"{value} ({', '.join(names)})" for value, names in groups.items()]


def quote_diff(a: str, b: str) -> tuple[list[str], list[str]]:
    """Words of `a` replaced or dropped in `b`, and words `b` puts in their place."""
    wa, wb = a.split(), b.split()
    removed: list[str] = []
    added: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        if op in ("replace", "delete"):
            removed += wa[i1:i2]
        if op in ("replace", "insert"):
            added += wb[j1:j2]
    return removed, added
