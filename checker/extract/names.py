"""Proper names in running text: capitalised word sequences, without a model.

DEPENDENCIES.md measured capitalised-phrase spans plus rapidfuzz at 20 of 24 entities exact against
spaCy's 21 of 24, at a fraction of the start-up cost, so this is the core's name finder.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

_UPPER = "A-Z\u00C0-\u00DE\u0100-\u017F"
_TOKEN = rf"(?:(?:al-|el-|bin-|d')?[{_UPPER}][\w\u00C0-\u024F\u1E00-\u1EFF'’.\-]*)"
_CONNECT = r"(?:de|del|della|da|do|dos|das|di|la|le|van|von|der|den|al|el|bin|ibn|ben|y)"
NAME_RUN = re.compile(rf"{_TOKEN}(?:\s+(?:{_CONNECT}\s+)?{_TOKEN})*")

# Capitalised words that start sentences or name times, not entities.
COMMON = frozenset(
    """the a an in on at to for from by with and but or as of this that these those it its he she they
    we i you his her their our my your there here when where while after before during since until if
    though although however meanwhile also yet so then now today yesterday tomorrow tonight last next
    monday tuesday wednesday thursday friday saturday sunday january february march april may june july
    august september october november december jan feb mar apr jun jul aug sep sept oct nov dec
    mr mrs ms dr sir lord lady more most some many several about around nearly almost over under
    one two three four five six seven eight nine ten first second third both all each every no not
    asked pressed announcing speaking according even among amid despite chinese russian iranian
    american british french german ukrainian israeli palestinian lebanese syrian iraqi european
    western eastern northern southern""".split()
)

# Words that make a capitalised run an organisation, place or event rather than a person.
NOT_PERSON = frozenset(
    """bank ministry committee council party union university college school hospital airport stadium
    estadio arena airways airlines air news post times radio press wire tv television broadcasting
    daily herald ledger letter journal group company corp inc ltd plc technologies technology systems
    street road avenue square bridge river sea ocean lake mountain mount valley gulf bay island islands
    fire cup final league day week parliament congress senate assembly house court department agency
    service forces force army navy guard police office federation republic kingdom states nations
    organization organisation alliance nato reserve exchange index fund foundation institute centre
    center museum church mosque temple palace hall club fc cf team province county city town region
    district state government cabinet kremlin white commission treaty pact agreement act bill law
    strategy mission program programme project summit games olympics championship copa del rey
    liga sentry resistance axis revolution revolutionary supreme leader minister president chancellor
    governor chief officer executive secretary general prime deputy mayor ceo cfo coo""".split()
)


@dataclass(frozen=True)
class NameSpan:
    start: int  # offsets into the text that was searched
    end: int
    text: str


def find_name_runs(text: str, offset: int = 0) -> list[NameSpan]:
    """Capitalised runs in `text` with leading common words dropped ("The Kremlin" -> "Kremlin")."""
    out: list[NameSpan] = []
    for m in NAME_RUN.finditer(text):
        tokens = list(re.finditer(r"\S+", m.group()))
        while tokens and tokens[0].group().lower().strip(".,'’") in COMMON:
            tokens.pop(0)
        while tokens and tokens[-1].group().lower().strip(".,'’") in COMMON:
            tokens.pop()
        if not tokens:
            continue
        s = m.start() + tokens[0].start()
        e = m.start() + tokens[-1].end()
        while e > s and text[e - 1] in ".,'’-":
            e -= 1
        if text[e - 2:e] in ("'s", "’s"):
            e -= 2
        if e - s >= 2:
            out.append(NameSpan(s + offset, e + offset, text[s:e]))
    return out


def strip_leading_titles(span: NameSpan) -> NameSpan:
    """The person's name at the end of a capitalised run: 'Iranian President Masoud Pezeshkian' ->
    'Masoud Pezeshkian', 'National MP Hēmi Tautahi' -> 'Hēmi Tautahi' (at most four words, stopping at
    a title, an acronym or an organisation word)."""
    tokens = list(re.finditer(r"\S+", span.text))
    keep = 0
    for t in reversed(tokens):
        low = t.group().lower().strip(".,")
        if keep >= 4 or low in NOT_PERSON or low in COMMON or (t.group().isupper() and len(t.group()) > 1):
            break
        keep += 1
    if keep == 0 or keep == len(tokens) or keep < 2:
        return span
    cut = tokens[len(tokens) - keep].start()
    return NameSpan(span.start + cut, span.end, span.text[cut:])


def is_headline(text: str) -> bool:
    """Title Case lines ("Xi Jinping Arrives in Moscow") make every word look like a name."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) < 4 or text.rstrip().endswith((".", "?", "!", "\"", "”")):
        return False
    return sum(w[0].isupper() for w in words) >= 0.75 * len(words)


def looks_like_person(name: str) -> bool:
    """Two to four capitalised words, none of them an organisation or place word."""
    tokens = name.split()
    if not 2 <= len(tokens) <= 4:
        return False
    for t in tokens:
        low = t.lower().strip(".,'’")
        if low in NOT_PERSON or low in COMMON:
            return False
        if t.isupper() and len(t) > 1:  # acronyms: NATO, TVP
            return False
        if any(ch.isdigit() for ch in t):
            return False
    return True
