"""Story-level choice: within one story a fact has one value per source, so a claim's counterpart in
another source is its best-scoring claim there, not every claim that scores above the threshold.

A pair is kept when either of its claims chooses it, so a source that states one fact twice, with
two values, still has both of its claims joined to the fact (and compare says so), never silently
dropped. Among counterparts that score almost alike (within MARGIN), the one that agrees is chosen:
the charitable reading, since two sources that both say "25" somewhere in the same words most likely
mean the same 25.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass

from checker.models import Claim

MARGIN = 0.05


@dataclass(frozen=True, slots=True)
class Candidate:
    a: int
    b: int
    probability: float
    shared: tuple[str, ...]


def choose_links(claims: list[Claim], candidates: list[Candidate]) -> list[Candidate]:
    by_end: dict[tuple[int, str], list[Candidate]] = defaultdict(list)
    for c in candidates:
        by_end[(c.a, claims[c.b].source)].append(c)
        by_end[(c.b, claims[c.a].source)].append(c)
    kept: dict[tuple[int, int], Candidate] = {}
    for (claim, _source), options in by_end.items():
        best = max(c.probability for c in options)
        near = [c for c in options if c.probability >= best - MARGIN]
        agreeing = [c for c in near if values_agree(claims[c.a], claims[c.b])]
        pick = max(agreeing or near, key=lambda c: (c.probability, -c.a, -c.b))
        kept[(pick.a, pick.b)] = pick
        chosen = claims[_other(pick, claim)]
        for c in options:  # the source's more precise words for the same slot: "this week" -> "Friday"
            if c is not pick and _refines(claims[_other(c, claim)], chosen):
                kept[(c.a, c.b)] = c
    return sorted(kept.values(), key=lambda c: (c.a, c.b))


def _other(c: Candidate, claim: int) -> int:
    return c.b if c.a == claim else c.a


def _refines(finer: Claim, coarser: Claim) -> bool:
    """finer lies within coarser and is narrower: "Friday" within "this week", "2,410" within
    "about 2,400"; a source that gives both says one value, the finer."""
    if finer.lo is None or finer.hi is None or coarser.lo is None or coarser.hi is None:
        return False
    inside = coarser.lo <= finer.lo and finer.hi <= coarser.hi
    return inside and (finer.hi - finer.lo) < (coarser.hi - coarser.lo)


def values_agree(a: Claim, b: Claim) -> bool:
    """The same value, or intervals that overlap; a value that could not be pinned agrees with anything."""
    if a.value == b.value:
        return True
    if a.lo is None and a.hi is None or b.lo is None and b.hi is None:
        return a.kind in ("date",)  # an unpinned date ("Tuesday" with no publication date)
    a_lo = a.lo if a.lo is not None else float("-inf")
    a_hi = a.hi if a.hi is not None else float("inf")
    b_lo = b.lo if b.lo is not None else float("-inf")
    b_hi = b.hi if b.hi is not None else float("inf")
    return not (a_hi < b_lo or b_hi < a_lo)
