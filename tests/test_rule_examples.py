"""Every rule in the built-in pack carries examples, and the examples hold (as sqlfluff's YAML rule
cases and proselint's should-fail/should-pass tables do). A section without a tester here fails."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.normalize.text import canonical_name
from checker.options import Options
from checker.pipeline import check
from checker.rulepack import SECTIONS, load_rules

RULES = load_rules()
TESTED_HERE = {"checks", "frames", "aliases", "titles", "furniture", "linkage"}
TESTED_ELSEWHERE = {"known_dates": "tests/test_dates_resolve.py", "tolerances": "tests/test_numbers_tolerances.py",
                    "clock": "tests/test_times.py"}


def test_every_section_has_an_example_tester():
    assert set(SECTIONS) == TESTED_HERE | set(TESTED_ELSEWHERE)
    root = Path(__file__).resolve().parent.parent
    for section, test_file in TESTED_ELSEWHERE.items():
        assert (root / test_file).exists(), f"no example test for rules section {section}"


def _run(example, tmp_path: Path) -> list[str]:
    paths = []
    for name, text in example.sources.items():
        path = tmp_path / name
        path.write_text(text, encoding="utf-8")
        paths.append(str(path))
    published = {str(tmp_path / n): d for n, d in example.published.items()}
    report = check(paths, Options(published=published), rules=RULES)
    return [f.rule for f in report.findings]


@pytest.mark.parametrize("rule", RULES.checks, ids=[c.id for c in RULES.checks])
def test_check_examples(rule, tmp_path):
    for n, example in enumerate(rule.examples.passing):
        folder = tmp_path / f"pass{n}"
        folder.mkdir()
        assert rule.id not in _run(example, folder), f"{rule.id} fired on its passing example {n}"
    for n, example in enumerate(rule.examples.failing):
        folder = tmp_path / f"fail{n}"
        folder.mkdir()
        assert rule.id in _run(example, folder), f"{rule.id} missed its failing example {n}"


@pytest.mark.parametrize("frame", RULES.frames, ids=[f.id for f in RULES.frames])
def test_frame_examples(frame):
    for text in frame.examples.match:
        assert frame.matches(text.lower()), f"{frame.id} should match {text!r}"
    for text in frame.examples.no_match:
        assert not frame.matches(text.lower()), f"{frame.id} should not match {text!r}"


@pytest.mark.parametrize("alias", RULES.aliases, ids=[a.id for a in RULES.aliases])
def test_alias_examples(alias):
    for group in alias.examples.same:
        assert len({canonical_name(n, RULES) for n in group}) == 1, group


@pytest.mark.parametrize("title", RULES.titles, ids=[t.id for t in RULES.titles])
def test_title_examples(title):
    forms = {f.lower(): t.id for t in RULES.titles for f in t.forms}
    for a, b in title.examples.same:
        assert forms[a.lower()] == forms[b.lower()], (a, b)
    for a, b in title.examples.different:
        assert forms[a.lower()] != forms[b.lower()], (a, b)


@pytest.mark.parametrize("item", RULES.furniture, ids=[f.id for f in RULES.furniture])
def test_furniture_examples(item):
    for line in item.examples.match:
        assert item.matches(line), f"{item.id} should match {line!r}"
    for line in item.examples.no_match:
        assert not item.matches(line), f"{item.id} should not match {line!r}"


def _fact_of(report, raw: str, source_name: str) -> str | None:
    for fact in report.facts:
        for claim in fact.claims:
            if claim.raw == raw and claim.source.endswith(source_name):
                return fact.key
    return None


@pytest.mark.parametrize("model", RULES.linkage, ids=[m.id for m in RULES.linkage])
def test_linkage_examples(model, tmp_path):
    """Each family's fitted weights link its `same: true` examples into one fact and keep its
    `same: false` examples apart, through the whole pipeline."""
    for n, example in enumerate(model.examples):
        folder = tmp_path / f"ex{n}"
        folder.mkdir()
        (folder / "a.txt").write_text(example.a + "\n", encoding="utf-8")
        (folder / "b.txt").write_text(example.b + "\n", encoding="utf-8")
        report = check([str(folder / "a.txt"), str(folder / "b.txt")], Options(align="weighed"), rules=RULES)
        fa, fb = _fact_of(report, example.a_claim, "a.txt"), _fact_of(report, example.b_claim, "b.txt")
        if example.same:
            assert fa is not None and fa == fb, f"{model.id} example {n}: {example.a_claim!r} and {example.b_claim!r} not one fact"
        else:
            assert fa is None or fa != fb, f"{model.id} example {n}: {example.a_claim!r} and {example.b_claim!r} linked"
