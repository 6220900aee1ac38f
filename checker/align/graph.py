"""Which claims take part in alignment, which pairs of a block are scored, and how chosen links
become facts (connected components). Shared by the aligner and scripts/fit_linkage.py, so that the
weights are fitted on exactly the pairs the checker will score."""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Iterator

from checker.models import Claim, Link

# Kinds compared across sources through alignment; names are compared for spelling on their own.
ALIGNED_KINDS = ("date", "time", "number", "money", "percentage", "quantity", "ordinal", "age", "title", "place", "quote")
_MAX_BLOCK = 128  # up to this size every pair of a block is scored (a story of ten articles stays well below)
# A larger block comes from a too-generic key on a big corpus ("all dates"): each claim is then
# scored against the _WINDOW claims after it in source order only (files in one folder are next to
# each other), so the work grows linearly with the corpus, not with its square.
_WINDOW = 48


def alignable(c: Claim) -> bool:
    """Only the main story's comparable claims: teasers for other stories, photo captions, years used
    as names, and dates that are the period of a figure ("2% in June": compared through the figure)
    are never set against another source."""
    if c.kind == "date" and "period-of-figure" in c.context.event:
        return False
    if {"clock-time", "identifier", "offset"} & set(c.context.event):
        return False  # "5:40 p.m.", "Flight 117", "fifteen games later": not counts of anything
    return c.kind in ALIGNED_KINDS and c.comparable and c.block == 0


def block_pairs(members: list[int]) -> Iterator[tuple[int, int]]:
    if len(members) <= _MAX_BLOCK:
        return combinations(members, 2)
    return ((members[k], j) for k in range(len(members)) for j in members[k + 1:k + 1 + _WINDOW])


def components(n: int, links: list[Link]) -> list[list[int]]:
    parent = list(range(n))

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for link in links:
        ra, rb = find(link.a), find(link.b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(n):
        groups[find(i)].append(i)
    return [g for g in sorted(groups.values()) if len(g) > 1]


def links_by_component(members: list[list[int]], links: list[Link]) -> list[list[Link]]:
    """Each fact's own links, in link order (a fact's label reads only those: one pass, not one per fact)."""
    fact_of = {i: n for n, m in enumerate(members) for i in m}
    out: list[list[Link]] = [[] for _ in members]
    for link in links:
        if link.a in fact_of:
            out[fact_of[link.a]].append(link)
    return out
