"""Who or what an event is about decides whether two dates are one fact: end to end, sources in,
findings out."""
from __future__ import annotations

from pathlib import Path

from casefiles import scored_findings


def _findings(tmp_path: Path, *bodies: str) -> list[str]:
    return scored_findings(tmp_path, "2009-02-04", *bodies)


def test_two_people_arrested_on_two_days_are_two_facts(tmp_path: Path) -> None:
    assert _findings(
        tmp_path,
        "Chargers receiver Vincent Jackson was arrested for investigation of drunk driving on Jan. 6.",
        "Williams, 32, was pulled over for speeding on February 1, and was arrested on suspicion of drunk driving.",
    ) == []


def test_one_person_arrested_on_two_days_is_a_conflict(tmp_path: Path) -> None:
    found = _findings(
        tmp_path,
        "Chargers defensive tackle Jamal Williams was arrested early Sunday on suspicion of drunk driving.",
        "Jamal Williams was arrested on Monday on suspicion of drunk driving, police said.",
    )
    assert [f for f in found if f.startswith("DT001")], found


def test_a_date_belongs_to_its_own_verb_not_to_a_trigger_in_another_clause(tmp_path: Path) -> None:
    assert _findings(
        tmp_path,
        "Chargers defensive tackle Jamal Williams was arrested early Sunday on suspicion of drunk driving.",
        "Results from a blood-alcohol test administered when Williams was arrested were released Wednesday.",
    ) == []


def test_a_relative_clause_still_dates_its_noun(tmp_path: Path) -> None:
    found = _findings(
        tmp_path,
        "The parliamentary election, which is scheduled for December 15, will be held on a two-party basis.",
        "Turkmenistan will hold its parliamentary election on December 22, the election commission said.",
    )
    assert [f for f in found if f.startswith("DT001")], found
