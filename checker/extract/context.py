"""What a claim is about: the event or measure frames near it, the names in its sentence, the noun it
counts, the period a figure belongs to, and the words around it. Align builds fact keys from this.
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker.extract.date_words import WEEKDAYS, is_day_or_month
from checker.extract.event_object import event_object
from checker.extract.names import COMMON, NAME_RUN, NameSpan, find_name_runs, is_headline, strip_leading_titles
from checker.models import Context, Document, Mention
from checker.normalize.text import canonical_name
from checker.rulepack import Frame, RulePack, word_starts
from checker.textutil import STOPWORDS, content_words

_FIGURES = {"number", "money", "percentage", "quantity", "ordinal", "age"}
_WINDOW_WORDS = 10
_REACH = 300  # characters around a claim that can say what it is about
# Frames that qualify a whole sentence rather than the nearest figure: "forecast third-quarter revenue
# of $5.0 billion" is a forecast however far the word is from the figure.
_SENTENCE_WIDE = frozenset({"forecast"})
# For a figure, only frames this close (characters) beyond the nearest one count: "killed 32 and
# injured 140" gives 32 the frame "killed" and 140 the frame "injured".
_FIGURE_SLACK = 12
_NEAR = 20  # characters: a frame word this close to a figure says what the figure counts
_PERIOD = re.compile(r"\b(?:1[89]\d\d|20\d\d)\b|\b(?:january|february|march|april|may|june|july|august|"
                     r"september|october|november|december|year|quarter|month)\b", re.IGNORECASE)
_PERIOD_JOIN = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:in|for|during|of|over)\s+(?:the\s+)?", re.IGNORECASE)
_PREVIOUS_WORD = re.compile(r"\b([a-z]+(?:ed|ing))\s+(?:(?:with|by|to|of)\s+)?(?:(?:at least|at most|more than|fewer than|less than|"
                            r"about|around|nearly|almost|some|over|up to|as many as|an estimated)\s+)?$")
_SCOPE = re.compile(r"\b(?:(?:this|last|next|the) season|(?:his|her|their|its) career|career|so far|to date|"
                    r"all[- ]time|in (?:his|her|their|its|the) (?:last|first|past|previous) \w+ (?:games|matches|"
                    r"starts|outings|fights|seasons|years))\b", re.IGNORECASE)
_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_DAY = re.compile(r"\b[0-3]?\d(?:st|nd|rd|th)?\b(?!\d)|day\b", re.IGNORECASE)  # "March 9", "Sunday"
# A date after these words is a bound or an anchor, not the day of the event itself.
_DATE_ROLE = re.compile(r"\b(since|until|till|by|before|after|from|as of|starting)\s+(?:early |late |mid-?)?(?:the )?$",
                        re.IGNORECASE)
_QUARTER = r"((?:first|second|third|fourth|current|next|last|previous|same|full|fiscal|financial)[- ](?:quarter|half|year)|q[1-4])"
_QUARTER_BEFORE = re.compile(_QUARTER + r"\b[^.;$€£\d]{0,25}$", re.IGNORECASE)
_QUARTER_AFTER = re.compile(r"^[^.;$€£\d]{0,20}?\b(?:in|for|of|during) (?:the |its )?" + _QUARTER, re.IGNORECASE)
_INSTANCE = re.compile(
    r"\b(?P<ordinal>first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
    r"(?: and (?:final|last))?\s+(?P<noun>reading|round|leg|stage|day|game|match|test|attempt|try|vote|ballot|"
    r"quarter|half|session|term|wave|phase|launch|flight)\b", re.IGNORECASE)
# A distance is from a place: "12 kilometers (7 miles) northeast of Chivay", "160 km from Arequipa".
_REFERENCE = re.compile(r"^[^.;]{0,40}?\b(?:of|from)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})")
# A figure after these words is a baseline or comparison point, not the figure itself.
_BASELINE = re.compile(r"\b(?:from|compared with|compared to|versus|vs\.?|than)\s+(?:a |an |the )?"
                       r"(?:about |around |roughly |nearly |almost |just |some )?[$£€]?$", re.IGNORECASE)
# "19 of them", "two of those": a part of a count given just before, not a rival count.
_SUBSET = re.compile(r"^\s+of (?:them|those|whom|which|these|(?:his |her |their |its |the )?(?:[A-Za-z]+['\u2019]s )?(?:\d|[a-z]+ (?:attempts|shots|punches|votes)))",
                     re.IGNORECASE)
# "... landed 28 of his 68 punches": the 68 is the whole of a ratio, not a count to set against others.
_RATIO_WHOLE = re.compile(r"\d\s+of\s+(?:his |her |their |its |the )?$", re.IGNORECASE)
# "another 900", "a further 4,000", "4,000 more residents": a second group, not a rival count.
# "the other two bombs", "the remaining 40": the rest of a group, not a rival count of the whole.
_ADDITIONAL_BEFORE = re.compile(r"\b(?:another|a further|an additional|an extra|the other|the remaining)\s+"
                                r"(?:about |some |nearly )?$", re.IGNORECASE)
_ADDITIONAL_AFTER = re.compile(r"^\s+more\b", re.IGNORECASE)
_IDENTIFIER_BEFORE = re.compile(r"\b(?:flight|route|highway|interstate|no\.|number|model|version|bus|line|"
                                r"platform|gate|room|unit|channel|apollo|gemini)\s+$|[.#]$", re.IGNORECASE)
_IDENTIFIER_AFTER = re.compile(r"^[- ]?(?:caliber|calibre|gauge|mm\b|series|class\b)", re.IGNORECASE)
# A figure inside a capitalised name: "the Big 12/Pac 10 Hard-court Series", "Formula 1 Grand Prix on".
# The name must close (punctuation, the end, or a small word), so that "AFP 12 Chinese sailors" (an
# adjective before a common noun) stays a count.
_NAME_WORD_BEFORE = re.compile(r"(?<![\w'\u2019])([A-Z][\w'\u2019-]*)[ /-]$")
_NAME_AFTER = re.compile(r"[ -](?:[A-Z][\w'\u2019-]*[ -])*[A-Z][\w'\u2019-]*(?=[,.;:)!?\"\u201d]|$|\s+(?:the|of|and|in|on|at|"
                         r"for|to|with|was|is|were|are|has|have|will|said)\b)")
# "fifteen games later", "two rounds earlier": an offset, not a count.
_OFFSET_AFTER = re.compile(r"^[ -](?:[a-z]+ ){0,1}[a-z]+s?\s+(?:later|earlier|ago)\b")
_ATTRIBUTIVE = re.compile(r"^[\d.,]+-[a-z]+$")  # "320-metre", "42-meter", "13-foot"
_MEASURE_BEFORE = re.compile(r"\b(magnitude|category|level|grade|force)\s+$", re.IGNORECASE)
_MEASURE_AFTER = re.compile(r"^[- ](magnitude|category)\b", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"^\s*(?:[ap]\.?\s?m\b\.?|o'clock|(?:gmt|utc|est|edt|pst|pdt|cet|bst)\b)", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"\d\s?[:.]\s?$")
# "the 36-year-old champion Klitschko", "32-year-old protester Paris Kyriakides", "The 55-year-old
# Glasgow-born star Peter Capaldi": up to three words between the age and the name, none a function
# word (textutil.STOPWORDS: "the 59-year-old was hit by John Smith" names no subject).
_AGE_AFTER = re.compile(r"^\s*((?:[\w'\u2019-]+ ){0,3}?)(" + NAME_RUN.pattern + ")")
_AGE_BEFORE = re.compile("(" + NAME_RUN.pattern + r"),\s*(?:aged\s+)?$")


def context_for(m: Mention, doc: Document, rules: RulePack, siblings: list[Mention]) -> Context:
    sentence = doc.sentences[m.sentence]
    text = sentence.text
    s, e = m.start - sentence.start, m.end - sentence.start
    # Only the claim's neighbourhood is read: what a claim is about is said near it, and a sentence
    # with thousands of figures (a pasted table) must not cost thousands of whole-sentence passes.
    siblings = [x for x in siblings if abs(x.start - m.start) <= 2 * _REACH]
    nearest: dict[str, tuple[int, int]] = {}
    frames = _frames(rules.frames, m, text.lower(), s, e, siblings, sentence.start, nearest)
    names = _names(text, rules, s, e)
    before, after = text[max(0, s - _REACH):s], text[e:e + _REACH]
    window = " ".join(content_words(before)[-_WINDOW_WORDS:] + content_words(after)[:_WINDOW_WORDS])
    figures = sorted({d.replace(",", "") for x in siblings if x is not m and x.kind in _FIGURES
                      and abs(x.start - m.start) <= _REACH for d in _DIGITS.findall(x.raw)})
    ctx = Context(event=frames, names=names, window=window, instance=_instance(text, s, e), figures=figures)
    if m.kind == "date":
        ctx.objects = {f: obj for f in frames if f in nearest and (obj := event_object(text, *nearest[f]))}
    if m.kind in _FIGURES:
        counted = m.parts.get("counted") or ""
        verb = m.parts.get("verb") or ""
        ctx.measure = " ".join(filter(None, [verb, counted])) or None
        if not (m.kind == "quantity" and _ATTRIBUTIVE.match(m.raw)):
            # "the 320-metre bridge was built in 1974": a measure written as an adjective is a
            # property of the thing, which the year of another event does not date
            ctx.period = _period(m, siblings, text, sentence.start) or _scope(text, s, e)
        if _BASELINE.search(before[-40:]):
            ctx.event = ctx.event + ["baseline"]
        if _IDENTIFIER_BEFORE.search(before[-12:]) or _IDENTIFIER_AFTER.match(after) or _inside_name(before, after):
            ctx.event = ctx.event + ["identifier"]  # "Flight 117", ".38 caliber", "Route 66": a name
        if _OFFSET_AFTER.match(after):
            ctx.event = ctx.event + ["offset"]  # "fifteen games later": how far on, not how many
        measure_word = _MEASURE_BEFORE.search(before[-12:]) or _MEASURE_AFTER.match(after)
        if measure_word:
            ctx.measure = measure_word.group(1).lower()  # "magnitude 6.9", "6.1-magnitude", "Category 4"
        if _CLOCK_AFTER.match(after) or _CLOCK_BEFORE.search(before[-6:]):
            ctx.event = ctx.event + ["clock-time"]  # "5:40 p. m.": a time of day, not a figure
        if m.kind != "percentage" and (_SUBSET.match(after) or _RATIO_WHOLE.search(before[-20:])):
            # ("60% of those infected" is a share, as every percentage is; "three of them" is a part)
            ctx.event = ctx.event + ["subset"]
        if _ADDITIONAL_BEFORE.search(before[-20:]) or _ADDITIONAL_AFTER.match(after):
            ctx.event = ctx.event + ["additional"]
        if m.kind == "age" and not m.parts.get("subject"):
            name = _age_subject(before, after)
            if name:
                ctx.subject = canonical_name(strip_leading_titles(NameSpan(0, 0, name)).text, rules)
        reference = _REFERENCE.match(after)
        if reference and m.kind == "quantity":
            ctx.places = [canonical_name(reference.group(1), rules)]
    elif m.kind == "date":
        role = _DATE_ROLE.search(before[-25:])
        ctx.measure = role.group(1).lower() if role else None
        if _figure_period(m, siblings, text, sentence.start):
            ctx.event = ctx.event + ["period-of-figure"]
    subject = m.parts.get("subject")
    if subject:
        ctx.subject = canonical_name(subject, rules)
    return ctx


def _age_subject(before: str, after: str) -> str | None:
    """The person an age is of: "Peterson, 32," or "the 36-year-old champion Klitschko"."""
    person = _AGE_BEFORE.search(before)
    if person:
        return person.group(1)
    person = _AGE_AFTER.match(after)
    if person is None or any(w.lower() in STOPWORDS for w in person.group(1).split()):
        return None
    first = person.group(2).split(" ", 1)[0]
    if re.search(r"-[a-z]", first):  # "Glasgow-born star Peter Capaldi": a modifier, the name follows
        return _age_subject("", " " + after[after.index(first) + len(first):].lstrip())
    return person.group(2)


def _inside_name(before: str, after: str) -> bool:
    word = _NAME_WORD_BEFORE.search(before[-30:])
    if not word or word.group(1).lower() in COMMON or is_day_or_month(word.group(1)):
        return False
    return _NAME_AFTER.match(after[:80]) is not None


def _instance(text: str, s: int, e: int) -> dict[str, str]:
    """The nearest "third reading" / "second round" in the sentence: which instance of an event."""
    best: tuple[int, str, str] | None = None
    for hit in _INSTANCE.finditer(text, max(0, s - _REACH), e + _REACH):
        if s <= hit.start() < e:
            continue
        gap = _gap(hit.start(), hit.end(), s, e)
        if best is None or gap < best[0]:
            best = (gap, hit.group("noun").lower(), hit.group("ordinal").lower())
    return {best[1]: best[2]} if best else {}


def _family(kind: str) -> str:
    return "figure" if kind in _FIGURES else kind


def _frames(frames: list[Frame], m: Mention, lowered: str, s: int, e: int, siblings: list[Mention],
            base: int, nearest: dict[str, tuple[int, int]]) -> list[str]:
    """The event and measure frames that belong to this claim, nearest first.

    Every trigger word in the sentence is given to the nearest claim of the same family (dates to
    dates, figures to figures): in "after a scrubbed attempt earlier in the week, New Glenn lifted off
    on January 16" the scrub belongs to "earlier in the week" and the launch to "January 16"; in
    "killed 32 people and injured 143" the killing belongs to 32. A figure keeps only its nearest
    frames (and, when its own verb names a frame, that frame); a date keeps all it is given, because a
    date often sits far from its verb ("will be signed during ... visit to Moscow on Friday").
    Forecast words qualify a figure they come before ("expected $4.71 billion", "forecast revenue of").
    `nearest` receives where each kept frame's nearest trigger stands in the sentence.
    """
    family = _family(m.kind)
    rivals = [(x.start - base, x.end - base) for x in siblings
              if x is not m and _family(x.kind) == family and x.kind not in ("ordinal", "age")
              and not (x.start - base < e and s < x.end - base)]
    # (start, end, frame id) of every trigger in the sentence; one inside the claim's own words says
    # nothing about it
    hits = [(start, end, frame_id) for start, end, frame_id, kinds in _triggers(frames, lowered)
            if (not kinds or m.kind in kinds) and not s <= start < e and s - _REACH <= start <= e + _REACH]
    # A more specific trigger wins where two overlap: "evacuation warnings" is not "evacuation".
    hits = [h for h in hits if not any(o[0] <= h[0] and h[1] <= o[1] and (o[1] - o[0]) > (h[1] - h[0])
                                       and o[2] != h[2] for o in hits)]
    best: dict[str, tuple[int, str]] = {}  # frame id -> (gap, trigger words) of its nearest trigger
    modal: set[str] = set()
    for start, end, frame_id in hits:
        gap = _gap(start, end, s, e)
        if frame_id in _SENTENCE_WIDE and m.kind in _FIGURES:
            if _qualifies(start, end, s, e, rivals):
                modal.add(frame_id)
            continue
        if any(_gap(start, end, rs, re_) < gap for rs, re_ in rivals):
            continue  # another claim of the same family is closer to this trigger
        if m.kind == "date" and _OWN_VERB.search(lowered, min(end, e), max(start, s)):
            continue  # "a test done when Williams was arrested were released Wednesday": the date's own verb
        if frame_id not in best or gap < best[frame_id][0]:
            best[frame_id] = (gap, lowered[start:end])
            nearest[frame_id] = (start, end)
    _drop_excluded(best, frames)
    found = sorted((gap, f) for f, (gap, _) in best.items())
    verb = str(m.parts.get("verb") or "").lower()
    if not verb and m.kind in _FIGURES:
        previous = _PREVIOUS_WORD.search(lowered, max(0, s - 80), s)
        verb = previous.group(1) if previous else ""  # "killing at least 14 people"
    by_verb = [fr.id for fr in frames if verb and (not fr.kinds or m.kind in fr.kinds) and fr.pattern.search(verb)]
    if m.kind in _FIGURES and by_verb:  # the figure's own verb ("143 people were injured") decides
        return by_verb + ["near"] + sorted(modal)
    if m.kind in _FIGURES and found:
        nearest = found[0][0]
        found = [(d, f) for d, f in found if d <= nearest + _FIGURE_SLACK]
        if nearest <= _NEAR:
            modal.add("near")  # the frame word is right by the figure ("killed 32", "32 dead")
    return [f for _, f in found] + sorted(modal)


# A finite passive or perfect verb between a trigger and a date: the date belongs to that verb's clause
# ("... when Williams was arrested were released Wednesday"), not to the trigger's.
# A relative clause ("the election, which is scheduled for December 15") still describes the trigger.
_OWN_VERB = re.compile(r"(?<!which )(?<!that )(?<!who )\b(?:was|were|is|are|has|have|had)\s+(?:been\s+)?(?:\w+ly\s+)?"
                       r"(?!need|speed|scheduled|expected|planned|set|due|slated)[a-z]{3,}ed\b")
_last_triggers: tuple[list[Frame], str, list[tuple[int, int, str, list[str]]]] | None = None


def _triggers(frames: list[Frame], lowered: str) -> list[tuple[int, int, str, list[str]]]:
    """Every trigger of every frame in a sentence, not vetoed by the frame's excludes, in frame order:
    (start, end, frame id, frame kinds). The claims of one sentence come one after another, so the
    last sentence's triggers are kept rather than searched again for each claim."""
    global _last_triggers
    if _last_triggers is not None and _last_triggers[0] is frames and _last_triggers[1] == lowered:
        return _last_triggers[2]
    found: list[tuple[int, int, str, list[str]]] = []
    starts = word_starts(lowered)  # once per sentence: most frames' triggers then need no search
    for frame in frames:
        for start, end in frame.hits(lowered, starts):
            found.append((start, end, frame.id, frame.kinds))
    _last_triggers = (frames, lowered, found)
    return found


def _drop_excluded(best: dict[str, tuple[int, str]], frames: list[Frame]) -> None:
    """Two frames that exclude each other ("launch" and "scrubbed") cannot both describe one claim:
    the nearer one does."""
    by_id = {f.id: f for f in frames}
    for a in list(best):
        pattern = by_id[a].exclude_pattern
        if pattern is None or a not in best:
            continue
        for b, (gap_b, words_b) in list(best.items()):
            if b != a and pattern.search(words_b):
                if best[a][0] >= gap_b:
                    del best[a]
                    break
                del best[b]


def _gap(start: int, end: int, s: int, e: int) -> int:
    return s - end if end <= s else max(0, start - e)


def _qualifies(start: int, end: int, s: int, e: int, rivals: list[tuple[int, int]]) -> bool:
    """A forecast word qualifies the figure after it (no other figure in between), or one it directly
    follows ("a 2% target")."""
    if end <= s:
        return not any(end <= rs and re_ <= s for rs, re_ in rivals)
    return start - e <= 12 and not any(e <= rs and re_ <= start for rs, re_ in rivals)


def _names(text: str, rules: RulePack, s: int, e: int) -> list[str]:
    out: list[str] = []
    for start, end, name in _name_runs(text):
        if start < e and s < end:
            continue
        key = canonical_name(name, rules)
        if key and key not in out and key.removesuffix("'s").removesuffix("\u2019s") not in WEEKDAYS:
            out.append(key)  # "Sunday's election": a day names no participant
    return out


@lru_cache(maxsize=64)
def _name_runs(text: str) -> tuple[tuple[int, int, str], ...]:
    """(start, end, name without leading titles) of each capitalised run of a sentence; computed once
    per sentence, not once per claim in it."""
    if is_headline(text):
        return ()
    return tuple((span.start, span.end, strip_leading_titles(span).text) for span in find_name_runs(text))


def _scope(text: str, s: int, e: int) -> str | None:
    """A running total's scope in the figure's clause: "this season", "in his career", "so far",
    "in his last two games". Totals over different scopes are different facts."""
    clause_start = max(text.rfind(";", 0, s), text.rfind(",", 0, max(0, s - 1)), 0)
    clause_end = min([i for i in (text.find(";", e), text.find(",", e)) if i >= 0] or [len(text)])
    found = _SCOPE.search(text, clause_start, clause_end)
    return " ".join(found.group().lower().split()) if found else None


def _figure_period(m: Mention, siblings: list[Mention], text: str, base: int) -> bool:
    """Is this date the period of a figure just before it ("2% in June", "$245 billion in 2024")?
    Such dates are compared through their figure, not as the day of an event."""
    if _DAY.search(m.raw):
        return False
    for f in siblings:
        if f.kind in _FIGURES and f.sentence == m.sentence and f.end <= m.start:
            if _PERIOD_JOIN.fullmatch(text[f.end - base:m.start - base]):
                return True
    return False


def _period(m: Mention, siblings: list[Mention], text: str, base: int) -> str | None:
    """The period a figure belongs to: a quarter or half named next to it ("third-quarter revenue of",
    "$5.05bn in the current quarter"), or the nearest date in its sentence that names a year or month
    and is not nearer another figure ("11.1% in October 2022", "$4.12 billion a year earlier").
    Weekdays and "yesterday" are when it was reported, not the period it measures."""
    s, e = m.start - base, m.end - base
    before = _QUARTER_BEFORE.search(text[max(0, s - 40):s])
    after = _QUARTER_AFTER.match(text[e:e + 40])
    if before or after:
        found = (before or after)
        return " ".join(found.group(1).lower().replace("-", " ").split())
    figures = [x for x in siblings if x is not m and x.kind in _FIGURES and x.kind not in ("ordinal", "age")]
    best: tuple[int, str] | None = None
    for d in siblings:
        if d.kind != "date" or d.sentence != m.sentence or not _PERIOD.search(d.raw) or _DAY.search(d.raw):
            continue
        between = text[m.end - base:d.start - base] if d.start >= m.end else text[d.end - base:m.start - base]
        limit = 30 if d.start >= m.end else 15
        if len(between) > limit or "," in between or ";" in between:
            continue  # only a date joined to the figure ("2% in June", "$4.12 billion a year earlier")
        gap = _gap(d.start, d.end, m.start, m.end)
        if any(_gap(d.start, d.end, f.start, f.end) < gap for f in figures):
            continue  # the date is the period of another figure
        if best is None or gap < best[0]:
            best = (gap, " ".join(d.raw.lower().split()))
    return best[1] if best else None
