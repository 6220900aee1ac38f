"""Are two claims from different sources about the same fact? One function per family of kinds.

Each returns a score in (0, 1] with the reasons it shares, or None when the claims are about different
things. The rules are deliberately conservative: a pair that is not clearly the same fact is never
compared, because a checker that flags everything is switched off.
"""
from __future__ import annotations

from dataclasses import dataclass

from rapidfuzz import fuzz

from checker.align.evidence import same_name
from checker.align.rules import ordinal_counts_occurrences, time_link
from checker.lexicon.wordnet import lexname_of
from checker.models import Claim
from checker.textutil import noun_phrase, stem

# Words for people in general: they match each other when the two claims share an event frame
# ("8,500 residents" / "3,000 people" under evacuation orders). Groups such as passengers, crew or
# children are counted apart and never match "people".
_PEOPLE = frozenset({"people", "person", "individual", "civilian", "resident", "villager", "inhabitant",
                     "citizen", "local", "victim"})
_PROBABLY = 0.65  # the score of a link that is only probably the same fact (below compare's "strong")
_FRAME_PATTERNS: dict[str, object] = {}


def use_frames(frames: list) -> None:
    """Give the verb test the rule pack's frames (called once per alignment)."""
    _FRAME_PATTERNS.clear()
    _FRAME_PATTERNS.update({f.id: f for f in frames})


def frame_matches(frame_id: str, word: str) -> bool:
    frame = _FRAME_PATTERNS.get(frame_id)
    return bool(frame) and frame.pattern.search(word.lower()) is not None  # type: ignore[attr-defined]


@dataclass(frozen=True)
class Match:
    score: float
    shared: tuple[str, ...]


def same_fact(a: Claim, b: Claim) -> Match | None:
    for noun, ordinal in a.context.instance.items():
        if b.context.instance.get(noun, ordinal) != ordinal:
            return None  # "second reading" and "third reading" are two events
    if a.kind == "date":
        return _dates(a, b)
    if a.kind in ("number", "money", "percentage", "quantity", "ordinal", "age"):
        return _figures(a, b)
    if a.kind == "title":
        return _titles(a, b)
    if a.kind == "place":
        return _places(a, b)
    if a.kind == "quote":
        return _quotes(a, b)
    if a.kind == "time":
        link = time_link(a, b)
        return Match(link.probability, link.shared) if link else None
    return None


def shared_names(a: Claim, b: Claim) -> list[str]:
    """Names in both sentences (fuzzy, so "Putin" = "Vladimir Putin"), and figures written in both."""
    out = [f for f in a.context.figures if f in b.context.figures and f not in ("1", "2", "3")]
    for x in a.context.names:
        for y in b.context.names:
            if x == y or same_name(x, y):
                out.append(x)
                break
    return out


def _window(a: Claim, b: Claim) -> float:
    if not a.context.window or not b.context.window:
        return 0.0
    return fuzz.token_set_ratio(a.context.window, b.context.window) / 100.0


def _granularity(c: Claim) -> str:
    days = (c.hi or 0) - (c.lo or 0) + 1
    return "day" if days <= 1 else "week" if days <= 7 else "month" if days <= 31 else "quarter" if days <= 92 else "year"


def _dates(a: Claim, b: Claim) -> Match | None:
    """Dates align only through an event frame both sentences name ("signed", "launch", "final"), in
    the same role ("since August 2023" is not the day of an event), at the same precision (a month
    named in passing is background, not a rival for the day of the event), and with something else
    they share: a name, or much of their wording."""
    if (a.context.measure or "") != (b.context.measure or ""):  # the role word: since, until, by...
        return None
    if _granularity(a) != _granularity(b):
        return None
    fa, fb = set(a.context.event), set(b.context.event)
    shared = fa & fb
    if not shared:
        return None
    if any(_different_objects(f, a.context.objects.get(f), b.context.objects.get(f)) for f in shared):
        return None  # the day an order was signed and the day a bill was signed are two facts
    if any(_named_object_missing(f, a, b) or _named_object_missing(f, b, a) for f in shared):
        return None  # "Vincent Jackson was arrested" and a sentence about Jamal Williams only
    names = shared_names(a, b)
    window = _window(a, b)
    coarse = _granularity(a) in ("year", "quarter", "month")
    if not names and window < (0.5 if coarse else 0.3):
        return None  # a year or month named in passing needs more in common than a day does
    score = min(1.0, 0.45 + 0.15 * min(len(names), 3) + 0.3 * window)
    if coarse:
        score = min(score, _PROBABLY)  # a year or month is more often background than the event's date
    return Match(score, tuple(sorted(shared)) + tuple(names))


def _different_objects(frame_id: str, x: str | None, y: str | None) -> bool:
    """Both event verbs name what they act on, and it differs: "signed Joique Bell" / "signed DeShawn
    Wynn". A frame word as object ("signed the treaty") is the event itself and matches anything."""
    if not x or not y or x == y:
        return False
    return not (frame_matches(frame_id, x) or frame_matches(frame_id, y) or same_name(x, y))


def _named_object_missing(frame_id: str, a: Claim, b: Claim) -> bool:
    """a's event verb acts on a named person or thing ("Vincent Jackson was arrested"), b's names no
    object, and b's sentence names others but never that one: b is about someone else."""
    obj = a.context.objects.get(frame_id)
    if not obj or b.context.objects.get(frame_id) or not b.context.names:
        return False
    named = [n for n in a.context.names if stem(n.split()[-1]) == obj]
    if not named:
        return False  # a common noun ("an executive order"): b may well speak of the same one
    return not any(same_name(n, m) for n in named for m in b.context.names)


def _figures(a: Claim, b: Claim) -> Match | None:
    """Figures align on the same unit dimension, the same period, the same role (a figure and its
    baseline "from $4.12 billion" are different facts; so are a forecast and an actual), the same
    event frames, and the same counted noun with no contradicting modifiers ("BE-4 engines" is not
    "BE-3U engines"). Verbs must agree or share a frame ("killed"/"died")."""
    if a.unit != b.unit:
        return None
    if (a.context.period or "") != (b.context.period or ""):
        return None
    if a.kind == "ordinal" and not (ordinal_counts_occurrences(a) and ordinal_counts_occurrences(b) and shared_names(a, b)):
        return None  # an ordinal count needs the same named subject ("Barcelona's 32nd title")
    fa, fb = set(a.context.event), set(b.context.event)
    for marker in ("baseline", "forecast", "subset", "additional"):
        if (marker in fa) != (marker in fb):
            return None
    near = "near" in fa and "near" in fb
    fa -= {"baseline", "subset", "additional", "near"}
    fb -= {"baseline", "subset", "additional", "near"}
    if bool(fa) != bool(fb) or (fa and not fa & fb):
        return None
    shared_frames = fa & fb
    if a.kind == "age":
        if not a.context.subject or not b.context.subject or not same_name(a.context.subject, b.context.subject):
            return None
        return Match(0.95, ("age of " + a.context.subject,))
    ha, ma = _counted(a)
    hb, mb = _counted(b)
    if "*" in (ha, hb):  # "the 32nd time" / "31st Copa del Rey title": the generic noun says nothing
        ha, hb = (hb, hb) if ha == "*" else (ha, ha)
    if nobody(a) and is_person_noun(hb):  # "no one was injured" / "two workers were injured"
        ha, ma = hb, mb
    elif nobody(b) and is_person_noun(ha):
        hb, mb = ha, ma
    if not ha and not hb and not near and a.kind in ("number", "ordinal"):
        return None  # neither count says what it counts, and no event word stands right by both
    same_noun = bool(ha) and (ha == hb or ha in mb or hb in ma)  # "buyback" / "share buyback program"
    if ha and hb and not same_noun and not (ha in _PEOPLE and hb in _PEOPLE and shared_frames):
        return None
    if ma and mb and not ma & mb and ha == hb:
        return None  # "BE-4 engines" and "BE-3U engines"
    if (a.extra.get("whole") or b.extra.get("whole")) and a.extra.get("whole") != b.extra.get("whole"):
        return None  # "28 of his 68 punches" and "178 of 369 punches": parts of different wholes
    if not _verbs_agree(a, b, shared_frames):
        return None
    if a.context.places and b.context.places and not same_name(a.context.places[0], b.context.places[0]):
        return None  # distances from two different places
    if not shared_frames and (not same_noun or ha in _PEOPLE):
        return None  # "people" alone says too little about which people
    if bool(ha) != bool(hb):
        return None  # one names what it counts, the other does not
    names = shared_names(a, b)
    window = _window(a, b)
    if not names and window < 0.35 and not (shared_frames and same_noun):
        return None
    if a.kind == "number" and not names and window < 0.5:
        return None  # a count with no named subject in common ("he caught 29 passes") is anyone's
    score = min(1.0, 0.4 + 0.2 * bool(shared_frames) + 0.15 * same_noun + 0.1 * min(len(names), 2) + 0.2 * window)
    if a.kind == "number":
        fully_specified = bool(shared_frames) and same_noun and bool(names)
    else:
        fully_specified = bool(shared_frames) and (bool(names) or window >= 0.5)
    if not fully_specified:
        # what is counted, by what event, of whom: a count missing one of these is only probably
        # the same fact ("29 passes" / "39 passes": when, by whom?)
        score = min(score, _PROBABLY)
    reasons = tuple(sorted(shared_frames)) + ((ha,) if same_noun else ()) + tuple(names)
    return Match(score, reasons)


_SCALES = frozenset({"magnitude", "category", "level", "grade", "force"})


def nobody(c: Claim) -> bool:
    """A count of no one ("no one was injured", "no deaths were reported"): none of any people."""
    return bool(c.extra.get("zero")) and c.extra.get("counted") == "people"


def is_person_noun(noun: str) -> bool:
    """People of any kind, by WordNet's class of the noun's first sense (noun.person: worker, miner,
    passenger, soldier), or the words for people in general."""
    return noun in _PEOPLE or lexname_of(noun, "n") == "noun.person"


def _counted(c: Claim) -> tuple[str, frozenset[str]]:
    """What a count counts. A measure with a unit ("31,200 acres overnight") is measured by its unit;
    the words after it are not what it counts. A figure on a scale ("magnitude 6.9") counts the scale."""
    if c.kind in ("quantity", "percentage"):
        return "", frozenset()
    if c.context.measure in _SCALES:
        return c.context.measure or "", frozenset()
    return noun_phrase(c.extra.get("counted") or "")


def _verbs_agree(a: Claim, b: Claim, shared_frames: set[str]) -> bool:
    va, vb = a.extra.get("verb") or "", b.extra.get("verb") or ""
    if not va or not vb or stem(va) == stem(vb):
        return True
    # different verbs agree only when both name the frame the claims share ("killed" / "died")
    return bool(shared_frames) and all(
        any(frame_matches(f, v) for f in shared_frames) for v in (va, vb))


def _titles(a: Claim, b: Claim) -> Match | None:
    """Titles align on the person they are given to, or on a one-holder role at one organisation."""
    sa, sb = a.extra.get("subject_key") or "", b.extra.get("subject_key") or ""
    if sa and sb and same_name(sa, sb):
        return Match(0.95, (sa,))
    oa, ob = (a.extra.get("org") or "").lower(), (b.extra.get("org") or "").lower()
    if a.value == b.value and a.extra.get("unique") and oa and oa == ob:
        return Match(0.8, (a.value + " of " + oa,))
    return None


def _places(a: Claim, b: Claim) -> Match | None:
    """Places align through the event both sentences name ("landed", "final", "signed"), or, when a
    sentence names no event, through at least two names they share ("Barcelona", "Real Madrid")."""
    fa, fb = set(a.context.event), set(b.context.event)
    shared = fa & fb
    names = shared_names(a, b)
    if not shared and (fa and fb or len(names) < 2):
        return None
    ta, tb = a.extra.get("type") or "", b.extra.get("type") or ""
    if ta and tb and ta != tb:
        return None
    if not (ta or tb) and (a.extra.get("prep") == "in") != (b.extra.get("prep") == "in"):
        return None  # "at Shannon" (a venue) and "in Ireland" (a region) are different levels
    window = _window(a, b)
    if not names and window < 0.4:
        return None
    return Match(min(1.0, 0.6 + 0.1 * len(names) + 0.2 * window), tuple(sorted(shared)) + tuple(names))


def _quotes(a: Claim, b: Claim) -> Match | None:
    """Quotes align when they are largely the same words from the same speaker (when both name one)."""
    sa, sb = a.context.subject or "", b.context.subject or ""
    if sa and sb and not same_name(sa, sb):
        return None
    similarity = fuzz.ratio(a.value, b.value) / 100.0
    partial = fuzz.partial_ratio(a.value, b.value) / 100.0
    if max(similarity, partial) < 0.75:
        return None
    return Match(max(similarity, partial), ((sa or sb),) if (sa or sb) else ())
