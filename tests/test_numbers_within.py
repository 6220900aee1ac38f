"""Checks inside one source: QT002 (a stated conversion that does not add up) and NM002 (a count
against the list it introduces), on the examples in rules/checks.yaml and on the seed."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.compare.within_numbers import check_numbers_within
from checker.extract.sentences import split_sentences
from checker.models import Finding, Source
from checker.pipeline import claims_of, load_documents
from checker.options import Options
from numbers_spec import rules

SEEDS = Path(__file__).parents[1] / "fixtures" / "seeds-russia-iran-pact" / "sources"


def _findings(text: str) -> list[Finding]:
    doc = split_sentences(Source(path="a.md", text=text))
    return check_numbers_within(doc, claims_of(doc, rules(), Options()), rules())


EXAMPLES = [(code, verdict, ex.sources["a.md"]) for code in ("NM002", "QT002")
            for verdict, exs in (("pass", rules().check(code).examples.passing),
                                 ("fail", rules().check(code).examples.failing)) for ex in exs]


@pytest.mark.parametrize("code,verdict,text", EXAMPLES, ids=[f"{c}-{v}" for c, v, _ in EXAMPLES])
def test_check_examples(code: str, verdict: str, text: str) -> None:
    codes = [f.rule for f in _findings(text)]
    assert (code in codes) is (verdict == "fail"), codes


def test_count_list_cites_number_and_list() -> None:
    (finding,) = _findings("Rutte met the leaders of eight nations: Finland, Germany, Poland, Denmark, "
                           "Sweden, Latvia, Lithuania, Norway and Estonia.")
    number, listed = finding.claims
    assert number.raw == "eight" and listed.kind == "name"
    assert listed.raw == "Finland, Germany, Poland, Denmark, Sweden, Latvia, Lithuania, Norway and Estonia"


def test_conversion_cites_both_quantities() -> None:
    (finding,) = _findings("The cable is 10 km (16 miles) long.")
    assert [c.raw for c in finding.claims] == ["10 km", "16 miles"]


def test_consistent_conversions_pass() -> None:
    assert _findings("The cables run 1.3 million kilometers (808,000 miles) under the sea, "
                     "about 12 km (7.5 miles) deep.") == []


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seed fixtures not in this checkout")
def test_seeds_have_no_within_source_number_findings() -> None:
    """'eight Baltic nations' and the eight countries named later agree; 1.3 million km is 808,000 mi."""
    for doc in load_documents([str(SEEDS)], Options(), rules(), lambda _: None):
        assert check_numbers_within(doc, claims_of(doc, rules(), Options()), rules()) == []
