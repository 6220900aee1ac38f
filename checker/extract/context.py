"""What a claim is about: the event or measure frames near it, the names in its sentence, the noun it
counts, the period a figure belongs to, and the words around it. Align builds fact keys from this.
"""
from __future__ import annotations

import re

from checker.extract.names import find_name_runs, is_headline, strip_leading_titles
from checker.models import Context, Document, Mention
from checker.normalize.text import canonical_name
from checker.rulepack import Frame, RulePack
from checker.textutil import content_words

_FIGURES = {"number", "money", "percentage", "quantity", "ordinal", "age"}
_WINDOW_WORDS = 10
# Frames that qualify a whole sentence rather than the nearest figure: "forecast third-quarter revenue
# of $5.0 billion" is a forecast however far the word is from the figure.
_SENTENCE_WIDE = frozenset({"forecast"})
# For a figure, only frames this close (characters) beyond the nearest one count: "killed 32 and
# injured 140" gives 32 the frame "killed" and 140 the frame "injured".
_FIGURE_SLACK = 12
_PERIOD = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:january|february|march|april|may|june|july|august|"
                     r"september|october|november|december|year|quarter|month)\b", re.IGNORECASE)
# A date after these words is a bound or an anchor, not the day of the event itself.
_DATE_ROLE = re.compile(r"\b(since|until|till|by|before|after|from|as of|starting)\s+(?:early |late |mid-?)?(?:the )?$",
                        re.IGNORECASE)
# A figure after these words is a baseline or comparison point, not the figure itself.
_BASELINE = re.compile(r"(?:\bfrom|\bcompared with|\bcompared to|\bversus|\bvs\.?|\bthan|\bup from|\bdown from)"
                       r"\s+(?:a |an |the )?(?:\w+ ){0,2}$", re.IGNORECASE)


def context_for(m: Mention, doc: Document, rules: RulePack, siblings: list[Mention]) -> Context:
    sentence = doc.sentences[m.sentence]
    text = sentence.text
    lowered = text.lower()
    s, e = m.start - sentence.start, m.end - sentence.start
    frames = _frames(rules.frames, m.kind, lowered, s, e)
    names = _names(text, rules, s, e)
    before, after = text[:s], text[e:]
    window = " ".join(content_words(before)[-_WINDOW_WORDS:] + content_words(after)[:_WINDOW_WORDS])
    ctx = Context(event=frames, names=names, window=window)
    if m.kind in _FIGURES:
        counted = m.parts.get("counted") or ""
        verb = m.parts.get("verb") or ""
        ctx.measure = " ".join(filter(None, [verb, counted])) or None
        ctx.period = _period(m, siblings, text, sentence.start)
        if _BASELINE.search(before[-40:]):
            ctx.event = ctx.event + ["baseline"]
    elif m.kind == "date":
        role = _DATE_ROLE.search(before[-25:])
        ctx.measure = role.group(1).lower() if role else None
        if _figure_period(m, siblings):
            ctx.event = ctx.event + ["period-of-figure"]
    subject = m.parts.get("subject")
    if subject:
        ctx.subject = canonical_name(subject, rules)
    return ctx


def _frames(frames: list[Frame], kind: str, lowered: str, s: int, e: int) -> list[str]:
    """Frames in the sentence, nearest first. Figures keep only the nearest (with a little slack);
    dates, places and quotes keep every frame of the sentence, because a date usually sits far from
    the verb of its event ("will be signed during ... visit to Moscow on Friday")."""
    hits: list[tuple[int, int, str]] = []  # (start, end, frame id) of every trigger in the sentence
    for frame in frames:
        if frame.kinds and kind not in frame.kinds:
            continue
        if frame.exclude_pattern is not None and frame.exclude_pattern.search(lowered):
            continue
        hits += [(h.start(), h.end(), frame.id) for h in frame.pattern.finditer(lowered)
                 if not (s <= h.start() < e)]  # a trigger inside the claim's own words says nothing
    # A more specific trigger wins where two overlap: "evacuation warnings" is not "evacuation".
    hits = [h for h in hits if not any(o[0] <= h[0] and h[1] <= o[1] and (o[1] - o[0]) > (h[1] - h[0])
                                       and o[2] != h[2] for o in hits)]
    best: dict[str, int] = {}
    for start, end, frame_id in hits:
        gap = s - end if end <= s else start - e
        best[frame_id] = min(gap, best.get(frame_id, gap))
    found = sorted((gap, f) for f, gap in best.items())
    modal = [f for _, f in found if f in _SENTENCE_WIDE]
    if kind in _FIGURES and found:
        nearest = found[0][0]
        found = [(d, f) for d, f in found if d <= nearest + _FIGURE_SLACK]
    return [f for _, f in found] + [f for f in modal if f not in {x for _, x in found}]


def _names(text: str, rules: RulePack, s: int, e: int) -> list[str]:
    if is_headline(text):
        return []
    out: list[str] = []
    for span in find_name_runs(text):
        if span.start < e and s < span.end:
            continue
        key = canonical_name(strip_leading_titles(span).text, rules)
        if key and key not in out:
            out.append(key)
    return out


def _figure_period(m: Mention, siblings: list[Mention]) -> bool:
    """Is this date the period of a figure next to it ("2% in June", "$245 billion in 2024")?"""
    for f in siblings:
        if f.kind in _FIGURES and f.sentence == m.sentence:
            gap = m.start - f.end if f.end <= m.start else f.start - m.end
            if 0 <= gap <= 6:
                return True
    return False


def _period(m: Mention, siblings: list[Mention], text: str, base: int) -> str | None:
    """The year or month a figure belongs to, from the nearest date in its sentence that names one
    ("11.1% in October 2022", "$4.12 billion a year earlier"): weekdays and "yesterday" are when it
    was reported, not the period it measures."""
    best: tuple[int, str] | None = None
    for d in siblings:
        if d.kind != "date" or d.sentence != m.sentence or not _PERIOD.search(d.raw):
            continue
        gap = abs(d.start - m.end) if d.start >= m.end else abs(m.start - d.end)
        if best is None or gap < best[0]:
            best = (gap, " ".join(d.raw.lower().split()))
    return best[1] if best else None
