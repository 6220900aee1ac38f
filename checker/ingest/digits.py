"""Digit forms folded for reading, offsets unchanged.

Text pasted from typesetting or from East Asian sources writes numbers in forms the grammar of
figures does not read: full-width digits and separators ("１，０００") and digit groups joined by a
thin, narrow no-break, figure or zero-width space ("1\u2009000", "1\u200b000"), which would be read as
two numbers ("1" and "000") and give a false "1000 vs 0". Each such character is replaced by one
ASCII character (a digit, "," or "."), one code point for one, so every offset into the folded text
is an offset into the original; claims take their words from the original (normalize.normalize).
This is the part of Unicode NFKC that is safe here: NFKC itself would change lengths (ligatures,
"½" -> "1⁄2") and move every offset after them.
"""
from __future__ import annotations

import re

_FULL_WIDTH = {0xFF10 + d: 0x30 + d for d in range(10)}
_SEPARATORS = "\u2009\u2006\u2007\u2008\u202f\u200b\u00a0"
# A separator between a digit and exactly three more digits (a thousands group): "1\u2009000".
_GROUP = re.compile(rf"(?<=\d)[{_SEPARATORS}\uff0c](?=\d{{3}}(?!\d))")
_POINT = re.compile(r"(?<=\d)\uff0e(?=\d)")
_NEEDS = re.compile(rf"[\uff10-\uff19]|\d[{_SEPARATORS}\uff0c\uff0e]\d")


def fold_digits(text: str) -> str:
    """The text with full-width digits in ASCII and thousands groups joined by ","; same length."""
    if not _NEEDS.search(text):
        return text
    folded = text.translate(_FULL_WIDTH)
    folded = _GROUP.sub(",", folded)
    return _POINT.sub(".", folded)
