"""The hard rules of alignment that remain: named, documented units, each with its own tests
(tests/test_linkage.py), whose names a finding's `why` can give.

Titles and quotes are linked by who they are of, and clock times by the happening they are of, not by weighed evidence: a role belongs to a person
and words to a speaker, and that is what decides. Every other decision that links or keeps apart two
claims is weighed evidence (align/linkage.py).
"""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

import re

from checker.align.evidence import noun_relation, same_name, shared_names, verb_relation, wording
from checker.align.slots import slots_of
from checker.lexicon.lemmas import lemma
from checker.lexicon.wordnet import synsets
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


# "a second, smaller blast", "another explosion", "a fresh attack": the clause names a further
# occurrence of an event, so its time is not the time of the first one.
_ANOTHER = re.compile(r"(?i)\b(?:another|(?:a|the|its)\s+(?P<which>first|second|third|fourth|fifth|further|fresh|new|"
                      r"later|earlier|final|last)\b)")


def time_link(a: Claim, b: Claim) -> RuleLink | None:
    """time-same-event: two times of day are one fact when they are of one happening: on the same day
    (when both give one), on one clock (both with a zone or neither: "15:00 GMT" and "3 p.m." local
    cannot be set against each other), of the same occurrence ("a second blast at 3:50 a.m." / "the
    explosion at 3.15am"; "the first quake" / "the quake"), in the same role ("until about 5 a.m."
    ends a span), not of two different rule-pack frames (the earthquake and an aftershock), not among
    different names (both sentences name distinctive places or people, and
    none in common), and of the same event: a rule-pack frame, an event word (or its WordNet
    synonym) near both, or much of the same wording (evidence.wording "high"); with a shared
    distinctive name, a second shared event word or some shared wording ("mid") besides.
    """
    if a.extra.get("day") is not None and b.extra.get("day") is not None and a.extra["day"] != b.extra["day"]:
        return None
    if (a.extra.get("zone") is None) != (b.extra.get("zone") is None):
        return None
    if _occurrence(a) != _occurrence(b):
        return None  # "the first quake ... at 4:43 a.m." / "the quake hit at 7:48 am"
    if a.extra.get("anchor") != b.extra.get("anchor"):
        return None  # "until about 5 a.m." ends a span; "about 9:40 p.m." is when something happened
    sa, sb = slots_of(a), slots_of(b)
    if sa.frames and sb.frames and not sa.frames & sb.frames:
        return None  # the rule pack's frames name two events: "the quake struck" / "an aftershock struck"
    shared_events = (sa.frames & sb.frames) | {x for x in sa.events for y in sb.events if _same_event(x, y)}
    words = wording(sa, sb)  # the share of content words the two clauses have in common, as a level
    names_a, names_b = _distinctive_names(sa.names), _distinctive_names(sb.names)
    names = shared_names(names_a, names_b)
    if names_a and names_b and not names:
        return None  # "crossing Queens Plaza North" / "the Richmond Hill crash": two places, two events
    if not shared_events and words != "high":
        return None
    if not (names or len(shared_events) >= 2 or words in ("mid", "high")):
        return None
    probability = min(0.95, 0.6 + 0.1 * min(len(names), 2) + 0.05 * min(len(shared_events), 3)
                      + {"high": 0.15, "mid": 0.1}.get(words, 0.0))
    return RuleLink("time-same-event", probability, tuple(sorted(shared_events)) + tuple(names))


def _occurrence(c: Claim) -> str:
    """Which occurrence of its event the clause says the time is of ("first", "second", "another"),
    "" when it says none."""
    found = _ANOTHER.search(c.sentence[:max(0, c.start - c.sentence_start)])
    return "" if found is None else (found["which"] or "another").lower()


def _distinctive_names(names: tuple[str, ...]) -> tuple[str, ...]:
    """Names that tell one event from another: not a capitalised common noun ("Police", "Street",
    "Firefighters"), which WordNet knows as an English noun."""
    return tuple(n for n in names if " " in n or not synsets(lemma(n, "NOUN"), "n"))


def _same_event(x: str, y: str) -> bool:
    return x == y or verb_relation(x, y) == "related" or noun_relation(x, y) == "synonym"


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
