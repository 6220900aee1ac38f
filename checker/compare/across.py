"""Across sources: within each fact, flag only values that cannot both be true.

Dates and figures carry intervals (lo, hi) from normalization, with hedges and rounding already
applied, so two claims conflict exactly when their intervals are disjoint. Titles, places and quotes
have their own tests. One finding per fact lists every source's claims, grouped by value.
"""
from __future__ import annotations

import datetime as dt

import math
import re
from collections import defaultdict

from rapidfuzz import fuzz

from checker.compare.findings import make_finding
from checker.extract.names import is_headline
from checker.compare.wording import describe_sides, material_change, quote_diff
from checker.align.slots import family_of
from checker.models import Alignment, Claim, Document, Finding, Link, Severity
from checker.rulepack import RulePack

_CODES = {"date": "DT001", "time": "TM001", "number": "NM001", "money": "MN001", "percentage": "PC001",
          "quantity": "QT001", "ordinal": "OR001", "age": "AG001", "place": "PL001",
          "title": "TI001", "quote": "QU001"}
# Publication dates that are known, not guessed from the text.
_KNOWN_DATES = {"front-matter", "command-line", "metadata", "dateline", "masthead"}
# Figures that change as a story develops (tolls, counts, shares): without publication dates, two
# reports may both have been right when written.
_CHANGING = {"number", "money", "percentage", "quantity", "ordinal"}
# "dozens", "hundreds of", "several": too loose to contradict anything with confidence
_VAGUE = re.compile(r"\b(?:dozens|hundreds|thousands|millions|billions|scores|several|a few|many|tens of)\b", re.IGNORECASE)
# News puts the facts that matter first (the inverted pyramid). Claims deeper than this many sentences
# into the story are more often background or other events, so a conflict there is less certain.
_LEDE = 10
_SAME_WORD = 85  # rapidfuzz ratio at or above which two words of place names are one word, misspelt
_STRONG = 0.7  # frame-aligned links at least this sure keep the check's severity; weaker ones are one step lower
_STRONG_RULE = 0.75  # links by a named rule (titles, quotes): their probability is the rule's own


def across_sources(alignment: Alignment, docs: list[Document], rules: RulePack) -> list[Finding]:
    published = {d.source.path: d.source.published for d in docs}
    dated = {d.source.path for d in docs if d.source.published_from in _KNOWN_DATES}
    developing = {f.id for f in rules.frames if f.develops}
    thresholds = {m.id: (m.warning_at, m.error_at) for m in rules.linkage}
    by_fact: dict[int, list[Link]] = defaultdict(list)
    fact_of = {i: n for n, members in enumerate(alignment.members) for i in members}
    in_fact: dict[tuple[int, str], list[int]] = defaultdict(list)  # (fact, source) -> its claims
    for i, n in fact_of.items():
        in_fact[(n, alignment.claims[i].source)].append(i)
    unsure = _self_contradicting(alignment)
    by_value: dict[tuple[str, str, str], list[int]] = defaultdict(list)
    for i, c in enumerate(alignment.claims):
        by_value[(c.source, c.kind, c.value)].append(i)
    leads = {d.source.path: _first_prose(d) for d in docs}
    for link in alignment.links:
        if not conflicts(alignment.claims[link.a], alignment.claims[link.b]):
            continue
        if link.evidence or not _says_both_frames(alignment, link, fact_of[link.a], in_fact):
            by_fact[fact_of[link.a]].append(link)
    findings = []
    for n, conflicting in sorted(by_fact.items()):
        fact = alignment.facts[n]
        fact.verdict = "conflict"
        involved = sorted({i for l in conflicting for i in (l.a, l.b)})
        claims = [alignment.claims[i] for i in involved] + _corroborating(alignment, involved, by_value)
        strongest = max(l.score for l in conflicting)
        code = _CODES[fact.kind]
        message, why = _explain(fact.kind, claims, published, fact.label)
        why += _linked_by(max(conflicting, key=lambda l: l.score))
        both = [s for s in sorted({c.source for c in claims})
                if any(_each_side_says_both(alignment, l, n, in_fact) for l in conflicting)]
        weighed = any(l.evidence for l in conflicting)
        confidence = _confidence(fact.kind, strongest, thresholds) if weighed else "error"
        if both:  # two facts chained into one far more often than a source contradicting itself twice
            why += " Each source also gives a value the other agrees with: they may report two things."
            confidence = "info"
        timing_unknown = (_develops(claims, developing) and any(c.source not in dated for c in claims)
                          and not _figure_settled(claims, published))
        vague = fact.kind in _CHANGING and any(_VAGUE.search(c.raw) for c in claims)
        muddled = any((n, c.source) in unsure for c in claims)
        deep = any((leads[c.source] >= 0 and c.sentence_index > leads[c.source] + _LEDE)
                   or is_headline(c.sentence) for c in claims)  # background, or a headline's shorthand
        findings.append(make_finding(rules, code, fact=fact.label, message=message, why=why,
                                     claims=claims, confidence=confidence,
                                     weak=vague or muddled or (not weighed and strongest < _STRONG),
                                     background=deep, timing_unknown=timing_unknown,
                                     link_probability=strongest if weighed else None))
    return findings


def _confidence(kind: str, probability: float, thresholds: dict[str, tuple[float, float]]) -> Severity:
    """The highest severity a weighed link's match probability supports (rules/linkage.yaml: error_at,
    warning_at, chosen end to end); links by a named rule (titles, quotes) are sure enough for their
    check's own severity. The frame aligner's links carry no probability and are not capped."""
    warning_at, error_at = thresholds.get(family_of(kind), (_STRONG_RULE, _STRONG_RULE))
    if probability >= error_at:
        return "error"
    return "warning" if probability >= warning_at else "info"


def _linked_by(link: Link) -> str:
    """What joined the claims, from the link's evidence ("event: frame; names: 2+")."""
    if not link.evidence:
        return f" Linked as one fact by rule {link.rule}." if link.rule else ""
    return f" Linked as one fact (p={link.score:.2f}) by " + "; ".join(link.evidence[:4]) + "."


def _figure_settled(claims: list[Claim], published: dict[str, dt.date | None]) -> bool:
    """A developing figure (a toll) may differ between reports written hours apart, both right when
    written. Not when two other sources agreeing on one value were published, by their known or
    inferred dates, one no later and one no earlier than every source giving another value: the
    figure held before and after, so timing does not explain the difference."""
    for c in claims:
        agreeing = {o.source for o in claims if not conflicts(o, c)}
        others = {o.source for o in claims if conflicts(o, c)} - agreeing
        dates = sorted(published[s] for s in agreeing if published.get(s))
        if len(dates) < 2 or not others or any(not published.get(o) for o in others):
            continue
        if all(dates[0] <= published[o] <= dates[-1] for o in others):
            return True
    return False


def _develops(claims: list[Claim], developing: set[str]) -> bool:
    """A figure that changes as a story develops (a frame marked `develops` in rules/frames.yaml)."""
    return any(c.kind in _CHANGING and developing & set(c.context.event) for c in claims)


def _corroborating(alignment: Alignment, involved: list[int],
                   by_value: dict[tuple[str, str, str], list[int]]) -> list[Claim]:
    """Other words in the same sources that give the same value for the same event ("Friday" and
    "three days before the inauguration", both 2025-01-17): shown with the finding as support."""
    out: list[Claim] = []
    seen = set(involved)
    for i in involved:
        d = alignment.claims[i]
        for j in by_value.get((d.source, d.kind, d.value), []):
            c = alignment.claims[j]
            if j not in seen and c.sentence_index != d.sentence_index and set(c.context.event) & set(d.context.event):
                seen.add(j)
                out.append(c)
    return out


def _first_prose(doc: Document) -> int:
    """Index of the first sentence of running prose (after headlines, datelines and captions)."""
    for i, s in enumerate(doc.sentences):
        if not s.is_caption and s.block == 0 and len(s.text.split()) >= 12:
            return i
    return -1


def _self_contradicting(alignment: Alignment) -> set[tuple[int, str]]:
    """(fact, source) pairs where one source gives values that cannot both be true for what the
    alignment took to be one fact: then it may not be one fact ("189 rushing yards in two games",
    "548 this season"), and a finding that rests on it is less certain."""
    out: set[tuple[int, str]] = set()
    for n, members in enumerate(alignment.members):
        by_source: dict[str, list[Claim]] = defaultdict(list)
        for i in members:
            by_source[alignment.claims[i].source].append(alignment.claims[i])
        for source, claims in by_source.items():
            if _any_conflict(claims):
                out.add((n, source))
    return out


def _any_conflict(claims: list[Claim]) -> bool:
    """Do any two of these claims conflict? Intervals conflict somewhere exactly when the largest lower
    end passes the smallest upper end (one pass); other kinds are compared pair by pair."""
    if all(c.lo is not None or c.hi is not None for c in claims) and claims[0].kind not in ("title", "place", "quote"):
        bounds = [_bounds(c) for c in claims]
        return max(lo for lo, _ in bounds) > min(hi for _, hi in bounds)
    return any(conflicts(x, y) for k, x in enumerate(claims) for y in claims[k + 1:])


def _each_side_says_both(alignment: Alignment, link: Link, fact: int,
                         in_fact: dict[tuple[int, str], list[int]]) -> bool:
    """Source B also states, for the same fact, a value that agrees with A's claim and not with its own
    conflicting one (or A with B's): the two values may be two things both sources report (a main
    shock and an aftershock, two votes). A coarser claim that contains both ("this week" beside
    "Friday") offers no second value. Only the two sources' own claims in the fact are read."""
    a, b = alignment.claims[link.a], alignment.claims[link.b]

    def offers(source_claims: list[int], mine: Claim, theirs: Claim, skip: int) -> bool:
        return any(i != skip and not conflicts(alignment.claims[i], theirs) and conflicts(alignment.claims[i], mine)
                   for i in source_claims)

    return (offers(in_fact[(fact, b.source)], b, a, link.b)
            or offers(in_fact[(fact, a.source)], a, b, link.a))


def _says_both_frames(alignment: Alignment, link: Link, fact: int,
                      in_fact: dict[tuple[int, str], list[int]]) -> bool:
    """The frame aligner's veto (its links carry no probability to weigh): when source B also states a
    value compatible with A's claim for the same fact (or A with B's), the conflicting link is
    dropped as two things both sources report. The weighed aligner lowers such a finding to a note
    instead (_each_side_says_both)."""
    a, b = alignment.claims[link.a], alignment.claims[link.b]
    if any(i != link.b and not conflicts(alignment.claims[i], a) for i in in_fact[(fact, b.source)]):
        return True
    return any(i != link.a and not conflicts(alignment.claims[i], b) for i in in_fact[(fact, a.source)])


def conflicts(a: Claim, b: Claim) -> bool:
    """Can these two values not both be true?"""
    if a.kind in ("title",):
        return _titles_conflict(a, b)
    if a.kind == "place":
        ka, kb = a.extra.get("place_key") or a.value, b.extra.get("place_key") or b.value
        # "precinct" / "presinct": one place spelled two ways is a spelling matter, not two places
        return bool(ka and kb) and ka not in kb and kb not in ka and not _misspelt(ka, kb)
    if a.kind == "quote":
        return a.value not in b.value and b.value not in a.value and material_change(a.value, b.value)
    if (a.lo is None and a.hi is None) or (b.lo is None and b.hi is None):
        return False  # a value that could not be pinned (no publication date, say) conflicts with nothing
    a_lo, a_hi = _bounds(a)
    b_lo, b_hi = _bounds(b)
    return a_hi < b_lo or b_hi < a_lo


def _misspelt(a: str, b: str) -> bool:
    """Every word of the shorter place name is a word of the other, give or take a typo: "presinct" and
    "police precinct" are one place; "north carolina" and "south carolina", "westgate mall" and
    "eastgate mall" are not."""
    short, long_ = sorted((a.split(), b.split()), key=len)
    # a typo keeps a word's first letter: "westgate" / "eastgate" are two names, not one misspelt
    return all(any(w[:1] == v[:1] and fuzz.ratio(w, v) >= _SAME_WORD for v in long_) for w in short)


def _bounds(c: Claim) -> tuple[float, float]:
    """An open interval ("more than 12") has no upper end."""
    return (-math.inf if c.lo is None else c.lo), (math.inf if c.hi is None else c.hi)


def _titles_conflict(a: Claim, b: Claim) -> bool:
    if a.value == b.value:
        subject_a, subject_b = a.extra.get("subject_key"), b.extra.get("subject_key")
        # one-holder role at the same organisation given to two different people
        return bool(a.extra.get("unique") and subject_a and subject_b and subject_a != subject_b
                    and (a.extra.get("org") or "").lower() == (b.extra.get("org") or "").lower() != "")
    return a.extra.get("group") == b.extra.get("group") and a.extra.get("subject_key") == b.extra.get("subject_key")


def _explain(kind: str, claims: list[Claim], published: dict, label: str) -> tuple[str, str]:
    sides = describe_sides(claims)
    message = f"Sources disagree on the {label}: " + " vs ".join(sides)
    if kind == "quote":
        a, b = claims[0], claims[-1]
        removed, added = quote_diff(a.value, b.value)
        why = (f"The same speaker is quoted with different words: {a.source} has "
               f"'{' '.join(removed)}' where {b.source} has '{' '.join(added)}'.")
        return message, why
    if kind == "title":
        why = "One person cannot hold both roles at once, or one role has one holder."
    elif kind == "place":
        why = "The same event is placed in two different places."
    elif kind == "date":
        why = "The dates, at the precision each source gives, do not overlap."
    elif kind == "time":
        why = ("The times of day, at the precision each source gives and with their hedges"
               " (on one clock: UTC where a zone is written), do not overlap.")
    else:
        why = "The figures, read with their hedges and units, do not overlap."
    dated = sorted({(published.get(c.source), c.source) for c in claims if published.get(c.source)})
    if len(dated) >= 2 and dated[0][0] != dated[-1][0]:
        why += f" {dated[-1][1]} is newer (published {dated[-1][0]}) than {dated[0][1]} ({dated[0][0]})."
    return message, why
