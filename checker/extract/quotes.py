"""Quotations and who said them.

A quote is words inside quotation marks (curly or straight) of at least four words; its speaker is
the name in the attribution next to it ("..., Tautahi said", "Rutte told reporters") or, failing
that, the last person named before it in the same paragraph.
"""
from __future__ import annotations

import re

from checker.extract.names import COMMON, NAME_RUN, find_name_runs, looks_like_person, strip_leading_titles
from checker.memo import SentenceMemo
from checker.models import Document, Mention

_QUOTE = re.compile(r"[“\"](?P<q>[^“”\"\n]{12,}?)[”\"]")
_SAYS = r"(?:said|says|told|added|wrote|stated|argued|warned|insisted|declared|replied|noted)"
_AFTER = re.compile(rf"[,.]?\s*(?:(?P<n1>{NAME_RUN.pattern})\s+{_SAYS}|{_SAYS}\s+(?P<n2>{NAME_RUN.pattern}))")
# How far before a quote its speaker is looked for: a name, "said" and 60 other characters fit, and a
# bounded look keeps a page of many quotes linear.
_LOOK_BACK = 240
_BEFORE = re.compile(rf"(?P<n>{NAME_RUN.pattern})\s+{_SAYS}[^“\"]{{0,60}}$")


def find_quotes(doc: Document) -> list[Mention]:
    out: list[Mention] = []
    last_person = ""
    for index, sentence in enumerate(doc.sentences):
        text = sentence.text
        for m in _QUOTE.finditer(text):
            words = m.group("q").split()
            if len(words) < 4:
                continue
            speaker = _speaker(text, m) or ""
            if not speaker:
                speaker = last_person
            s, e = m.start("q"), m.end("q")
            while e > s and text[e - 1] in " ,.;:":
                e -= 1
            out.append(Mention(kind="quote", start=sentence.start + s, end=sentence.start + e, raw=text[s:e],
                               sentence=index, parts={"subject": speaker}))
        last_person = _MEMO.get(None, text, lambda: _last_person(text)) or last_person
    return out


_MEMO: SentenceMemo[str] = SentenceMemo()  # sentence -> the last person it names ("" if none)


def _last_person(text: str) -> str:
    """The last person a sentence names: who a quote in a later sentence without a speaker is by."""
    people = [p.text for p in map(strip_leading_titles, find_name_runs(text)) if looks_like_person(p.text)]
    return people[-1] if people else ""


def _speaker(text: str, m: re.Match[str]) -> str | None:
    after = _AFTER.match(text, m.end())
    found = (after.group("n1") or after.group("n2")) if after else None
    if not found:
        before = _BEFORE.search(text, max(0, m.start() - _LOOK_BACK), m.start())
        found = before.group("n") if before else None
    if not found or found.split()[0].lower() in COMMON:  # "He said": fall back to the last person named
        return None
    return found
