"""Regular expressions written by users (rule packs) run on RE2, a linear-time engine.

A rule pack comes from a newsroom, not from us, and its patterns run over every line of every article.
Python's `re` backtracks: `(a|aa)+b`, `(\\w+\\s?)+$` or `(a|a)*b` take exponential time on a line of a
few dozen characters, and no syntactic check catches every such pattern. RE2 (google-re2) never
backtracks: matching is linear in the length of the text for any pattern, so a hostile or careless
pattern cannot hang a run. Our own, reviewed patterns stay on Python's `re`.

RE2 differs from Python's `re` in a few ways; this module makes the differences deliberate:
- `\\w`, `\\d`, `\\s` (and `\\W`, `\\D`, `\\S` outside a character class) are rewritten to their Unicode
  meaning in Python (`\\w` matches "é", `\\s` matches a no-break space), because RE2's are ASCII-only.
- `\\W` and `\\S` inside a character class have no Unicode equivalent in RE2 and are refused.
- `\\Z` is rewritten to RE2's `\\z`.
- Back-references and look-around (`\\1`, `(?=...)`, `(?<!...)`) cannot run in linear time and are
  refused with RE2's message. `\\b` and `\\B` stay ASCII word boundaries (RE2 has no Unicode `\\b`).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Iterator, Protocol

import re2

MAX_PATTERN_LENGTH = 500
_MAX_PROGRAM_BYTES = 8 << 20  # RE2 refuses patterns whose compiled program needs more memory

_WORD = r"\p{L}\p{N}_"
_DIGIT = r"\p{Nd}"
_SPACE = r"\t-\r\x1c-\x20\x85\p{Z}"  # exactly the characters for which str.isspace() is true
_OUTSIDE = {"w": f"[{_WORD}]", "W": f"[^{_WORD}]", "d": _DIGIT, "D": r"\P{Nd}",
            "s": f"[{_SPACE}]", "S": f"[^{_SPACE}]", "Z": r"\z"}
_INSIDE = {"w": _WORD, "d": _DIGIT, "D": r"\P{Nd}", "s": _SPACE}


class UserPattern(Protocol):
    """What callers may use of a compiled user pattern (the subset that `re.Pattern` shares)."""

    pattern: Any

    def search(self, text: str, pos: int | None = ..., endpos: int | None = ...) -> Any: ...
    def match(self, text: str, pos: int | None = ..., endpos: int | None = ...) -> Any: ...
    def fullmatch(self, text: str, pos: int | None = ..., endpos: int | None = ...) -> Any: ...
    def finditer(self, text: str, pos: int | None = ..., endpos: int | None = ...) -> Iterator[Any]: ...


@lru_cache(maxsize=1024)
def compile_user_pattern(pattern: str, *, ignore_case: bool = False) -> UserPattern:
    """Compile a rule pack's pattern with RE2. Raises ValueError with one clear sentence.
    Cached: a rule pack compiles each pattern when it is validated and again when it is first used,
    and RE2 takes milliseconds per pattern to build its Unicode classes (compiled patterns are
    immutable, so sharing one is safe)."""
    if len(pattern) > MAX_PATTERN_LENGTH:
        raise ValueError(f"pattern longer than {MAX_PATTERN_LENGTH} characters")
    options = re2.Options()
    options.log_errors = False  # RE2 would otherwise print its own line on standard error
    options.case_sensitive = not ignore_case
    options.max_mem = _MAX_PROGRAM_BYTES
    try:
        return re2.compile(_unicode_classes(pattern), options)  # type: ignore[no-any-return]
    except re2.error as exc:
        reason = exc.args[0] if exc.args else exc
        if isinstance(reason, bytes):
            reason = reason.decode("utf-8", "replace")
        raise ValueError(f"pattern {pattern!r} is refused by RE2, the linear-time engine rule patterns "
                         f"run on: {reason} (RE2 has no back-references or look-around)") from None


def _unicode_classes(pattern: str) -> str:
    """Rewrite Python's Unicode shorthand classes into RE2's explicit Unicode classes."""
    out: list[str] = []
    i, in_class, class_start = 0, False, 0
    while i < len(pattern):
        ch = pattern[i]
        if ch == "\\" and i + 1 < len(pattern):
            esc = pattern[i + 1]
            table = _INSIDE if in_class else _OUTSIDE
            if in_class and esc in "WS":
                raise ValueError(f"pattern {pattern!r}: \\{esc} inside [...] is not supported "
                                 f"(rule patterns run on RE2); use a negated class such as [^...]")
            out.append(table.get(esc, ch + esc))
            i += 2
            continue
        if in_class:
            # A ']' right after '[' or '[^' is a literal, as in Python.
            if ch == "]" and i > class_start:
                in_class = False
        elif ch == "[":
            in_class = True
            class_start = i + 1
            if pattern.startswith("^", class_start):
                out.append("[^")
                i += 2
                class_start += 1
                continue
        out.append(ch)
        i += 1
    return "".join(out)
