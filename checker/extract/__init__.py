"""Extract: find the spans of text that state a checkable fact, and read what they say.

Each extractor reads a Document and returns Mentions; `extract` runs them all and settles overlaps
(a date wins over the number inside it, a longer reading over a shorter one).
"""
from __future__ import annotations

import bisect

from checker.extract.dates import find_dates
from checker.extract.entities import find_entities
from checker.extract.numbers import find_numbers
from checker.extract.quotes import find_quotes
from checker.extract.times import find_times
from checker.models import Document, Mention
from checker.options import Options
from checker.rulepack import RulePack

# When two mentions overlap, the one of the kind listed first is kept.
_PRECEDENCE = ["quote", "date", "time", "age", "money", "percentage", "quantity", "ordinal", "number",
               "title", "name", "place"]


def extract(doc: Document, rules: RulePack, options: Options) -> list[Mention]:
    found = (find_dates(doc, day_first=options.day_first) + find_times(doc, rules) + find_numbers(doc)
             + find_entities(doc, rules) + find_quotes(doc))
    return settle_overlaps(found)


def settle_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep, among overlapping figure mentions, the one of higher precedence (then the longer one).
    Quotes, names, titles and places may overlap figures: a quote contains numbers, a title a name."""
    figures = [m for m in mentions if m.kind not in ("quote", "name", "title", "place")]
    others = [m for m in mentions if m.kind in ("quote", "name", "title", "place")]
    figures.sort(key=lambda m: (_PRECEDENCE.index(m.kind), -(m.end - m.start), m.start))
    kept: list[Mention] = []
    taken: list[tuple[int, int]] = []  # kept spans, sorted and disjoint: a free span is found by bisection
    for m in figures:
        i = bisect.bisect_left(taken, (m.start, m.start))
        if (i == 0 or taken[i - 1][1] <= m.start) and (i == len(taken) or m.end <= taken[i][0]):
            taken.insert(i, (m.start, m.end))
            kept.append(m)
    return sorted(kept + others, key=lambda m: (m.start, m.end, m.kind))
