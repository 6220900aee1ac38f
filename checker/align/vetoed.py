"""The frame-vetoed aligner (the first design, still the default): claims meet in blocks (same kind
and unit, then the same frame, measure, person or speaker) and a pair is linked when
align/similarity.py's rules all let it through. A date or figure whose sentence has no frame word is
never compared, which is why it does not generalize; the evidence-weighed aligner
(align/weighed.py, `--align weighed`) replaces these vetoes with fitted evidence and takes over once it
passes the fixtures (issue 12).
"""
from __future__ import annotations

from collections import defaultdict

from checker.align.graph import alignable as _alignable, block_pairs as _pairs, components as _components
from checker.align.graph import links_by_component as _links_by_component
from checker.align.label import fact_label
from checker.align.slots import granularity
from checker.align.restated import StoryWords, restated
from checker.align.similarity import same_fact, use_frames
from checker.models import Alignment, Claim, Document, Fact, Link
from checker.rulepack import RulePack
from checker.textutil import noun_phrase

_FRAMED = frozenset({"date", "number", "money", "percentage", "quantity", "ordinal"})
# Words in Context.event that qualify a claim rather than name its event: never a blocking key, or a
# block would hold every figure that has a frame word beside it.
_MARKERS = frozenset({"baseline", "near", "subset", "additional", "clock-time", "identifier", "offset",
                      "period-of-figure"})

def align(docs: list[Document], per_doc: list[list[Claim]], rules: RulePack) -> Alignment:
    use_frames(rules.frames)
    claims = [c for cs in per_doc for c in cs if _alignable(c)]
    story = StoryWords.of(claims)
    restated_at = next((m.restated_at for m in rules.linkage if m.id == "date"), None)
    links: dict[tuple[int, int], Link] = {}
    for members in _blocks(claims).values():
        for i, j in _pairs(members):
            a, b = claims[i], claims[j]
            if a.source == b.source or (i, j) in links:
                continue
            match = same_fact(a, b)
            if match is not None:
                links[(i, j)] = Link(a=i, b=j, score=match.score, shared=list(match.shared),
                                     rule="time-same-event" if a.kind == "time" else None)
            elif a.kind == "date" and restated_at is not None:
                link = _restated_link(a, b, i, j, story, restated_at)
                if link is not None:
                    links[(i, j)] = link
    link_list = sorted(links.values(), key=lambda l: (l.a, l.b))
    members = _components(len(claims), link_list)
    links_of = _links_by_component(members, link_list)
    facts = [Fact(key=f"{claims[m[0]].kind}:{n}", kind=claims[m[0]].kind,
                  label=fact_label([claims[i] for i in m], rules, links_of[n], set(m)),
                  claims=[claims[i] for i in m]) for n, m in enumerate(members)]
    return Alignment(claims=claims, links=link_list, facts=facts, members=members)


def _restated_link(a: Claim, b: Claim, i: int, j: int, story: StoryWords, threshold: float) -> Link | None:
    """restated-sentence (align/restated.py): two dates in the same role and precision, in sentences
    that say the same thing in the same words, are one event's date even with no frame word."""
    if (a.context.measure or "") != (b.context.measure or "") or granularity(a) != granularity(b):
        return None
    if a.sentence == b.sentence and a.value == b.value:
        overlap = 1.0
    else:
        found = restated(a, b, story, threshold)
        if found is None:
            return None
        overlap = found
    score = min(1.0, 0.7 + 0.3 * (overlap - threshold) / max(1e-9, 1 - threshold))
    return Link(a=i, b=j, score=score, rule=f"restated-sentence (the sentences share {overlap:.0%} of their distinctive words)")


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
            if c.kind == "date":
                keys.add(base + ("all",))  # any two dates may be a restated sentence (align/restated.py)
        if c.kind == "age" and c.context.subject:
            keys.add(base + ("person", c.context.subject.split()[-1]))
        if c.kind == "title":
            if c.extra.get("subject_key"):
                keys.add(base + ("person", str(c.extra["subject_key"]).split()[-1]))
            if c.extra.get("org"):
                keys.add(base + ("org", str(c.extra["org"]).lower(), c.value))
        if c.kind in ("place", "time"):  # few per article, and a sentence may name the event only in the one before
            keys.add(base + ("all",))
        if c.kind == "quote":  # quotes meet on any pair of consecutive words they share
            tokens = c.value.split()
            keys.update(base + ("words", x, y) for x, y in zip(tokens, tokens[1:]))
        for key in keys:
            blocks[key].append(i)
    return blocks
