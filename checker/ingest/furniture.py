"""Scraped-page furniture: lines that are not the article, and teasers for other stories.

Pages saved from news sites repeat their headline and photo captions, carry chrome ("Loading...",
"Weekly Newsletter", "Share Save Listen") and end with other stories ("More from ..."). Claims must not
come from the chrome, must not come twice from a repeated caption, and must not be set against other
sources when they belong to a teaser for a different story.
"""
from __future__ import annotations

import re

from checker.memo import SentenceMemo
from checker.models import Source, Span
from checker.rulepack import Furniture

_CAPTION = re.compile(
    r"(?:\((?:[A-Z][\w .'&-]*/)+[\w .'&-]+\)\s*$"  # (Iranian Presidency/dpa), (AP Photo/John Doe)
    r"|\s[-\u2013\u2014]\s(?:The\s)?(?:AP|AFP|Reuters|Getty Images|EPA)\s*$"  # ... - The AP
    r"|^\d{1,2} [A-Z][a-z]+ \d{4}, [^:]{2,60}:\s)"  # 08 January 2025, Iran, Tehran: ...
)
_HEADLINE_END = re.compile(r"[.!?:;,\"\u201d\u2019)]$")
_MIN_REPEAT = 20
_MEMO: SentenceMemo[Furniture | None] = SentenceMemo()  # line -> the furniture rule it matches (syndicated
# copy repeats its lines across articles, and every rule pattern is tried on every line)  # shorter repeated lines ("TT", "Share") are left to the furniture patterns


def find_furniture(source: Source, patterns: list[Furniture]) -> None:
    """Fill `skipped`, `captions` and `block_starts` of the source in place."""
    text, pos = source.text, source.body_start
    seen: set[str] = set()
    in_teasers = False
    body_chars = 0  # article prose seen so far; a repeated headline after it starts another story
    lines = []
    while pos <= len(text):
        nl = text.find("\n", pos)
        end = len(text) if nl < 0 else nl
        lines.append((pos, end))
        if nl < 0:
            break
        pos = nl + 1
    counts: dict[str, int] = {}
    for s, e in lines:
        key = _key(text[s:e])
        if len(key) >= _MIN_REPEAT:
            counts[key] = counts.get(key, 0) + 1
    for index, (s, e) in enumerate(lines):
        line = text[s:e].strip()
        if not line:
            continue
        key = _key(line)
        rule = _MEMO.get(patterns, line, lambda: next((p for p in patterns if p.matches(line)), None))
        if rule is not None:
            if rule.action == "new-story":
                in_teasers = True
                source.block_starts.append(s)
            source.skipped.append(Span(start=s, end=e))
            continue
        if key in seen and len(key) >= _MIN_REPEAT:
            source.skipped.append(Span(start=s, end=e))
            continue
        seen.add(key)
        headline = _is_headline(line) and _next_is_prose_or_caption(text, lines, index)
        if headline and (in_teasers or (body_chars > 300 and counts.get(key, 0) > 1)):
            source.block_starts.append(s)
        if _CAPTION.search(line):
            source.captions.append(Span(start=s, end=e))
        elif not headline:
            body_chars += len(line)


def _key(line: str) -> str:
    return " ".join(line.split()).lower()


def _is_headline(line: str) -> bool:
    words = line.split()
    if not 3 <= len(words) <= 25 or _HEADLINE_END.search(line):
        return False
    capitalised = sum(1 for w in words if w[:1].isupper() or not w[:1].isalpha())
    return capitalised >= 0.6 * len(words)


def _next_is_prose_or_caption(text: str, lines: list[tuple[int, int]], index: int) -> bool:
    for s, e in lines[index + 1:index + 4]:
        nxt = text[s:e].strip()
        if nxt:
            return len(nxt) > 60
    return False
