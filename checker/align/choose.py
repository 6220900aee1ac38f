"""Story-level choice: within one story a fact has one value per source, so a claim's counterpart in
another source is its best-scoring claim there, not every claim that scores above the threshold.

For each pair of sources the candidate links are taken greedily, most probable first (one-to-one
assignment, as record-linkage tools resolve a many-to-many block). A claim that already has a
counterpart in the other source takes a second one only when
- the second agrees with the first (the source states the fact twice: "Friday" and "three days before
  the inauguration", both 17 January), or
- the second is nearly as probable (within MARGIN): the source gives two values for one slot, and the
  finding must say so rather than silently pick one.
So a source's passing mention of another date never joins a fact that has a better counterpart.
Among candidates of almost the same probability the agreeing one goes first: the charitable reading.
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
    shared: tuple[str, ...]  # what a fact's label can name
    evidence: tuple[str, ...] = ()  # what linked them, for the finding's why


def choose_links(claims: list[Claim], candidates: list[Candidate]) -> list[Candidate]:
    by_sources: dict[tuple[str, str], list[Candidate]] = defaultdict(list)
    for c in candidates:
        by_sources[tuple(sorted((claims[c.a].source, claims[c.b].source)))].append(c)
    kept: list[Candidate] = []
    for options in by_sources.values():
        kept.extend(_one_to_one(claims, options))
    return sorted(kept, key=lambda c: (c.a, c.b))


def _one_to_one(claims: list[Claim], options: list[Candidate]) -> list[Candidate]:
    """Greedy assignment inside one pair of sources."""
    def order(c: Candidate) -> tuple[float, int, int]:
        bonus = MARGIN if values_agree(claims[c.a], claims[c.b]) else 0.0
        return (-(c.probability + bonus), c.a, c.b)

    partners: dict[int, list[int]] = defaultdict(list)
    best: dict[int, float] = {}
    kept: list[Candidate] = []
    for c in sorted(options, key=order):
        if not (_admits(claims, c, c.a, c.b, partners, best) and _admits(claims, c, c.b, c.a, partners, best)):
            continue
        kept.append(c)
        for end, other in ((c.a, c.b), (c.b, c.a)):
            partners[end].append(other)
            best.setdefault(end, c.probability)
    return kept


def _admits(claims: list[Claim], c: Candidate, end: int, new: int,
            partners: dict[int, list[int]], best: dict[int, float]) -> bool:
    """May `end` take `new` as one more counterpart in new's source?"""
    if not partners[end]:
        return True
    if c.probability >= best[end] - MARGIN:
        return True  # nearly as probable: the other source gives two values, and compare says so
    return all(values_agree(claims[new], claims[p]) for p in partners[end])


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
