"""Normalize: turn each Mention into a Claim with a contract value, an interval to compare, and the
words that say how the value was derived, and where it stands (line and column, as the contract prints)."""
from __future__ import annotations

import bisect
import re

from checker.extract.context import context_for
from checker.memo import SentenceMemo
from checker.models import Claim, Context, Document, Mention
from checker.normalize.dates import DateAnchors, normalize_date
from checker.normalize.model import Normalized
from checker.normalize.numbers import normalize_number
from checker.normalize.text import normalize_text
from checker.normalize.times import normalize_time
from checker.rulepack import RulePack

__all__ = ["normalize", "Normalized"]


_NEWLINE = re.compile("\n")
_NEIGHBOURS = 24  # mentions either side of a claim that its context may look at


def _neighbours(siblings: list[Mention], at: int) -> list[Mention]:
    """The mentions of the sentence around the one at index `at` (siblings are in text order): a
    sentence with thousands of figures then costs linear, not quadratic, time."""
    return siblings[max(0, at - _NEIGHBOURS):at + _NEIGHBOURS + 1]


_CONTEXTS: SentenceMemo[Context] = SentenceMemo()


def _context(m: Mention, doc: Document, rules: RulePack, siblings: list[Mention]) -> Context:
    """What the claim is about (checker/extract/context.py), read once per sentence text and position:
    the context depends only on the sentence, the claim's span and reading, and where the other
    mentions of the sentence stand. Claims with equal keys share one Context, which nobody changes."""
    sentence = doc.sentences[m.sentence]
    base, parts = sentence.start, m.parts
    key = (sentence.text, m.kind, m.start - base, m.end - base, parts.get("counted"),
           parts.get("verb"), parts.get("subject"),
           tuple((x.kind, x.start - base, x.end - base) if x is not m else None for x in siblings))
    return _CONTEXTS.get(rules, key, lambda: context_for(m, doc, rules, siblings))


OUT_OF_RANGE = "out-of-range"


def _date(m: Mention, doc: Document, anchors: DateAnchors) -> Normalized | None:
    """The date's value; a date that falls off the calendar (years 1 to 9999: "tomorrow" from a
    publication date of 9999-12-31) is kept as a claim that says so and is never compared, and the
    run warns about it (pipeline.check_story), instead of one such file stopping the whole run."""
    try:
        return normalize_date(m, doc, anchors)
    except (OverflowError, ValueError):
        return Normalized(value="XXXX-XX-XX", certain=False, comparable=False,
                          resolution="cannot be placed: it falls outside the calendar (years 1 to 9999)",
                          extra={OUT_OF_RANGE: True})


def normalize(doc: Document, mentions: list[Mention], rules: RulePack) -> list[Claim]:
    anchors = DateAnchors.for_document(doc, rules, mentions)
    by_sentence: dict[int, list[Mention]] = {}
    position: dict[int, int] = {}  # id(mention) -> its index among its sentence's mentions
    for m in mentions:
        siblings = by_sentence.setdefault(m.sentence, [])
        position[id(m)] = len(siblings)
        siblings.append(m)
    line_starts = [0] + [nl.end() for nl in _NEWLINE.finditer(doc.source.text)] if mentions else [0]
    claims: list[Claim] = []
    original = doc.source.original_text
    dates_of: dict[int, list[Claim]] = {}  # sentence -> its date claims, for the times beside them
    # times last: a time takes its day from the date written beside it ("3:15 a.m. on Tuesday")
    for m in sorted(mentions, key=lambda x: x.kind == "time"):
        if m.kind == "date":
            result = _date(m, doc, anchors)
        elif m.kind == "time":
            result = normalize_time(m, dates_of.get(m.sentence, []),
                                    [x for x in by_sentence[m.sentence] if x.kind == "time"], rules)
        elif m.kind in ("number", "money", "percentage", "quantity", "ordinal", "age"):
            result = normalize_number(m, doc, rules)
        else:
            result = normalize_text(m, doc, rules)
        if result is None:
            continue
        sentence = doc.sentences[m.sentence]
        raw, sentence_text = m.raw, sentence.text
        if original is not None:  # quote the words as written, not as folded for reading
            raw = original[m.start:m.end]
            sentence_text = original[sentence.start:sentence.start + len(sentence.text)]
        line = bisect.bisect_right(line_starts, m.start)  # 1-based, as editors and CI annotations count
        claims.append(Claim(
            kind=m.kind, source=doc.source.path, start=m.start, end=m.end, raw=raw,
            value=result.value, qualifier=result.qualifier, resolution=result.resolution,
            sentence=sentence_text, lo=result.lo, hi=result.hi, unit=result.unit,
            certain=result.certain, comparable=result.comparable and not sentence.is_caption,
            context=_context(m, doc, rules, _neighbours(by_sentence[m.sentence], position[id(m)])),
            sentence_index=m.sentence, sentence_start=sentence.start,
            block=sentence.block, line=line, column=m.start - line_starts[line - 1] + 1,
            extra={**m.parts, **result.extra},
        ))
        if m.kind == "date":
            dates_of.setdefault(m.sentence, []).append(claims[-1])
    if any(m.kind == "time" for m in mentions):
        claims.sort(key=lambda c: (c.start, c.end, c.kind))
    return claims
