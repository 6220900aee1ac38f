"""Clock times: "10:30 p.m.", "10.30pm", "22:30 GMT", "0700 GMT", "3 a.m.", "five o'clock", "noon",
"shortly after midnight" (claim kind `time`).

The grammar is here; its words (times said in words, the hedges before a time, the time zones) are
data in rules/clock.yaml. A figure with a colon is a time only where something says so: a.m./p.m., a
zone, "local time", or a word before it that places an event in time ("at 15:00", "until 18:30"), so
that a score ("won 3:1"), a race time ("2:03:45") or a verse ("John 3:16") is never read as one. Each
mention's `parts`: hour, minute (None for "3 a.m."), hedge (a clock.yaml hedge id), zone (offset in
minutes from UTC), local (the text says "local time"), precision ("minute" or "hour").
"""
from __future__ import annotations

import re
from typing import Any

from checker.extract.number_words import parse_cardinal
from checker.memo import SentenceMemo
from checker.models import Document, Mention
from checker.rulepack import ClockEntry, RulePack

_AMPM = r"(?P<ampm>[ap])(?:\.\s?m\b\.?|\s?m\b)"  # "a.m." keeps its dot; "3.15am." ends a sentence
_HOUR_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# Words before a bare 24-hour figure ("at 15:00") that say it is a time of an event.
_TIME_CUE = re.compile(r"(?i)\b(?:at|by|from|until|till|to|before|after|around|about|since|and|between|"
                       r"approximately|past|shortly|just|roughly|circa|some)\s+$")
_LOCAL_AFTER = re.compile(r"(?i)\s*(?:\(\s*)?local(?:\s+time)?\b")
_HOURS_AFTER = re.compile(r"(?i)\s?(?:hours|hrs|h)\b")
_LOOK_BACK = 30
# A word before a time that gives it a role: the end or start of a span ("until about 5 a.m.",
# "from 9 a.m."), a deadline ("by noon"). Two times are one fact only in the same role.
_ANCHOR_BEFORE = re.compile(r"(?i)\b(?P<anchor>until|till|from|since|by|to|between|and)\s+(?:at\s+)?$")


def find_times(doc: Document, rules: RulePack) -> list[Mention]:
    grammar = _grammar(rules.clock)
    out: list[Mention] = []
    for index, sentence in enumerate(doc.sentences):
        found = _MEMO.get(rules, sentence.text, lambda: tuple(_sentence_times(sentence.text, grammar)))
        for start, end, parts in found:
            out.append(Mention(kind="time", start=sentence.start + start, end=sentence.start + end,
                               raw=sentence.text[start:end], sentence=index, parts=dict(parts)))
    return out


_MEMO: SentenceMemo[tuple[tuple[int, int, dict[str, Any]], ...]] = SentenceMemo()


class _Grammar:
    """The compiled patterns of one rule pack's clock entries."""

    def __init__(self, entries: tuple[ClockEntry, ...]) -> None:
        self.words = {w.lower(): e for e in entries if e.kind == "word" for w in e.words}
        self.hedges = {w.lower(): e for e in entries if e.kind == "hedge" for w in e.words}
        self.zones = {w: e for e in entries if e.kind == "zone" for w in e.words}
        zone = _alternation(self.zones)
        zone_part = rf"(?:\s?\(?\s?(?P<zone>{zone})\b\)?)?" if zone else "(?P<zone>(?!))?"
        self.numeric = re.compile(
            rf"(?<![\w:.,/])(?P<h>[01]?\d|2[0-3])\s?(?P<sep>[:.])\s?(?P<m>[0-5]\d)(?!\d|\s?[:.,]\s?\d)"
            rf"(?:\s?(?i:{_AMPM}))?" + zone_part)
        self.hour = re.compile(
            rf"(?<![\w:.,/])(?P<h>1[0-2]|0?[1-9]|(?i:{_HOUR_WORDS}))(?:\s?(?i:{_AMPM})|(?P<oclock>\s+o['\u2019]clock\b))"
            + zone_part)
        self.military = re.compile(rf"(?<![\w:.,/])(?P<h>[01]\d|2[0-3])(?P<m>[0-5]\d)\s?(?P<zone>{zone})\b" if zone
                                   else "(?!)")
        words = _alternation(self.words)
        self.word = re.compile(rf"\b(?P<word>(?i:{words}))\b" + zone_part) if words else re.compile("(?!)")
        hedges = _alternation(self.hedges)
        self.hedge = re.compile(rf"(?i)\b(?P<hedge>{hedges})\s+(?:at\s+)?$") if hedges else re.compile("(?!)")


def _alternation(words: dict[str, ClockEntry]) -> str:
    ordered = sorted(words, key=len, reverse=True)  # the longest phrase wins: "12 noon" before "noon"
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_GRAMMAR: list[tuple[object, _Grammar]] = []  # (the clock entries it was built from, the grammar)


def _grammar(entries: list[ClockEntry]) -> _Grammar:
    """The grammar of the rule pack in use, compiled once per pack."""
    if not _GRAMMAR or _GRAMMAR[0][0] is not entries:
        _GRAMMAR[:] = [(entries, _Grammar(tuple(entries)))]
    return _GRAMMAR[0][1]


def _sentence_times(text: str, g: _Grammar) -> list[tuple[int, int, dict[str, Any]]]:
    found: list[tuple[int, int, dict[str, Any]]] = []
    for m in g.numeric.finditer(text):
        hour, minute = int(m["h"]), int(m["m"])
        if m["ampm"]:
            if not 1 <= hour <= 12:
                continue
        elif m["sep"] == "." or not (m["zone"] or _cued(text, m.start()) or _local_or_hours(text, m.end())):
            continue  # "3.15" is a decimal and "3:1" a score unless the words make it a time
        found.append((m.start(), m.end(), _parts(hour, minute, m["ampm"], m["zone"], g, "minute")))
    for m in g.hour.finditer(text):
        hour = int(m["h"]) if m["h"].isdigit() else int(parse_cardinal(m["h"].lower()) or 0)
        if not 1 <= hour <= 12:
            continue
        found.append((m.start(), m.end(), _parts(hour, None, m["ampm"], m["zone"], g, "hour")))
    for m in g.military.finditer(text):
        found.append((m.start(), m.end(), _parts(int(m["h"]), int(m["m"]), None, m["zone"], g, "minute")))
    for m in g.word.finditer(text):
        entry = g.words[re.sub(r"\s+", " ", m["word"].lower())]
        minute_of_day = entry.minute or 0
        parts = _parts(minute_of_day // 60, minute_of_day % 60, None, m["zone"], g, "minute")
        parts["word"] = entry.id
        found.append((m.start(), m.end(), parts))
    out = []
    for start, end, parts in _disjoint(found):
        hedge = g.hedge.search(text[max(0, start - _LOOK_BACK):start])
        if hedge:
            parts["hedge"] = g.hedges[re.sub(r"\s+", " ", hedge["hedge"].lower())].id
            start = start - (len(text[max(0, start - _LOOK_BACK):start]) - hedge.start())
        anchor = _ANCHOR_BEFORE.search(text[max(0, start - _LOOK_BACK):start])
        if anchor:
            parts["anchor"] = anchor["anchor"].lower()
        local = _LOCAL_AFTER.match(text, end)
        if local and not parts.get("zone_id"):
            parts["local"] = True
        out.append((start, end, parts))
    return out


def _cued(text: str, start: int) -> bool:
    return _TIME_CUE.search(text[max(0, start - _LOOK_BACK):start]) is not None


def _local_or_hours(text: str, end: int) -> bool:
    return bool(_LOCAL_AFTER.match(text, end) or _HOURS_AFTER.match(text, end))


def _parts(hour: int, minute: int | None, ampm: str | None, zone: str | None, g: _Grammar,
           precision: str) -> dict[str, Any]:
    if ampm:
        hour = hour % 12 + (12 if ampm.lower() == "p" else 0)
    parts: dict[str, Any] = {"hour": hour, "minute": minute, "precision": precision}
    if zone:
        entry = g.zones[re.sub(r"\s+", " ", zone)]  # "Moscow  time" as the rule writes it
        parts["zone"] = entry.offset
        parts["zone_id"] = entry.id
    return parts


def _disjoint(found: list[tuple[int, int, dict[str, Any]]]) -> list[tuple[int, int, dict[str, Any]]]:
    """The longest reading of each stretch of text ("12 noon" over "noon")."""
    kept: list[tuple[int, int, dict[str, Any]]] = []
    for item in sorted(found, key=lambda f: (-(f[1] - f[0]), f[0])):
        if all(item[1] <= k[0] or item[0] >= k[1] for k in kept):
            kept.append(item)
    return sorted(kept, key=lambda f: f[0])
