"""Figures that contradict each other inside one source: a stated conversion that does not add up
(QT002, "12 km (19 miles)") and a count that does not match the list it introduces (NM002, "the three
dissenters, Greene, Haskel, Mann and Pill").

Both need no other source: the article states both sides itself, so one of them is wrong.
"""
from __future__ import annotations

import re

from checker.compare.findings import make_finding
from checker.models import Claim, Document, Finding
from checker.normalize.numbers import fmt
from checker.rulepack import RulePack

# What may stand between a measure and its conversion: "12 km (7.5 miles)", "12 km, or 7.5 miles".
_CONVERSION_GAP = re.compile(r"\s*(?:\(|,?\s+or\s+|/)\s*$")

_NAME = r"[A-Z][\w’'.\-]*(?:\s(?:[A-Z][\w’'.\-]*|de|da|del|van|von|der|al-[\w’'-]+|bin|ibn|la|le))*"
_ITEM = r"(?:[a-z][\w’'-]*\s){0,3}?" + _NAME
# A list of names: "A, B, C and D" (Oxford comma or not, "&" too).
_LIST = re.compile(r"(?P<list>" + _ITEM + r"(?:,\s" + _ITEM + r")*,?\s(?:and|&)\s" + _ITEM + r")")
# Between the counted noun phrase and the list: a comma or a colon (a colon may follow a clause:
# "Three Madrid players were sent off: A, B and C").
_INTRO = re.compile(r"(?:\s[\w’'-]+){1,4}?\s?[,—–]\s?|(?:\s[\w’'-]+){1,9}?:\s")
_ITEM_SPLIT = re.compile(r",\s(?:(?:and|&)\s)?|\s(?:and|&)\s")
_MAX_LIST_COUNT = 20


def check_numbers_within(doc: Document, claims: list[Claim], rules: RulePack) -> list[Finding]:
    return _conversions(claims, rules) + _count_lists(doc, claims, rules)


def _conversions(claims: list[Claim], rules: RulePack) -> list[Finding]:
    quantities = sorted((c for c in claims if c.kind == "quantity"), key=lambda c: c.start)
    findings: list[Finding] = []
    for first, second in zip(quantities, quantities[1:]):
        if first.sentence_index != second.sentence_index or first.unit != second.unit:
            continue
        gap = first.sentence[first.end - first.sentence_start:second.start - second.sentence_start]
        if not _CONVERSION_GAP.fullmatch(gap) or not (first.comparable and second.comparable):
            continue
        if _overlap(first, second):
            continue
        findings.append(make_finding(
            rules, "QT002", fact=f"conversion of {first.raw}",
            message=f"{first.raw} is not {second.raw}: the conversion does not add up",
            why=(f"{first.raw} and {second.raw} are written as the same measure, but {first.raw} covers "
                 f"{_span(first)} {first.unit} and {second.raw} covers {_span(second)} {second.unit}."),
            claims=[first, second]))
    return findings


def _overlap(a: Claim, b: Claim) -> bool:
    inf = float("inf")
    a_lo, a_hi = (a.lo if a.lo is not None else -inf), (a.hi if a.hi is not None else inf)
    b_lo, b_hi = (b.lo if b.lo is not None else -inf), (b.hi if b.hi is not None else inf)
    return a_lo <= b_hi and b_lo <= a_hi


def _span(c: Claim) -> str:
    lo = fmt(c.lo, 4) if c.lo is not None else "-inf"
    hi = fmt(c.hi, 4) if c.hi is not None else "inf"
    return lo if lo == hi else f"{lo} to {hi}"


def _count_lists(doc: Document, claims: list[Claim], rules: RulePack) -> list[Finding]:
    text = doc.source.text
    findings: list[Finding] = []
    for c in claims:
        if c.kind != "number" or c.qualifier != "exact" or not c.comparable or c.lo != c.hi:
            continue
        if c.lo is None or c.lo != int(c.lo) or not 2 <= c.lo <= _MAX_LIST_COUNT or not c.extra.get("counted"):
            continue
        if {"identifier", "offset"} & set(c.context.event):
            continue  # "the Pac 10 Hard-court Series" names something; it counts nothing
        sentence_end = c.sentence_start + len(c.sentence)
        intro = _INTRO.match(text, c.end, sentence_end)
        if intro is None:
            continue
        found = _LIST.match(text, intro.end(), sentence_end)
        if found is None:
            continue
        items = [i for i in _ITEM_SPLIT.split(found.group("list")) if i.strip()]
        if len(items) < 2 or len(items) == int(c.lo):
            continue
        start, end = found.span("list")
        while end > start and text[end - 1] in ".,;":
            end -= 1  # the sentence's full stop is not part of the last name
        listed = Claim(kind="name", source=c.source, start=start, end=end, raw=text[start:end],
                       value=text[start:end], sentence=c.sentence, line=c.line,
                       column=c.column + (start - c.start), sentence_index=c.sentence_index,
                       sentence_start=c.sentence_start, block=c.block, comparable=False,
                       extra={"items": items})
        findings.append(make_finding(
            rules, "NM002", fact=f"{c.raw} {c.extra['counted']}",
            message=f"\"{c.raw} {c.extra['counted']}\" introduces a list of {len(items)}",
            why=(f"The text says {fmt(c.lo)} and then names {len(items)}: "
                 + "; ".join(i.strip() for i in items) + ". The count or the list is wrong."),
            claims=[c, listed]))
    return findings
