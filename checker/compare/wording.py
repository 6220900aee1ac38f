"""How the sides of a disagreement are put into words."""
from __future__ import annotations

import difflib
from collections import defaultdict

from checker.models import Claim
from checker.textutil import stem

_HEDGE_WORDS = {"about": "about ", "at-least": "at least ", "more-than": "more than ",
                "at-most": "at most ", "less-than": "less than ", "exact": "", "range": ""}


def describe_sides(claims: list[Claim]) -> list[str]:
    """'2025-01-19 (000.txt)' vs '2025-01-17 (004.txt)': claims grouped by value, sources named."""
    groups: dict[str, list[str]] = defaultdict(list)
    for c in claims:
        value = _HEDGE_WORDS.get(c.qualifier, "") + c.value
        name = c.source.rsplit("/", 1)[-1]
        if name not in groups[value]:
            groups[value].append(name)
    return [f"{value} ({', '.join(names)})" for value, names in groups.items()]


def quote_diff(a: str, b: str) -> tuple[list[str], list[str]]:
    """Words of `a` replaced or dropped in `b`, and words `b` puts in their place."""
    wa, wb = a.split(), b.split()
    removed: list[str] = []
    added: list[str] = []
    for op, i1, i2, j1, j2 in difflib.SequenceMatcher(a=wa, b=wb, autojunk=False).get_opcodes():
        if op in ("replace", "delete"):
            removed += wa[i1:i2]
        if op in ("replace", "insert"):
            added += wb[j1:j2]
    return removed, added


# Words whose change does not change what was said: function words, fillers, and number spellings.
_IMMATERIAL = frozenset("""
a an the and or but of in on at to for from by with as is are was were be been that this these those it
its we our i you he she they them his her their so then just very really right also here there now well
""".split())
_NUMBER_WORDS = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
                 "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10", "eleventh": "11", "twelfth": "12",
                 "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
                 "eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12"}


def _canonical_word(word: str) -> list[str]:
    out = []
    for part in word.replace("-", " ").split():
        part = part.rstrip("'s") if part.endswith("'s") else part
        digits = part[:-2] if part[-2:] in ("st", "nd", "rd", "th") and part[:-2].isdigit() else part
        out.append(_NUMBER_WORDS.get(digits, digits))
    return out


def material_change(a: str, b: str) -> bool:
    """Did the quoted words change in substance? Dropped or swapped function words and fillers ("that",
    "right here in" / "here at") and number spellings ("11th hour" / "eleventh-hour") do not count."""
    removed, added = quote_diff(" ".join(w for x in a.split() for w in _canonical_word(x)),
                                " ".join(w for x in b.split() for w in _canonical_word(x)))
    same_stems = {stem(w) for w in removed} & {stem(w) for w in added}  # "damages" / "damaged"
    removed = [w for w in removed if w not in _IMMATERIAL and stem(w) not in same_stems]
    added = [w for w in added if w not in _IMMATERIAL and stem(w) not in same_stems]
    return bool(removed or added) and (bool(removed) and bool(added) or len(removed + added) >= 3)
