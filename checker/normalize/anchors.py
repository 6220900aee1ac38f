"""Dates anchored on other claims across sources: "two days after the election" in one article, when
another article (or the same one) dates the election.

Runs after every document is normalized. An anchored claim left unresolved by the known-dates rules
keeps its anchor words in extra["anchor"] (and its offset in "anchor_n", "anchor_unit", ...); here it takes the date of a day-precise date claim, in any
source, whose sentence names the anchor's head noun (its last word: "election", "summit"), provided all
such claims agree on one day. The claim is updated in place and marked uncertain: the link between the
anchor and the other sentence is read from words, not stated.
"""
from __future__ import annotations

import datetime as dt
import re

from checker.models import Claim, Document
from checker.normalize.date_calendar import shift_date
from checker.rulepack import RulePack


def resolve_cross_source_anchors(docs: list[Document], per_doc: list[list[Claim]], rules: RulePack) -> None:
    dated = [c for claims in per_doc for c in claims
             if c.kind == "date" and c.comparable and c.lo is not None and c.lo == c.hi]
    for doc, claims in zip(docs, per_doc):
        for claim in claims:
            if claim.kind != "date" or "anchor_n" not in claim.extra or claim.lo is not None:
                continue  # only anchors the known dates did not know; not "the day after Wednesday's X"
            _resolve(claim, dated, caption=doc.sentences[claim.sentence_index].is_caption)


def _resolve(claim: Claim, dated: list[Claim], caption: bool) -> None:
    head = claim.extra["anchor"].split()[-1].lower()
    if len(head) < 4:
        return
    word = re.compile(rf"\b{re.escape(head)}\b", re.IGNORECASE)
    candidates = [c for c in dated if c is not claim and word.search(c.sentence)
                  and not (c.source == claim.source and c.sentence_index == claim.sentence_index)]
    days = {int(c.lo) for c in candidates if c.lo is not None}
    if len(days) != 1:
        return
    anchor_day = dt.date.fromordinal(days.pop())
    n, unit, direction = claim.extra["anchor_n"], claim.extra["anchor_unit"], claim.extra["anchor_dir"]
    try:
        day = anchor_day - dt.timedelta(days=1) if claim.extra.get("anchor_eve") else \
            shift_date(anchor_day, n * direction, unit)
    except (OverflowError, ValueError):  # off the calendar's edge: the claim stays unresolved
        return
    source = candidates[0]
    claim.value = day.isoformat()
    claim.lo = claim.hi = float(day.toordinal())
    claim.certain = False
    claim.comparable = not caption  # a photo caption's dates are the photo's
    claim.resolution = (f"{claim.raw} -> {claim.value}: '{claim.extra['anchor']}' dated {anchor_day.isoformat()} "
                        f"by {source.source} ('{source.raw}' in \"{source.sentence[:80]}\"); the link is "
                        "read from the words, so uncertain")
