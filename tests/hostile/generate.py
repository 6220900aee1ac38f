"""Random news-like inputs from a `random.Random`: shared by the property tests (Hypothesis hands
them a seeded Random) and by the long fuzz run (tests/fuzz.py, a Random per seed), so both explore
the same space: sentences full of figures and dates, the odd ones ("February 30", "the 32nd",
10,000-digit numbers, year 99999) included, wrapped in every line ending, encoding and format.
"""
from __future__ import annotations

import codecs
import json
import random

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December", "Jan.", "Feb.", "Sept.", "Dec", "feb", "MARCH"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "Thurs.", "Fri"]
RELATIVE = ["last", "next", "this", "on", "by", "until", "since", "before", "after", "early", "late"]
UNITS = ["km", "kilometres", "miles", "mi", "kg", "tonnes", "cubic meters", "m3", "feet", "°C", "mph",
         "hectares", "barrels", "MW", "people", "homes", "flights", "troops", "votes", "years old"]
MULTIPLIERS = ["million", "billion", "bn", "m", "k", "trillion", "thousand", "hundred", "dozen", "lakh"]
CURRENCIES = ["$", "US$", "€", "£", "¥", "Rs", "USD ", "EUR "]
HEDGES = ["about", "nearly", "almost", "more than", "at least", "up to", "some", "roughly", "over",
          "fewer than", "around", "an estimated", "as many as", "under", "just over", "~"]
NUMBER_WORDS = ["one", "two", "three", "twelve", "a dozen", "half a million", "hundreds", "thousands",
                "a third", "three-quarters", "twenty-one", "a million", "zero", "nil", "first", "32nd"]
NAMES = ["Vladimir Putin", "Masoud Pezeshkian", "the Kremlin", "Reuters", "AP", "the UN",
         "Dr. Ana María López-Núñez", "O'Brien", "Mr. Smith", "NASA", "Al-Faisal", "Zoë Ångström"]
VERBS = ["said", "reported", "killed", "injured", "signed", "cancelled", "rose", "fell", "won", "lost",
         "launched", "evacuated", "arrested", "announced", "will sign", "had been", "is set to"]
NOISE = ["1\u200b000", "1\u2006000", "1\u2009000\u2009000", "\uff11\uff0c\uff10\uff10\uff10", "\uff13\uff0e\uff15",  # digit forms
         "\u00a0", "\u200b", "\ufeff", "\u2028", "\u0301", "\u202e", "\t", "  ", "😀", "👍🏽", "ﬁ", "Ⅻ",
         "٣", "１２", "\u3000", "—", "–", "…", "“", "”", "‘", "’", "«", "»", "\\", "$", "%", "#", "|"]


def number(rng: random.Random) -> str:
    kind = rng.randrange(14)
    if kind == 0:
        return str(rng.randint(0, 1000))
    if kind == 1:
        return f"{rng.randint(1000, 10**9):,}"
    if kind == 2:
        return f"{rng.uniform(0, 1000):.{rng.randint(1, 4)}f}"
    if kind == 3:  # very long numbers: digits, decimals, trailing zeros
        digits = rng.choice([20, 300, 400, 1000, rng.randint(1, 5000)])
        return rng.choice(["9", "1", "7"]) * digits + rng.choice(["", "." + "5" * rng.randint(1, 500), "0" * 400])
    if kind == 4:
        return f"{rng.choice(CURRENCIES)}{rng.randint(0, 999)}{rng.choice(['', '.5', '.25'])} {rng.choice(MULTIPLIERS)}"
    if kind == 5:
        return f"{rng.uniform(-50, 150):.1f}%"
    if kind == 6:
        return f"{rng.choice(HEDGES)} {rng.randint(0, 10**6):,} {rng.choice(UNITS)}"
    if kind == 7:
        return f"{rng.randint(0, 99)}-{rng.randint(0, 99)}"
    if kind == 8:
        return f"between {rng.randint(0, 50)} and {rng.randint(0, 500)} {rng.choice(UNITS)}"
    if kind == 9:
        return rng.choice(NUMBER_WORDS)
    if kind == 10:
        return f"{rng.randint(0, 40)}{rng.choice(['st', 'nd', 'rd', 'th'])}"
    if kind == 11:
        return f"{rng.randint(1, 9)}/{rng.randint(0, 12)}"
    if kind == 12:
        return f"-{rng.randint(0, 10**6)}"
    return f"{rng.randint(0, 999)}{rng.choice(['', ' ', '-'])}{rng.choice(UNITS)}"


def date(rng: random.Random) -> str:
    day, month, year = rng.randint(0, 40), rng.choice(MONTHS), rng.choice(
        [2025, 2024, 1999, 1900, 0, 1, 99, 9999, 99999, rng.randint(1000, 3000)])
    kind = rng.randrange(12)
    if kind == 0:
        return f"{month} {day}, {year}"
    if kind == 1:
        return f"{day} {month} {year}"
    if kind == 2:
        return f"{day:02d}/{rng.randint(0, 13):02d}/{year}"
    if kind == 3:
        return f"{year}-{rng.randint(0, 13):02d}-{day:02d}"
    if kind == 4:
        return f"{rng.choice(RELATIVE)} {rng.choice(WEEKDAYS)}"
    if kind == 5:
        return f"the {day}{rng.choice(['st', 'nd', 'rd', 'th'])} of {month}"
    if kind == 6:
        return f"in {year}"
    if kind == 7:
        return f"{rng.choice(['three', '2', 'ten', 'a few'])} days {rng.choice(['before', 'after'])} the inauguration"
    if kind == 8:
        return rng.choice(["yesterday", "today", "tomorrow", "last week", "next month", "earlier this year",
                           "a year earlier", "in the 1990s", "mid-2024", "Q3", "the second quarter"])
    if kind == 9:
        return f"{rng.choice(WEEKDAYS)}, {month} {day}"
    if kind == 10:
        return f"{month} {year}"
    return f"{rng.choice(WEEKDAYS)} {day} {month}"


def sentence(rng: random.Random) -> str:
    parts = [rng.choice(NAMES), rng.choice(VERBS)]
    for _ in range(rng.randint(1, 5)):
        parts.append(rng.choice([number(rng), date(rng), rng.choice(NAMES), rng.choice(VERBS),
                                 rng.choice(["and", "of", "in", "on", "the", "to", "from", "than"])]))
    if rng.random() < 0.2:
        parts.insert(rng.randrange(len(parts)), rng.choice(NOISE))
    text = " ".join(parts)
    if rng.random() < 0.15:
        text = f"“{text},” {rng.choice(NAMES)} said"
    return text + rng.choice([".", ".", ".", "!", "?", "", ";", "..."])


def article_text(rng: random.Random) -> str:
    """A short article: sentences joined by spaces and every kind of line ending."""
    sentences = [sentence(rng) for _ in range(rng.randint(1, 8))]
    glue = [" ", " ", "\n", "\n\n", "\r\n", "\r", "\n\n\n"]
    text = sentences[0]
    for s in sentences[1:]:
        text += rng.choice(glue) + s
    if rng.random() < 0.1:
        text = rng.choice(["Loading...", "Share Save", "More from Russia", "By Jane Doe"]) + "\n" + text
    if rng.random() < 0.05:
        text += "\n" + "".join(_char(rng) for _ in range(rng.randint(1, 60)))
    return text


def _char(rng: random.Random) -> str:
    """Any code point a file can hold (surrogates cannot be encoded, so they never reach us from disk)."""
    code = rng.randint(32, 0x2FFFF)
    return chr(code) if not 0xD800 <= code <= 0xDFFF else "\ufffd"


def front_matter(rng: random.Random) -> str:
    published = rng.choice(["2025-01-13", "2025-02-30", "99999-01-01", "next Tuesday", "[1, 2]",
                            "2025-01-13T10:00:00Z", "", "0000-00-00", "1" + "0" * 30,
                            "9999-12-31", "0001-01-01", "9999-12-25", "0001-01-03"])  # the calendar's edges
    title = rng.choice(["A title", "'unclosed", "[a, b]", "{x: 1}", "&a x", "*b", "null", "12"])
    return f"---\ntitle: {title}\npublished: {published}\n---\n"


def file_bytes(rng: random.Random) -> tuple[bytes, str]:
    """(content, suffix): an article as a file, in a random format and encoding, sometimes damaged."""
    text = article_text(rng)
    fmt = rng.randrange(10)
    if fmt == 0:
        return (front_matter(rng) + text).encode("utf-8"), ".md"
    if fmt == 1:
        items = [{"text": article_text(rng), "title": rng.choice(["t", 5, None, ["x"]]),
                  "published": rng.choice(["2025-01-13", "2025-02-30", 20250113, None])}
                 for _ in range(rng.randint(1, 3))]
        return json.dumps(items if len(items) > 1 else items[0]).encode(), ".json"
    if fmt == 2:
        return "\n".join(json.dumps({"text": article_text(rng)}) for _ in range(rng.randint(1, 3))).encode(), ".jsonl"
    if fmt == 3:
        return codecs.BOM_UTF16_LE + text.encode("utf-16-le", "replace"), ".txt"
    if fmt == 4:
        return text.encode("utf-16-le" if rng.random() < 0.5 else "utf-16-be", "replace"), ".txt"
    if fmt == 5:
        return text.encode("latin-1", "replace"), ".txt"
    if fmt == 6:  # damaged: bytes cut, flipped or inserted anywhere
        data = bytearray(text.encode("utf-8"))
        for _ in range(rng.randint(1, 5)):
            if data:
                data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data), rng.choice([".txt", ".md", ".json"])
    if fmt == 7:
        return bytes(rng.randrange(256) for _ in range(rng.randint(0, 200))), rng.choice([".txt", ".json", ".md"])
    return text.encode("utf-8"), ".txt"
