"""The hard rules of alignment that remain: named, documented units, each with its own tests
(tests/test_linkage.py), whose names a finding's `why` can give.

Titles and quotes are linked by who they are of, not by weighed evidence: a role belongs to a person
and words to a speaker, and that is what decides. Every other decision that links or keeps apart two
claims is weighed evidence (align/linkage.py).
"""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from checker.align.evidence import same_name
from checker.models import Claim
from checker.textutil import noun_phrase


@dataclass(frozen=True, slots=True)
class RuleLink:
    rule: str  # the rule's name: "title-same-person"
    probability: float
    shared: tuple[str, ...]


def title_link(a: Claim, b: Claim) -> RuleLink | None:
    """title-same-person: two roles given to one person; title-one-holder: a one-holder role at one
    organisation (two people cannot both be its chief executive)."""
    sa, sb = a.extra.get("subject_key") or "", b.extra.get("subject_key") or ""
    if sa and sb and same_name(sa, sb):
        return RuleLink("title-same-person", 0.95, (sa,))
    oa, ob = (a.extra.get("org") or "").lower(), (b.extra.get("org") or "").lower()
    if a.value == b.value and a.extra.get("unique") and oa and oa == ob:
        return RuleLink("title-one-holder", 0.8, (a.value + " of " + oa,))
    return None


def quote_link(a: Claim, b: Claim) -> RuleLink | None:
    """quote-same-words: largely the same words, from the same speaker when both name one."""
    sa, sb = a.context.subject or "", b.context.subject or ""
    if sa and sb and not same_name(sa, sb):
        return None
    similarity = max(fuzz.ratio(a.value, b.value), fuzz.partial_ratio(a.value, b.value)) / 100.0
    if similarity < 0.75:
        return None
    return RuleLink("quote-same-words", similarity, ((sa or sb),) if (sa or sb) else ())


# Ordinals that count occurrences ("32nd title", "11th visit", "fifth time") can conflict; ordinals
# that name a position in a sequence ("seventh round", "116th minute", "third floor") label different
# things and never do.
_OCCURRENCES = frozenset({"*", "title", "visit", "anniversary", "win", "victory", "championship", "trophy",
                          "cup", "crown", "term", "edition", "birthday", "consecutive", "straight", "attempt"})
_POSITIONS = frozenset({"street", "st", "avenue", "ave", "road", "rd", "floor", "precinct", "district",
                        "division", "regiment", "amendment", "century", "round", "minute", "place", "congress",
                        "parliament", "grade", "ward", "circuit", "battalion", "brigade", "fleet", "army",
                        "corps", "squadron", "infantry", "cavalry", "session", "dynasty"})


def ordinal_counts_occurrences(c: Claim) -> bool:
    """ordinal-position: an ordinal is compared only when it counts occurrences ('32nd time', '11th
    visit', 'their 31st Copa del Rey'), never when it names a position ('seventh round')."""
    head, modifiers = noun_phrase(c.extra.get("counted") or "")
    words = {head} | set(modifiers) | {w.lower() for w in (c.extra.get("counted") or "").split()[:2]}
    if words & _OCCURRENCES:
        return True
    after = c.sentence[c.start - c.sentence_start + len(c.raw):].lstrip()
    following = after.split(" ", 1)[0].strip(".,;:").lower()
    return after[:1].isupper() and following not in _POSITIONS
