"""What an event verb acts on: "signed [an executive order]", "signed [Joique Bell]", "[a bill] signed by".

Two dates under the same frame are the same fact only when they are about the same thing: the day an
executive order was signed and the day a spending bill was signed are two facts, as are the days two
players were signed. The object is read from the words right after the frame's trigger when the
trigger is a verb ("signed an executive order rescinding ..." -> "order"), or right before it when
the verb is a passive participle ("an omnibus spending bill signed by President Obama" -> "bill",
"Vincent Jackson was arrested" -> "jackson", a proper name only).
A trigger followed by a preposition or a time ("will be signed during", "signed on Friday") has none,
and a claim with no object never differs from one with an object: only two named, different things do.
"""
from __future__ import annotations

import re

from checker.extract.names import COMMON
from checker.textutil import stem

_WORD = re.compile(r"[A-Za-z][\w'\u2019-]*|\S")
_SKIP = frozenset({"a", "an", "the", "its", "his", "her", "their", "our", "this", "that", "these", "those",
                   "another", "one", "two", "new", "veteran", "former", "free", "agent"})
_STOP = frozenset("""
on in at by during with to for into onto off up out over under about after before since until from
of as than while when where which who whom whose that because and or but nor so yet if though
last next this yesterday today tonight earlier later early late ago again also still just now then
is are was were be been being has have had will would could should may might must can
monday tuesday wednesday thursday friday saturday sunday
january february march april may june july august september october november december
""".split())
_AUXILIARY = frozenset({"is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "will",
                        "would", "could", "should", "may", "might", "must", "can", "not", "to", "and",
                        "it", "they", "he", "she", "we", "who", "which", "that"})
_MAX_WORDS = 4
# A proper name right before a passive verb ("Vincent Jackson was arrested"); a common noun there
# ("the suspect was arrested") is too often another way of naming the same one, so it is not read.
_NAMED_SUBJECT = re.compile(r"(?<![.!?]\s)\b([A-Z][a-z][\w'\u2019-]*)\s+(?:was|were|is|are|has been|have been|had been)"
                            r"\s+(?:\w+ly\s+)?$")


def event_object(text: str, start: int, end: int) -> str | None:
    """The stemmed head word of what the verb at text[start:end] acts on, or None."""
    trigger = text[start:end].lower()
    if trigger.endswith("ed") and re.match(r"\s+by\b", text[end:end + 4]):
        return _noun_before(text, start)
    if trigger.endswith("ed"):
        named = _NAMED_SUBJECT.search(text, max(0, start - 60), start)
        if named and named.group(1).lower() not in COMMON:
            # "Vincent Jackson was arrested": a passive's subject is what the verb acts on
            return stem(named.group(1).lower())
    if not _is_verb_form(trigger):
        return None
    return _noun_after(text, end)


def _is_verb_form(trigger: str) -> bool:
    """"signed", "signs", "signing", "sign", "met with": the forms that take an object; nouns such as
    "agreement" or "treaty" are objects themselves."""
    if trigger.endswith(("ment", "ments", "tion", "tions", "ty", "ties", "ct", "cts", "ord", "ords")):
        return False
    return True


def _noun_after(text: str, end: int) -> str | None:
    kept: list[str] = []
    for token in _WORD.findall(text[end:end + 80]):
        low = token.lower()
        if not token[0].isalpha():
            break  # punctuation or a figure ends the phrase
        if not kept and low in _SKIP:
            continue
        if low in _STOP or (kept and low.endswith("ing") and len(low) > 4 and token[0].islower()):
            break
        kept.append(low)
        if len(kept) == _MAX_WORDS:
            break
    return stem(kept[-1]) if kept else None


def _noun_before(text: str, start: int) -> str | None:
    words = _WORD.findall(text[max(0, start - 40):start])
    if not words:
        return None
    last = words[-1].lower()
    if not last[0].isalpha() or last in _AUXILIARY or last in _STOP or last in _SKIP:
        return None
    return stem(last)
