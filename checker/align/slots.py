"""Typed slots of a claim: what it counts, the event, who, where, when and its role, read the same way
on every side so that two claims can be compared slot by slot (align/evidence.py).

Extraction has already read the words next to each claim (checker/extract/context.py: the counted
noun, the adjacent verb, the names, the period, the role markers); here they become lemmas, with
WordNet's knowledge of them (checker/lexicon), so that "lorries"/"trucks" or "derailed"/"left the
tracks" meet on what they are, not on how they are spelt.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from checker.lexicon.lemmas import lemma
from checker.lexicon.wordnet import lexname_of
from checker.models import Claim
from checker.textutil import STOPWORDS

# Markers in Context.event that give a claim's role rather than its event (extract/context.py).
ROLE_MARKERS = frozenset({"baseline", "forecast", "subset", "additional"})
_NOT_EVENTS = ROLE_MARKERS | {"near", "clock-time", "identifier", "offset", "period-of-figure"}
# WordNet noun classes that name happenings: "the derailment", "the strike", "the launch".
_EVENT_NOUN_CLASSES = frozenset({"noun.act", "noun.event", "noun.phenomenon", "noun.process"})
_MAX_EVENT_WORDS = 6


@dataclass(frozen=True, slots=True)
class Slots:
    family: str  # "date", "count", "measure", "place", "title", "quote"
    head: str  # lemma of what a figure counts or measures ("car"), "" when it names nothing
    modifiers: frozenset[str]  # the words before the head ("passenger", "be-4")
    verb: str  # lemma of the figure's own verb ("derail"), ""
    frames: frozenset[str]  # rule-pack frames near the claim (domain hints: "signing")
    events: frozenset[str]  # lemmas of event verbs and event nouns around the claim
    roles: frozenset[str]  # baseline, forecast, subset, additional
    names: tuple[str, ...]  # proper names in the sentence, normalized
    places: tuple[str, ...]  # the place a measure is from ("12 km northeast of Chivay")
    period: str  # the time a figure belongs to ("2024", "june"), ""
    subject: str  # the person a title, age or quote is of
    whole: str  # "112 of the 200 seats": "200"
    instance: tuple[tuple[str, str], ...]  # ("reading", "third")
    words: frozenset[str]  # content lemmas of the words around the claim
    figures: frozenset[str]  # the other figures of the sentence, as digits
    granularity: str  # dates: day, week, month, quarter, year
    anchor: str  # dates: the role word before it ("since", "until", "by"), ""
    position: int  # the claim's sentence number in its article
    scale: str  # places: what kind of place ("city", "venue") or how it is introduced ("in" a region)


def slots_of(c: Claim) -> Slots:
    ctx = c.context
    family = family_of(c.kind)
    head, modifiers = _head(c)
    verb = lemma(str(c.extra.get("verb") or ""), "VERB") if c.extra.get("verb") else ""
    words = _content_lemmas(ctx.window)
    return Slots(
        family=family, head=head, modifiers=modifiers, verb=verb,
        frames=frozenset(f for f in ctx.event if f not in _NOT_EVENTS),
        events=_events(ctx.window) | ({verb} if verb else frozenset()),
        roles=frozenset(f for f in ctx.event if f in ROLE_MARKERS),
        names=tuple(ctx.names), places=tuple(ctx.places),
        period=(ctx.period or "").lower() if family in ("count", "measure") else "",
        subject=ctx.subject or str(c.extra.get("subject_key") or ""),
        whole=str(c.extra.get("whole") or ""),
        instance=tuple(sorted(ctx.instance.items())),
        words=words, figures=frozenset(ctx.figures),
        granularity=granularity(c) if c.kind == "date" else "",
        anchor=(ctx.measure or "") if c.kind == "date" else "",
        position=c.sentence_index,
        scale=_scale(c) if c.kind == "place" else "",
    )


def _scale(c: Claim) -> str:
    """A place's level: its gazetteer type when known, else "region" for "in X", "site" for "at X"."""
    kind = str(c.extra.get("type") or "")
    if kind:
        return kind
    return "region" if c.extra.get("prep") == "in" else "site"


def family_of(kind: str) -> str:
    """Counts (what is counted is a noun) and measures (said by a unit or currency) are weighed apart."""
    if kind in ("number", "ordinal", "age"):
        return "count"
    if kind in ("money", "percentage", "quantity"):
        return "measure"
    return kind


def granularity(c: Claim) -> str:
    days = (c.hi or 0) - (c.lo or 0) + 1
    if c.lo is None or c.hi is None:
        return {"XXXX": "year", "XXXX-XX": "month"}.get(c.value, "week" if "W" in c.value else "day")
    return "day" if days <= 1 else "week" if days <= 7 else "month" if days <= 31 else "quarter" if days <= 92 else "year"


def _head(c: Claim) -> tuple[str, frozenset[str]]:
    """The counted noun's lemma and its modifiers' lemmas ("38 passenger cars" -> car, {passenger}).
    A measure is what the noun before it names ("gusts of 90 km/h", "a stake of 12%") or else the
    words after it ("$3 million contract")."""
    if c.extra.get("zero") and c.extra.get("counted") == "people":
        return "*", frozenset()  # "no one was injured": none of any people, whatever the other side counts
    return _noun_phrase(str(c.extra.get("counted") or ""))


_PHRASE_END = frozenset("""across in of from at on to for with by after before since during into onto over
under near around and or but that which who whom whose while as than per a an the this those these its
their his her were was are is had has have be been""".split())


@lru_cache(maxsize=65536)
def _noun_phrase(counted: str) -> tuple[str, frozenset[str]]:
    kept: list[str] = []
    for token in counted.lower().split():
        if token in _PHRASE_END:
            break
        kept.append(token)
        if len(kept) == 3:
            break
    if not kept:
        return "", frozenset()
    head = lemma(kept[-1], "NOUN")
    if head in ("time",):
        return "*", frozenset()  # "for the 32nd time": names no particular thing
    return head, frozenset(lemma(w, "NOUN") for w in kept[:-1])


@lru_cache(maxsize=65536)
def _content_lemmas(window: str) -> frozenset[str]:
    return frozenset(_lemma_of(w) for w in window.split() if w not in STOPWORDS and len(w) > 2)


@lru_cache(maxsize=262144)
def _lemma_of(word: str) -> str:
    noun = lemma(word, "NOUN")
    return noun if noun != word else lemma(word, "VERB")


@lru_cache(maxsize=65536)
def _events(window: str) -> frozenset[str]:
    """Event words around a claim, known as such to WordNet: an inflected verb ("signed" -> sign) or a
    noun whose first sense is an act, event or process ("the derailment", "talks")."""
    out: list[str] = []
    for w in window.split():
        if w in STOPWORDS or len(w) < 3:
            continue
        verb = lemma(w, "VERB")
        if verb != w and lexname_of(verb, "v"):
            out.append(verb)
        elif lexname_of(lemma(w, "NOUN"), "n") in _EVENT_NOUN_CLASSES:
            out.append(lemma(w, "NOUN"))
        if len(out) >= _MAX_EVENT_WORDS:
            break
    return frozenset(out)
