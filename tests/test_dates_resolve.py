"""Table-driven tests of date extraction and resolution (tests/data/dates/expressions.yaml), the
weekday/date check, anchors across sources, and the extractor's speed."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
import yaml

from checker.compare.within_dates import check_dates_within
from checker.extract.dates import find_dates
from checker.extract.sentences import split_sentences
from checker.models import Claim, Document, Source
from checker.normalize.anchors import resolve_cross_source_anchors
from checker.normalize.dates import DateAnchors, normalize_date
from checker.rulepack import load_rules

RULES = load_rules()
CASES = yaml.safe_load((Path(__file__).parent / "data" / "dates" / "expressions.yaml").read_text(encoding="utf-8"))


def _doc(text: str, published: dt.date | None, how: str = "command-line", path: str = "a.md") -> Document:
    source = Source(path=path, text=text, published=published,
                    published_from=how if published else "unknown")  # type: ignore[arg-type]
    return split_sentences(source)


def _resolved(doc: Document) -> list[tuple[str, object]]:
    mentions = find_dates(doc)
    anchors = DateAnchors.for_document(doc, RULES, mentions)
    return [(m.raw, normalize_date(m, doc, anchors)) for m in mentions]


@pytest.mark.parametrize("case", CASES, ids=[f"{c['raw']}|{c['text'][:40]}" for c in CASES])
def test_expression(case: dict) -> None:
    doc = _doc(case["text"], case["published"], case.get("published_from", "command-line"))
    found = [(raw, n) for raw, n in _resolved(doc) if n is not None]
    if case["value"] is None:
        assert all(case["raw"] not in raw for raw, _ in found), found
        return
    matches = [n for raw, n in found if raw == case["raw"]]
    assert matches, f"no claim for {case['raw']!r}; found {[r for r, _ in found]}"
    result = matches[0]
    assert result.value == case["value"], result.resolution
    if "resolution" in case:
        assert case["resolution"] in (result.resolution or "")
    if "certain" in case:
        assert result.certain is case["certain"]
    if "comparable" in case:
        assert result.comparable is case["comparable"]
    if result.lo is not None:
        assert result.lo <= result.hi


def test_offsets_point_at_the_words() -> None:
    doc = _doc("On Thursday, Jan. 9, 2025, ships sailed; the Kremlin said Monday it will sign on Friday.",
               dt.date(2025, 1, 13))
    for m in find_dates(doc):
        assert doc.source.text[m.start:m.end] == m.raw


def _claims(doc: Document) -> list[Claim]:
    mentions = find_dates(doc)
    anchors = DateAnchors.for_document(doc, RULES, mentions)
    claims = []
    for m in mentions:
        n = normalize_date(m, doc, anchors)
        if n is not None:
            claims.append(Claim(kind="date", source=doc.source.path, start=m.start, end=m.end, raw=m.raw,
                                value=n.value, resolution=n.resolution, sentence=doc.sentences[m.sentence].text,
                                lo=n.lo, hi=n.hi, certain=n.certain, comparable=n.comparable,
                                sentence_index=m.sentence, extra={**m.parts, **n.extra}))
    return claims


@pytest.mark.parametrize("text,flagged", [
    ("The plane landed at Shannon on Wednesday, 12 June 2025, after smoke filled the cabin.", True),
    ("The plane landed at Shannon on Wednesday, 11 June 2025, after smoke filled the cabin.", False),
    ("Friday, January 18, 2025 was the day of the vote.", True),
])
def test_weekday_date_mismatch(text: str, flagged: bool) -> None:
    doc = _doc(text, dt.date(2025, 6, 12))
    findings = check_dates_within(doc, _claims(doc), RULES)
    assert bool(findings) is flagged
    if findings:
        assert findings[0].rule == "DT002" and len(findings[0].claims) == 2
        assert {c.raw for c in findings[0].claims} & {"Wednesday", "Friday"}


def test_anchor_resolved_from_another_source() -> None:
    a = _doc("The summit opened on March 3, 2025, in Geneva.", dt.date(2025, 3, 5))
    b = _doc("Protests began two days before the summit, police said.", dt.date(2025, 3, 5), path="b.md")
    per_doc = [_claims(a), _claims(b)]
    anchored = [c for c in per_doc[1] if c.raw.startswith("two days")]
    assert anchored and anchored[0].lo is None  # not a known date: unresolved on its own
    resolve_cross_source_anchors([a, b], per_doc, RULES)
    assert anchored[0].value == "2025-03-01" and anchored[0].certain is False


@pytest.mark.parametrize("known", RULES.known_dates, ids=[k.id for k in RULES.known_dates])
def test_known_date_examples(known) -> None:
    published = known.valid_from or known.date
    for phrase, want in known.examples.resolves.items():
        text = f"The {' '.join(known.context) or 'event'} story: it happened {phrase}."
        values = [n.value for raw, n in _resolved(_doc(text, published)) if n is not None and raw == phrase]
        assert values == [want.isoformat()], (phrase, values)
