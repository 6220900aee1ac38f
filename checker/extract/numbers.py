"""Figures: counts, money, percentages, quantities with units, ordinals and ages, with their hedges.

Each sentence is read in passes of falling priority (phone numbers and times are masked, then ages,
vote tallies, vague plurals, fractions, ordinals, figures in digits, figures in words); a later pass
never takes text an earlier one took. Years, times of day, scores, model names ("Su-35", "787-9")
and footnote markers are not figures to compare and are never emitted.
"""
from __future__ import annotations

import re

from checker.extract.number_context import MEASURE_BEFORE, counted_and_verb, whole_of
from checker.extract.number_grammar import (
    MULTIPLIER_ABBREV_RE, MULTIPLIER_WORD_RE, PLURAL_NEXT, Figure, parse_digits, read_exponent, read_hedge_after,
    read_left, read_multiplier, read_right,
)
from checker.extract.number_words import (
    CARDINAL, DOZEN, FRACTION_WORD, FRACTIONS, ORDINAL, ORDINAL_TENS, ORDINAL_UNITS, SCALES, TENS, UNITS,
    VAGUE, parse_cardinal, parse_fraction, parse_ordinal,
)
from checker.lexicon.lemmas import lemma
from checker.lexicon.wordnet import derived, lexname_of
from checker.memo import SentenceMemo
from checker.models import Document, Mention
from checker.textutil import STOPWORDS

_I = re.IGNORECASE
_HAS_DIGIT = re.compile(r"\d")
_LOWER_WORDS = re.compile(r"[a-z]+")
_CARDINAL_WORDS = frozenset([*UNITS, *TENS, *SCALES, *DOZEN])
_ORDINAL_WORDS = frozenset([*ORDINAL_UNITS, *ORDINAL_TENS])
_FRACTION_WORDS = frozenset(FRACTIONS)
_VAGUE_WORDS = frozenset(VAGUE)
_AGE_WORDS = frozenset(["old", "age", "yo", "o"])
_ZERO_WORDS = frozenset(["no", "nobody", "none"])
# Verbs that only say a thing was there (or not): "no deaths were reported" counts deaths, not reports.
_EXISTENTIAL = frozenset(["reported", "recorded", "confirmed", "found", "registered", "known", "seen"])
_PARTICIPLE = r"[a-z]+(?:ed|en|t|wn)"
_BE = r"(?:was|were|has\s+been|have\s+been|had\s+been|is|are|got|being)"
ZERO_RE = re.compile(
    rf"\b(?:(?P<who>no(?:[- ]one)?(?=\s+(?:else\s+)?{_BE})|nobody)(?P<zero_end>)(?:\s+else)?\s+{_BE}\s+(?:[a-z]+ly\s+)?(?P<verb>{_PARTICIPLE})\b"
    rf"|no\s+(?:(?:other|further|serious|immediate|new|major|confirmed|reported)\s+)?(?P<noun>[a-z]+s)(?P<zero_end2>)\s+{_BE}\s+(?:[a-z]+ly\s+)?(?P<verb2>{_PARTICIPLE})\b"
    rf"|there\s+(?:were|have\s+been|had\s+been|are)\s+(?P<no3>)no\s+(?:(?:other|further|serious|immediate|new|major)\s+)?(?P<noun2>[a-z]+s)\b(?P<zero_end3>)"
    rf"|none\s+of\s+(?:the|its|their)\s+(?:(?:\d[\d,]*|[a-z]+)\s+)?(?P<noun3>[a-z]+s)(?P<zero_end4>)\s+(?:on\s+board\s+)?{_BE}\s+(?:[a-z]+ly\s+)?(?P<verb3>{_PARTICIPLE})\b)", _I)
_TALLY_WORDS = frozenset(["vote", "votes", "voted", "passed", "approved", "rejected", "split", "margin"])
_DIGITS = (r"(?:\d{1,3}(?:,\d{3})+(?![\d])|\d{1,3}(?:[\u00a0\u202f\u2009]\d{3})+(?!\d)"
           r"|\d{1,3}(?: \d{3})+(?= (?:dollars|euros|pounds|yen)\b)|\d+)(?:\.\d+)?(?![\d])|\.\d+")
DIGITS_RE = re.compile(_DIGITS)
WORDS_RE = re.compile(CARDINAL, _I)
ORDINAL_DIGITS_RE = re.compile(r"(?<![\w.,-])(\d{1,4})(st|nd|rd|th)\b", _I)
ORDINAL_WORDS_RE = re.compile(ORDINAL, _I)
FRACTION_RE = re.compile(r"\b(?P<num>an?|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?P<den>"
                         + FRACTION_WORD + r")\b", _I)
DIGIT_FRACTION_RE = re.compile(r"(?<![\w/.-])(?:(?P<whole>\d+) )?(?P<num>\d+)/(?P<den>\d+)(?![\w/])")
UNICODE_FRACTION_RE = re.compile(r"(?<![\w.])(?P<whole>\d+)?(?P<frac>[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞])")
_UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4,
                      "⅗": 0.6, "⅘": 0.8, "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625,
                      "⅞": 0.875}
HALF_A_RE = re.compile(r"\bhalf an? (?P<scale>million|billion|trillion|thousand|hundred|dozen)\b", _I)
# "half of the vote", "nearly half its staff", "half a mile": a share or half a unit; "the first half",
# "one and a half" and "half-time" are read elsewhere or are no figure.
HALF_RE = re.compile(r"(?<![\w-])half(?= (?:of|the|its|their|his|her|our|all|an?)\b)", _I)
_HALF_NOT_AFTER = re.compile(r"\b(?:the|a|first|second|last|latter|other|and|one|each|top|bottom|back)\s+$", _I)
_HALF_UNIT_RE = re.compile(r" an? ")
VAGUE_RE = re.compile(r"\b(?P<v>dozens|scores|tens|hundreds|thousands|millions|billions|trillions)"
                      r"(?: of (?P<v2>thousands|millions|billions))?(?= of\b)", _I)
AGE_RE = re.compile(r"\b(?P<n>\d{1,3}|" + CARDINAL + r")[- ](?:years?|yrs?)(?:[- ]old| of age)\b|"
                    r"\b(?P<yo>\d{1,3}) ?y/?o\b", _I)
AGED_RE = re.compile(r"\b(?:aged|age|ages) (?P<n>\d{1,3})(?:(?:-|–| to | and )(?P<hi>\d{1,3}))?\b")
NAME_AGE_RE = re.compile(r"\b[A-Z][\w'’-]+, (?P<n>\d{1,3})(?=,|;| \(|\.(?:\s|$)|$)")
# "The driver, 45, was among the injured": a person named by a role, then an age between commas.
ROLE_AGE_RE = re.compile(r"\b(?:the|a|an|one|another|its|their|his|her)\s+(?:[a-z-]+\s+)?(?:driver|pilot|co-pilot|"
                         r"captain|man|woman|boy|girl|victim|suspect|gunman|attacker|passenger|mother|father|son|"
                         r"daughter|husband|wife|teenager|officer|worker|student|conductor|engineer|nurse|doctor|"
                         r"farmer|teacher|resident|owner|survivor|hiker|climber|swimmer|cyclist|pedestrian), "
                         r"(?P<n>\d{1,3})(?=,|;| \(|\.(?:\s|$)|$)", _I)
TALLY_RE = re.compile(r"\b(?P<a>\d{1,3}|[a-z]+) votes? to (?P<b>\d{1,3}|[a-z]+)\b"
                      r"|\b(?:voted|passed|approved|rejected|split|vote of|margin of) "
                      r"(?:by )?(?P<c>\d{1,3})(?:-| to )(?P<d>\d{1,3})\b", _I)
SCORE_CONTEXT = re.compile(r"\b(?:beat|beating|won|win|wins|lost|losing|lose|defeated|defeat|drew|"
                           r"draw|score|scored|trail|trailed|led|lead|victory|triumph|thrashing|loss|"
                           r"rout)\b", _I)
PHONE_RE = re.compile(r"(?<![\w.])(?:\+\d{1,3}[ .-]?)?(?:\(\d{2,4}\) ?|\d{2,4}[ .-])\d{3,4}[ .-]\d{3,4}(?![\w])")
TIME_RE = re.compile(r"(?<![\w.])\d{1,2}(?::\d{2}(?::\d{2})?(?:\s?(?:[ap]\.?m\.?|hrs?|h)(?![\w]))?"
                     r"|\.\d{2}\s?[ap]\.?m\.?(?![\w])|\s?[ap]\.?m\.?(?![\w])|h\d{2}\b)"
                     r"|(?<![\w.,])\d{4} ?(?:GMT|UTC|EST|EDT|CET|CEST|BST|PST|PDT|IST|JST|hrs|hours local)\b", _I)
_PAGE_BEFORE = re.compile(r"(?:\b(?:page|pages|p\.|pp\.|no\.|nos\.|number|chapter|section|article|rule|"
                          r"paragraph|resolution|verse|line|room|gate|platform|flight|route|highway)"
                          r"|#)\s?$", _I)
_CAPITAL_BEFORE = re.compile(r"(?<=[\w,] )([A-Z][\w’'&-]*|[a-z]+[A-Z][\w-]*) $")
_FIRST_WORD_BEFORE = re.compile(r"\W*([A-Z][\w’'&-]*|[a-z]+[A-Z][\w-]*) ")
# Capitalised words a figure may follow without being part of a name.
_NOT_NAME_WORDS = frozenset("""another only every those these last next nearly almost roughly just
monday tuesday wednesday thursday friday saturday sunday today yesterday officials police""".split())
_YEAR_PREP = re.compile(r"\b(?:in|since|by|of|from|until|till|during|before|after|the|to|and|between|"
                        r"through|early|late|mid|year|fiscal|fy|spring|summer|autumn|fall|winter|"
                        r"january|february|march|april|may|june|july|august|september|october|"
                        r"november|december|'s|’s)\s$", _I)
_RANGE_JOIN = re.compile(r"(?P<j>\s?[-–—]\s?|-?\s(?:to|and)\s)(?P<cur>(?:US|C|A|NZ|HK)?\$|[€£])?"
                         r"(?P<n>[-−]?(?:" + _DIGITS + "))")
_POINT_OF_RE = re.compile(r" of an? (?:percentage )?point\b", _I)
# "from X to Y" is a change after a verb of change ("cut from 5.25% to 5%": two figures), and a
# range otherwise ("temperatures ranged from -18 C to -34 C", "zones from 7 to 10").
_CHANGE_FROM_BEFORE = re.compile(
    r"\b(?:ros[ei]n?|rise|rising|fell|fall(?:en|ing)?|grew|grow(?:n|ing)?|cut|cutting|rais(?:ed|ing)|"
    r"lower(?:ed|ing)?|reduc(?:ed|ing)|increas(?:ed|ing)|decreas(?:ed|ing)|drop(?:ped|ping)?|"
    r"climb(?:ed|ing)?|jump(?:ed|ing)?|chang(?:ed|ing)|mov(?:ed|ing)|went|up|down|slash(?:ed|ing)|"
    r"boost(?:ed|ing)?|revis(?:ed|ing)|upgrad(?:ed|ing)|downgrad(?:ed|ing)|widen(?:ed|ing)|"
    r"narrow(?:ed|ing)|expand(?:ed|ing)|shr[ai]nk(?:ing)?|shrunk|soar(?:ed|ing)|surg(?:ed|ing)|"
    r"plung(?:ed|ing)|tumbl(?:ed|ing)|swung|increase|decrease|reduction|hike|shift(?:ed)?)"
    r"(?:\s+\w+){0,3}?\s+from\s+$", _I)
_BETWEEN_BEFORE = re.compile(r"\bbetween\s+$", _I)
# An ordinal joined to a part of the year names a reporting period ("third-quarter", "first half"),
# which is dated, not counted.
_PERIOD_AFTER = re.compile(r"[- ](?:quarters?|half|halves|half-year|quarterly)\b", _I)


# "children under five", "people over 65", "those aged under 18": an age bound of a group, not a count.
_AGE_BOUND = re.compile(r"\b(?:children|kids|babies|infants|people|adults|women|men|those|anyone|patients|"
                        r"residents|voters)\s+(?:aged\s+)?(?:under|over|above|below|older than|younger than)\s+"
                        r"[\w-]+$", _I)


def find_numbers(doc: Document) -> list[Mention]:
    text = doc.source.text
    out: list[Mention] = []
    for index, sentence in enumerate(doc.sentences):
        for fig in _MEMO.get(None, sentence.text, lambda: tuple(_read_sentence(sentence.text))):
            start, end = sentence.start + fig.start, sentence.start + fig.end
            parts = fig.parts()
            counted, verb = counted_and_verb(text, start, end)
            if "zero" in parts:  # "no one was injured": the reader named what is counted, and how
                counted, verb = parts.pop("counted", None), parts.pop("verb", None)
            if counted:
                parts["counted"] = counted
            whole = whole_of(text, end)
            if whole:
                parts["whole"] = whole
            if verb:
                parts["verb"] = verb
            kind = "age" if fig.kind == "number" and _AGE_BOUND.search(
                text, max(0, start - 30), end) else fig.kind
            out.append(Mention(kind=kind, start=start, end=end, raw=text[start:end],  # type: ignore[arg-type]
                               sentence=index, parts=parts))
    return out


_MEMO: SentenceMemo[tuple[Figure, ...]] = SentenceMemo()  # the figures of a sentence, by its text


def _read_sentence(s: str) -> list[Figure]:
    taken = bytearray(len(s))  # 1 where a character is already spent; a list of spans made a table of
    found: list[Figure] = []   # thousands of figures quadratic

    def free(a: int, b: int) -> bool:
        return taken.find(1, a, b) == -1

    def spend(a: int, b: int) -> None:
        taken[a:b] = b"\x01" * (b - a)

    def keep(fig: Figure | None) -> None:
        if fig is not None and free(fig.start, fig.end):
            found.append(fig)
            spend(fig.start, fig.end)

    # Cheap gates first: most sentences hold no digit or no number word, and skipping a pattern that
    # cannot match is what keeps extraction above 100,000 words/s.
    digits = _HAS_DIGIT.search(s) is not None
    words = set(_LOWER_WORDS.findall(s.lower()))
    if digits:
        for rx in (PHONE_RE, TIME_RE):
            for m in rx.finditer(s):
                spend(*m.span())
    if words & _ZERO_WORDS:
        for m in ZERO_RE.finditer(s):
            keep(_zero(m))
    if words & _AGE_WORDS:
        for m in AGE_RE.finditer(s):
            keep(_age(m.group("n") or m.group("yo"), m.start(), m.end()))
    if digits:
        for rx in (AGED_RE, NAME_AGE_RE, ROLE_AGE_RE):
            for m in rx.finditer(s):
                fig = _age(m.group("n"), m.start() if rx is AGED_RE else m.start("n"), m.end())
                if fig is not None and rx is AGED_RE and m.group("hi"):
                    fig.number_hi = float(m.group("hi"))  # "children aged 5 to 11"
                    fig.extra["range"] = True
                elif fig is not None:
                    read_hedge_after(s, fig)  # "aged 65 or older"
                keep(fig)
    if words & _TALLY_WORDS:
        for m in TALLY_RE.finditer(s):
            keep(_tally(m))
    if words & _VAGUE_WORDS:
        for m in VAGUE_RE.finditer(s):
            keep(_vague(s, m))
    if "half" in words:
        for m in HALF_A_RE.finditer(s):
            keep(_half_a(s, m))
        for m in HALF_RE.finditer(s):
            keep(_half(s, m))
    if words & _FRACTION_WORDS:
        for m in FRACTION_RE.finditer(s):
            keep(_fraction(s, m))
    if digits:
        for m in DIGIT_FRACTION_RE.finditer(s):
            keep(_digit_fraction(s, m))
    if not s.isascii():
        for m in UNICODE_FRACTION_RE.finditer(s):
            whole = float(m.group("whole") or 0)
            keep(_finish(s, Figure(m.start(), m.end(), number=whole + _UNICODE_FRACTIONS[m.group("frac")],
                                   written=m.group(), step=0.01, step_nonzero=0.01)))
    if digits:
        for m in ORDINAL_DIGITS_RE.finditer(s):
            if _PERIOD_AFTER.match(s, m.end()):
                spend(*m.span())  # "3rd-quarter": a period of the year, not a rank
                continue
            keep(Figure(m.start(), m.end(), kind="ordinal", number=float(m.group(1)), written=m.group(1)))
    if words & _ORDINAL_WORDS:
        for m in ORDINAL_WORDS_RE.finditer(s):
            keep(_ordinal_words(s, m))
    if digits:
        for m in DIGITS_RE.finditer(s):
            if free(*m.span()):
                fig = _digits(s, m)
                if fig is not None and free(fig.start, fig.end):
                    keep(fig)
                elif fig is None:
                    spend(*m.span())  # a year, a score, a model name: its digits are spent
    if words & _CARDINAL_WORDS:
        for m in WORDS_RE.finditer(s):
            if free(*m.span()):
                keep(_words(s, m))
    return sorted(found, key=lambda f: f.start)


def _age(n: str, start: int, end: int) -> Figure | None:
    value = float(n) if n.isdigit() else parse_cardinal(n.replace("-", " "))
    if value is None or not 0 < value < 125:
        return None
    return Figure(start, end, kind="age", number=value, written=n)


def _tally(m: re.Match[str]) -> Figure | None:
    a, b = (m.group("a"), m.group("b")) if m.group("a") else (m.group("c"), m.group("d"))
    va = float(a) if a.isdigit() else parse_cardinal(a)
    vb = float(b) if b.isdigit() else parse_cardinal(b)
    if va is None or vb is None:
        return None
    return Figure(m.start() if m.group("a") else m.start("c"), m.end(), number=va, written=f"{a}-{b}",
                  extra={"tally": [va, vb]})


def _vague(s: str, m: re.Match[str]) -> Figure:
    lo, hi = VAGUE[m.group("v").lower()]
    if m.group("v2"):  # "tens of billions": tens (20..99) of a billion
        scale = VAGUE[m.group("v2").lower()][0] / 2
        lo, hi = lo * scale, hi * scale
    fig = Figure(m.start(), m.end(), number=lo, written=m.group(), step=lo, step_nonzero=lo,
                 extra={"vague": [lo, hi]})
    cur = re.match(r" of (?P<cur>dollars|euros|pounds|yen|yuan|rupees)\b", s[m.end():], _I)
    if cur is not None:
        fig.currency = {"dollars": "USD", "euros": "EUR", "pounds": "GBP", "yen": "JPY", "yuan": "CNY",
                        "rupees": "INR"}[cur.group("cur").lower()]
        fig.kind = "money"
        fig.end += cur.end()
    read_left(s, fig)
    return fig


def _half_a(s: str, m: re.Match[str]) -> Figure:
    scale = {"million": 1e6, "billion": 1e9, "trillion": 1e12, "thousand": 1e3, "hundred": 100,
             "dozen": 12}[m.group("scale").lower()]
    return _finish(s, Figure(m.start(), m.end(), number=scale / 2, written=m.group(), step=scale / 10,
                             step_nonzero=scale / 10))


def _half(s: str, m: re.Match[str]) -> Figure | None:
    if _HALF_NOT_AFTER.search(s[max(0, m.start() - 12):m.start()]):
        return None  # "the second half of the year", "one and a half"
    fig = Figure(m.start(), m.end(), number=0.5, written=m.group(), step=0.0, step_nonzero=0.0,
                 extra={"fraction": True})
    if s.startswith(" a", m.end()) and s[m.end() + 2:m.end() + 3] in (" ", "n"):
        unit = Figure(fig.start, s.index(" ", m.end() + 1), number=0.5)
        read_right(s, unit)  # "half a mile", "half an hour"
        if unit.kind != "quantity":
            return None
        unit.start, unit.written, unit.step, unit.step_nonzero = fig.start, fig.written, 0.05, 0.05
        read_left(s, unit)
        return unit
    fig.kind, fig.percent, fig.number = "percentage", "%", 50.0
    read_left(s, fig)
    return fig


def _fraction(s: str, m: re.Match[str]) -> Figure | None:
    num, den = m.group("num"), m.group("den")
    value = parse_fraction(num, den)
    if value is None:
        return None
    after = s[m.end():m.end() + 4]
    head = s[max(0, m.start() - 30):m.start()]
    singular = num.lower() in ("a", "an", "one")
    if singular and not (after.startswith(" of") or re.match(r"[ .,;)]|$", after) and num.lower() == "one"
                         or after.startswith(" of") or re.search(r"\b(?:than|about|nearly|almost|over)\s$", head)):
        return None  # "a third reading" is an ordinal, read by the ordinal pass
    fig = Figure(m.start(), m.end(), number=value, written=m.group(), step=0.0, step_nonzero=0.0,
                 extra={"fraction": True})
    points = _POINT_OF_RE.match(s, m.end())
    if points is not None:  # "a quarter of a percentage point"
        fig.kind, fig.percent, fig.end = "percentage", "pp", points.end()
        read_left(s, fig)
        return fig
    if re.match(r" of (?!an? (?:percentage|mile|kilomet|met|hour|inch|foot|pound|kilo|tonne|ton)\b)", s[m.end():], _I):
        fig.kind, fig.percent = "percentage", "%"
        fig.number = value * 100
        read_left(s, fig)
        return fig
    return _finish(s, fig)


def _digit_fraction(s: str, m: re.Match[str]) -> Figure | None:
    if max(len(m.group("num")), len(m.group("den")), len(m.group("whole") or "")) > 15:
        return None  # more digits than a float holds: int() and the division would overflow
    num, den = int(m.group("num")), int(m.group("den"))
    if not 2 <= den <= 100 or num >= den * 10 or num == 0 and den == 0:
        return None
    if not m.group("whole") and num >= den:
        return None  # "24/7", "9/11"
    value = int(m.group("whole") or 0) + num / den
    return _finish(s, Figure(m.start(), m.end(), number=value, written=m.group(), step=0.0, step_nonzero=0.0))


def _ordinal_words(s: str, m: re.Match[str]) -> Figure | None:
    value = parse_ordinal(m.group())
    if value is None:
        return None
    if _PERIOD_AFTER.match(s, m.end()):
        return None  # "third-quarter revenue", "first-half sales": a period, dated by the date reader
    written = m.group()
    if len(written) > 1 and written.isupper():
        return None  # "FIRST QUARTER RESULTS": a heading, whose words say nothing countable
    if written[:1].isupper() and (m.start() > 0 and not re.search(r"[.!?:\"“(]\s*$", s[max(0, m.start() - 20):m.start()])
                                  or re.match(r"\s*,", s[m.end():])):
        return None  # "the Second World War", "First Lady"; "First, ...": names and discourse words
    if m.group().lower() == "second" and re.search(r"(?:\d|\b(?:one|a|per|every|split))\s$",
                                                    s[max(0, m.start() - 8):m.start()], _I):
        return None  # "one second", "a split second": a unit of time
    return Figure(m.start(), m.end(), kind="ordinal", number=float(value), written=m.group())


def _digits(s: str, m: re.Match[str]) -> Figure | None:
    start, end = m.span()
    before = s[max(0, start - 2):start]
    after = s[end:end + 2]
    prev, nxt = before[-1:], after[:1]
    if prev.isalnum() or prev in ("_", "^") or (prev == "+" and before[:1].isalnum()):
        return None  # "A320", "MH17", "2^10", "J1149.5+6663"
    if re.search(r"(?:\+/-|±)\s?$", s[max(0, start - 4):start]):
        return None  # "9.83e-3 +/- 1e-5": an uncertainty, not a figure of its own
    if prev and prev in "-–" and before[:1].isalnum():
        return None  # "Su-35", "S-300", the tail of "787-9"
    if prev and prev in "./#" or (prev == "[" and nxt == "]") or (nxt == "/" and after[1:2].isdigit()):
        return None  # versions, footnotes, dates written with slashes
    if nxt == "." and after[1:2].isdigit():
        return None  # "192.168.1.2"
    if _side_by_side(s, start, end):
        return None  # "245 23 yen": numerals side by side are a broken grouping or a table row
    parsed = parse_digits(m.group())
    if parsed is None:
        return None
    value, step, nonzero = parsed
    fig = Figure(start, end, number=value, written=m.group(), step=step, step_nonzero=nonzero)
    if prev in ("-", "−") and (start < 2 or not before[:1].isalnum()):
        fig.number, fig.start = -value, start - 1
        fig.extra["negative"] = True
    if _PAGE_BEFORE.search(s[max(0, start - 14):start]):
        return None
    read_exponent(s, fig)
    read_left(s, fig)
    read_multiplier(s, fig)
    rng = _range(s, fig)
    if rng is False:
        return None
    read_right(s, fig)
    _span_not_bound(s, fig)
    if fig.kind == "number" and re.match(r"[A-Za-z]", s[fig.end:fig.end + 1]):
        return None  # "5G", "3D", "4x4": digits glued to a word that is not a unit
    if _is_year(s, fig):
        return None
    if fig.kind == "number" and fig.hedge is None and fig.number_hi is None and _names_it(s, fig):
        return None  # "Boeing 787", "Voyager 2", "a Westmoor Airways 787 bound for": a name, no figure
    return fig


def _names_it(s: str, fig: Figure) -> bool:
    """A bare number right after a capitalised word is part of a name ("Boeing 787", "Apollo 11"),
    unless the word is a sentence-initial function word ("Another 900 were evacuated"), a measure
    ("Category 4") or a weekday, or the number goes on to count something plural ("in March 300
    people"); after a brand written with inner capitals or "&" it is a name even then ("S&P 500 futures")."""
    head = s[max(0, fig.start - 30):fig.start]
    m = _CAPITAL_BEFORE.search(head) or _FIRST_WORD_BEFORE.fullmatch(head if fig.start <= 30 else "")
    if m is None:
        return False
    word = m.group(1)
    brand = "&" in word or any(ch.isupper() for ch in word[1:])  # "S&P 500", "FTSE 100", "iPhone 15"
    if PLURAL_NEXT.match(s, fig.end) and not brand:
        return False
    low = word.lower()
    return not (low in STOPWORDS or low in _NOT_NAME_WORDS or low in MEASURE_BEFORE)


_NUMERAL_AFTER = re.compile(r" (\d[\d,.]*)(?![\w/:])")
_NUMERAL_BEFORE = re.compile(r"(?<![\w.,/:-])(\d[\d,.]*) $")


def _side_by_side(s: str, start: int, end: int) -> bool:
    """Another bare numeral one space away, that is not a year ("in 2015 23 people died" is a year
    and a count, badly punctuated; "245 23 yen" is neither)."""
    for m in (_NUMERAL_AFTER.match(s, end), _NUMERAL_BEFORE.search(s[max(0, start - 20):start])):
        if m is not None and not re.fullmatch(r"1\d{3}|20\d{2}", m.group(1)):
            return True
    return False


_TIME_UNITS = frozenset(["s", "min", "h", "d", "wk", "mo", "yr"])
_FIGURE_BEFORE_OVER = re.compile(r"(?:\d%?|\b(?:percent|cent|points?))\s+(?:over|in|within)\s+$", _I)


def _span_not_bound(s: str, fig: Figure) -> None:
    """"rose 5% over 12 months": "over" after another figure gives the period it was measured over,
    not a lower bound on the period ("it lasted over 12 hours" keeps its bound)."""
    if fig.hedge != "over" or fig.kind != "quantity" or fig.unit not in _TIME_UNITS:
        return
    hedge_at = s.lower().rfind("over", 0, fig.start + 4)
    if _FIGURE_BEFORE_OVER.search(s[max(0, hedge_at - 20):hedge_at + 5]):
        fig.hedge = None
        fig.start = hedge_at + 5


def _range(s: str, fig: Figure) -> bool | None:
    """Read "20 to 30", "20-30", "between 20 and 30" onto `fig`. False: a score or a model number
    ("3-2", "787-9"), which is no figure at all."""
    pos = fig.end
    unit_first = None
    m = _RANGE_JOIN.match(s, pos)
    if m is None:
        probe = Figure(fig.start, fig.end, number=fig.number, currency=fig.currency, scale=fig.scale)
        read_right(s, probe)
        if probe.kind in ("quantity", "percentage") and (m := _RANGE_JOIN.match(s, probe.end)) is not None:
            unit_first = probe  # "44 mg to 50 mg", "20% to 30%"
        else:
            return None
    joiner = m.group("j").strip()
    head = s[max(0, fig.start - 12):fig.start]
    if joiner == "and" and not _BETWEEN_BEFORE.search(head):
        return None
    if _CHANGE_FROM_BEFORE.search(s[max(0, fig.start - 60):fig.start]):
        return None  # "cut from 5.25% to 5%": a change, two figures
    hi_parsed = parse_digits(m.group("n").replace("−", "-"))
    if hi_parsed is None:
        return None
    hi = hi_parsed[0]
    dash = joiner in ("-", "–", "—")
    if dash and (SCORE_CONTEXT.search(s[max(0, fig.start - 25):fig.start])
                 or SCORE_CONTEXT.match(s, m.end() + 1)) and fig.scale == 1:
        return False
    if hi <= fig.number and fig.scale == 1:
        if dash:
            return False  # "3-2", "787-9", "2013-14"
        if hi == fig.number or not re.search(r"\b(?:from|between)\s+$", head):
            return None
    if unit_first is not None:
        second = Figure(m.start("n"), m.end(), number=hi)
        read_right(s, second)
        if second.unit != unit_first.unit or second.percent != unit_first.percent:
            return None  # "from 44 ml to 50 mg": two figures, not a range
    fig.end = m.end()
    fig.extra["range"] = True
    if unit_first is not None:
        fig.extra["unit_first"] = True
    hi_scale = MULTIPLIER_WORD_RE.match(s, fig.end) or MULTIPLIER_ABBREV_RE.match(s, fig.end)
    if fig.scale == 1:
        fig.number_hi = hi
        read_multiplier(s, fig)  # "20 to 30 million": the multiplier is both ends'
    else:
        probe = Figure(fig.end, fig.end, currency=fig.currency, number=hi)
        read_multiplier(s, probe)  # "$5.0 billion to $5.1 billion"
        fig.number_hi = probe.number if hi_scale is not None else hi * fig.scale
        fig.end = probe.end
    if fig.number_hi is not None and fig.number_hi < fig.number:  # "ranged from -18 C to -34 C"
        fig.number, fig.number_hi = fig.number_hi, fig.number
    if _BETWEEN_BEFORE.search(head):
        fig.start -= len(_BETWEEN_BEFORE.search(head).group())  # type: ignore[union-attr]
    return True


def _is_year(s: str, fig: Figure) -> bool:
    if fig.kind != "number" or fig.hedge or fig.scale != 1 or fig.number_hi is not None:
        return False
    w = fig.written
    if not (len(w) == 4 and w.isdigit() and 1000 <= fig.number <= 2100):
        return False
    if PLURAL_NEXT.match(s, fig.end) and not _YEAR_PREP.search(s[max(0, fig.start - 12):fig.start]):
        return False  # "2000 people"
    return True


def _words(s: str, m: re.Match[str]) -> Figure | None:
    value = parse_cardinal(m.group())
    if value is None:
        return None
    low = m.group().lower()
    first = low.split()[0].split("-")[0]
    if first in ("hundred", "thousand", "million", "billion", "trillion", "dozen"):
        return None  # "several hundred years", "a baker's dozen": no count is stated
    if s[m.end():m.end() + 1] == "-" and re.match(r"-[a-z]", s[m.end():m.end() + 2]) is None:
        return None
    fig = Figure(m.start(), m.end(), number=value, written=m.group())
    fig.step = 1.0
    fig.step_nonzero = _nonzero_step(value)
    read_left(s, fig)
    read_multiplier(s, fig)
    read_right(s, fig)
    _span_not_bound(s, fig)
    if low == "one" and fig.kind == "number" and fig.hedge is None:
        return None  # "one of the", "no one", "that one": not a count worth checking
    return fig


def _happenings(noun: str) -> tuple[str, ...]:
    """WordNet's verbs for an event noun ("deaths" -> die), never a verb of saying ("no reports of
    casualties" says nothing was reported, not that nobody was hurt)."""
    return tuple(v for v in derived(lemma(noun, "NOUN"), "n", "v") if lexname_of(v, "v") != "verb.communication")


def _zero(m: re.Match[str]) -> Figure | None:
    """A count of none (issue 13): "no one was injured", "nobody was hurt" (people, and the verb), "no
    deaths were reported", "there were no injuries" (an event noun said to have happened zero times
    counts the people it happened to, with WordNet's verb for the noun: death -> die, injury ->
    injure), "no flights were cancelled", "none of the passengers was hurt" (the noun itself)."""
    noun = (m["noun"] or m["noun2"] or m["noun3"] or "").lower()
    verb = (m["verb"] or m["verb2"] or m["verb3"] or "").lower()
    if m["who"]:
        counted = "people"
    elif noun and (not verb or verb in _EXISTENTIAL) and (acts := _happenings(noun)):
        counted, verb = "people", acts[0]  # "no deaths were reported": nobody died
    elif noun and verb and verb not in _EXISTENTIAL:
        counted = noun
    else:
        return None  # "no reports", "no damage was reported": nothing countable was said to be none
    end = next(m.end(g) for g in ("zero_end", "zero_end2", "zero_end3", "zero_end4") if m.start(g) >= 0)
    start = m.start("no3") if m.start("no3") >= 0 else m.start()
    fig = Figure(start, end, number=0.0, written="0", step=1.0, step_nonzero=1.0)
    fig.extra.update({"zero": True, "counted": counted, "verb": verb})
    return fig


def _finish(s: str, fig: Figure) -> Figure:
    read_left(s, fig)
    read_multiplier(s, fig)
    read_right(s, fig)
    return fig


def _nonzero_step(value: float) -> float:
    if value <= 0 or value != int(value):
        return 1.0
    step, v = 1.0, int(value)
    while v % 10 == 0:
        v //= 10
        step *= 10
    return step
