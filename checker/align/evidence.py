"""Comparisons of two claims' slots: each reads one slot on both sides and says how they compare, as
one of a few named levels ("same", "synonym", "different", ...). A level is evidence for or against
the two claims being one fact; how much is not decided here but fitted on labelled pairs
(rules/linkage.yaml, scripts/fit_linkage.py), as record-linkage tools do (Fellegi-Sunter match
weights: Splink, dedupe). No comparison drops a pair on its own: a strong "against" is a large
negative weight that other evidence can still outweigh.

The levels of each comparison are closed and listed in LEVELS, so that a fitted table can be checked
against the code that produces it.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Callable

from rapidfuzz import fuzz

from checker.align.slots import Slots
from checker.lexicon.wordnet import antonym, relation, synsets

_NAME_MATCH = 88  # rapidfuzz ratio at which two names are the same entity
_TRIVIAL_FIGURES = frozenset({"1", "2", "3"})
_LEDE = 3  # sentences: news states its main facts first
_STRONG_LEXICAL = frozenset({"synonym", "hypernym", "verb-group", "gloss", "derived"})
_GRAIN = {"day": 0, "week": 1, "month": 2, "quarter": 3, "year": 4}


@lru_cache(maxsize=262144)
def same_name(x: str, y: str) -> bool:
    """'vladimir putin' = 'putin'; 'pezeshkian' ~ 'pezeshkyan' (fuzzy, long names only)."""
    xs, ys = x.split(), y.split()
    if not xs or not ys:
        return False
    if xs[-1] == ys[-1] and len(xs[-1]) > 3:
        return True
    return min(len(x), len(y)) >= 6 and fuzz.ratio(x, y) >= _NAME_MATCH


def shared_names(a: tuple[str, ...], b: tuple[str, ...]) -> list[str]:
    return [x for x in a if any(x == y or same_name(x, y) for y in b)]


@lru_cache(maxsize=262144)
def noun_relation(x: str, y: str) -> str:
    """How two counted nouns relate, by WordNet: same, synonym, hypernym, cohyponym, different (both
    known, unrelated or opposed), unknown (a word WordNet does not have: 'be-4')."""
    if x == y:
        return "same"
    found = relation(x, y, "n")
    if found is not None and found.kind != "antonym":
        return found.kind if found.kind in ("synonym", "hypernym", "cohyponym") else "hypernym"
    if synsets(x, "n") and synsets(y, "n"):
        return "different"
    return "unknown"


@lru_cache(maxsize=262144)
def verb_relation(x: str, y: str) -> str:
    """same, related (synonym, near hypernym, verb group, gloss: 'derail'/'leave'), opposed
    (antonyms: rise/fall, hire/fire), different."""
    if x == y:
        return "same"
    if antonym(x, y, "v") is not None:
        return "opposed"
    found = relation(x, y, "v")
    if found is not None and found.kind in _STRONG_LEXICAL:
        return "related"
    return "different"


def head(a: Slots, b: Slots) -> str:
    if not a.head and not b.head:
        return "none"
    if not a.head or not b.head:
        return "one-missing"
    if "*" in (a.head, b.head):
        return "generic"
    if a.head in b.modifiers or b.head in a.modifiers:
        return "same"  # "buyback" / "share buyback"
    return noun_relation(a.head, b.head)


def modifiers(a: Slots, b: Slots) -> str:
    """Words before the same head that differ on both sides ("BE-4 engines" / "BE-3U engines")."""
    if not a.modifiers or not b.modifiers or a.head != b.head:
        return "none"
    return "shared" if a.modifiers & b.modifiers else "conflict"


def event(a: Slots, b: Slots) -> str:
    """The event each claim belongs to: its own verb, the rule pack's frames, the event words near it."""
    if a.frames & b.frames:
        return "frame"
    if a.verb and b.verb:
        rel = verb_relation(a.verb, b.verb)
        if rel in ("same", "related"):
            return rel + "-verb"
        if rel == "opposed":
            return "opposed"
    if a.events & b.events:
        return "shared-word"
    if _any_related(a.events, b.events):
        return "related-word"
    if a.frames and b.frames:
        return "frames-differ"
    if a.verb and b.verb:
        return "verbs-differ"
    if not (a.events or a.frames) or not (b.events or b.frames):
        return "none"
    return "no-overlap"


def _any_related(xs: frozenset[str], ys: frozenset[str]) -> bool:
    return any(verb_relation(x, y) == "related" for x in xs for y in ys)


def names(a: Slots, b: Slots) -> str:
    if not a.names or not b.names:
        return "unnamed"
    n = len(shared_names(a.names, b.names))
    return "2+" if n >= 2 else "1" if n == 1 else "disjoint"


def place(a: Slots, b: Slots) -> str:
    if not a.places or not b.places:
        return "none"
    return "same" if same_name(a.places[0], b.places[0]) or a.places[0] == b.places[0] else "different"


def _optional(x: str, y: str) -> str:
    """A slot that either side may leave empty: none, one-missing, same or different."""
    if not x and not y:
        return "none"
    if not x or not y:
        return "one-missing"
    return "same" if x == y else "different"


def period(a: Slots, b: Slots) -> str:
    return _optional(a.period, b.period)


def role(a: Slots, b: Slots) -> str:
    """Baseline, forecast, subset, additional: the same on both sides or not."""
    if a.roles == b.roles:
        return "same-marked" if a.roles else "none"
    if "forecast" in (a.roles ^ b.roles) and not (a.roles ^ b.roles) - {"forecast"}:
        return "forecast-one-side"  # a bare "will" on one side only: weaker than a baseline
    return "different"


def whole(a: Slots, b: Slots) -> str:
    return _optional(a.whole, b.whole)


def instance(a: Slots, b: Slots) -> str:
    """"second reading" / "third reading": two instances of a repeated event."""
    ia, ib = dict(a.instance), dict(b.instance)
    common = ia.keys() & ib.keys()
    if any(ia[k] != ib[k] for k in common):
        return "different"
    return "same" if common else "none"


def wording(a: Slots, b: Slots) -> str:
    if not a.words or not b.words:
        return "none"
    overlap = len(a.words & b.words) / len(a.words | b.words)
    return "high" if overlap >= 0.35 else "mid" if overlap >= 0.2 else "low" if overlap >= 0.08 else "none"


def figures(a: Slots, b: Slots) -> str:
    shared = (a.figures & b.figures) - _TRIVIAL_FIGURES
    return "shared" if shared else "none"


def grain(a: Slots, b: Slots) -> str:
    """Dates: the same precision, one step apart (a day and its week, a month and its quarter), or far."""
    ga, gb = _GRAIN.get(a.granularity, 0), _GRAIN.get(b.granularity, 0)
    gap = abs(ga - gb)
    return "same" if gap == 0 else "near" if gap <= 2 and min(ga, gb) <= 1 else "far"


def anchor(a: Slots, b: Slots) -> str:
    """Dates: "since", "until", "by" before both or neither."""
    if a.anchor == b.anchor:
        return "same-role" if a.anchor else "none"
    return "different"


def position(a: Slots, b: Slots) -> str:
    lede = (a.position <= _LEDE) + (b.position <= _LEDE)
    return ("neither", "one-lede", "both-lede")[lede]


def scale(a: Slots, b: Slots) -> str:
    """Places: the same level ("at Shannon", a venue; "in Ireland", a region) or not."""
    return "same" if a.scale == b.scale else "different"


def subject(a: Slots, b: Slots) -> str:
    if not a.subject or not b.subject:
        return "missing"
    return "same" if same_name(a.subject, b.subject) else "different"


Comparison = Callable[[Slots, Slots], str]
COMPARISONS: dict[str, Comparison] = {
    "head": head, "modifiers": modifiers, "event": event, "names": names, "place": place,
    "period": period, "role": role, "whole": whole, "instance": instance, "wording": wording,
    "figures": figures, "grain": grain, "anchor": anchor, "position": position, "subject": subject,
    "scale": scale,
}
LEVELS: dict[str, tuple[str, ...]] = {
    "head": ("none", "one-missing", "generic", "same", "synonym", "hypernym", "cohyponym", "different", "unknown"),
    "modifiers": ("none", "shared", "conflict"),
    "event": ("frame", "same-verb", "related-verb", "opposed", "shared-word", "related-word", "frames-differ",
              "verbs-differ", "none", "no-overlap"),
    "names": ("unnamed", "2+", "1", "disjoint"),
    "place": ("none", "same", "different"),
    "period": ("none", "one-missing", "same", "different"),
    "role": ("none", "same-marked", "forecast-one-side", "different"),
    "whole": ("none", "one-missing", "same", "different"),
    "instance": ("none", "same", "different"),
    "wording": ("none", "low", "mid", "high"),
    "figures": ("none", "shared"),
    "grain": ("same", "near", "far"),
    "anchor": ("none", "same-role", "different"),
    "position": ("neither", "one-lede", "both-lede"),
    "subject": ("missing", "same", "different"),
    "scale": ("same", "different"),
}
# The comparisons that apply to each family of claims (what the fit script fits, and scores use).
FAMILY_COMPARISONS: dict[str, tuple[str, ...]] = {
    "date": ("event", "names", "wording", "figures", "grain", "anchor", "instance", "position"),
    "count": ("head", "modifiers", "event", "names", "place", "period", "role", "whole", "instance",
              "wording", "figures", "position", "subject"),
    "measure": ("head", "event", "names", "place", "period", "role", "wording", "figures", "position"),
    "place": ("event", "names", "wording", "position", "scale"),
}


def levels_of(family: str, a: Slots, b: Slots) -> dict[str, str]:
    return {name: COMPARISONS[name](a, b) for name in FAMILY_COMPARISONS[family]}
