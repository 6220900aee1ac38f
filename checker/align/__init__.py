"""Align: decide which claims from different sources speak of the same fact.

Claims are first put in blocks (same kind and unit dimension, then the same frame, measure, person or
speaker), so that only claims that could be about the same thing are ever scored: the work grows with
the size of each block, not with the square of the corpus. Pairs inside a block are scored by
align/similarity.py; linked claims form facts (connected components).
"""
from __future__ import annotations

from collections import defaultdict
from itertools import combinations
from typing import Iterator

from checker.align.label import fact_label
from checker.align.similarity import same_fact, use_frames
from checker.models import Alignment, Claim, Document, Fact, Link
from checker.rulepack import RulePack
from checker.textutil import noun_phrase

# Kinds compared across sources through alignment; names are compared for spelling on their own.
ALIGNED_KINDS = ("date", "number", "money", "percentage", "quantity", "ordinal", "age", "title", "place", "quote")
_MAX_BLOCK = 128  # up to this size every pair of a block is scored (a story of ten articles stays well below)
# A larger block comes from a too-generic key on a big corpus ("near", a common noun): each claim is
# then scored against the _WINDOW claims after it in source order only (files in one folder are next
# to each other), so the work grows linearly with the corpus, not with its square.
_WINDOW = 48


def align(docs: list[Document], per_doc: list[list[Claim]], rules: RulePack) -> Alignment:
    use_frames(rules.frames)
    claims = [c for cs in per_doc for c in cs if _alignable(c)]
    links: dict[tuple[int, int], Link] = {}
    for members in _blocks(claims).values():
        for i, j in _pairs(members):
            a, b = claims[i], claims[j]
            if a.source == b.source or (i, j) in links:
                continue
            match = same_fact(a, b)
            if match is not None:
                links[(i, j)] = Link(a=i, b=j, score=match.score, shared=list(match.shared))
    link_list = sorted(links.values(), key=lambda l: (l.a, l.b))
    members = _components(len(claims), link_list)
    links_of = _links_by_component(members, link_list)
    facts = [Fact(key=f"{claims[m[0]].kind}:{n}", kind=claims[m[0]].kind,
                  label=fact_label([claims[i] for i in m], rules, links_of[n], set(m)),
                  claims=[claims[i] for i in m]) for n, m in enumerate(members)]
    return Alignment(claims=claims, links=link_list, facts=facts, members=members)


def _pairs(members: list[int]) -> Iterator[tuple[int, int]]:
    if len(members) <= _MAX_BLOCK:
        return combinations(members, 2)
    return ((members[k], j) for k in range(len(members)) for j in members[k + 1:k + 1 + _WINDOW])


def _links_by_component(members: list[list[int]], links: list[Link]) -> list[list[Link]]:
    """Each fact's own links, in link order (a fact's label reads only those: one pass, not one per fact)."""
    fact_of = {i: n for n, m in enumerate(members) for i in m}
    out: list[list[Link]] = [[] for _ in members]
    for link in links:
        if link.a in fact_of:
            out[fact_of[link.a]].append(link)
    return out


_FRAMED = frozenset({"date", "number", "money", "percentage", "quantity", "ordinal"})
# Words in Context.event that qualify a claim rather than name its event: never a blocking key, or a
# block would hold every figure that has a frame word beside it.
_MARKERS = frozenset({"baseline", "near", "subset", "additional", "clock-time", "identifier", "offset",
                      "period-of-figure"})


def _alignable(c: Claim) -> bool:
    """Only the main story's comparable claims: teasers for other stories, photo captions, years used
    as names, and dates that are the period of a figure ("2% in June": compared through the figure)
    are never set against another source."""
    if c.kind == "date" and "period-of-figure" in c.context.event:
        return False
    if {"clock-time", "identifier", "offset"} & set(c.context.event):
        return False  # "5:40 p.m.", "Flight 117", "fifteen games later": not counts of anything
    return c.kind in ALIGNED_KINDS and c.comparable and c.block == 0


def _blocks(claims: list[Claim]) -> dict[tuple[str, ...], list[int]]:
    """Blocking keys, inside a claim's kind and unit: one block per event frame it names (or, for a
    figure with none, its counted noun), per person for ages and titles, per pair of words for quotes.
    Two claims are scored only if they share a block, and the keys follow the rules in similarity.py,
    so no pair that could match is left out."""
    blocks: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for i, c in enumerate(claims):
        base = (c.kind, c.unit or "")
        keys: set[tuple[str, ...]] = set()
        frames = [f for f in c.context.event if f not in _MARKERS]
        if c.kind in _FRAMED:
            # dates and figures with an event frame can only match claims sharing one (similarity.py);
            # figures without one can only match the same counted noun
            keys.update(base + ("frame", f) for f in frames)
            head, _ = noun_phrase(c.extra.get("counted") or "")
            if head and not frames and c.kind != "date":
                keys.add(base + ("noun", head))
        if c.kind == "age" and c.context.subject:
            keys.add(base + ("person", c.context.subject.split()[-1]))
        if c.kind == "title":
            if c.extra.get("subject_key"):
                keys.add(base + ("person", str(c.extra["subject_key"]).split()[-1]))
            if c.extra.get("org"):
                keys.add(base + ("org", str(c.extra["org"]).lower(), c.value))
        if c.kind == "place":  # few per article, and a sentence may name the event only in the one before
            keys.add(base + ("all",))
        if c.kind == "quote":  # quotes meet on any pair of consecutive words they share
            tokens = c.value.split()
            keys.update(base + ("words", x, y) for x, y in zip(tokens, tokens[1:]))
        for key in keys:
            blocks[key].append(i)
    return blocks


def _components(n: int, links: list[Link]) -> list[list[int]]:
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
