"""Facts from chosen links, with the rule `one-value-per-source`.

Joining every chosen link into connected components chains facts: "four killed" in A links to
"four" in B, which links to B's own "seven injured" through C, and one fact ends up holding two
values from each source ("each source also gives a value the other agrees with"). An article states
one value for one fact (a source that contradicts itself is rare and is checked within the source),
so links are merged most probable first, and a merge that would put two disagreeing claims of one
source into one fact is refused: that link is not kept. The one exception is the story-level
choice's own "two values for one slot" (align/choose.py): a claim whose two near-equal counterparts
in one source disagree keeps both (when they are nearly as probable and in different sentences: one
sentence never states one fact twice), so the finding can say the source gives two values.
"""
from __future__ import annotations

from collections import defaultdict

from checker.align.choose import MARGIN, Candidate, values_agree
from checker.models import Claim

RULE = "one-value-per-source"


def form_facts(claims: list[Claim], chosen: list[Candidate]) -> tuple[list[list[int]], list[Candidate]]:
    """(the facts as sorted lists of claim indices, each with 2+ claims; the links kept)."""
    parent = list(range(len(claims)))
    members: dict[int, list[int]] = {i: [i] for i in range(len(claims))}
    partners: dict[int, dict[int, float]] = defaultdict(dict)

    def find(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    kept: list[Candidate] = []
    for c in sorted(chosen, key=lambda c: (-c.probability, c.a, c.b)):
        ra, rb = find(c.a), find(c.b)
        if ra != rb and not _admits(claims, members[ra], members[rb], c, partners):
            continue
        kept.append(c)
        partners[c.a][c.b] = c.probability
        partners[c.b][c.a] = c.probability
        if ra != rb:
            root, other = min(ra, rb), max(ra, rb)
            parent[other] = root
            members[root] = members[root] + members.pop(other)
    groups = sorted(sorted(m) for r, m in members.items() if find(r) == r and len(m) > 1)
    return groups, sorted(kept, key=lambda c: (c.a, c.b))


def _admits(claims: list[Claim], left: list[int], right: list[int], link: Candidate,
            partners: dict[int, dict[int, float]]) -> bool:
    """May the facts `left` and `right` become one through `link`? Not when a source would then give
    two disagreeing values, unless both are direct counterparts of one claim (two values for one slot)."""
    by_source: dict[str, list[int]] = defaultdict(list)
    for i in left:
        by_source[claims[i].source].append(i)
    for j in right:
        for i in by_source.get(claims[j].source, ()):
            if values_agree(claims[i], claims[j]):
                continue
            if _rivals(claims, i, j, link, partners):
                continue
            return False
    return True


def _rivals(claims: list[Claim], i: int, j: int, link: Candidate,
            partners: dict[int, dict[int, float]]) -> bool:
    """i and j (one source, different sentences) are both counterparts of the same claim, one of them
    through `link`, the other through a link at most MARGIN more probable."""
    if claims[i].sentence_index == claims[j].sentence_index:
        return False
    for end, new in ((link.a, link.b), (link.b, link.a)):
        if new not in (i, j):
            continue
        old = j if new == i else i
        if old in partners[end] and partners[end][old] - link.probability <= MARGIN:
            return True
    return False
