"""Zero and none as counts (issue 13): "no one was injured" is a count of 0 people injured, set
against "two people were injured"; "no deaths were reported" counts the people who died (WordNet's
verb for the event noun); nothing is read from "no reports of casualties" or "no damage"."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.extract.numbers import _read_sentence
from checker.options import Options
from checker.pipeline import check


def _zeros(sentence: str) -> list[tuple[str, str, str]]:
    return [(sentence[f.start:f.end], f.extra["counted"], f.extra["verb"])
            for f in _read_sentence(sentence) if f.extra.get("zero")]


@pytest.mark.parametrize(("sentence", "expected"), [
    ("No one was injured in the blast.", [("No one", "people", "injured")]),
    ("Nobody was seriously hurt, police said.", [("Nobody", "people", "hurt")]),
    ("No deaths were reported.", [("No deaths", "people", "die")]),
    ("There were no injuries.", [("no injuries", "people", "injure")]),
    ("There have been no arrests so far.", [("no arrests", "people", "arrest")]),
    ("No flights were cancelled at the airport.", [("No flights", "flights", "cancelled")]),
    ("None of the 41 passengers was killed.", [("None of the 41 passengers", "passengers", "killed")]),
])
def test_counts_of_none(sentence, expected):
    assert _zeros(sentence) == expected


@pytest.mark.parametrize("sentence", [
    "No damage was reported.",  # nothing countable
    "There were no reports of casualties.",  # says nothing was reported, not that nobody was hurt
    "No one knows why the coach left the road.",
    "The mayor said no decision had been taken.",
])
def test_no_count_is_read_where_none_is_said(sentence):
    assert _zeros(sentence) == []


def _story(tmp_path: Path, *texts: str):
    paths = []
    for n, text in enumerate(texts):
        path = tmp_path / f"s{n}.md"
        path.write_text(f"---\npublished: '2026-11-10'\n---\n\n{text}\n", encoding="utf-8")
        paths.append(str(path))
    return check(paths, Options())


def test_no_one_injured_conflicts_with_two_injured(tmp_path):
    report = _story(tmp_path, "An explosion at the Ostrava Chemie plant in Vellmar on Tuesday injured two workers.",
                    "No one was injured in the explosion at the Ostrava Chemie plant in Vellmar on Tuesday.")
    (finding,) = report.findings
    assert finding.rule == "NM001" and finding.severity == "error"
    assert sorted(c.value for c in finding.claims) == ["0", "2"]


def test_no_one_killed_and_no_deaths_are_one_fact_that_agrees(tmp_path):
    report = _story(tmp_path, "No one was killed when the coach overturned on the A7 near Korvin on Sunday.",
                    "There were no deaths when the coach overturned on the A7 near Korvin on Sunday, police said.")
    assert not report.findings
    (fact,) = [f for f in report.facts if f.kind == "number"]
    assert fact.verdict == "agree" and sorted(c.raw for c in fact.claims) == ["No one", "no deaths"]


def test_none_killed_is_not_set_against_the_injured(tmp_path):
    report = _story(tmp_path, "No one was killed in the explosion at the Ostrava Chemie plant in Vellmar on Tuesday.",
                    "An explosion at the Ostrava Chemie plant in Vellmar on Tuesday injured two workers.")
    assert not report.findings
