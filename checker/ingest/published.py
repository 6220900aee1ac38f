"""Publication dates: parse the ones given, infer the ones not given, and say where each came from."""
from __future__ import annotations

import datetime as dt
import re

from checker.models import Source

_ISO = re.compile(r"^\s*(\d{4})-(\d{2})-(\d{2})")


def parse_date_value(value: object) -> dt.date | None:
    """A date from front matter, JSON or HTML metadata: a YAML date, or text starting YYYY-MM-DD."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        m = _ISO.match(value)
        if m:
            try:
                return dt.date(int(m[1]), int(m[2]), int(m[3]))
            except ValueError:
                return None
    return None


def infer_published(source: Source) -> tuple[dt.date | None, str, str | None]:
    """(date, how, evidence words) for a source without a given date; (None, "unknown", None) when
    nothing in the text pins it down."""
    return None, "unknown", None
