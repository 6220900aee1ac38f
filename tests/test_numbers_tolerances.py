"""Every entry of rules/tolerances.yaml carries agree/conflict pairs; each pair is read as an article
would write it and the two intervals must overlap (agree) or not (conflict)."""
from __future__ import annotations

import pytest

from checker.extract.number_lexicon import HEDGES_AFTER
from checker.models import Claim
from numbers_spec import read, rules


def _interval(phrase: str) -> Claim:
    claims = [c for c in read(f"They reported {phrase} on Monday.") if c.kind != "date"]
    assert claims, f"no figure in {phrase!r}"
    return claims[0]


def _agree(a: Claim, b: Claim) -> bool:
    inf = float("inf")
    assert a.unit == b.unit, (a.unit, b.unit)
    return (a.lo if a.lo is not None else -inf) <= (b.hi if b.hi is not None else inf) and \
        (b.lo if b.lo is not None else -inf) <= (a.hi if a.hi is not None else inf)


PAIRS = [(t.id, verdict, pair) for t in rules().tolerances
         for verdict, pairs in (("agree", t.examples.agree), ("conflict", t.examples.conflict)) for pair in pairs]


@pytest.mark.parametrize("entry,verdict,pair", PAIRS, ids=[f"{e}:{v}:{p[0]}|{p[1]}" for e, v, p in PAIRS])
def test_tolerance_example(entry: str, verdict: str, pair: list[str]) -> None:
    a, b = (_interval(p) for p in pair)
    assert _agree(a, b) is (verdict == "agree"), (a.lo, a.hi, b.lo, b.hi)


def test_every_tolerance_has_both_kinds_of_example() -> None:
    for t in rules().tolerances:
        assert t.examples.agree and t.examples.conflict, t.id


def test_hedges_are_read_with_the_rule_qualifier() -> None:
    for t in rules().tolerances:
        for hedge in t.hedges:
            if hedge in HEDGES_AFTER.values():
                joint = "-" if hedge in ("odd", "plus") else " "  # "120-odd", "120 or more"
                claim = _interval(f"120{joint}{hedge} people")  # written after the figure
                assert claim.qualifier == t.qualifier, (hedge, claim.raw, claim.qualifier)
                continue
            claim = _interval(f"{hedge} 120 people")
            if t.id.startswith("exact"):
                assert claim.qualifier == "exact", hedge
            else:
                assert claim.qualifier == t.qualifier, (hedge, claim.raw, claim.qualifier)
