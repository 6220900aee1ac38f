"""Clock times (claim kind `time`, issue 13): what is read as a time, the value and interval it gets,
and how two sources' times of one event are linked and compared, end to end."""
from __future__ import annotations

from pathlib import Path

import pytest

from checker.align.rules import time_link
from checker.models import Claim
from checker.options import Options
from checker.pipeline import check
from checker.rulepack import load_rules

RULES = load_rules()


def _claims(tmp_path: Path, text: str, published: str = "2026-11-10", name: str = "a.md") -> list[Claim]:
    path = tmp_path / name
    path.write_text(f"---\npublished: '{published}'\n---\n\n{text}\n", encoding="utf-8")
    report = check([str(path)], Options(), rules=RULES, detail=True)
    return [c for c in report.claims if c.kind == "time"]


def _times(tmp_path: Path, text: str) -> list[tuple[str, str]]:
    return [(c.raw, c.value) for c in _claims(tmp_path, text)]


@pytest.mark.parametrize("entry", RULES.clock, ids=[e.id for e in RULES.clock])
def test_clock_examples(entry, tmp_path):
    """Every rules/clock.yaml entry's examples give the value it says, read in a sentence."""
    for words, value in entry.examples.items():
        times = _claims(tmp_path, f"The order was given {words} by the district office.")
        assert [c.value for c in times] == [value], (words, [(c.raw, c.value) for c in times])


@pytest.mark.parametrize(("text", "expected"), [
    ("An explosion hit the plant at about 3:15 a.m. on Tuesday.", [("about 3:15 a.m.", "2026-11-10T03:15")]),
    ("The blast came at 3.15am.", [("3.15am", "03:15")]),
    ("Kick-off is at 3: 30 p. m. in Seattle.", [("3: 30 p. m.", "15:30")]),  # tokenised news text
    ("The quake hit at 7: 48 am (2248 GMT Tuesday).", [("7: 48 am", "07:48"), ("2248 GMT", "2026-11-10T22:48+00:00")]),
    ("The polls close at 22:30 GMT.", [("22:30 GMT", "22:30+00:00")]),
    ("The meeting starts at 9:00 local time.", [("9:00", "09:00")]),
    ("Doors open at five o'clock.", [("five o'clock", "05:00")]),
])
def test_times_read_as_news_writes_them(tmp_path, text, expected):
    assert _times(tmp_path, text) == expected


@pytest.mark.parametrize("text", [
    "Barcelona won 3:1 on aggregate.",
    "She ran the marathon in 2:03:45.",
    "The pastor read John 3:16 to the crowd.",
    "Shares rose 3.15 percent.",
    "I am here, the mayor said.",
    "The 1:50 scale model stood in the hall.",
])
def test_figures_that_are_not_times(tmp_path, text):
    assert _times(tmp_path, text) == []


def test_precision_and_hedges_give_the_interval(tmp_path):
    by_raw = {c.raw: c for c in _claims(tmp_path, "It began at 2pm. It ended shortly after 3 a.m. It rang at 4:10 p.m.")}
    assert (by_raw["2pm"].lo, by_raw["2pm"].hi) == (840, 899)  # the hour, as precise as the text
    hedged = by_raw["shortly after 3 a.m."]
    assert (hedged.lo, hedged.hi, hedged.qualifier) == (180, 210, "at-least")
    assert by_raw["4:10 p.m."].lo == by_raw["4:10 p.m."].hi == 970
    assert "shortly-after" in hedged.resolution


def test_a_zone_puts_the_interval_on_utc(tmp_path):
    (c,) = _claims(tmp_path, "The vote closed at 9 p.m. CET.")
    assert c.value == "21:00+01:00" and c.lo == 20 * 60


def _story(tmp_path: Path, a: str, b: str) -> list:
    (tmp_path / "a.md").write_text(f"---\npublished: '2026-11-10'\n---\n\n{a}\n", encoding="utf-8")
    (tmp_path / "b.md").write_text(f"---\npublished: '2026-11-10'\n---\n\n{b}\n", encoding="utf-8")
    return check([str(tmp_path / "a.md"), str(tmp_path / "b.md")], Options(), rules=RULES)


def test_times_of_one_event_that_differ_are_flagged(tmp_path):
    report = _story(tmp_path, "The evacuation order was lifted at noon, the district office said.",
                    "The evacuation order was lifted at 2pm, the district office said.")
    (finding,) = [f for f in report.findings if f.kind == "time"]
    assert finding.rule == "TM001" and finding.severity == "error"
    assert sorted(c.raw for c in finding.claims) == ["2pm", "noon"]
    assert "do not overlap" in finding.why


def test_consistent_times_of_one_event_are_one_fact_that_agrees(tmp_path):
    report = _story(tmp_path, "An explosion tore through the Ostrava Chemie plant at about 3:15 a.m. on Tuesday.",
                    "An explosion at the Ostrava Chemie plant shortly after 3 a.m. on Tuesday injured nine.")
    assert not [f for f in report.findings if f.kind == "time"]
    (fact,) = [f for f in report.facts if f.kind == "time"]
    assert fact.verdict == "agree" and sorted(c.raw for c in fact.claims) == ["about 3:15 a.m.", "shortly after 3 a.m."]


def test_a_further_occurrence_is_another_event(tmp_path):
    report = _story(tmp_path, "A second, smaller blast followed at 3:50 a.m. at the Ostrava Chemie plant.",
                    "An explosion ripped through the Ostrava Chemie plant at 3.15am.")
    assert not [f for f in report.findings if f.kind == "time"]
    assert not [f for f in report.facts if f.kind == "time"]


def test_times_of_different_happenings_are_not_linked(tmp_path):
    report = _story(tmp_path, "Polling stations in Valdoria opened at 7 a.m. on Sunday.",
                    "The president of Valdoria gave a speech at 9 p.m. on Sunday.")
    assert not [f for f in report.facts if f.kind == "time"]


def test_time_link_names_its_rule(tmp_path):
    report = _story(tmp_path, "The evacuation order was lifted at noon.", "The evacuation order was lifted at 2pm.")
    times = [c for c in report.claims if c.kind == "time"]
    link = time_link(times[0], times[1])
    assert link is not None and link.rule == "time-same-event" and "evacuation" in link.shared


@pytest.mark.parametrize(("a", "b"), [
    pytest.param("Prosecutors will brief reporters on the Ostrava Chemie blast at 15:00 GMT.",
                 "Prosecutors will brief reporters on the Ostrava Chemie blast at 4 p.m.", id="one clock only"),
    pytest.param("Firefighters were called to Wasilla Bible Church about 9:40 p.m. Friday.",
                 "Firefighters at Wasilla Bible Church were dealing with hot spots until about 5 a.m. Saturday.", id="another role"),
    pytest.param("A pedestrian was struck and killed while crossing Queens Plaza North a little before 10 p.m. on Friday.",
                 "Police responded to the Richmond Hill crash on the corner of 117th Street at 7:01 p.m. on Friday.", id="different distinctive names"),
    pytest.param("The first quake, magnitude 7.6, struck at 4:43 a.m. local time off Papua.",
                 "The quake struck off the coast of Papua at 7:48 a.m. local time.", id="another occurrence"),
    pytest.param("The quake struck at 3:42 a.m. local time near Chivay.",
                 "On Monday morning a magnitude 5.2 aftershock struck at 10:15 local time near Chivay.", id="two rule-pack frames"),
])
def test_times_kept_apart_are_never_set_against_each_other(tmp_path, a, b):
    assert not [f for f in _story(tmp_path, a, b).findings if f.kind == "time"]
