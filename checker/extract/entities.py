"""Names, titles and places as claims.

- name: a person's name as written ("Masoud Pezeshkian"), compared for spelling across sources;
- title: a person's role next to the name ("Deputy Governor Huw Pill", "Blue Origin's chief
  executive, Jeff Bezos"), compared for the same person across sources;
- place: where an event happened, when the text says so with a venue word ("Shannon Airport",
  "Estadio de La Cartuja") or an event verb and "at"/"in" ("landed safely at Shannon").
"""
from __future__ import annotations

import re
from functools import lru_cache

from checker.extract.date_words import is_day_or_month
from checker.extract.names import (COMMON, NAME_RUN, find_name_runs, is_headline, looks_like_person,
                                   strip_leading_titles)
from checker.memo import SentenceMemo
from checker.models import Document, Mention
from checker.rulepack import RulePack, Title

_VENUE_WORDS = ("Airport", "Stadium", "Arena", "Hospital", "Stade", "Estadio", "Stadio", "Park",
                "Square", "Palace", "Hall", "Cathedral", "Court", "Station", "Port", "Base")
# A name and the words between it and a title, looked for only this far back: bounded, a page of
# many titles stays linear.
_LOOK_BACK = 200
_NAME_COMMA_BEFORE = re.compile(rf"(?P<name>{NAME_RUN.pattern}),\s+(?:the\s+|a\s+|its\s+)?(?:[\w'’ -]{{0,40}}\s)?$")
_ORG_BEFORE = re.compile(rf"(?P<org>{NAME_RUN.pattern})(?:'s|’s)?\s+$")
_VENUE = re.compile(
    rf"(?:(?P<city>{NAME_RUN.pattern})(?:'s|’s)\s+)?"
    rf"(?:(?P<pre>Estadio|Stade|Stadio|Stadium)\s+(?:(?:de|del|di|du|la|de la)\s+)*(?P<after>{NAME_RUN.pattern})"
    rf"|(?P<before>{NAME_RUN.pattern})\s+(?P<noun>[Aa]irport|[Ss]tadium|[Aa]rena|[Hh]ospital|[Ss]tation|[Pp]alace|[Cc]athedral|Mall|School|University|Church|Mosque|Synagogue|Temple|Hotel|Market|Square))"
)
# "landed at Shannon", "played at Valencia's Mestalla", "signed in Moscow": an event verb close before.
_EVENT_PLACE = re.compile(
    rf"\b(?P<verb>landed(?: safely)?|landing|diverted|touched down|held|played|staged|hosted|won|signed|"
    rf"signing|will be signed|struck|took place|met|meeting|summit|rally|protest|demonstration|ceremony|funeral)\b[^.;]{{0,40}}?\b(?P<prep>at|in|to)\s+"
    rf"(?:the\s+(?:[a-z-]+\s+){{0,2}}(?:city|town|village|capital|province|region|district|state|port)\s+of\s+)?"
    rf"(?P<place>(?:{NAME_RUN.pattern})(?:(?:'s|’s)\s+{NAME_RUN.pattern})?)"
)


def find_entities(doc: Document, rules: RulePack) -> list[Mention]:
    out: list[Mention] = []
    forms = _title_forms(tuple((t.id, tuple(t.forms)) for t in rules.titles))
    for index, sentence in enumerate(doc.sentences):
        text, base = sentence.text, sentence.start
        read = _MEMO.get(rules, text, lambda: _sentence_entities(text, forms, rules.titles))
        out += [Mention(kind=m.kind, start=base + m.start, end=base + m.end, raw=m.raw, sentence=index,
                        parts=dict(m.parts)) for m in read]
    return out


_MEMO: SentenceMemo[tuple[Mention, ...]] = SentenceMemo()


def _sentence_entities(text: str, forms: re.Pattern[str], titles: list[Title]) -> tuple[Mention, ...]:
    """The names, titles and places of one sentence, offsets relative to it: a function of its text
    and the rule pack's titles alone."""
    return tuple(_names(text, 0, 0) + _titles(text, 0, 0, forms, titles) + _places(text, 0, 0))


def _names(text: str, base: int, index: int) -> list[Mention]:
    if is_headline(text):
        return []
    out = []
    for span in find_name_runs(text, base):
        span = strip_leading_titles(span)
        if looks_like_person(span.text):
            out.append(Mention(kind="name", start=span.start, end=span.end, raw=span.text, sentence=index,
                               parts={"person": span.text}))
    return out


@lru_cache(maxsize=8)
def _title_forms(titles: tuple[tuple[str, tuple[str, ...]], ...]) -> re.Pattern[str]:
    alternatives = sorted({f for _, fs in titles for f in fs}, key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(re.escape(a) for a in alternatives) + r")\b", re.IGNORECASE)


def _titles(text: str, base: int, index: int, forms: re.Pattern[str], titles: list[Title]) -> list[Mention]:
    """TITLE Name ("chief economist Huw Pill"), Org's TITLE, Name ("Blue Origin's chief executive,
    Jeff Bezos") and Name, (the) TITLE (of Org)."""
    found = list(forms.finditer(text))
    if not found:
        return []
    by_form = {f.lower(): t for t in titles for f in t.forms}
    out: list[Mention] = []
    for m in found:
        title = by_form[m.group().lower()]
        if m.group().lower() in ("head", "boss", "chair", "manager") and not m.group()[0].isupper():
            continue  # too common as plain nouns unless capitalised before a name
        after = text[m.end():]
        person = re.match(rf",?\s+(?P<name>{NAME_RUN.pattern})", after)
        org, org_start = _org_before(text, m.start())
        if person and looks_like_person(_strip_trailing(person.group("name"))):
            name = _strip_trailing(person.group("name"))
            start = org_start if org else m.start()
            end = m.end() + person.start("name") + len(name)
            out.append(Mention(kind="title", start=base + start, end=base + end, raw=text[start:end],
                               sentence=index, parts={"title": title.id, "subject": name, "org": org,
                                                      "form": m.group()}))
            continue
        before = _NAME_COMMA_BEFORE.search(text, max(0, m.start() - _LOOK_BACK), m.start())
        if before and looks_like_person(_strip_trailing(before.group("name"))):
            name = _strip_trailing(before.group("name"))
            of_org = re.match(rf"\s+(?:of|at)\s+(?P<org>{NAME_RUN.pattern})", after)
            start = before.start("name")
            end = m.end() + (of_org.end() if of_org else 0)
            out.append(Mention(kind="title", start=base + start, end=base + end, raw=text[start:end],
                               sentence=index, parts={"title": title.id, "subject": name,
                                                      "org": of_org.group("org") if of_org else org,
                                                      "form": m.group()}))
    return out


def _org_before(text: str, at: int) -> tuple[str, int]:
    """The organisation written just before a title ("Blue Origin CEO", "Blue Origin's chief
    executive") and where it starts; nationality adjectives ("Russian Foreign Minister") are not one."""
    m = _ORG_BEFORE.search(text, max(0, at - _LOOK_BACK), at)
    if not m:
        return "", at
    org = m.group("org")
    tokens = org.split()
    if len(tokens) == 1 and (tokens[0].lower() in COMMON or tokens[0].lower().endswith(("an", "ian", "ese", "ish"))):
        return "", at
    return _strip_trailing(org), m.start("org")


def _strip_trailing(name: str) -> str:
    return re.sub(r"(?:'s|’s)$", "", name).rstrip(".,")


def _places(text: str, base: int, index: int) -> list[Mention]:
    out: list[Mention] = []
    taken: list[tuple[int, int]] = []
    for m in _VENUE.finditer(text):
        core = (m.group("after") or m.group("before") or "").rstrip(".,")
        if not core or not core[0].isupper():
            continue
        kind = (m.group("pre") or m.group("noun") or "").lower()
        kind = {"estadio": "stadium", "stade": "stadium", "stadio": "stadium"}.get(kind, kind)
        end = m.end() - (len(m.group()) - len(m.group().rstrip(".,")))
        out.append(Mention(kind="place", start=base + m.start(), end=base + end, raw=text[m.start():end],
                           sentence=index, parts={"place": core, "city": m.group("city") or "",
                                                  "type": kind}))
        taken.append((m.start(), m.end()))
    for m in _EVENT_PLACE.finditer(text):
        s, e = m.start("place"), m.end("place")
        if any(a < e and s < b for a, b in taken):
            continue
        place = _strip_trailing(m.group("place"))
        city, _, core = place.partition("'s ") if "'s " in place else ("", "", place)
        if core.split()[0].lower() in ("the", "a"):
            continue
        if is_day_or_month((city or core).split()[0]):
            continue  # "won 46 percent in Sunday's election", "met in March": a time, not a place
        out.append(Mention(kind="place", start=base + s, end=base + s + len(place), raw=place, sentence=index,
                           parts={"place": core.strip(), "city": city, "type": "",
                                  "prep": m.group("prep"), "verb": m.group("verb")}))
    return out
