"""Sentence splitting with offsets, aware of page furniture, captions and story blocks."""
from __future__ import annotations

import bisect
import re

from checker.models import Document, Sentence, Source

# A sentence ends at . ! ? (optionally followed by closing quotes or brackets) before whitespace and an
# upper-case letter, digit or opening quote, unless the dot ends a known abbreviation or an initial.
_BOUNDARY = re.compile(r"[.!?][\"'\u201d\u2019)\]]*(?=\s+[\"'\u201c\u2018(\[]?[A-Z0-9])")
_ABBREVIATIONS = {
    "mr", "mrs", "ms", "dr", "prof", "gen", "col", "lt", "sgt", "capt", "gov", "sen", "rep", "rev",
    "st", "jr", "sr", "no", "vs", "etc", "inc", "ltd", "co", "corp", "dept", "univ", "mt", "ft",
    "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
    "mon", "tue", "tues", "wed", "thu", "thurs", "fri", "sat", "sun", "u.s", "u.k", "u.n", "a.m", "p.m",
    "approx", "est", "fig", "al", "e.g", "i.e", "d.c",
}


def split_sentences(source: Source) -> Document:
    """Sentences of the article body, skipping furniture lines; each knows its story block and
    whether it is a photo caption."""
    text = source.text
    sentences: list[Sentence] = []
    skipped = sorted((s.start, s.end) for s in source.skipped)
    pos = source.body_start
    for start, end in _regions(text, source.body_start, skipped):
        for s, e in _split_paragraphs(text, start, end):
            block = bisect.bisect_right(source.block_starts, s)
            caption = any(c.start <= s < c.end for c in source.captions)
            sentences.append(Sentence(start=s, end=e, text=text[s:e], block=block, is_caption=caption))
        pos = end
    del pos
    return Document(source=source, sentences=sentences)


def _regions(text: str, begin: int, skipped: list[tuple[int, int]]) -> list[tuple[int, int]]:
    out, pos = [], begin
    for s, e in skipped:
        if s > pos:
            out.append((pos, s))
        pos = max(pos, e)
    if pos < len(text):
        out.append((pos, len(text)))
    return out


def _split_paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Split on blank lines and single newlines (scraped text keeps one paragraph per line), then on
    sentence boundaries inside each line."""
    out: list[tuple[int, int]] = []
    pos = start
    while pos < end:
        nl = text.find("\n", pos, end)
        line_end = end if nl < 0 else nl
        out.extend(_split_line(text, pos, line_end))
        pos = line_end + 1
    return out


def _split_line(text: str, start: int, end: int) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    seg_start = start
    for m in _BOUNDARY.finditer(text, start, end):
        if text[m.start()] == "." and _is_abbreviation(text, start, m.start()):
            continue
        out.append((seg_start, m.end()))
        seg_start = m.end()
    out.append((seg_start, end))
    trimmed = []
    for s, e in out:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e > s:
            trimmed.append((s, e))
    return trimmed


def _is_abbreviation(text: str, line_start: int, dot: int) -> bool:
    j = dot
    while j > line_start and (text[j - 1].isalpha() or text[j - 1] == "."):
        j -= 1
    word = text[j:dot].lower()
    if len(word) == 1 and text[j].isupper():  # an initial: "John F. Kennedy"
        return True
    return word in _ABBREVIATIONS
