"""Numbers written in words: "eight", "a hundred and two", "twenty-first", "two-thirds", "a dozen".

Kept apart from the digit grammar in numbers.py because words need their own arithmetic (a running
total per scale word) and their own tables; both are compiled once at import.
"""
from __future__ import annotations

import re

UNITS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90,
}
SCALES: dict[str, int] = {
    "hundred": 100, "thousand": 1000, "million": 10**6, "billion": 10**9, "trillion": 10**12,
}
DOZEN = {"dozen": 12}

ORDINAL_UNITS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19,
}
ORDINAL_TENS: dict[str, int] = {
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60,
    "seventieth": 70, "eightieth": 80, "ninetieth": 90, "hundredth": 100, "thousandth": 1000,
}

# Denominators of spoken fractions ("two-thirds", "one sixth", "three quarters", "a half").
FRACTIONS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4,
    "fourths": 4, "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}

# Plural scale words used as vague amounts ("hundreds of drones", "tens of billions of dollars"):
# the smallest and the largest value the plural can mean.
VAGUE: dict[str, tuple[float, float]] = {
    "dozens": (24, 144), "scores": (40, 200), "tens": (20, 99), "hundreds": (200, 999),
    "thousands": (2000, 9999), "millions": (2e6, 999e6), "billions": (2e9, 999e9),
    "trillions": (2e12, 999e12),
}

_NUMBER_WORDS = sorted([*UNITS, *TENS, *SCALES, *DOZEN], key=len, reverse=True)
_ORDINAL_WORDS = sorted([*ORDINAL_UNITS, *ORDINAL_TENS], key=len, reverse=True)
_WORD = "(?:" + "|".join(_NUMBER_WORDS) + ")"
_ORD = "(?:" + "|".join(_ORDINAL_WORDS) + ")"
_JOIN = r"(?:[ \u00a0-]|,? and |,? & |, )"

# A cardinal in words: number words joined by spaces, hyphens, "and" or commas; may start with "a"
# ("a hundred and two", "a dozen") and may end in "and a half".
CARDINAL = (r"(?:\ba (?=(?:hundred|thousand|million|billion|trillion|dozen)\b))?\b" + _WORD
            + r"\b(?:" + _JOIN + _WORD + r"\b)*(?: and a half\b)?")
# An ordinal in words: "third", "twenty-first", "one hundredth".
ORDINAL = r"\b(?:" + _WORD + r"[ -])*" + _ORD + r"\b"

_TOKEN = re.compile(r"[a-z]+")


def parse_cardinal(words: str) -> float | None:
    """The value of a cardinal in words, or None when the words do not form one number
    ("one two" is two numbers, not twelve). Scale words multiply what came before them."""
    tokens = [t for t in _TOKEN.findall(words.lower()) if t not in ("and", "a")]
    half = words.lower().endswith("and a half")
    if half:
        tokens = tokens[:-1]
    total, current, last_small = 0.0, 0.0, None
    for tok in tokens:
        if tok in UNITS or tok in TENS:
            value = UNITS.get(tok, TENS.get(tok, 0))
            if last_small is not None and not (last_small >= 20 and last_small % 10 == 0 and value < 10):
                return None  # "one two", "twenty thirty": a list, not one number
            current += value
            last_small = value
        elif tok in DOZEN:
            current = (current or 1) * 12
            last_small = None
        elif tok == "hundred":
            current = (current or 1) * 100
            last_small = None
        elif tok in SCALES:
            total += (current or 1) * SCALES[tok]
            current, last_small = 0.0, None
        else:
            return None
    value = total + current
    return value + 0.5 if half else value


def parse_ordinal(words: str) -> int | None:
    """The value of an ordinal in words: the cardinal part plus the ordinal word ("twenty-first")."""
    tokens = _TOKEN.findall(words.lower())
    if not tokens:
        return None
    last = tokens[-1]
    head = ORDINAL_UNITS.get(last) or ORDINAL_TENS.get(last)
    if head is None:
        return None
    if len(tokens) == 1:
        return head
    rest = parse_cardinal(" ".join(tokens[:-1]))
    if rest is None:
        return None
    if head in (100, 1000):
        return int((rest or 1) * head)
    return int(rest + head)


def parse_fraction(numerator: str, denominator: str) -> float | None:
    """"two" + "thirds" -> 2/3; "a" + "half" -> 1/2."""
    num = 1.0 if numerator.lower() in ("a", "an", "one") else parse_cardinal(numerator)
    den = FRACTIONS.get(denominator.lower())
    if num is None or den is None:
        return None
    return num / den


FRACTION_WORD = "(?:" + "|".join(sorted(FRACTIONS, key=len, reverse=True)) + ")"
