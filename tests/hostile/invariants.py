"""What must hold for any input, checked stage by stage: ingest, sentences, extract, normalize, and
the cross-source stages behind them.

- ingest either refuses the bytes with InputError (one line) or gives sources; nothing else escapes;
- every sentence, mention and claim points at its own words: `text[start:end] == raw`;
- the same input gives the same output on a second run (no hidden state, no clock, no set order).
"""
from __future__ import annotations

import json
from typing import Any

from checker.align import align
from checker.compare import compare
from checker.errors import InputError
from checker.extract import extract
from checker.extract.sentences import split_sentences
from checker.ingest.read import sources_from_bytes
from checker.models import Claim, Document
from checker.normalize import normalize
from checker.options import Options
from checker.normalize.anchors import resolve_cross_source_anchors
from checker.rulepack import RulePack


class Violation(AssertionError):
    """An invariant that did not hold; the message says which and where."""


def run_stages(data: bytes, suffix: str, rules: RulePack, options: Options,
               companion: Document | None = None) -> str:
    """Run every stage on one file's bytes, check the invariants on the way, and return a canonical
    dump of everything produced (to compare two runs)."""
    warnings: list[str] = []
    try:
        sources = sources_from_bytes(f"input{suffix}", data, suffix, None, rules, warnings.append)
    except InputError as exc:
        message = str(exc)
        if "\n" in message or not message.startswith("input"):
            raise Violation(f"refusal is not one line naming the file: {message!r}") from None
        return json.dumps({"refused": message})
    docs = [split_sentences(source) for source in sources]
    out: dict[str, Any] = {"warnings": warnings, "docs": []}
    per_doc: list[list[Claim]] = []
    for doc in docs:
        text = doc.source.text
        for s in doc.sentences:
            _span(text, s.start, s.end, s.text, "sentence")
        mentions = extract(doc, rules, options)
        for m in mentions:
            _span(text, m.start, m.end, m.raw, f"{m.kind} mention")
            if not 0 <= m.sentence < len(doc.sentences):
                raise Violation(f"mention {m.raw!r} points at sentence {m.sentence} of {len(doc.sentences)}")
        claims = normalize(doc, mentions, rules)
        for c in claims:
            _span(text, c.start, c.end, c.raw, f"{c.kind} claim")
        per_doc.append(claims)
        out["docs"].append({"text": text, "sentences": [s.model_dump() for s in doc.sentences],
                            "mentions": [m.model_dump() for m in mentions]})
    if docs:
        together = docs + ([companion] if companion is not None else [])
        if companion is not None:
            per_doc.append(normalize(companion, extract(companion, rules, options), rules))
        resolve_cross_source_anchors(together, per_doc, rules)
        alignment = align(together, per_doc, rules)
        findings = compare(alignment, together, per_doc, rules)
        out["claims"] = [[c.model_dump(mode="json") for c in claims] for claims in per_doc]
        out["findings"] = [f.model_dump(mode="json") for f in findings]
    return json.dumps(out, sort_keys=True, default=str)


def _span(text: str, start: int, end: int, raw: str, what: str) -> None:
    if not 0 <= start <= end <= len(text):
        raise Violation(f"{what} {raw!r}: offsets {start}:{end} outside a text of {len(text)} characters")
    if text[start:end] != raw:
        raise Violation(f"{what}: text[{start}:{end}] is {text[start:end]!r}, not {raw!r}")


def check_input(data: bytes, suffix: str, rules: RulePack, options: Options,
                companion: Document | None = None, twice: bool = True) -> None:
    """All invariants; with `twice`, also that a second run gives the same output."""
    first = run_stages(data, suffix, rules, options, companion)
    if twice and run_stages(data, suffix, rules, options, companion) != first:
        raise Violation("a second run on the same input gave a different output")
