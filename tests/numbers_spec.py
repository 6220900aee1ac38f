"""Helpers for the number tests: read a sentence the way the pipeline does, and the Recognizers-Text
spec files in tests/data/numbers (MIT, see LICENSE.txt there)."""
from __future__ import annotations

import json
import re
from functools import lru_cache
from pathlib import Path

from checker.extract.numbers import find_numbers
from checker.extract.sentences import split_sentences
from checker.models import Claim, Source
from checker.normalize import normalize
from checker.rulepack import RulePack, load_rules

DATA = Path(__file__).parent / "data" / "numbers"
_LEADING = re.compile(r"^-?\d+(?:\.\d+)?")
KIND_OF_TYPE = {"number": None, "percentage": "percentage", "currency": "money", "dimension": "quantity",
                "temperature": "quantity", "age": "age", "ordinal": "ordinal"}


@lru_cache(maxsize=1)
def rules() -> RulePack:
    return load_rules()


def read(text: str) -> list[Claim]:
    """The figures (numbers, money, percentages, quantities, ordinals, ages) of one text."""
    doc = split_sentences(Source(path="t.md", text=text))
    return normalize(doc, find_numbers(doc), rules())


def leading(value: str) -> float | None:
    m = _LEADING.match(value)
    return float(m.group()) if m else None


def spec_cases(relative: str) -> list[dict]:
    return json.loads((DATA / relative).read_text(encoding="utf-8-sig"))
