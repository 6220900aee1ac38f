"""Date expressions: every phrase that says when something happened or will happen.

The extractor only reads the text; what a phrase means on the calendar is settled in
checker/normalize/dates.py. Each mention's `parts` says what was read:

  form      calendar | weekday | dayword | period | ago | anchored | sequence | holiday
  calendar  year, month, day (any may be None), part (early/mid/late...), shift / year_rel for a month
            without a year ("last November", "July next year"), fiscal, name_use ("the 2015 deal"),
            stated_weekday and weekday_start (a weekday written next to the date)
  weekday   weekday (0 = Monday), shift (last/next/this...), pod (night...), pair_start/pair_end (the
            date it is written next to), reporting (attached to "said")
  others    unit, offset or n/dir, part, anchor (the words of an anchored date)
  tense     future | past | unmarked: read from the clause, it decides which way a bare weekday or a
            month without a year looks.
"""
from __future__ import annotations

import bisect
import functools
import re
from typing import Any

from checker.extract import date_words as W
from checker.memo import SentenceMemo
from checker.models import Document, Mention

_Candidate = tuple[int, int, dict[str, Any]]  # local start, local end, parts
_DIGIT = re.compile(r"\d")
_DETERMINER = re.compile(r"(?:\b(?:the|a|an|its|their|his|her|this|that|our|whose)|['\u2019]s)\s+$", re.I)
_CAP_WORD_BEFORE = re.compile(r"(?<![\w'\u2019])([A-Z][\w.-]*)\s+$")
_LOWER_WORD_AFTER = re.compile(r"\s+[a-z]")
# "the massive 'Boxing Day' earthquake", "the Christmas Day attack": a holiday naming an event, whose
# year the words do not give; not a day of this story.
_NAME_DETERMINER = re.compile(r"\b(?:the|a|an|its|their)\s+(?:[\w-]+\s+){0,2}[\"'\u201c\u2018]?$", re.IGNORECASE)
_NAME_NOUN_AFTER = re.compile(r"[\"'\u201d\u2019]?\s+(?!(?:on|in|at|and|or|but|of|to|for|with|was|were|is|are|will|"
                              r"when|this|that|the|a|an|last|next|morning|night|evening|afternoon|weekend|eve)\b)"
                              r"[a-z]{3,}")
# How far back the cue words before a date are looked for: the longest cue ("the beginning of") and a
# name before a year ("Vision 2030") fit; searching from the sentence start made a table quadratic.
_LOOK_BACK = 80
_NOT_EPONYM = {"a", "an", "its", "his", "her", "their", "it", "fiscal", "year", "until", "as", "at", "to", "on", "by", "until", "since", "last", "next", "this", "early", "late", "from", "in",
               "before", "after", "through", "during", "and", "or", "but", "of", "that", "the"}


def find_dates(doc: Document, *, day_first: bool = True) -> list[Mention]:
    mentions: list[Mention] = []
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        for s, e, parts in _MEMO.get(None, (text, day_first), lambda: _sentence_dates(text, day_first)):
            p = dict(parts)  # the memo's copy stays as read
            for key in ("pair_start", "pair_end", "weekday_start", "weekday_end"):
                if key in p:
                    p[key] += sentence.start  # offsets into the whole text, like the mention's
            mentions.append(Mention(kind="date", start=sentence.start + s, end=sentence.start + e,
                                    raw=text[s:e], sentence=index, parts=p))
    return mentions


_MEMO: SentenceMemo[tuple[_Candidate, ...]] = SentenceMemo()


def _sentence_dates(text: str, day_first: bool) -> tuple[_Candidate, ...]:
    """Every date of one sentence, offsets relative to it: a function of the sentence's text alone."""
    out: list[_Candidate] = []
    for start, end, parts in _settle(_candidates(text, day_first)):
        parts.setdefault("tense", _tense(text, start, end))
        out.extend(_split_pair(start, end, parts))
    return tuple(out)


def _candidates(text: str, day_first: bool) -> list[_Candidate]:
    found: list[_Candidate] = []
    if W.MONTH_GATE.search(text):
        for pattern in (W.MONTH_DAY_YEAR, W.DAY_MONTH_YEAR, W.MONTH_DAY, W.DAY_MONTH):
            for m in pattern.finditer(text):
                parts = _calendar(m)
                if parts is not None:
                    found.append((m.start(), m.end(), parts))
        for m in W.MONTH_YEAR.finditer(text):
            found.append((m.start(), m.end(), {"form": "calendar", "year": int(m["year"]),
                                               "month": _month(m["month"]), "part": _part(m["part"])}))
        found += _months(text)
    if _DIGIT.search(text):
        found += _numeric(text, day_first)
        found += _years(text)
    if "ineteen" in text or "housand" in text:
        found += _spelled_years(text)
    if W.RELATIVE_GATE.search(text):
        found += _relative(text)
        if "day" in text:
            found += _weekdays(text)
    return found


def _calendar(m: re.Match[str]) -> dict[str, Any] | None:
    day = int(m["day"])
    if not 1 <= day <= 31:
        return None
    year = m.groupdict().get("year")
    parts: dict[str, Any] = {"form": "calendar", "year": int(year) if year else None,
                             "month": _month(m["month"]), "day": day}
    if m["wd"]:
        parts["stated_weekday"] = W.WEEKDAYS[m["wd"].lower()]
        parts["weekday_start"], parts["weekday_end"] = m.start("wd"), m.end("wd")
        parts["date_start"] = min(m.start("month"), m.start("day"))
    return parts


def _numeric(text: str, day_first: bool) -> list[_Candidate]:
    out: list[_Candidate] = []
    for m in W.NUMERIC.finditer(text):
        if m["iy"]:
            y, mo, d = int(m["iy"]), int(m["im"]), int(m["id"])
        else:
            a, b = int(m["a"]), int(m["b"])
            d, mo = (a, b) if day_first else (b, a)
            if mo > 12 and d <= 12:  # "01/19/2025" can only be month first
                d, mo = mo, d
            y = int(m["year"])
        if 1 <= mo <= 12 and 1 <= d <= 31:
            out.append((m.start(), m.end(), {"form": "calendar", "year": y, "month": mo, "day": d,
                                             "numeric": True}))
    for m in W.WEEK_OF.finditer(text):
        out.append((m.start(), m.end(), {"form": "calendar", "year": None, "month": _month(m["month"]),
                                         "day": int(m["day"]), "week_of": True}))
    return out


def _months(text: str) -> list[_Candidate]:
    """A month without a day: needs a cue word when the name is also an ordinary word or a name."""
    out: list[_Candidate] = []
    for m in W.MONTH_REL.finditer(text):
        name = m["month"].rstrip(".").lower()
        cued = bool(m["shift"] or m["part"] or m["yrel"] or W.CUE_BEFORE.search(text, max(0, m.start() - _LOOK_BACK), m.start()))
        if name in W.AMBIGUOUS_MONTHS and not cued:
            continue
        if not cued and m.start() > 0 and _CAP_WORD_BEFORE.search(text, max(0, m.start() - _LOOK_BACK), m.start()):
            continue  # "Chief Justice March", "Dear June"
        parts: dict[str, Any] = {"form": "calendar", "year": None, "month": W.MONTHS[name],
                                 "part": _part(m["part"])}
        if m["shift"]:
            parts["shift"] = " ".join(m["shift"].lower().split())
        if m["yrel"]:
            parts["year_rel"] = {"last": -1, "this": 0, "next": 1}[m["yrel"].lower()]
        out.append((m.start(), m.end(), parts))
    return out


def _years(text: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    for y in W.YEAR_ALONE.finditer(text):
        prefix = W.YEAR_PREFIX.search(text, max(0, y.start() - 40), y.start())
        start = prefix.start() if prefix and (prefix["part"] or prefix["fiscal"]) else y.start()
        part, fiscal = (prefix["part"], prefix["fiscal"]) if prefix else (None, None)
        near, after = max(0, start - _LOOK_BACK), y.end()  # the words before and after the year
        cued = bool(part or fiscal or W.CUE_BEFORE.search(text, near, start))
        if not cued:
            if W.COUNT_NOUN.match(text, after):
                continue
            cap = _CAP_WORD_BEFORE.search(text, near, start)
            if cap and cap.start(1) > 0 and cap.group(1).lower() not in _NOT_EPONYM and cap.group(1).rstrip(".").lower() not in W.MONTHS:
                continue  # "Vision 2030", "Euro 2024": a name, not a date
        if W.PERIOD_AFTER.match(text, after) or W.PERIOD_BEFORE.search(text, max(0, start - 30), start):
            continue  # "the 1988 quarter", "the third quarter of 1984": a reporting period, not the year
        determiner = bool(_DETERMINER.search(text, near, start))
        name_use = determiner and _LOWER_WORD_AFTER.match(text, after) is not None \
            and not W.COUNT_NOUN.match(text, after)
        if not cued and determiner and W.COUNT_NOUN.match(text, after):
            continue
        out.append((start, y.end(), {"form": "calendar", "year": int(y["year"]), "month": None,
                                     "part": _part(part), "fiscal": bool(fiscal), "name_use": name_use}))
    return out


def _spelled_years(text: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    for m in W.SPELLED_YEAR.finditer(text):
        if m["tens"]:
            year = 1900 + W.TENS_WORDS[m["tens"].lower()] + (W.ONES_WORDS[m["ones"].lower()] if m["ones"] else 0)
        else:
            year = 2000 + (W.ONES_WORDS[m["ones2"].lower()] if m["ones2"] else 0)
        out.append((m.start(), m.end(), {"form": "calendar", "year": year, "month": None, "part": None}))
    return out


def _has(lower: str, *words: str) -> bool:
    return any(w in lower for w in words)


def _relative(text: str) -> list[_Candidate]:
    """Relative dates. Each pattern runs only when its key words occur in the sentence at all."""
    out: list[_Candidate] = []
    lower = text.lower()
    if _has(lower, "today", "yesterday", "tomorrow", "tonight"):
        out += _daywords(text)
    if _has(lower, "week", "month", "year"):
        out += _periods(text)
    if _has(lower, "ago", "earlier", "later", "before", "after", "from now", "prior"):
        out += _agos(text)
    if _has(lower, "before", "after", "prior", "ahead", "eve", "following"):
        out += _anchoreds(text)
    if _has(lower, "following", "next", "previous", "preceding", "same", "that"):
        out += _sequences(text)
    if W.HOLIDAY_GATE.search(text):
        out += _holidays(text)
    return out


def _daywords(text: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    for m in W.DAYWORD.finditer(text):
        rel = m["rel"].lower()
        out.append((m.start(), m.end(), {"form": "dayword", "rel": rel, "part": _part(m["part"]),
                                         "offset": {"yesterday": -1, "tomorrow": 1}.get(rel, 0)}))
    return out


def _periods(text: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    for m in W.PERIOD.finditer(text):
        det = " ".join(m["det"].lower().split())
        offset = {"last": -1, "the past": -1, "the previous": -1, "this past": -1,
                  "next": 1, "the coming": 1, "this coming": 1, "the following": 1}.get(det, 0)
        if det in ("the following", "the same"):
            continue  # relative to another date in the text: a sequence, below
        if m["unit"].lower() == "year" and _period_of_figure(text, m.start(), m.end()):
            continue
        out.append((m.start(), m.end(), {"form": "period", "unit": m["unit"].lower(), "offset": offset,
                                         "det": det, "part": _part(m["part"])}))
    for m in W.YEAR_END.finditer(text):
        unit = (m["unit"] or "year").lower()
        parts: dict[str, Any] = {"form": "period", "unit": unit, "offset": 0, "part": "end"}
        if m["ye"] and "-" in m["ye"]:  # "by year-end", "since year-end": the closing day, as in accounts
            parts["closing_day"] = True
            parts["since"] = bool(W.SINCE_BEFORE.search(text, max(0, m.start() - 12), m.start()))
        out.append((m.start(), m.end(), parts))
    for m in W.CURRENT_YEAR.finditer(text):
        out.append((m.start(), m.end(), {"form": "period", "unit": "year", "offset": 0, "part": None}))
    return out


def _agos(text: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    for m in W.AGO.finditer(text):
        direction = m["dir"].lower().split()[0]
        if m["unit"].lower() == "year" and _count(m["n"]) == 1 and W.FISCAL_PERIOD.search(text):
            continue  # "up from $2.3 billion a year earlier" beside "third quarter": a quarter, not a year
        if m["unit"].lower() in ("year", "month") and _period_of_figure(text, m.start(), m.end()):
            continue
        out.append((m.start(), m.end(), {
            "form": "ago", "n": _count(m["n"]), "unit": m["unit"].lower(),
            "dir": -1 if direction in ("ago", "earlier", "before", "prior") else 1,
            "ref": "publication" if direction in ("ago", "from") else "previous",
            "hedge": (m["hedge"] or "").lower() or None}))
    return out


def _period_of_figure(text: str, start: int, end: int) -> bool:
    """The words only say which reporting period a figure is of: "this year's third quarter", "the
    quarter of last year". A company's quarter or half has no calendar value of ours (and may be fiscal)."""
    return bool(W.PERIOD_AFTER.match(text, end) or W.PERIOD_BEFORE.search(text, max(0, start - 30), start))


def _anchoreds(text: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    for m in W.ANCHORED.finditer(text):
        anchor = _anchor_words(m["anchor"])
        if anchor is None:
            continue
        unit = (m["unit"] or m["theunit"] or "day").lower()
        n = _count(m["n"]) if m["n"] else (0 if (m["eve"] or unit == "eve") else 1)
        direction = m["dir"].lower().split()[0]
        if direction == "of" and not (m["eve"] or unit == "eve"):
            continue
        end = m.start("anchor") + len(anchor)
        out.append((m.start(), end, {"form": "anchored", "n": n, "unit": "day" if unit in ("eve", "morning") else unit,
                                     "dir": 1 if direction in ("after", "following") else -1,
                                     "eve": bool(m["eve"] or unit == "eve"), "anchor": anchor}))
    return out


def _sequences(text: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    for m in W.SEQUENCE.finditer(text):
        which = (m["which"] or "same").lower()
        unit = m["unit"].lower()
        offset = {"following": 1, "next": 1, "previous": -1, "preceding": -1}.get(which, 0)
        out.append((m.start(), m.end(), {"form": "sequence", "unit": unit if unit in ("week", "month", "year") else "day",
                                         "offset": offset, "part": _part(m["part"])}))
    return out


def _holidays(text: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    for m in W.HOLIDAY.finditer(text):
        name_use = not m["year"] and bool(_NAME_DETERMINER.search(text, max(0, m.start() - 40), m.start())) \
            and _NAME_NOUN_AFTER.match(text, m.end()) is not None
        out.append((m.start(), m.end(), {"form": "holiday", "holiday": m["name"].lower().replace("\u2019", "'"),
                                         "year": int(m["year"]) if m["year"] else None, "name_use": name_use}))
    return out


def _weekdays(text: str) -> list[_Candidate]:
    out: list[_Candidate] = []
    for m in W.WEEKDAY_REL.finditer(text):
        cap = _CAP_WORD_BEFORE.search(text, max(0, m.start() - 30), m.start())
        if not m["shift"] and cap and cap.group(1).lower() in W.WEEKDAY_EPONYMS:
            continue  # "Bloody Sunday", "Black Friday": names of events, not this week's days
        shift = " ".join(m["shift"].lower().split()) if m["shift"] else None
        parts: dict[str, Any] = {"form": "weekday", "weekday": W.WEEKDAYS[m["wd"].lower()], "shift": shift,
                                 "pod": m["pod"].lower() if m["pod"] else None,
                                 "reporting": bool(W.REPORTING.search(text, max(0, m.start() - 40), m.start()))}
        out.append((m.start(), m.end(), parts))
    return out


@functools.lru_cache(maxsize=8)
def _clause_breaks(text: str) -> list[int]:
    """Where each clause of a sentence begins, found once per sentence: a sentence pasted from a table
    holds hundreds of dates, and searching its start again for each one is quadratic."""
    return [m.end() for m in W.CLAUSE_BREAK.finditer(text)]


def _tense(text: str, start: int, end: int) -> str:
    """future | past | unmarked, read from the clause around the date.

    Future when the clause speaks of the future ("will be signed ... on Friday", "postponed until
    Tuesday", "meet separately Monday", "planned a rally on Saturday"); past when it has a verb in the
    past tense ("stepped down in March"); unmarked otherwise ("payable Dec. 15"). Only the clause counts:
    "said Monday they will ..." is a past Monday. A clause with no verb at all ("..., her first stop
    Tuesday morning") takes the tense of the sentence before it."""
    breaks = _clause_breaks(text)
    before = bisect.bisect_right(breaks, start) - 1
    clause_start = breaks[before] if before >= 0 else 0
    for m in W.CLAUSE_BREAK.finditer(text, max(clause_start, start - 12), start):
        clause_start = m.end()  # a break the date itself hid: "talks and January 5" ("and" before a capital)
    clause_end = end  # what follows a date in its clause is mostly its object, not its verb ...
    opens = text[clause_start:start].strip().lower() in ("", "on", "by", "until", "from", "early", "late")
    if opens:
        after = W.CLAUSE_BREAK.search(text, end)  # ... unless the date opens the clause: "On Tuesday, the
        if after and after.group().startswith(","):  # league plans to ..."
            after = W.CLAUSE_BREAK.search(text, after.end())
        clause_end = after.start() if after else len(text)
    possessive = text[start:end].endswith(("'s", "\u2019s"))
    future = W.STRONG_FUTURE if possessive else W.FUTURE
    clause = text[clause_start:clause_end]
    if opens:  # "On Friday, the government planned to pay": the Friday of the plan, not of the payment
        clause = W.PAST_PLAN.sub(" ", clause)
    if future.search(clause):
        return "future"
    if W.PASSIVE_AFTER.match(text, end):  # "a memorial planned for Saturday was canceled"
        return "past"
    if not possessive and W.SCHEDULED.search(text, clause_start, start):
        return "future"
    if _past_verb(clause) and not W.TARGET_BEFORE.search(text, max(0, start - 30), start) \
            and not W.TARGET_AFTER.match(text, end):
        return "past"  # but "extended to Nov. 16", "return him by Jan. 14" name a date still to come
    if not W.ANY_VERB.search(clause) and not W.SCHEDULED.search(clause) and clause_start > 0 \
            and future.search(text, max(0, clause_start - 300), clause_start):
        return "future"
    return "unmarked"


def _past_verb(clause: str) -> bool:
    """A verb in the past tense in the clause (reporting verbs left out: "said the deal closes Nov. 5"
    speaks of a later date; "set" only when not "set to/for"; "-ed" after "be" is a passive still to come:
    "to be published in early November")."""
    words = W.WORD.findall(clause.lower())
    for i, word in enumerate(words):
        if word in W.PAST_IRREGULAR:
            if word == "set" and i + 1 < len(words) and words[i + 1] in ("to", "for"):
                continue
            return True
        if len(word) > 3 and word.endswith("ed") and word not in W.NOT_PAST_ED and (i == 0 or words[i - 1] != "be"):
            return True
    return False


def _settle(found: list[_Candidate]) -> list[_Candidate]:
    """Overlapping readings of the same words: keep the longest (then the earliest)."""
    found.sort(key=lambda c: (-(c[1] - c[0]), c[0]))
    kept: list[_Candidate] = []
    taken = bytearray(max((c[1] for c in found), default=0))  # 1 where a kept reading lies
    for c in found:
        if taken.find(1, c[0], c[1]) == -1:
            kept.append(c)
            taken[c[0]:c[1]] = b"\x01" * (c[1] - c[0])
    return sorted(kept, key=lambda c: c[0])


def _split_pair(start: int, end: int, parts: dict[str, Any]) -> list[_Candidate]:
    """"Thursday, Jan. 9, 2025" becomes two mentions, the weekday and the date, so that a finding about
    a weekday that does not fit its date can cite both; each remembers the other."""
    if "weekday_start" not in parts:
        return [(start, end, parts)]
    ws, we, ds = parts.pop("weekday_start"), parts.pop("weekday_end"), parts.pop("date_start")
    date_parts = {**parts, "weekday_start": ws, "weekday_end": we}
    weekday_parts = {"form": "weekday", "weekday": parts["stated_weekday"], "shift": None, "pod": None,
                     "reporting": False, "pair_start": ds, "pair_end": end, "tense": parts.get("tense"),
                     "pair_date": {k: parts.get(k) for k in ("year", "month", "day")}}
    return [(ws, we, weekday_parts), (ds, end, date_parts)]


def _month(word: str) -> int:
    return W.MONTHS[word.rstrip(".").lower()]


def _part(word: str | None) -> str | None:
    if not word:
        return None
    word = " ".join(word.lower().split())
    return {"the middle of": "mid", "the beginning of": "early", "the start of": "early", "the end of": "end",
            "the first half of": "first-half", "the second half of": "second-half", "the rest of": "rest"}.get(word, word)


def _count(word: str) -> int:
    word = " ".join(word.lower().split())
    return int(word) if word.isdigit() else W.NUMBER_WORDS.get(word, 1)


def _anchor_words(phrase: str) -> str | None:
    """The noun phrase an anchored date hangs on, cut before the first function word."""
    words = phrase.split()
    kept = [words[0]]
    for w in words[1:]:
        if w.lower() in W.ANCHOR_STOP:
            break
        kept.append(w)
    if len(kept) < 2:
        return None
    return phrase[:phrase.find(kept[-1], len(" ".join(kept[:-1]))) + len(kept[-1])].rstrip(",.;:")
