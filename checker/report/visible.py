"""Article text and file names are hostile input: control characters must not reach a terminal raw
(an ESC sequence can clear the screen, retitle the window or hide a line) nor an XML report (XML 1.0
forbids them), and a file name that is not UTF-8 must not break the output. Each such character is
shown as a visible escape ("\\x1b", "\\u202e"): the reader sees that it is there, and nothing acts on it.
Newlines and tabs are kept. Offsets are never recomputed from these strings: they are for display.
"""
from __future__ import annotations

import re
from typing import TypeVar

from pydantic import BaseModel

# C0 controls but tab and newline, DEL and C1, the bidirectional overrides and isolates (which reorder
# what is shown), and lone surrogates (a file name's undecodable bytes).
_HIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")

M = TypeVar("M", bound=BaseModel)


def visible(text: str) -> str:
    if not _HIDDEN.search(text):
        return text
    return _HIDDEN.sub(lambda m: f"\\x{ord(m[0]):02x}" if ord(m[0]) < 0x100 else f"\\u{ord(m[0]):04x}", text)


def visible_model(model: M) -> M:
    """A copy of a report (or any model) whose every string is `visible`; the original is unchanged."""
    return _copy(model)  # type: ignore[no-any-return]


def _copy(value: object) -> object:
    if isinstance(value, str):
        return visible(value)
    if isinstance(value, BaseModel):
        changes = {name: _copy(getattr(value, name)) for name in type(value).model_fields}
        return value.model_copy(update=changes)
    if isinstance(value, list):
        return [_copy(v) for v in value]
    if isinstance(value, tuple):
        return tuple(_copy(v) for v in value)
    if isinstance(value, dict):
        return {k: _copy(v) for k, v in value.items()}
    return value
